#!/usr/bin/env bash
# Compile benchmark: what a user pays to build the code Specsmith generates. Not a timed test: it
# takes minutes per build and its numbers depend on the machine, so run it by hand, on a quiet
# machine, and compare numbers from the same run only.
#
# For each spec and layout it generates the SDK into a throwaway SwiftPM package, runs a debug
# `swift build` of it (one build at a time, under `nice`), and prints wall time, CPU time
# (user+sys, the steadier number on a shared machine), peak memory (the largest single process's
# resident set, from /usr/bin/time -v: one compiler job, not the sum of parallel jobs), lines, and
# lines per operation.
#
#   Scripts/compile-benchmark.sh [options]
#     --specs "github stripe"     which specs (names below, or paths to spec files)
#     --layouts "cli plugin"      cli: the CLI's default layout (grouped; per-type for generators
#                                 older than the grouped layout); plugin: the files the
#                                 build-tool plugin writes (sharded; single-file for generators
#                                 older than the sharded layout)
#     --shards N                  shards of the plugin layout (default: the generator's)
#     --baseline REV              also generate with the generator of git revision REV (built in a
#                                 scratch copy) and print after/before ratios
#     --incremental               after each full build, add a property to one schema of the spec
#                                 (--touch), regenerate, and time the rebuild
#     --touch NAME=SCHEMA         the schema --incremental edits for spec NAME (defaults below)
#     --hotspots                  build with -warn-long-function-bodies=100 and
#                                 -warn-long-expression-type-checking=100, list what the compiler
#                                 reports (times include the flags' own cost)
#     --keep DIR                  keep the packages and logs in DIR (default: a temporary folder,
#                                 removed at the end)
#
# Example (issue #13's before/after):
#   Scripts/compile-benchmark.sh --specs github --baseline f5bee33 --incremental
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

declare -A spec_paths=(
    [github]=../shared/specs/createapi/github.yaml
    [stripe]=../shared/specs/real/stripe/spec3.yaml
)
# Schemas used by a few operations each: a typical one-schema change.
declare -A touch_schemas=([github]=feed [stripe]=coupon)

specs="github stripe"
layouts="cli plugin"
shards=""
baseline=""
incremental=0
hotspots=0
keep=""
while [ $# -gt 0 ]; do
    case "$1" in
        --specs) specs=$2; shift 2 ;;
        --layouts) layouts=$2; shift 2 ;;
        --shards) shards=$2; shift 2 ;;
        --baseline) baseline=$2; shift 2 ;;
        --incremental) incremental=1; shift ;;
        --touch) touch_schemas[${2%%=*}]=${2#*=}; shift 2 ;;
        --hotspots) hotspots=1; shift ;;
        --keep) keep=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "compile-benchmark: unknown option '$1' (see --help)" >&2; exit 64 ;;
    esac
done

if [ -n "$keep" ]; then
    work=$(mkdir -p "$keep" && cd "$keep" && pwd)
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi
results="$work/results.tsv"
: >"$results"

# The generators: this checkout's, and the baseline revision's, each built once (debug, which
# this checkout has built already; generating is seconds either way, and is not timed).
build_generator() { # folder -> path of its generate binary
    nice -n 5 swift build --package-path "$1" --product generate >"$work/generator-build.log" 2>&1 \
        || { echo "compile-benchmark: building the generator in $1 failed:" >&2; tail -20 "$work/generator-build.log" >&2; exit 1; }
    echo "$(swift build --package-path "$1" --show-bin-path)/generate"
}
declare -A generators
echo "building the generator (this checkout)..."
generators[after]=$(build_generator "$root")
labels="after"
if [ -n "$baseline" ]; then
    echo "building the generator at $baseline..."
    rev_dir="$work/generator-$baseline"
    mkdir -p "$rev_dir"
    git archive "$baseline" | tar -x -C "$rev_dir"
    generators[before]=$(build_generator "$rev_dir")
    labels="before after"
fi

