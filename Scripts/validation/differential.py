#!/usr/bin/env python3
"""Differential test of Specsmith's generated validators against Python's jsonschema.

For every schema that gets a generated type (listed by the Swift harness), in the fixtures and in
../shared/specs: build instances (see instances.py), ask jsonschema (draft 2020-12, with its format
checker) whether each is valid, ask the generated validator the same through the Swift harness, and
compare. Prints `agreement: X% (N of M)` and every disagreement; exits 1 below 99.9% or when a
disagreement is not explained in allowlist.json.

    differential.py --harness PATH [--instances-per-schema N] [SPEC ...]
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from jsonschema import Draft202012Validator

import instances
import openapi_schemas

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "specs"
TARGET = 99.9


def default_specs():
    specs = []
    for folder in sorted((ROOT / "Fixtures").iterdir()):
        if (folder / "Expected").is_dir():
            specs += sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml", ".json"))
    if SHARED.is_dir():
        specs.append(SHARED / "pictify-bindings.yaml")
        specs += sorted(p for p in (SHARED / "createapi").iterdir() if p.suffix in (".yaml", ".yml", ".json"))
        specs.append(SHARED / "digitalocean" / "specification" / "DigitalOcean-public.v2.yaml")
    else:
        print("notice: %s not found; only the fixtures are compared" % SHARED)
    return [os.path.relpath(spec, ROOT) for spec in specs]


def harness(binary, *arguments):
    run = subprocess.run([binary, *arguments], cwd=ROOT, capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit("harness failed (%s): %s" % (" ".join(arguments), run.stderr.strip()))
    return [json.loads(line) for line in run.stdout.splitlines() if line.strip()]


def oracle(validator, instance):
    """'valid', 'invalid', or 'error: …' when jsonschema cannot decide."""
    try:
        return "valid" if validator.is_valid(instance) else "invalid"
    except Exception as error:  # an unresolvable reference, a pattern Python cannot compile, …
        return ("error: %s: %s" % (type(error).__name__, error)).splitlines()[0][:160]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--harness", required=True)
    parser.add_argument("--instances-per-schema", type=int, default=12)
    parser.add_argument("specs", nargs="*")
    options = parser.parse_args()
    os.chdir(ROOT)
    allowlist = json.loads((Path(__file__).parent / "allowlist.json").read_text())
    allowed = {(entry["source"], json.dumps(entry["instance"], sort_keys=True)): entry["reason"] for entry in allowlist}
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
        listing = harness(options.harness, "list", spec)
        rows = []
        for entry in listing:
            source = entry["source"]
            uri = openapi_schemas.source_uri(source)
            validator = Draft202012Validator({"$ref": uri}, registry=registry,
                                             format_checker=Draft202012Validator.FORMAT_CHECKER)
            try:
                resolver = registry.resolver(base_uri=uri)
                resolved = resolver.lookup(uri)
                builder = instances.Builder(resolved.resolver, seed=source)
                base = builder.build(resolved.contents, resolved.resolver)
                candidates = [base] + builder.mutations(base, options.instances_per_schema - 1) + extras.get(source, [])
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
        finally:
            os.unlink(path)
        for (source, candidate, expected), outcome in zip(rows, outcomes):
            compared += 1
            valid += expected
            if outcome["valid"] == expected:
                agreed += 1
            else:
                disagreements.append((source, candidate, expected, outcome["violations"]))
        print("%-70s %5d schemas %6d instances" % (spec, len(listing), len(rows)))

    rate = 100.0 * agreed / compared if compared else 0.0
    unexplained = 0
    seen = {(source, json.dumps(candidate, sort_keys=True)) for source, candidate, _, _ in disagreements}
    for source, instance in sorted(set(allowed) - seen):
        print("notice: allow-list entry no longer needed: %s %s" % (source, instance[:100]))
    for source, candidate, expected, violations in disagreements:
        reason = allowed.get((source, json.dumps(candidate, sort_keys=True)))
        if reason is None:
            unexplained += 1
        print("disagreement%s: %s" % ("" if reason is None else " (allowed)", source))
        print("    instance: %s" % json.dumps(candidate)[:300])
        print("    jsonschema: %s; Specsmith: %s" % ("valid" if expected else "invalid",
                                                     "; ".join(violations)[:300] or "valid"))
        if reason:
            print("    why: %s" % reason)
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
