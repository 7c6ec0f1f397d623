// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/headlesscommand.h"

// `pactline backup FILE -o OUT`: a consistent copy of the portfolio (VACUUM INTO), taken read-only;
// never overwrites OUT and never leaves a partial file.
HeadlessCommand backupCommand();
