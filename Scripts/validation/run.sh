#!/usr/bin/env bash
# Differential test of the generated validators against Python's jsonschema (pinned in
# requirements.txt, installed here into .build-validation-venv/). Compares every schema with a
# generated type in the fixtures and in ../shared/specs (the shared part is skipped, with a notice,
# when that folder is absent), prints the agreement rate and every disagreement, and exits 1 below
# 99.9% or on a disagreement that Scripts/validation/allowlist.json does not explain.
#
#   Scripts/validation/run.sh            # every spec
#   Scripts/validation/run.sh SPEC...    # just these
set -euo pipefail
cd "$(dirname "$0")/../.."

export PYTHONDONTWRITEBYTECODE=1
venv=.build-validation-venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check -r Scripts/validation/requirements.txt

swift build --product specsmith-validation-harness >/dev/null
harness="$(swift build --show-bin-path)/specsmith-validation-harness"
"$venv/bin/python" Scripts/validation/differential.py --harness "$harness" "$@"
