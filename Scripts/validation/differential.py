#!/usr/bin/env python3
"""Differential test of Specsmith's generated validators against Python's jsonschema.

For every schema that gets a generated type (listed by the Swift harness), in the fixtures and in
../shared/specs: build instances (see instances.py), ask jsonschema (draft 2020-12, with its format
checker) whether each is valid, ask the generated validator the same through the Swift harness, and
compare. Prints `agreement: X% (N of M)` and every disagreement; exits 1 below 99.95% or when a
disagreement is not explained in allowlist.json. Patterns are searched as ECMA-262 on both sides
(see ECMAScriptRegularExpressions); the real-world specs of ../shared/specs/real are sampled.

    differential.py --harness PATH [--instances-per-schema N] [--schemas-per-real-spec N] [SPEC ...]
"""

import argparse
import copy
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import hashlib

import jsonschema._keywords
import jsonschema._utils
import regress
from jsonschema import Draft202012Validator

import instances
import openapi_schemas
import rfc3339

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "specs"
TARGET = 99.95
# The real-world specs with OpenAPI 3.0 or 3.1 schemas (the Swagger 2 ones in real/swagger2 have none).
REAL_SPECS = [
    "adyen-checkout/CheckoutService-v71.json", "asana/asana_oas.yaml", "box/openapi.json",
    "ga4gh-drs/openapi/data_repository_service.openapi.yaml", "googlemaps/specification/index.yml",
    "mistral/openapi.yaml", "museum/openapi.yaml", "plaid/2020-09-14.yml",
    "redocly-starter/openapi/openapi.yaml", "spotify/fixed-spotify-open-api.yml", "stripe/spec3.yaml",
    "twilio/twilio_api_v2010.yaml",
] + ["oai-examples/v3.0/%s.yaml" % name for name in
     ("api-with-examples", "callback-example", "link-example", "petstore", "petstore-expanded", "uspto")] \
  + ["oai-examples/v3.1/%s.yaml" % name for name in ("non-oauth-scopes", "tictactoe", "webhook-example")]


class ECMAScriptRegularExpressions:
    """Stands in for `re` inside jsonschema, whose `pattern`, `patternProperties`,
    `additionalProperties` and `unevaluatedProperties` search with Python's `re`: its `$` matches
    before a final newline and its \\d, \\w, \\s are Unicode-wide. JSON Schema patterns are
    ECMA-262, so the oracle searches with regress (Rust's ECMA-262 engine, with the u flag). A
    pattern ECMA-262 rejects raises, and the instance is reported as not compared."""

    _compiled = {}

    @classmethod
    def search(cls, pattern, string):
        if pattern not in cls._compiled:
            try:
                cls._compiled[pattern] = regress.Regex(pattern, "u")
            except Exception as error:
                cls._compiled[pattern] = error
        compiled = cls._compiled[pattern]
        if isinstance(compiled, Exception):
            raise ValueError("not an ECMA-262 pattern: %r (%s)" % (pattern, compiled))
        return compiled.find(string)


jsonschema._keywords.re = ECMAScriptRegularExpressions
jsonschema._utils.re = ECMAScriptRegularExpressions

# jsonschema's own format checks, but with RFC 3339's dates and times (see rfc3339.py for where
# rfc3339-validator and Python's datetime differ from the RFC).
FORMAT_CHECKER = copy.deepcopy(Draft202012Validator.FORMAT_CHECKER)
FORMAT_CHECKER.checks("date-time")(rfc3339.is_date_time)
FORMAT_CHECKER.checks("date")(rfc3339.is_full_date)
FORMAT_CHECKER.checks("time")(rfc3339.is_full_time)


def _without_final_newline(name):
    """rfc3987's URI grammar is a Python regular expression ending in `$`, which also matches
    before a final newline; no URI ends in one (RFC 3986 has no place for a control character)."""
    check = FORMAT_CHECKER.checkers[name][0]
    FORMAT_CHECKER.checks(name, raises=FORMAT_CHECKER.checkers[name][1])(
        lambda instance: not (isinstance(instance, str) and instance.endswith("\n")) and check(instance))


