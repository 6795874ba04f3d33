#!/usr/bin/env python3
"""Reads what an examples driver printed (one JSON line per example) beside the manifest
specsmith-examples-harness wrote, and reports for one spec: examples round-tripped / total with
plain coders and with the generated client's coders, validated / total, and each failure with its
location (file:line:column) and reason.

allowlist.json explains failures that are not this generator's to fix here:
- "specErrors": an example that is wrong for its own schema, by location and check (plain,
  package or validation), with the reason; or, where a spec makes one mistake in many places,
  by "file", "check" and a regular expression "pattern" on the failure's reason ("file" ending in
  "/" takes every file under that folder, for a spec split over many; "check": "any" takes all
  three checks);
- "generatorIssues": failures of a generator behaviour another issue is changing, by a regular
  expression on the failure's reason, with that issue's number.
Both are listed, not failed on. Exits 1 when a failure is explained by neither. A spec-error
entry about this spec's files that explains no failure any more is printed as a notice.

A member of an example that is not written back is explained from the generated types (the
harness's types.json): "no schema at this path declares it" (the example shows a member its schema
does not have: a typed model keeps only what the schema declares) or "declared by a union
alternative other than the one decoded" (a union decoded the first alternative that accepted the
value, which dropped the member another alternative declares).

    report.py NAME MANIFEST OUTCOMES
"""

import json
import re
import sys
from pathlib import Path

ALLOWLIST = Path(__file__).resolve().parent / "allowlist.json"
CHECKS = ("plain", "package", "validation")


DROPPED = re.compile(r"^re-encoded differently: (\$\S*): .* in the example, but not written back$")
TOKEN = re.compile(r"\.([^.\[]+)|\[(\d+)\]")


def resolve(shapes, types, depth=0):
    """The struct, dictionary and builtin shapes a value of any of `shapes` can decode as: optionals
    unwrapped, aliases followed, every alternative of a union."""
    found = []
    for shape in shapes:
        if "optional" in shape:
            found += resolve([shape["optional"]], types, depth)
        elif "generated" in shape and depth < 32:
            entry = types.get(shape["generated"], {})
            if entry.get("kind") == "alias":
                found += resolve([entry["target"]], types, depth + 1)
            elif entry.get("kind") == "union":
                found += [dict(shape, viaUnion=True) for shape in resolve(entry["alternatives"], types, depth + 1)]
            else:
                found.append(shape)
        else:
            found.append(shape)
    return found


def dropped_member(shape, path, types):
    """Why a member of an example at `path` (`$.a[0].b`) was not written back: ' (no schema at this
    path declares it)' when no type the value could decode as has such a member, ' (declared by a
    union alternative other than the one decoded)' when one has, else ''."""
    tokens = [(m.group(1), m.group(2)) for m in TOKEN.finditer(path[1:])]
    if not tokens or tokens[-1][0] is None:
        return ""
    current = [shape]
    for key, index in tokens[:-1]:
        following = []
        for candidate in resolve(current, types):
            if index is not None and "array" in candidate:
                following.append(candidate["array"])
            elif key is not None and "generated" in candidate:
                entry = types.get(candidate["generated"], {})
                if key in (entry.get("properties") or {}):
                    following.append(entry["properties"][key])
                elif entry.get("additionalProperties"):
                    following.append(entry["additionalProperties"])
            elif key is not None and "dictionary" in candidate:
                following.append(candidate["dictionary"])
        current = following
    last = tokens[-1][0]
    parents = resolve(current, types)
    holders = [candidate for candidate in parents if "generated" in candidate
               and last in (types.get(candidate["generated"], {}).get("properties") or {})]
    if not parents:
        return ""
    if not holders:
        return " (no schema at this path declares it)"
    if len(parents) > 1 and any(candidate.get("viaUnion") for candidate in holders):
        return " (declared by a union alternative other than the one decoded)"
    return ""


def main():
    name, manifest_path, outcomes_path = sys.argv[1:4]
    manifest = json.loads(Path(manifest_path).read_text())
    outcomes = {}
    for line in Path(outcomes_path).read_text().splitlines():
        if line.strip():
            outcome = json.loads(line)
            outcomes[outcome["index"]] = outcome
    types_path = Path(manifest_path).parent / "types.json"
    types = json.loads(types_path.read_text()) if types_path.exists() else {}
    allowlist = json.loads(ALLOWLIST.read_text())
    issues = [(re.compile(entry["pattern"]), entry["issue"]) for entry in allowlist["generatorIssues"]]
    used = set()  # indices into allowlist["specErrors"] that explained a failure
    passed = dict.fromkeys(CHECKS, 0)
    totals = dict.fromkeys(CHECKS, 0)
    failures, known, explained = [], [], []
    for index, entry in enumerate(manifest):
        outcome = outcomes.get(index)
        applies = {"plain": entry["plainCoders"], "package": True, "validation": entry["validated"]}
        for check in CHECKS:
            if not applies[check]:
                continue
            totals[check] += 1
            reason = "the driver stopped before this example" if outcome is None else outcome.get(check)
            if reason is None:
                passed[check] += 1
                continue
            dropped = DROPPED.match(reason)
            if dropped and "shape" in entry:
                reason += dropped_member(entry["shape"], dropped.group(1), types)
            failure = (entry["location"], check, entry["type"], reason)
            issue = next((number for pattern, number in issues if pattern.search(reason)), None)
            in_file = entry["location"].rsplit(":", 2)[0]
            matching = [number for number, listed in enumerate(allowlist["specErrors"])
                        if explains(listed, entry["location"], in_file, check, reason)]
            if matching:
                used.update(matching)
                explained.append(failure)
            elif issue is not None:
                known.append((issue,) + failure)
            else:
                failures.append(failure)
    print("%s: examples round-tripped %d/%d (plain coders), %d/%d (package coders), validated %d/%d;"
          " %d spec errors (allowlist), %d known generator issues, %d failures" % (
              name, passed["plain"], totals["plain"], passed["package"], totals["package"],
              passed["validation"], totals["validation"], len(explained), len(known), len(failures)))
    for location, check, type_name, reason in failures:
        print("    %s: %s: %s: %s" % (location, check, type_name, reason))
    for issue, location, check, type_name, reason in known:
        print("    known (issue %s) %s: %s: %s: %s" % (issue, location, check, type_name, reason))
    for location, check, type_name, reason in explained:
        print("    spec error %s: %s: %s: %s" % (location, check, type_name, reason))
    # Entries about this spec's files that explained nothing: the spec or the generator changed,
    # and the entry would otherwise hide a future failure at that place.
    files = {entry["location"].rsplit(":", 2)[0] for entry in manifest}
    for number, listed in enumerate(allowlist["specErrors"]):
        about = listed.get("file") or listed.get("location", "").rsplit(":", 2)[0]
        mine = any(file == about or (about.endswith("/") and file.startswith(about)) for file in files)
        if mine and number not in used:
            print("    notice: allowlist entry explains no failure any more: %s %s" % (
                listed.get("location") or listed.get("file"), listed["check"]))
    return 1 if failures else 0


def explains(listed, location, in_file, check, reason):
    """Whether the allowlist's spec-error entry `listed` explains the failure of `check` at `location`."""
    if listed["check"] not in (check, "any"):
        return False
    if "location" in listed:
        return listed["location"] == location
    file = listed["file"]
    return (file == in_file or (file.endswith("/") and in_file.startswith(file))) and re.search(listed["pattern"], reason) is not None


if __name__ == "__main__":
    sys.exit(main())
