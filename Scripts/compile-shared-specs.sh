#!/usr/bin/env bash
# Generates code for every spec in ../shared/specs (the older ones and every real-world spec of
# ../shared/specs/real, see its SOURCES.md), compiles each output on its own with Swift 6
# (warnings are errors), then round-trips the spec's own examples through the generated types
# (Scripts/examples). Prints a table: operations, types, lines, warnings, type-check result,
# examples round-tripped / total with plain and with the package's coders, and the seconds spent
# generating and compiling (wall clock, and the compiler's CPU time). Exits 1 if a spec fails to
# generate (other than an expected refusal, whose diagnostic is checked) or to compile, and if an
# example fails in a way Scripts/examples/allowlist.json does not explain (every failure of the
# corpus is sorted there into a spec error or a known generator issue, so a new one is news).
# EXAMPLES_STRICT=0 lists unexplained example failures without failing. Skips with a notice when
# ../shared is absent.
#
#   Scripts/compile-shared-specs.sh            # every spec, two at a time (JOBS=n to change)
#   Scripts/compile-shared-specs.sh SPEC...    # just these
set -euo pipefail
cd "$(dirname "$0")/.."

shared=../shared/specs
real=$shared/real

# Specs that must be refused, with the words their error must contain: GA4GH DRS `$ref`s a remote
# URL, which is never fetched.
expected_refusal() {
    case "$1" in
        */ga4gh-drs/*) echo "to a remote URL" ;;
        *) echo "" ;;
    esac
}

# One spec: writes $work/rows/NAME (a table row) and $work/logs/NAME (its problems).
check_spec() {
    local spec=$1 work=$2
    local name
    name=$(echo "$spec" | sed -e "s#^$shared/##" -e 's#^real/##' -e 's/\.[^.]*$//')
    local key=${name//\//_}
    local out="$work/out/$key" log="$work/logs/$key" row="$work/rows/$key"
    mkdir -p "$out"
    : >"$log"
    local start end gen_seconds compile_seconds
    start=$(date +%s.%N)
    if ! "$generate" "$spec" --output "$out/sdk" >"$out/generate.out" 2>"$out/generate.err"; then
        local refusal
        refusal=$(expected_refusal "$spec")
        if [ -n "$refusal" ] && grep -q -- "error: .*$refusal" "$out/generate.err"; then
            printf '%s\t-\t-\t-\t%s\trefused (expected)\t-\t-\t-\t-\t-\t-\n' "$name" \
                "$(grep -c ': warning:' "$out/generate.err" || true)" >"$row"
            return 0
        fi
        printf '%s\t-\t-\t-\t-\tGENERATE FAILED\t-\t-\t-\t-\t-\t-\n' "$name" >"$row"
        { echo "FAIL generate $spec"; grep -E ': error:' "$out/generate.err" | head -20 | sed 's/^/    /'; } >>"$log"
        return 1
    fi
    end=$(date +%s.%N)
    gen_seconds=$(echo "$end - $start" | bc)
    local warnings files lines
    warnings=$(grep -c ': warning:' "$out/generate.err" || true)
    files=$(find "$out/sdk" -name '*.swift' | sort)
    lines=$(cat $files | wc -l)
    # The examples' manifest and driver, and the counts of operations and types.
    if ! "$harness" "$spec" "$out/examples" >"$out/harness.log" 2>&1; then
        { echo "FAIL examples harness $spec"; head -5 "$out/harness.log" | sed 's/^/    /'; } >>"$log"
    fi
    local operations types
    operations=$(sed -n 's/.*"operations" *: *\([0-9]*\).*/\1/p' "$out/examples/stats.json" 2>/dev/null || echo "?")
    types=$(sed -n 's/.*"types" *: *\([0-9]*\).*/\1/p' "$out/examples/stats.json" 2>/dev/null || echo "?")
    # Whole-module mode parses the files once: per-file jobs re-parse all of a 2,400-file SDK for
    # every file. A spec with examples is compiled into the library their driver links against;
    # one without (Stripe, Kubernetes) only as far as -emit-module, which still runs the compiler's
    # mandatory diagnostics (definite initialisation and the like) that -typecheck alone would
    # miss, at a fraction of the cost of code generation.
    local examples=0
    [ -f "$out/examples/examples.json" ] && examples=$(grep -c '"location"' "$out/examples/examples.json" || true)
    local emit=(-emit-module -emit-module-path "$out/lib/Generated.swiftmodule")
    [ "$examples" -gt 0 ] && emit+=(-emit-library -o "$out/lib/libGenerated.so")
    start=$(date +%s.%N)
    mkdir -p "$out/lib"
    local typecheck=ok status=0
    # CPU seconds too: on a shared machine they, not the wall clock, say what CI will take.
    local TIMEFORMAT='%U %S'
    if ! { time "$swiftc" -wmo -Onone -swift-version 6 -warnings-as-errors -parse-as-library -module-name Generated \
        "${emit[@]}" $files >"$out/compile.log" 2>&1; } 2>"$out/compile.cpu"; then
        typecheck=FAIL
        status=1
        { echo "FAIL compile $spec"; grep -E 'error|warning' "$out/compile.log" | head -20 | sed 's/^/    /'; } >>"$log"
    fi
    end=$(date +%s.%N)
    compile_seconds=$(echo "$end - $start" | bc)
    local compile_cpu
    compile_cpu=$(awk '{ printf "%.1f", $1 + $2 }' "$out/compile.cpu" 2>/dev/null || echo 0)
    local plain="0/0" package="0/0" validated="0/0"
    if [ "$typecheck" = ok ] && [ "$examples" -gt 0 ]; then
        if ! Scripts/examples/run-driver.sh "$name" "$out/examples" "$out/lib" >"$out/examples.txt" 2>&1; then
            if [ "${EXAMPLES_STRICT:-1}" = 1 ]; then
                echo "FAIL examples (each failure below is a generator bug or belongs in Scripts/examples/allowlist.json)" >>"$log"
                status=1
            else
                echo "examples: failures not explained by the allowlist (fatal unless EXAMPLES_STRICT=0):" >>"$log"
            fi
        fi
        local summary
        summary=$(head -1 "$out/examples.txt")
        plain=$(echo "$summary" | sed -n 's/.* \([0-9]*\/[0-9]*\) (plain coders).*/\1/p')
        package=$(echo "$summary" | sed -n 's/.* \([0-9]*\/[0-9]*\) (package coders).*/\1/p')
        validated=$(echo "$summary" | sed -n 's/.*validated \([0-9]*\/[0-9]*\).*/\1/p')
        tail -n +2 "$out/examples.txt" >>"$log"
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%.1f\t%.1f\t%s\n' "$name" "$operations" "$types" "$lines" "$warnings" \
        "$typecheck" "${plain:--}" "${package:--}" "${validated:--}" "$gen_seconds" "$compile_seconds" "$compile_cpu" >"$row"
    # The generated code is large (Stripe's is 4 MB of Swift and a 100 MB library): keep only the logs.
    rm -rf "$out/sdk" "$out/lib"
    return $status
}