for _name in ("uri", "uri-reference"):
    _without_final_newline(_name)


def default_specs():
    specs = []
    for folder in sorted((ROOT / "Fixtures").iterdir()):
        if (folder / "Expected").is_dir():
            specs += sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml", ".json"))
    if SHARED.is_dir():
        specs.append(SHARED / "pictify-bindings.yaml")
        specs += sorted(p for p in (SHARED / "createapi").iterdir() if p.suffix in (".yaml", ".yml", ".json"))
        specs.append(SHARED / "digitalocean" / "specification" / "DigitalOcean-public.v2.yaml")
        specs += [SHARED / "real" / spec for spec in REAL_SPECS if (SHARED / "real" / spec).is_file()]
    else:
        print("notice: %s not found; only the fixtures are compared" % SHARED)
    return [os.path.relpath(spec, ROOT) for spec in specs]


class HarnessFailure(Exception):
    pass


def harness(binary, *arguments):
    run = subprocess.run([binary, *arguments], cwd=ROOT, capture_output=True, text=True)
    if run.returncode != 0:
        raise HarnessFailure("harness failed (%s): %s" % (" ".join(arguments), run.stderr.strip()[:300]))
    return [json.loads(line) for line in run.stdout.split("\n") if line.strip()]


def sample(listing, spec, limit):
    """At most `limit` schemas of a real-world spec, the same ones on every run (by a hash of their
    source), so CI stays within minutes while every spec is exercised."""
    if limit <= 0 or "/real/" not in spec or len(listing) <= limit:
        return listing
    chosen = sorted(listing, key=lambda entry: hashlib.sha1(entry["source"].encode()).hexdigest())[:limit]
    return sorted(chosen, key=lambda entry: entry["source"])


def oracle(validator, instance):
    """'valid', 'invalid', or 'error: …' when jsonschema cannot decide."""
    try:
        return "valid" if validator.is_valid(instance) else "invalid"
    except Exception as error:  # an unresolvable reference, a pattern Python cannot compile, …
        return ("error: %s: %s" % (type(error).__name__, error)).splitlines()[0][:160]


def holds(instance, value):
    """Whether `value` is `instance` or is somewhere inside it."""
    if instance == value:
        return True
    if isinstance(instance, dict):
        return any(holds(member, value) for member in instance.values())
    if isinstance(instance, list):
        return any(holds(element, value) for element in instance)
    return False


def shared_spelling(source):
    """`source` with a shared spec named as ../shared/specs/…, the allow-list's spelling: the
    generator names files by their real path, so a ../shared that is a symlink would otherwise
    give every shared source another name."""
    marker = "/shared/specs/"
    index = source.find(marker)
    return source if index < 0 or source.startswith("../shared/") else ".." + source[index:]


