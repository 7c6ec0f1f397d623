// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/headlesscommand.h"

// `pactline check FILE`: read-only integrity, schema and content checks.
HeadlessCommand checkCommand();
