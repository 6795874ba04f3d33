#!/usr/bin/env bash
# Generates models for every real-world spec in ../shared/specs and compiles each output on its
# own with Swift 6 (warnings are errors), then reports how many compiled. Exits 1 if any failed
# to generate or compile. Skips with a notice when ../shared is absent (a user's clone).
#
#   Scripts/compile-shared-specs.sh            # every spec
#   Scripts/compile-shared-specs.sh SPEC...    # just these
set -euo pipefail
cd "$(dirname "$0")/.."

shared=../shared/specs
if [ $# -eq 0 ] && [ ! -d "$shared" ]; then
    echo "skipping: $shared not found (it exists beside the repository in CI only)"
    exit 0
fi
if [ $# -gt 0 ]; then
    specs=("$@")
else
    specs=("$shared"/pictify-bindings.yaml "$shared"/createapi/*.yaml "$shared"/createapi/*.json
           "$shared"/digitalocean/specification/DigitalOcean-public.v2.yaml)
fi

swift build --product generate >/dev/null
generate="$(swift build --show-bin-path)/generate"
swiftc=$(command -v swiftc || echo /opt/swift/usr/bin/swiftc)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

passed=0
failed=0
for spec in "${specs[@]}"; do
    name=$(basename "$spec" | sed 's/\.[^.]*$//')
    out="$work/$name"
    start=$(date +%s.%N)
    if ! "$generate" "$spec" --output "$out" --quiet >"$work/$name.log" 2>&1; then
        echo "FAIL generate $spec"; sed 's/^/    /' "$work/$name.log" | head -20
        failed=$((failed + 1)); continue
    fi
    files=$(find "$out" -name '*.swift' | sort)
    lines=$(cat $files | wc -l)
    # -emit-module runs the compiler's mandatory diagnostics (definite initialisation and the like),
    # which -typecheck alone would miss. Whole-module mode parses the files once: per-file jobs
    # re-parse all of a 2,400-file SDK for every file (DigitalOcean: 54 s instead of over 10 min).
    if "$swiftc" -wmo -swift-version 6 -warnings-as-errors -parse-as-library -module-name "Generated" \
        -emit-module -emit-module-path "$work/$name.swiftmodule" $files >"$work/$name.compile.log" 2>&1; then
        seconds=$(echo "$(date +%s.%N) - $start" | bc)
        printf 'ok   %-45s %4d files %7d lines  %6.1f s\n' "$name" "$(echo "$files" | wc -l)" "$lines" "$seconds"
        passed=$((passed + 1))
    else
        echo "FAIL compile $spec"; grep -E 'error|warning' "$work/$name.compile.log" | head -20 | sed 's/^/    /'
        failed=$((failed + 1))
    fi
done
echo "compile-shared-specs: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