def rule_reason(rules, source, candidate, expected):
    """The reason of the first allow-list rule that explains this disagreement, or None."""
    for rule in rules:
        if "source" in rule and rule["source"] != source:
            continue
        if rule.get("jsonschema", "valid" if expected else "invalid") != ("valid" if expected else "invalid"):
            continue
        if "value" in rule and not holds(candidate, rule["value"]):
            continue
        rule["explained"] += 1
        return rule["reason"]
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--harness", required=True)
    parser.add_argument("--instances-per-schema", type=int, default=12)
    parser.add_argument("--schemas-per-real-spec", type=int, default=60)
    parser.add_argument("specs", nargs="*")
    options = parser.parse_args()
    os.chdir(ROOT)
    allowlist = json.loads((Path(__file__).parent / "allowlist.json").read_text())
    allowed = {(entry["source"], json.dumps(entry["instance"], sort_keys=True)): entry["reason"]
               for entry in allowlist if "instance" in entry}
    # Rules explain a kind of disagreement wherever it shows: every instance holding `value`
    # (anywhere in it), or every instance of `source`, on which jsonschema says `jsonschema`.
    rules = [dict(entry, explained=0) for entry in allowlist if "instance" not in entry]
    # Hand-written instances at the edges where the two validators are known to differ, so each
    # difference is shown (and explained in the allow-list) rather than avoided.
    extras = {}
    for entry in json.loads((Path(__file__).parent / "extra-instances.json").read_text()):
        extras.setdefault(entry["source"], []).append(entry["instance"])
    started = time.time()
    compared = agreed = schemas = valid = 0
    disagreements = []
    undecided = []
    registry = openapi_schemas.registry()
    for spec in options.specs or default_specs():
        try:
            listing = sample(harness(options.harness, "list", spec), spec, options.schemas_per_real_spec)
        except HarnessFailure as failure:
            undecided.append((spec, None, str(failure)))
            continue
        rows = []
        for entry in listing:
            source = entry["source"]
            uri = openapi_schemas.source_uri(source)
            validator = Draft202012Validator({"$ref": uri}, registry=registry,
                                             format_checker=FORMAT_CHECKER)
            try:
                resolver = registry.resolver(base_uri=uri)
                resolved = resolver.lookup(uri)
                builder = instances.Builder(resolved.resolver, seed=source)
                base = builder.build(resolved.contents, resolved.resolver)
                candidates = ([base] + builder.mutations(base, options.instances_per_schema - 1)
                              + builder.edge_cases(base) + extras.get(source, []))
            except Exception as error:
                undecided.append((source, None, "cannot build instances: %s" % error))
                continue
            schemas += 1
            for candidate in candidates:
                verdict = oracle(validator, candidate)
                if verdict.startswith("error"):
                    undecided.append((source, candidate, verdict))
                    continue
                rows.append((source, candidate, verdict == "valid"))
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as file:
            for source, candidate, _ in rows:
                file.write(json.dumps({"source": source, "instance": candidate}) + "\n")
            path = file.name
        try:
            outcomes = harness(options.harness, "validate", spec, path)
        except HarnessFailure as failure:
            undecided.append((spec, None, str(failure)))
            continue
        finally:
            os.unlink(path)
        for (source, candidate, expected), outcome in zip(rows, outcomes):
            compared += 1
            valid += expected
            if outcome["valid"] == expected:
                agreed += 1
            else:
                disagreements.append((shared_spelling(source), candidate, expected, outcome["violations"]))
        print("%-70s %5d schemas %6d instances" % (spec, len(listing), len(rows)))

    rate = 100.0 * agreed / compared if compared else 0.0
    unexplained = 0
    seen = {(source, json.dumps(candidate, sort_keys=True)) for source, candidate, _, _ in disagreements}
    for source, instance in sorted(set(allowed) - seen):
        print("notice: allow-list entry no longer needed: %s %s" % (source, instance[:100]))
    for source, candidate, expected, violations in disagreements:
        reason = allowed.get((source, json.dumps(candidate, sort_keys=True))) or rule_reason(rules, source, candidate, expected)
        if reason is None:
            unexplained += 1
        print("disagreement%s: %s" % ("" if reason is None else " (allowed)", source))
        # In full when nothing explains it, so it can be reproduced.
        print("    instance: %s" % (json.dumps(candidate) if reason is None else json.dumps(candidate)[:300]))
        print("    jsonschema: %s; Specsmith: %s" % ("valid" if expected else "invalid",
                                                     "; ".join(violations)[:300] or "valid"))
        if reason:
            print("    why: %s" % reason)
    for rule in rules:
        if rule["explained"] == 0:
            print("notice: allow-list rule no longer needed: %s" % {k: v for k, v in rule.items() if k not in ("reason", "explained")})
    for source, candidate, verdict in undecided:
        print("not compared: %s (%s)" % (source, verdict))
    print("compared %d instances (%d valid, %d invalid) of %d schemas in %.0f s; %d not compared (jsonschema could not decide)"
          % (compared, valid, compared - valid, schemas, time.time() - started, len(undecided)))
    print("agreement: %.3f%% (%d of %d)" % (rate, agreed, compared))
    failed = compared == 0 or rate < TARGET or unexplained > 0
    if unexplained:
        print("%d disagreements are not explained in Scripts/validation/allowlist.json" % unexplained)
    # Agreements and explained disagreements pass; what is left fails.
    print("differential: %d passed, %d failed" % (compared - unexplained, unexplained))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    sys.exit(main())
