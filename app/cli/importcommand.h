// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/headlesscommand.h"

// `pactline import FILE (--partners CSV | --agreements CSV | --milestones CSV | --json JSON)
// [--profile NAME] [--dry-run]`: checks every row first and prints a report; imports all rows in one
// transaction or none. Exit 0: imported (or, with --dry-run, would import), 1: rows are invalid and
// nothing was imported, 2: usage error or unreadable input.
HeadlessCommand importCommand();
