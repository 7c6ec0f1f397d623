#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Pactline developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that the man page names every command and option `pactline --help` and
# `pactline COMMAND --help` print (check-versions.sh checks its version).
#   check-manpage.sh PACTLINE MANPAGE
set -euo pipefail

pactline="$1"
page="$2"
failed=0

# roff writes "-" as "\-": compare the page with its escapes undone.
text="$(sed -e 's/\\-/-/g' "$page")"

missing() {
    echo "check-manpage: $page lacks $1" >&2
    failed=1
}

options_of() {
    # Option lines of Qt's help: "  -o, --output <OUT>  text" or "  --sample  text".
    sed -n -e 's/^  \(-[a-zA-Z], \)\{0,1\}\(--[a-z-]*\).*/\2/p'
}

for option in $("$pactline" --help | options_of); do
    grep -qE -- "$option([^a-z-]|$)" <<<"$text" || missing "the option $option"
done
for command in $("$pactline" --help | sed -n -e 's/^  pactline \([a-z]*\) .*/\1/p'); do
    grep -q "^\.BI \"$command " "$page" || missing "the command $command"
    for option in $("$pactline" "$command" --help 2>/dev/null | options_of); do
        [ "$option" = "--help" ] && continue
        grep -qE -- "$option([^a-z-]|$)" <<<"$text" || missing "the option $option of $command"
    done
done
[ "$failed" -eq 0 ] && echo "check-manpage: $page names every command and option of $pactline"
exit "$failed"
