#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Pactline developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Pactline's .deb from a Release build of the application (never the test tree, which is
# instrumented): build/release, or the tree PACTLINE_RELEASE_BUILD names (`quickstart.sh test` passes
# the clang release tree where the fuzz harnesses were built). Installs it with apt, checks what it
# installed as a user's desktop would use it, and removes it again. Debian or Ubuntu, as root or with
# sudo; run by `packaging/quickstart.sh test` after the test suite.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PACTLINE_RELEASE_BUILD:-$root/build/release}"
export CCACHE_BASEDIR="$root"
app_id=org.pactline.Pactline
mime_type=application/x-pactline
work=""
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
# Wait for another apt or dpkg to finish rather than fail at once.
apt_get=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -y -qq)

fail() {
    echo "check-deb: FAILED: $*" >&2
    exit 1
}

step() {
    echo "check-deb: $*"
}

build_deb() {
    if [ ! -f "$build/CMakeCache.txt" ]; then
        local launcher=()
        command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPACTLINE_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
    fi
    cmake --build "$build" -j2
    rm -f "$build"/pactline_*.deb
    (cd "$build" && cpack -G DEB >/dev/null)
}

# The PNG's width and height, from its header.
png_size() {
    python3 -c 'import struct, sys
data = open(sys.argv[1], "rb").read(24)
print("%dx%d" % struct.unpack(">II", data[16:24]))' "$1"
}

check_installed() {
    local version="$1" work="$2"
    local share=/usr/share

    step "the installed pactline runs headless"
    [ "$(/usr/bin/pactline --version)" = "pactline $version" ] || fail "pactline --version: $(/usr/bin/pactline --version)"
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/pactline new "$work/x.pactline" --sample
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/pactline report "$work/x.pactline" -o "$work/x.pdf"
    local pages
    pages="$(pdfinfo "$work/x.pdf" | sed -n 's/^Pages: *//p')"
    [ "${pages:-0}" -ge 2 ] || fail "the report has ${pages:-no} pages"

    step "desktop entry, AppStream metadata, man page, copyright"
    desktop-file-validate "$share/applications/$app_id.desktop"
    appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml"
    gzip -t "$share/man/man1/pactline.1.gz"
    [ "$(man -w pactline 2>/dev/null || echo "$share/man/man1/pactline.1.gz")" = "$share/man/man1/pactline.1.gz" ] ||
        fail "man -w pactline: $(man -w pactline)"
    grep -q '^License: GPL-3.0-or-later' "$share/doc/pactline/copyright" || fail "no licence in the copyright file"
    gzip -t "$share/doc/pactline/changelog.gz"

    step "icons in the hicolor theme"
    local size
    for size in 16 24 32 48 64 128 256; do
        for icon in "apps/$app_id" "mimetypes/${mime_type/\//-}"; do
            local png="$share/icons/hicolor/${size}x${size}/$icon.png"
            [ -f "$png" ] || fail "$png is missing"
            [ "$(png_size "$png")" = "${size}x${size}" ] || fail "$png is $(png_size "$png")"
        done
    done
    [ -f "$share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "the scalable application icon is missing"
    [ -f "$share/icons/hicolor/scalable/mimetypes/${mime_type/\//-}.svg" ] || fail "the scalable document icon is missing"

    step "the MIME type: by name, by content, and opened by Pactline"
    grep -q "^50:$mime_type:\*\.pactline$" "$share/mime/globs2" || fail "*.pactline is not in the MIME database"
    cp "$work/x.pactline" "$work/portfolio-without-suffix"
    local sniffed
    sniffed="$(gio info -a standard::content-type "$work/portfolio-without-suffix" | sed -n 's/.*standard::content-type: //p')"
    [ "$sniffed" = "$mime_type" ] || fail "a portfolio without its suffix is $sniffed"
    local handler
    handler="$(xdg-mime query default "$mime_type")"
    [ "$handler" = "$app_id.desktop" ] || fail "xdg-mime query default $mime_type: '$handler'"
    step "$mime_type opens with $handler"
}

main() {
    build_deb
    local deb version
    deb="$(ls "$build"/pactline_*.deb)"
    version="$(dpkg-deb -f "$deb" Version)"
    step "built $(basename "$deb"): Depends: $(dpkg-deb -f "$deb" Depends)"
    lintian --fail-on error,warning "$deb" 2> >(grep -v 'running with root privileges' >&2) ||
        fail "lintian found errors or warnings in $(basename "$deb")"
    dpkg-query -W -f='${Status}' pactline 2>/dev/null | grep -q "install ok installed" &&
        fail "pactline is installed already: remove it first (apt-get remove pactline)"

    work="$(mktemp -d)"
    # Whatever happens, the package goes again.
    trap '"${apt_get[@]}" remove pactline >/dev/null; rm -rf "$work"' EXIT
    step "apt-get install $deb"
    "${apt_get[@]}" install "$deb" >/dev/null
    check_installed "$version" "$work"

    step "apt-get remove pactline"
    "${apt_get[@]}" remove pactline >/dev/null
    trap 'rm -rf "$work"' EXIT
    [ ! -e /usr/bin/pactline ] || fail "/usr/bin/pactline is still there"
    ! grep -q "$mime_type" /usr/share/mime/globs2 || fail "$mime_type is still in the MIME database"
    step "passed: installed, checked and removed $(basename "$deb")"
}

main "$@"
