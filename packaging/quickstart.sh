#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Pactline developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Pactline quick start for Debian 12 (and Ubuntu): installs what is missing, builds, then
#   packaging/quickstart.sh run [FILE]   builds a release of the application alone (build/release)
#                                        and opens it (on your own portfolio by default)
#   packaging/quickstart.sh test         builds the test tree (build/ci: AddressSanitizer and UBSan)
#                                        and runs the whole suite with ctest, fuzzers included (in a
#                                        clang release tree, build/ci/clang-release), then builds the
#                                        .deb in that tree, installs, checks and removes it
#                                        (packaging/check-deb.sh)
# Both are incremental: a second run installs and rebuilds only what changed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build/ci"
# ccache keys on paths relative to the checkout, so another clone of the tree reuses the cache.
export CCACHE_BASEDIR="$root"
# The precompiled headers (CMakeLists.txt) are cached too, given these (ccache's manual, "Precompiled headers").
export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros}"

build_packages=(
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libgl-dev libvulkan-dev qtkeychain-qt6-dev
    fonts-dejavu-core iso-codes python3 qt6-translations-l10n
)
test_packages=(
    poppler-utils qpdf sqlite3 postgresql python3 python3-icalendar xvfb xauth
    dbus gnome-keyring libsecret-tools
    clang libclang-rt-14-dev lld openssl
    dpkg-dev file desktop-file-utils appstream xdg-utils shared-mime-info libglib2.0-bin lintian
)

usage() {
    echo "usage: $0 run [FILE] | test" >&2
    exit 2
}

install_missing() {
    command -v dpkg-query >/dev/null || {
        echo "quickstart: not a Debian system; install Qt 6.4+ and CMake yourself (see README.md)." >&2
        return 0
    }
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "quickstart: installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# configure_and_build PRESET [TARGET]: the preset's tree under build/, configured once.
configure_and_build() {
    cd "$root"
    if [ ! -f "$root/build/$1/CMakeCache.txt" ]; then
        local launcher=()
        command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        cmake --preset "$1" -S "$root" -G Ninja "${launcher[@]}"
    fi
    cmake --build "$root/build/$1" -j2 ${2:+--target "$2"}
}

case "${1:-}" in
run)
    shift
    install_missing "${build_packages[@]}"
    configure_and_build release pactline
    exec "$root/build/release/app/pactline" "$@"
    ;;
test)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    configure_and_build ci
    cd "$build"
    PACTLINE_REQUIRE_POSTGRES=1 PACTLINE_REQUIRE_KEYRING=1 ctest --output-on-failure --timeout 300 -j2
    PACTLINE_RELEASE_BUILD="$build/clang-release" exec "$root/packaging/check-deb.sh"
    ;;
*)
    usage
    ;;
esac
