"""OpenAPI documents as plain JSON Schema (draft 2020-12) for Python's jsonschema.

Written independently of Specsmith's Swift code, from the OpenAPI specifications:
- YAML is read with the YAML 1.2 core schema (as OpenAPI requires), not PyYAML's YAML 1.1
  default, which would turn `no` into false, `012` into 10 and `2024-01-01` into a date.
- OpenAPI 3.0's forms become JSON Schema: `nullable: true` admits null (in `type` and `enum` when
  present, else beside the whole schema, as OpenAPI 3.0.3 clarifies), boolean `exclusiveMinimum` /
  `exclusiveMaximum` become the numeric bounds, and `items` given as a list becomes `prefixItems`.
- `properties: {$ref: ...}` (DigitalOcean's way of sharing property sets; not standard) is read as
  the referenced properties, as Specsmith reads it.
- A whole section given as a `$ref` (`components: {schemas: {$ref: ./schemas/_index.yml}}`, as
  Google Maps splits its document; accepted by the common bundlers and by Specsmith) is read as
  its entries, each a `$ref` into the file that holds it, so that its own relative references
  keep that file as their base.
"""

import json
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import urldefrag, urljoin, unquote, urlparse

import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012


class CoreLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The YAML 1.2 core schema: only these plain scalars are not strings."""


CoreLoader.yaml_implicit_resolvers = {}
CoreLoader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])
CoreLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
CoreLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), list("-+0123456789"))
CoreLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+0123456789."))


def _construct_int(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text, 10)


CoreLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)


@lru_cache(maxsize=None)
def load_file(path):
    """The document in `path` (YAML or JSON), as JSON-compatible Python values."""
    text = Path(path).read_text(encoding="utf-8")
    if path.endswith(".json"):
        return json.loads(text)
    return yaml.load(text, Loader=CoreLoader)


# Values that are data, not schemas: never rewritten.
_DATA_KEYS = {"example", "examples", "default", "enum", "const"}


def _convert(node, path):
    """`node` with OpenAPI's schema forms rewritten as JSON Schema (see the module documentation)."""
    if isinstance(node, list):
        return [_convert(item, path) for item in node]
    if not isinstance(node, dict):
        return node
    result = {}
    for key, value in node.items():
        if key in _DATA_KEYS or (isinstance(key, str) and key.startswith("x-")):
            result[key] = value
        else:
            result[key] = _convert(value, path)
    properties = result.get("properties")
    if isinstance(properties, dict) and isinstance(properties.get("$ref"), str):
        target = resolve_local(path, properties["$ref"])
        merged = dict(target) if isinstance(target, dict) else {}
        merged.update({key: value for key, value in properties.items() if key != "$ref"})
        result["properties"] = merged
    for exclusive, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(result.get(exclusive), bool):
            if result.pop(exclusive) and bound in result:
                result[exclusive] = result.pop(bound)
    if isinstance(result.get("items"), list):
        result["prefixItems"] = result.pop("items")
    if "nullable" in result and isinstance(result["nullable"], bool):
        if result.pop("nullable"):
            if "type" in result:
                types = result["type"] if isinstance(result["type"], list) else [result["type"]]
                result["type"] = types + ([] if "null" in types else ["null"])
            if isinstance(result.get("enum"), list) and None not in result["enum"]:
                result["enum"] = result["enum"] + [None]
            if "type" not in result and "enum" not in result and result:
                return {"anyOf": [{"type": "null"}, result]}
    return result


def _referenced_file(path, target):
    """The file a `$ref`'s part before `#` names, read from the file `path`."""
    return str((Path(path).parent / unquote(target)).resolve()) if target else path


def resolve_local(path, reference):
    """The (converted) value a `$ref` written in the file `path` points to."""
    target, fragment = urldefrag(reference)
    node = converted_file(_referenced_file(path, target))
    for token in [t for t in fragment.split("/") if t != ""]:
        token = unquote(token).replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


@lru_cache(maxsize=None)
def converted_file(path):
    document = _convert(load_file(path), path)
    if isinstance(document, dict) and ("openapi" in document or "swagger" in document):
        document = _splice_sections(document, path)
    return document


# The sections of an OpenAPI document that hold named entries.
_COMPONENT_SECTIONS = ("schemas", "responses", "parameters", "examples", "requestBodies", "headers",
                       "securitySchemes", "links", "callbacks", "pathItems")


def _section_entries(path, reference):
    """The entries of a section written as `{$ref: reference}` in the file `path`, each as a
    `$ref` to its place in the file that holds it; None if the reference leads to no mapping."""
    target, fragment = urldefrag(reference)
    try:
        node = resolve_local(path, reference)
    except (KeyError, IndexError, ValueError, OSError):
        return None
    if not isinstance(node, dict):
        return None
    base = file_uri(_referenced_file(path, target)) + "#" + fragment.rstrip("/")
    return {key: {"$ref": base + "/" + str(key).replace("~", "~0").replace("/", "~1")} for key in node}


def _spliced(path, section):
    """`section` (of the file `path`) as it is, or its entries when it is written as a `$ref`."""
    if isinstance(section, dict) and set(section) == {"$ref"} and isinstance(section["$ref"], str):
        entries = _section_entries(path, section["$ref"])
        if entries is not None:
            return entries
    return section


def _splice_sections(document, path):
    """`document` with each section given as a `$ref` replaced by its entries."""
    result = dict(document)
    components = _spliced(path, result.get("components"))
    if isinstance(components, dict):
        components = dict(components)
        for section in _COMPONENT_SECTIONS:
            if section in components:
                components[section] = _spliced(path, components[section])
        result["components"] = components
    if "paths" in result:
        result["paths"] = _spliced(path, result["paths"])
    return result


@lru_cache(maxsize=None)
def _resource(uri):
    return DRAFT202012.create_resource(converted_file(unquote(urlparse(uri).path)))


def registry():
    """A registry that reads any `file:` URI on demand (each file once)."""
    return Registry(retrieve=_resource)


def file_uri(path):
    return Path(path).resolve().as_uri()


def source_uri(source):
    """`spec.yaml#/components/schemas/X` (as the Swift harness names a schema) as an absolute URI."""
    file, _, pointer = source.partition("#")
    return file_uri(file) + "#" + pointer


def join(base, reference):
    return urljoin(base, reference)