# Arguments for a layout; a generator without the sharded layout gets single-file, which is what
# its build-tool plugin wrote.
layout_arguments() { # generator layout
    case "$2" in
        cli) echo "" ;;  # the generator's own default
        plugin)
            if "$1" --help 2>&1 | grep -q sharded; then
                echo "--layout sharded${shards:+ --shards $shards}"
            else
                echo "--layout single-file"
            fi ;;
        *) echo "compile-benchmark: unknown layout '$2' (cli or plugin)" >&2; exit 64 ;;
    esac
}

swift_flags=()
if [ "$hotspots" -eq 1 ]; then
    swift_flags=(-Xswiftc -Xfrontend -Xswiftc -warn-long-function-bodies=100
                 -Xswiftc -Xfrontend -Xswiftc -warn-long-expression-type-checking=100)
fi

# Times one debug build of the package in $1; appends "wall cpu peakMB" to the variable named $2.
timed_build() { # package label
    local log="$1/build-$2.log" timing="$1/time-$2.txt"
    if ! nice -n 5 /usr/bin/time -v -o "$timing" swift build --package-path "$1" -c debug "${swift_flags[@]}" >"$log" 2>&1; then
        echo "compile-benchmark: the build of $1 failed:" >&2
        grep -E "error:" "$log" | head -20 >&2
        exit 1
    fi
    awk -F': ' '
        /Elapsed \(wall clock\)/ { n = split($2, t, ":"); wall = (n == 3 ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2]) }
        /User time/ { user = $2 } /System time/ { sys = $2 } /Maximum resident set size/ { rss = $2 }
        END { printf "%.1f\t%.1f\t%.0f\n", wall, user + sys, rss / 1024 }' "$timing"
}

# Adds an optional property to schema $3 of spec $1, writing the result to $2 (text edit: the
# schema's `properties:` line gets one more entry at its indentation).
touch_schema() { # spec out schema
    python3 - "$1" "$2" "$3" <<'PY'
import re, sys
source, target, schema = sys.argv[1:]
lines = open(source, encoding="utf-8").read().split("\n")
start = next((i for i, l in enumerate(lines) if re.fullmatch(r"    %s:\s*" % re.escape(schema), l)), None)
if start is None:
    sys.exit("compile-benchmark: no schema '%s' at the top of components.schemas" % schema)
for i in range(start + 1, len(lines)):
    if re.match(r"    \S", lines[i]):
        sys.exit("compile-benchmark: schema '%s' has no properties" % schema)
    if lines[i] == "      properties:":
        lines[i + 1:i + 1] = ["        benchmark-touched:", "          type: string"]
        break
open(target, "w", encoding="utf-8").write("\n".join(lines))
PY
}

printf '%-7s %-8s %-7s %5s %7s %5s %7s %8s %8s %7s\n' gen spec layout files lines ops "lines/op" "wall s" "cpu s" "peak MB"
for name in $specs; do
    spec=${spec_paths[$name]:-$name}
    [ -f "$spec" ] || { echo "compile-benchmark: no spec at $spec" >&2; exit 1; }
    name=$(basename "$name" | sed 's/\.[^.]*$//')
    for label in $labels; do
        generate=${generators[$label]}
        for layout in $layouts; do
            package="$work/$label-$name-$layout"
            rm -rf "$package"
            mkdir -p "$package/Sources/SDK"
            cat >"$package/Package.swift" <<'SWIFT'
// swift-tools-version: 6.0
import PackageDescription

