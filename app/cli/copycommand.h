// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/headlesscommand.h"

// `pactline copy SOURCE DEST`: a lossless copy of a whole portfolio (PortfolioCopy) into a new one;
// never overwrites DEST and never leaves a partial copy.
HeadlessCommand copyCommand();