if [ $# -eq 0 ] && [ ! -d "$shared" ]; then
    echo "skipping: $shared not found (it exists beside the repository in CI only)"
    exit 0
fi
if [ $# -gt 0 ]; then
    specs=("$@")
else
    specs=("$shared"/pictify-bindings.yaml "$shared"/createapi/*.yaml "$shared"/createapi/*.json
           "$shared"/digitalocean/specification/DigitalOcean-public.v2.yaml)
    if [ -d "$real" ]; then
        # Biggest first, so the two jobs end together.
        specs=("$real"/stripe/spec3.yaml "$real"/swagger2/kubernetes/swagger.json "$real"/asana/asana_oas.yaml
               "$real"/plaid/2020-09-14.yml "$real"/box/openapi.json "$real"/twilio/twilio_api_v2010.yaml
               "$real"/googlemaps/specification/index.yml "$real"/swagger2/slack/slack_web_openapi_v2.json
               "$real"/adyen-checkout/CheckoutService-v71.json "$real"/mistral/openapi.yaml
               "$real"/spotify/fixed-spotify-open-api.yml "$real"/redocly-starter/openapi/openapi.yaml
               "$real"/ga4gh-drs/openapi/data_repository_service.openapi.yaml "$real"/museum/openapi.yaml
               "$real"/swagger2/petstore/petstore.yaml "$real"/oai-examples/v3.0/*.yaml "$real"/oai-examples/v3.1/*.yaml
               "${specs[@]}")
    fi
fi

swift build --product generate >/dev/null
swift build --product specsmith-examples-harness >/dev/null
bin="$(swift build --show-bin-path)"
export generate="$bin/generate" harness="$bin/specsmith-examples-harness"
export swiftc=$(command -v swiftc || echo /opt/swift/usr/bin/swiftc)
export shared real
export EXAMPLES_STRICT=${EXAMPLES_STRICT:-1}
export -f check_spec expected_refusal
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/rows" "$work/logs" "$work/out"

start=$(date +%s)
printf '%s\n' "${specs[@]}" | xargs -P "${JOBS:-2}" -I{} bash -c 'check_spec "$1" "$2" || true' _ {} "$work"
total=$(( $(date +%s) - start ))

header='spec\tops\ttypes\tlines\twarnings\ttype-check\texamples plain\texamples package\tvalidated\tgen s\tcompile s\tcompile CPU s'
{ printf "$header\n"; for spec in "${specs[@]}"; do
      name=$(echo "$spec" | sed -e "s#^$shared/##" -e 's#^real/##' -e 's/\.[^.]*$//')
      cat "$work/rows/${name//\//_}" 2>/dev/null || printf '%s\tNO RESULT\n' "$name"
  done; } | if command -v column >/dev/null; then column -t -s $'\t'; else cat; fi
passed=0
failed=0
for spec in "${specs[@]}"; do
    name=$(echo "$spec" | sed -e "s#^$shared/##" -e 's#^real/##' -e 's/\.[^.]*$//')
    key=${name//\//_}
    if [ -s "$work/logs/$key" ]; then
        echo "$name:"
        sed 's/^/  /' "$work/logs/$key"
    fi
    if [ -f "$work/rows/$key" ] && ! grep -q -E 'FAIL' "$work/rows/$key" && ! grep -q '^FAIL' "$work/logs/$key"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
    fi
done
echo "compile-shared-specs: $passed passed, $failed failed (${total} s)"
[ "$failed" -eq 0 ]
