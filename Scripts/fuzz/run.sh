#!/usr/bin/env bash
# Fuzzes reader → model → resolver → IR with libFuzzer for SECONDS (default 60).
#
#   Scripts/fuzz/run.sh [seconds] [extra libFuzzer flags...]
#
# The stages are compiled straight with swiftc into .build-fuzz/ (with -sanitize=fuzzer,address),
# so the fuzz entry (Fuzz/FuzzEntry.swift, which brings libFuzzer's `main`) never enters the
# package graph that `swift build` and `swift test` see. The corpus is seeded from Fixtures/,
# ../shared/specs (when present) and the kept crashers; new crashers land in .build-fuzz/artifacts/.
# A crash, hang (-timeout) or leak makes the script exit non-zero: keep the input under
# Tests/IRTests/FuzzRegressions/ and fix it.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds="${1:-60}"
shift || true
out=.build-fuzz
objects="$out/objects"
corpus="$out/corpus"
artifacts="$out/artifacts"
mkdir -p "$objects" "$corpus" "$artifacts"

# One object and module per stage, in dependency order, each compiled as a whole module; skipped
# when the fuzzer is newer than every source (a sanitized -O build takes minutes).
yaml_flags=()
for flag in $(pkg-config --cflags yaml-0.1 2>/dev/null); do yaml_flags+=(-Xcc "$flag"); done
stages=(Diagnostics YAMLReader OpenAPIModel Resolver SpecsmithRuntime IR)
if [ ! -x "$out/specsmith-fuzz" ] || [ -n "$(find "${stages[@]/#/Sources/}" Fuzz -newer "$out/specsmith-fuzz" -name '*.swift' | head -1)" ]; then
for module in "${stages[@]}"; do
    mapfile -t sources < <(find "Sources/$module" -name '*.swift' | sort)
    swiftc -swift-version 6 -O -g -wmo -parse-as-library -sanitize=fuzzer,address -package-name Specsmith \
        -module-name "$module" -emit-module -emit-module-path "$objects/$module.swiftmodule" \
        -c -o "$objects/$module.o" -I "$objects" -I Sources/CYAML "${yaml_flags[@]}" "${sources[@]}"
done
swiftc -swift-version 6 -O -g -parse-as-library -sanitize=fuzzer,address -package-name Specsmith -I "$objects" -I Sources/CYAML "${yaml_flags[@]}" \
    Fuzz/FuzzEntry.swift "$objects"/*.o $(pkg-config --libs yaml-0.1 2>/dev/null || echo -lyaml) -o "$out/specsmith-fuzz" \
    2> >(grep -v "Cannot export local symbol" >&2)  # ld.gold's noise about ASan's own symbols
fi

# Seeds: every spec-sized YAML or JSON file we have (big ones are skipped: libFuzzer would cut
# them at -max_len anyway, and small inputs mutate faster), plus every crasher kept so far.
seed_dirs=(Fixtures Tests/IRTests/FuzzRegressions)
[ -d ../shared/specs ] && seed_dirs+=(../shared/specs)
find "${seed_dirs[@]}" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) -size -64k -print0 |
    while IFS= read -r -d '' file; do
        cp "$file" "$corpus/seed-$(printf '%s' "$file" | cksum | cut -d' ' -f1)"
    done

# The generator runs on a 1 GB stack (LargeStack); the fuzz entry runs on the main thread, whose
# stack may grow as far as this limit (in KB).
ulimit -s 1048576 2>/dev/null || echo "fuzz: cannot raise the stack limit (ulimit -Hs is $(ulimit -Hs)); deep nesting may be reported as a crash" >&2
# Leaks are reported by LeakSanitizer at the end of each input (except the known ones outside
# Specsmith listed, with reasons, in Fuzz/lsan.supp); -timeout catches hangs.
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
"$out/specsmith-fuzz" "$corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -dict=Fuzz/openapi.dict \
    -artifact_prefix="$artifacts/" -print_final_stats=1 "$@"
