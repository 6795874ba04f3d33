#!/usr/bin/env bash
# Compiles and runs the examples driver that specsmith-examples-harness wrote into FOLDER against
# the generated code compiled as a library (libGenerated.so and Generated.swiftmodule in LIB), and
# reports per example (Scripts/examples/report.py). Exits 1 on a failure the allowlist does not explain.
#
#   Scripts/examples/run-driver.sh NAME FOLDER LIB
set -euo pipefail
name=$1 folder=$2 lib=$3
here="$(cd "$(dirname "$0")" && pwd)"
swiftc=${swiftc:-$(command -v swiftc || echo /opt/swift/usr/bin/swiftc)}
lib=$(cd "$lib" && pwd)
# Swift 5 mode: the driver's top-level state is plain script code, not a concurrency design.
if ! "$swiftc" -swift-version 5 -Onone -I "$lib" -L "$lib" -lGenerated -Xlinker -rpath -Xlinker "$lib" \
    "$folder/main.swift" -o "$folder/driver" >"$folder/driver-compile.log" 2>&1; then
    echo "$name: the examples driver does not compile"
    grep -E 'error' "$folder/driver-compile.log" | head -10 | sed 's/^/    /'
    exit 1
fi
if ! "$folder/driver" "$folder/examples.json" >"$folder/outcomes.jsonl" 2>"$folder/driver.log"; then
    echo "$name: the examples driver stopped: $(tail -3 "$folder/driver.log" | tr '\n' ' ')"
fi
python3 "$here/report.py" "$name" "$folder/examples.json" "$folder/outcomes.jsonl"