let package = Package(name: "SDK", targets: [.target(name: "SDK")])
SWIFT
            # shellcheck disable=SC2046
            "$generate" "$spec" --output "$package/Sources/SDK" $(layout_arguments "$generate" "$layout") --quiet >/dev/null
            files=$(find "$package/Sources/SDK" -name '*.swift' | wc -l)
            lines=$(find "$package/Sources/SDK" -name '*.swift' -exec cat {} + | wc -l)
            # One `core.send(request, operationID: …, security: …)` per operation (errors repeat the id).
            # (grep fails for a batch of files without a match: not an error here.)
            ops=$(find "$package/Sources/SDK" -name '*.swift' -exec grep -hoE 'operationID: "[^"]*", security:' {} + | wc -l || true)
            per_op=$([ "$ops" -gt 0 ] && echo $((lines / ops)) || echo -)
            swift package --package-path "$package" describe >/dev/null  # the manifest, outside the timing
            read -r wall cpu peak < <(timed_build "$package" full)
            printf '%-7s %-8s %-7s %5d %7d %5d %7s %8.1f %8.1f %7d\n' "$label" "$name" "$layout" "$files" "$lines" "$ops" "$per_op" "$wall" "$cpu" "$peak"
            printf '%s\t%s\t%s\tfull\t%s\t%s\t%s\n' "$label" "$name" "$layout" "$wall" "$cpu" "$peak" >>"$results"
            if [ "$hotspots" -eq 1 ]; then
                echo "  slowest type-checking (function bodies and expressions over 100 ms):"
                grep -hE "warning: .*(took|to type-check)" "$package/build-full.log" | sed "s|$package/Sources/SDK/||" \
                    | awk '{ ms = $0; sub(/.*took /, "", ms); sub(/ms.*/, "", ms); print ms "\t" $0 }' | sort -rn | cut -f2- | head -25 | sed 's/^/    /'
            fi
            if [ "$incremental" -eq 1 ]; then
                schema=${touch_schemas[$name]:-}
                [ -n "$schema" ] || { echo "compile-benchmark: no --touch $name=SCHEMA" >&2; exit 64; }
                mkdir -p "$work/touched-$name"
                touched="$work/touched-$name/$(basename "$spec")"
                touch_schema "$spec" "$touched" "$schema"
                # shellcheck disable=SC2046
                summary=$("$generate" "$touched" --output "$package/Sources/SDK" $(layout_arguments "$generate" "$layout") --quiet)
                changed=$(echo "$summary" | grep -o '[0-9]* changed' || echo "? changed")
                read -r wall cpu peak < <(timed_build "$package" incremental)
                printf '%-7s %-8s %-7s %-22s %8.1f %8.1f %7d\n' "$label" "$name" "$layout" "  rebuild: $schema, $changed" "$wall" "$cpu" "$peak"
                printf '%s\t%s\t%s\tincremental\t%s\t%s\t%s\n' "$label" "$name" "$layout" "$wall" "$cpu" "$peak" >>"$results"
            fi
            rm -rf "$package/.build"  # ~1 GB per SDK; the logs stay
        done
    done
done

# Ratios from this run's rows: after/before per layout, and plugin/cli per generator.
echo
awk -F'\t' '
    { cpu[$1 "|" $2 "|" $3 "|" $4] = $6; wall[$1 "|" $2 "|" $3 "|" $4] = $5; spec[$2] = 1; kind[$4] = 1 }
    function ratio(a, b, table) { return (b in table && a in table && table[b] > 0) ? sprintf("%.2f", table[a] / table[b]) : "-" }
    END {
        for (s in spec) for (k in kind) {
            split("cli plugin", layouts, " ")
            for (i = 1; i <= 2; i++) {
                l = layouts[i]; a = "after|" s "|" l "|" k; b = "before|" s "|" l "|" k
                if (b in cpu) printf "%s %s %s build: after/before cpu %s, wall %s\n", s, l, k, ratio(a, b, cpu), ratio(a, b, wall)
            }
            for (g = 1; g <= 2; g++) {
                label = (g == 1 ? "before" : "after"); p = label "|" s "|plugin|" k; c = label "|" s "|cli|" k
                if (p in cpu && c in cpu) printf "%s %s %s build: plugin/cli cpu %s, wall %s\n", s, label, k, ratio(p, c, cpu), ratio(p, c, wall)
            }
        }
    }' "$results" | sort
echo "rows: $results"
