"""Instances for the differential test: for each schema, a value built to satisfy it, and single
mutations of that value, each aimed at one keyword (too long, too small, wrong format, missing
required property, duplicate item, ...). Which of them are valid is for the validators to say;
these only make sure every keyword is exercised on both sides of its boundary.

Deterministic: the same schema always gives the same instances.
"""

import copy
import random
import re

try:  # Python 3.11+
    import re._parser as sre_parse
    import re._constants as sre_constants
except ImportError:  # pragma: no cover
    import sre_parse
    import sre_constants

MAX_DEPTH = 6

_FORMAT_SAMPLES = {
    "date-time": ("2024-02-29T23:59:59.5+02:00", ["2024-02-30T00:00:00Z", "2024-01-01 10:00:00Z", "yesterday"]),
    "date": ("2024-02-29", ["2023-02-29", "2024-1-01"]),
    "time": ("23:59:59Z", ["24:00:00Z", "10:00"]),
    # jsonschema's email check only looks for an "@"; stricter checks of strings that have one are
    # compared in extra-instances.json, where the difference is explained.
    "email": ("ada.lovelace@example.com", ["ada.example.com"]),
    "uri": ("https://example.com/a/b?c=d#e", ["relative/path", "http://exa mple.com", "https://example.com/%zz"]),
    "uri-reference": ("../a/b?c=d", ["has space", "https://example.com/%zz"]),
    "uuid": ("123e4567-e89b-12d3-a456-426614174000", ["123e4567-e89b-12d3-a456", "123e4567e89b12d3a456426614174000"]),
    "ipv4": ("192.0.2.1", ["256.1.1.1", "1.2.3", "01.2.3.4"]),
    "ipv6": ("2001:db8::8a2e:370:7334", ["1::2::3", "2001:db8::g", "1:2:3:4:5:6:7:8:9"]),
    "hostname": ("api.example.com", ["-bad-.example.com", "under_score.example.com", "a..b"]),
}


