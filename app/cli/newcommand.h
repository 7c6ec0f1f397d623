// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/headlesscommand.h"

// `pactline new FILE [--sample]`: creates a portfolio, empty or with the sample; never overwrites.
HeadlessCommand newCommand();
