#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Pactline developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that the files carrying a release's number all name the project's version: the newest
# release of the AppStream metadata, the newest entry of the Debian changelog and the man page.
#   check-versions.sh VERSION
set -euo pipefail

version="$1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
failed=0

expect() {
    local what="$1" found="$2"
    if [ "$found" != "$version" ]; then
        echo "check-versions: $what names ${found:-no version}, not $version" >&2
        failed=1
    fi
}

expect "the newest release in org.pactline.Pactline.metainfo.xml" \
    "$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$here/org.pactline.Pactline.metainfo.xml" | head -n 1)"
expect "the newest entry of changelog" "$(sed -n '1s/^pactline (\([^)]*\)).*/\1/p' "$here/changelog")"
expect "the .TH line of pactline.1" "$(sed -n 's/^\.TH PACTLINE 1 .* "Pactline \([^"]*\)".*/\1/p' "$here/pactline.1")"
[ "$failed" -eq 0 ] && echo "check-versions: metainfo, changelog and man page are at $version"
exit "$failed"
