#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Pactline developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test program with a real Secret Service of its own: a private D-Bus session with
# gnome-keyring's secrets component, its login keyring unlocked, in a temporary home that is removed
# afterwards. Exit 77 (skipped) where the tools are missing, unless PACTLINE_REQUIRE_KEYRING is set.
set -eu
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    echo "no dbus-run-session or gnome-keyring-daemon on this machine" >&2
    [ -n "${PACTLINE_REQUIRE_KEYRING:-}" ] && exit 1
    exit 77
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/run"
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run"
export PACTLINE_KEYRING_HOME="$home"
dbus-run-session -- sh -c 'printf %s pactline-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' keyring "$@"
