// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/headlesscommand.h"

// `pactline history FILE [--record KIND:ID] [--from DATE] [--to DATE] [--csv]`: the recorded changes,
// newest first, read-only.
HeadlessCommand historyCommand();
