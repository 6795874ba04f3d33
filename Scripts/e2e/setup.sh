#!/usr/bin/env bash
# Creates .build-e2e-venv/ with the pinned packages of Scripts/e2e/requirements.txt, for the
# request-validating server of the end-to-end tests (Tests/EndToEndTests). Without this venv those
# tests skip. Quick when the venv already matches requirements.txt; rebuilds it when that changes.
#
# Uses $PYTHON if set, else python3 (3.10 or later, as openapi-core needs).
set -euo pipefail
cd "$(dirname "$0")/../.."

venv=.build-e2e-venv
requirements=Scripts/e2e/requirements.txt
stamp=$venv/requirements.sha256
wanted=$(sha256sum "$requirements" | cut -d' ' -f1)

if [ -x "$venv/bin/python" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$wanted" ] \
    && "$venv/bin/python" -c 'import openapi_core' 2>/dev/null; then
    echo "end-to-end venv is up to date ($venv)"
    exit 0
fi

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; then
    echo "error: Scripts/e2e/setup.sh needs Python 3.10 or later as '$python' (set PYTHON)" >&2
    exit 1
fi

echo "creating the end-to-end venv in $venv"
rm -rf "$venv"
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input -r "$requirements"
"$venv/bin/python" -c 'import openapi_core'
# Written last, so an interrupted install is redone next time.
echo "$wanted" > "$stamp"
echo "end-to-end venv ready ($venv)"
