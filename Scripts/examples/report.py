#!/usr/bin/env python3
"""Reads what an examples driver printed (one JSON line per example) beside the manifest
specsmith-examples-harness wrote, and reports for one spec: examples round-tripped / total with
plain coders and with the generated client's coders, validated / total, and each failure with its
location (file:line:column) and reason.

allowlist.json explains failures that are not this generator's to fix here:
- "specErrors": an example that is wrong for its own schema, by location and check (plain,
  package or validation), with the reason; or, where a spec makes one mistake in many places,
  by "file", "check" and a regular expression "pattern" on the failure's reason;
- "generatorIssues": failures of a generator behaviour another issue is changing, by a regular
  expression on the failure's reason, with that issue's number.
Both are listed, not failed on. Exits 1 when a failure is explained by neither.

    report.py NAME MANIFEST OUTCOMES
"""

import json
import re
import sys
from pathlib import Path

ALLOWLIST = Path(__file__).resolve().parent / "allowlist.json"
CHECKS = ("plain", "package", "validation")


def main():
    name, manifest_path, outcomes_path = sys.argv[1:4]
    manifest = json.loads(Path(manifest_path).read_text())
    outcomes = {}
    for line in Path(outcomes_path).read_text().splitlines():
        if line.strip():
            outcome = json.loads(line)
            outcomes[outcome["index"]] = outcome
    allowlist = json.loads(ALLOWLIST.read_text())
    spec_errors = {(entry["location"], entry["check"]): entry["reason"]
                   for entry in allowlist["specErrors"] if "location" in entry}
    spec_error_patterns = [(entry["file"], entry["check"], re.compile(entry["pattern"]))
                           for entry in allowlist["specErrors"] if "file" in entry]
    issues = [(re.compile(entry["pattern"]), entry["issue"]) for entry in allowlist["generatorIssues"]]
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
            failure = (entry["location"], check, entry["type"], reason)
            issue = next((number for pattern, number in issues if pattern.search(reason)), None)
            in_file = entry["location"].rsplit(":", 2)[0]
            if (entry["location"], check) in spec_errors or any(
                    file == in_file and wanted == check and pattern.search(reason)
                    for file, wanted, pattern in spec_error_patterns):
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
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
