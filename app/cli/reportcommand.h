// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/headlesscommand.h"

// `pactline report FILE -o OUT.pdf [--kind portfolio|agreement|progress] [--agreement ID]
// [--from DATE --to DATE] [--paper a4|letter] [--author NAME]`: writes a PDF report.
HeadlessCommand reportCommand();
