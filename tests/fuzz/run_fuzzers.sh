#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Pactline developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer harnesses with clang in a release build folder of their own (reused, and with
# ccache when there is one; packaging/check-deb.sh builds the application there too) and runs each
# for a bounded time from the committed seeds.
#   run_fuzzers.sh SOURCE_DIR FUZZ_BUILD_DIR [SECONDS_EACH]
# Exit 0: no harness found anything; 1: one did (its input is under FUZZ_BUILD_DIR/artifacts);
# 77: skipped, because clang++ or its libFuzzer runtime (Debian: libclang-rt-14-dev) is missing.
set -euo pipefail

source_dir="$(cd "$1" && pwd)"
build_dir="$2"
seconds="${3:-20}"
harnesses=(csv fuzzydate json)

if ! command -v clang++ >/dev/null; then
    echo "run_fuzzers: clang++ not found; fuzzing skipped."
    exit 77
fi
mkdir -p "$build_dir"
probe="$build_dir/probe"
if ! echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }' |
    clang++ -x c++ -fsanitize=fuzzer - -o "$probe" 2>/dev/null; then
    echo "run_fuzzers: clang++ has no libFuzzer runtime (Debian: libclang-rt-14-dev); fuzzing skipped."
    exit 77
fi

if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Release \
        -DPACTLINE_BUILD_TESTS=OFF -DPACTLINE_BUILD_FUZZ=ON -DPACTLINE_WERROR=ON "${launcher[@]}" \
        -DCMAKE_UNITY_BUILD=ON >/dev/null # as the release preset: the application in half the time
fi
targets=()
for name in "${harnesses[@]}"; do targets+=("pactline-fuzz-$name"); done
cmake --build "$build_dir" -j2 --target "${targets[@]}"

status=0
mkdir -p "$build_dir/artifacts"
for name in "${harnesses[@]}"; do
    corpus="$build_dir/corpus/$name"
    mkdir -p "$corpus"
    options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1
        -artifact_prefix="$build_dir/artifacts/$name-")
    [ "$name" = json ] && options+=(-dict="$source_dir/tests/fuzz/json.dict")
    echo "run_fuzzers: $name for ${seconds}s"
    if ! "$build_dir/tests/fuzz/pactline-fuzz-$name" "${options[@]}" "$corpus" "$source_dir/tests/fuzz/seeds/$name" \
        2>"$build_dir/$name.log"; then
        echo "run_fuzzers: $name found a problem:"
        tail -n 40 "$build_dir/$name.log"
        status=1
    else
        grep -E "stat::number_of_executed_units|stat::new_units_added" "$build_dir/$name.log" | sed "s/^/  $name /"
    fi
done
exit $status