class Builder:
    """Builds one valid-looking instance for a schema and records where each keyword applies."""

    def __init__(self, resolver, seed):
        self.resolver = resolver
        self.random = random.Random(seed)
        # (path, merged keywords) for every value built, for mutations.
        self.sites = []

    def flatten(self, schema, resolver, depth=0):
        """The keywords that apply to a value: `$ref` targets and `allOf` members merged in."""
        if not isinstance(schema, dict) or depth > 20:
            return ({} if schema is not False else {"not": {}}), resolver
        merged = {key: value for key, value in schema.items() if key not in ("$ref", "allOf")}
        parts = []
        if "$ref" in schema:
            try:
                resolved = resolver.lookup(schema["$ref"])
                parts.append(self.flatten(resolved.contents, resolved.resolver, depth + 1))
            except Exception:
                pass
        for member in schema.get("allOf", []):
            parts.append(self.flatten(member, resolver, depth + 1))
        for part, part_resolver in parts:
            for key, value in part.items():
                if key == "properties" and key in merged:
                    merged[key] = {**value, **merged[key]}
                elif key == "required" and key in merged:
                    merged[key] = list(dict.fromkeys(merged[key] + value))
                elif key not in merged:
                    merged[key] = value
                    if key in ("properties", "items", "additionalProperties", "oneOf", "anyOf", "prefixItems"):
                        # Sub-schemas found through a reference resolve relative to it.
                        merged.setdefault("__resolvers__", {})[key] = part_resolver
        return merged, resolver

    def build(self, schema, resolver, path=(), depth=0):
        keywords, resolver = self.flatten(schema, resolver)
        own = keywords.pop("__resolvers__", {})
        self.sites.append((path, keywords))
        if depth > MAX_DEPTH:
            return None
        if "const" in keywords:
            return copy.deepcopy(keywords["const"])
        if isinstance(keywords.get("enum"), list) and keywords["enum"]:
            return copy.deepcopy(self.random.choice(keywords["enum"]))
        for combinator in ("oneOf", "anyOf"):
            if keywords.get(combinator):
                branch = keywords[combinator][0]
                branch_resolver = own.get(combinator, resolver)
                rest = {key: value for key, value in keywords.items() if key not in ("oneOf", "anyOf")}
                value = self.build(branch, branch_resolver, path, depth + 1)
                if isinstance(value, dict) and rest.get("properties"):
                    extra = self.build_object(rest, own, resolver, path, depth)
                    value = {**extra, **value}
                return value
        kind = self.kind(keywords)
        if kind == "object":
            return self.build_object(keywords, own, resolver, path, depth)
        if kind == "array":
            return self.build_array(keywords, own, resolver, path, depth)
        if kind == "string":
            return self.build_string(keywords)
        if kind == "integer":
            return self.build_number(keywords, integer=True)
        if kind == "number":
            return self.build_number(keywords, integer=False)
        if kind == "boolean":
            return self.random.choice([True, False])
        if kind == "null":
            return None
        return "anything"

    @staticmethod
    def kind(keywords):
        types = keywords.get("type")
        if isinstance(types, list):
            types = next((t for t in types if t != "null"), "null")
        if isinstance(types, str):
            return types
        if "properties" in keywords or "required" in keywords or "additionalProperties" in keywords:
            return "object"
        if "items" in keywords or "prefixItems" in keywords:
            return "array"
        if any(k in keywords for k in ("minLength", "maxLength", "pattern", "format")):
            return "string"
        if any(k in keywords for k in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")):
            return "number"
        return None

    def build_object(self, keywords, own, resolver, path, depth):
        properties = keywords.get("properties") or {}
        required = [name for name in keywords.get("required", []) if isinstance(name, str)]
        optional = [name for name in properties if name not in required]
        chosen = required + self.random.sample(optional, min(len(optional), 4))
        value = {}
        property_resolver = own.get("properties", resolver)
        for name in chosen:
            schema = properties.get(name, True)
            value[name] = self.build(schema, property_resolver, path + (name,), depth + 1)
        extra = keywords.get("additionalProperties")
        minimum = keywords.get("minProperties", 0)
        index = 0
        while len(value) < minimum and extra is not False and index < 10:
            key = "extra%d" % index
            index += 1
            if key not in value:
                value[key] = self.build(extra if isinstance(extra, dict) else {"type": "string"},
                                        own.get("additionalProperties", resolver), path + (key,), depth + 1)
        return value

    def build_array(self, keywords, own, resolver, path, depth):
        count = max(keywords.get("minItems", 0), 1)
        if "maxItems" in keywords:
            count = min(count, keywords["maxItems"])
        prefix = keywords.get("prefixItems") or []
        items = keywords.get("items", True)
        item_resolver = own.get("items", resolver)
        value = []
        for index in range(count):
            schema = prefix[index] if index < len(prefix) else items
            value.append(self.build(schema, own.get("prefixItems", item_resolver), path + (index,), depth + 1))
        return value

    def build_string(self, keywords):
        text = None
        if keywords.get("format") in _FORMAT_SAMPLES:
            text = _FORMAT_SAMPLES[keywords["format"]][0]
        elif isinstance(keywords.get("pattern"), str):
            text = matching_string(keywords["pattern"])
        if text is None:
            text = "text"
            minimum = keywords.get("minLength", 0)
            if len(text) < minimum:
                text = text + "x" * (minimum - len(text))
            if "maxLength" in keywords:
                text = text[:keywords["maxLength"]]
        return text

    def build_number(self, keywords, integer):
        low = keywords.get("minimum")
        high = keywords.get("maximum")
        if isinstance(keywords.get("exclusiveMinimum"), (int, float)) and not isinstance(keywords.get("exclusiveMinimum"), bool):
            low = keywords["exclusiveMinimum"] + (1 if integer else 0.5)
        if isinstance(keywords.get("exclusiveMaximum"), (int, float)) and not isinstance(keywords.get("exclusiveMaximum"), bool):
            high = keywords["exclusiveMaximum"] - (1 if integer else 0.5)
        step = keywords.get("multipleOf")
        value = low if low is not None else (high if high is not None else 3)
        if low is not None and high is not None and high >= low:
            value = low + (high - low) / 2
        if step:
            value = round(value / step) * step
            if isinstance(step, float):
                # A multiple Python's float division also sees as one (0.07 / 0.01 is not, there).
                for candidate in (value, step * 2, step * 10, step * 100):
                    if float(candidate / step).is_integer():
                        value = candidate
                        break
        if integer:
            value = int(value)
        return value

    # Edge cases

    # A line terminator at the end of a string: where ICU's `$` and Python's differ from ECMA-262's.
    _TERMINATORS = ["\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085", "\f", "\v"]
    # Formats at the edges RFC 3339 draws: second 60 (a leap second only at the end of a month in
    # UTC), year 0000, and a trailing newline.
    _FORMAT_EDGES = {
        "date-time": ["2024-01-01T00:00:60Z", "2016-12-31T23:59:60Z", "2017-01-01T01:59:60+02:00",
                      "0000-01-01T00:00:00Z", "2024-01-01T00:00:00Z\n"],
        "date": ["0000-01-01", "2024-01-01\n"],
        "time": ["12:00:60Z", "23:59:60Z", "10:00:00Z\n"],
    }

    def edge_cases(self, instance):
        """Instances beyond the sampled mutations, always made: for the first two sites with a
        `pattern`, the built string with a line terminator appended (a newline, and one other); for
        the first site of each date or time format, its edge values."""
        result = []
        pattern_sites = [path for path, keywords in self.sites if isinstance(keywords.get("pattern"), str)][:2]
        for path in pattern_sites:
            for terminator in ("\n", self.random.choice(self._TERMINATORS[1:])):
                mutated = apply(instance, path, ("append", terminator))
                if mutated is not _UNCHANGED:
                    result.append(mutated)
        seen_formats = set()
        for path, keywords in self.sites:
            format = keywords.get("format")
            if format in self._FORMAT_EDGES and format not in seen_formats:
                seen_formats.add(format)
                for value in self._FORMAT_EDGES[format]:
                    mutated = apply(instance, path, ("set", value))
                    if mutated is not _UNCHANGED:
                        result.append(mutated)
        return result

    # Mutations

    def mutations(self, instance, limit):
        candidates = []
        for path, keywords in self.sites:
            for mutation in self.mutations_at(path, keywords):
                candidates.append((path, mutation))
        self.random.shuffle(candidates)
        result = []
        seen = set()
        for path, mutation in candidates:
            mutated = apply(instance, path, mutation)
            if mutated is _UNCHANGED:
                continue
            key = repr(mutated)
            if key in seen:
                continue
            seen.add(key)
            result.append(mutated)
            if len(result) >= limit:
                break
        return result

    def mutations_at(self, path, keywords):
        found = []
        kind = self.kind(keywords)
        wrong = {"string": 12345, "integer": "12345", "number": "1.5", "boolean": "true",
                 "array": {"not": "an array"}, "object": ["not", "an", "object"], "null": 0}
        if kind in wrong:
            found.append(("set", wrong[kind]))
        found.append(("set", None))
        if "maxLength" in keywords:
            found.append(("set", "m" * (keywords["maxLength"] + 1)))
        if keywords.get("minLength", 0) > 0:
            found.append(("set", "m" * (keywords["minLength"] - 1)))
        if "pattern" in keywords:
            found.append(("set", "!! no match ~~"))
        if keywords.get("format") in _FORMAT_SAMPLES:
            for sample in _FORMAT_SAMPLES[keywords["format"]][1]:
                found.append(("set", sample))
        for bound, delta in (("minimum", -1), ("maximum", 1), ("exclusiveMinimum", 0), ("exclusiveMaximum", 0)):
            value = keywords.get(bound)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                found.append(("set", value + delta))
        step = keywords.get("multipleOf")
        if isinstance(step, (int, float)) and not isinstance(step, bool) and step > 0:
            found.append(("set", step * 3 + (step / 2 if isinstance(step, float) else 1)))
        if "enum" in keywords:
            found.append(("set", "not-one-of-the-values"))
        if "const" in keywords:
            found.append(("set", "not-the-constant"))
        if "minItems" in keywords:
            found.append(("truncate", max(keywords["minItems"] - 1, 0)))
        if "maxItems" in keywords:
            found.append(("grow", keywords["maxItems"] + 1))
        if keywords.get("uniqueItems"):
            found.append(("duplicate", None))
        for name in keywords.get("required", [])[:3]:
            found.append(("remove", name))
        if kind == "object" or "properties" in keywords:
            extra = keywords.get("additionalProperties")
            found.append(("add", ("unexpectedKey", "unexpected")))
            if isinstance(extra, dict):
                found.append(("add", ("anotherKey", ["wrong", "type"])))
            if "maxProperties" in keywords:
                found.append(("fill", keywords["maxProperties"] + 1))
            if keywords.get("minProperties", 0) > 0:
                found.append(("empty", None))
        return found


_UNCHANGED = object()


def apply(instance, path, mutation):
    """A copy of `instance` with `mutation` applied to the value at `path`."""
    result = copy.deepcopy(instance)
    parent, key, target = None, None, result
    for step in path:
        if isinstance(target, dict) and step in target:
            parent, key, target = target, step, target[step]
        elif isinstance(target, list) and isinstance(step, int) and step < len(target):
            parent, key, target = target, step, target[step]
        else:
            return _UNCHANGED
    action, argument = mutation

    def replace(value):
        if parent is None:
            return value
        parent[key] = value
        return result

    if action == "set":
        return replace(argument)
    if action == "append" and isinstance(target, str):
        return replace(target + argument)
    if action == "truncate" and isinstance(target, list):
        return replace(target[:argument])
    if action == "grow" and isinstance(target, list) and target:
        return replace(target + [copy.deepcopy(target[i % len(target)]) for i in range(argument - len(target))])
    if action == "duplicate" and isinstance(target, list) and target:
        return replace(target + [copy.deepcopy(target[0])])
    if action == "remove" and isinstance(target, dict) and argument in target:
        del target[argument]
        return result
    if action == "add" and isinstance(target, dict):
        name, value = argument
        target[name] = value
        return result
    if action == "fill" and isinstance(target, dict):
        for index in range(argument):
            target.setdefault("filler%d" % index, 1)
        return result
    if action == "empty" and isinstance(target, dict):
        return replace({})
    return _UNCHANGED


def matching_string(pattern):
    """A short string the regular expression matches (searched, as JSON Schema does), or None."""
    try:
        tree = sre_parse.parse(pattern)
        text = _generate(tree)
    except Exception:
        return None
    try:
        return text if re.search(pattern, text) else None
    except re.error:
        return None


def _generate(tree):
    out = []
    for op, argument in tree:
        out.append(_generate_one(op, argument))
    return "".join(out)


def _generate_one(op, argument):
    c = sre_constants
    if op == c.LITERAL:
        return chr(argument)
    if op == c.NOT_LITERAL:
        return "a" if argument != ord("a") else "b"
    if op == c.ANY:
        return "a"
    if op == c.IN:
        return _from_set(argument)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = argument
        return _generate(sub) * max(low, 0)
    if op == c.SUBPATTERN:
        return _generate(argument[-1])
    if op == c.BRANCH:
        return _generate(argument[1][0])
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return ""
    if op == c.CATEGORY:
        return _category(argument)
    if op == c.GROUPREF:
        return ""
    raise ValueError("unsupported regular expression construct %s" % op)


def _category(category):
    c = sre_constants
    return {c.CATEGORY_DIGIT: "0", c.CATEGORY_NOT_DIGIT: "a", c.CATEGORY_SPACE: " ", c.CATEGORY_NOT_SPACE: "a",
            c.CATEGORY_WORD: "a", c.CATEGORY_NOT_WORD: "-"}.get(category, "a")


def _from_set(items):
    c = sre_constants
    negated = any(op == c.NEGATE for op, _ in items)
    if negated:
        excluded = set()
        for op, argument in items:
            if op == c.LITERAL:
                excluded.add(chr(argument))
            elif op == c.RANGE:
                excluded.update(chr(x) for x in range(argument[0], argument[1] + 1))
        for candidate in "aZ0_-x":
            if candidate not in excluded:
                return candidate
        return "~"
    for op, argument in items:
        if op == c.LITERAL:
            return chr(argument)
        if op == c.RANGE:
            return chr(argument[0])
        if op == c.CATEGORY:
            return _category(argument)
    return "a"
