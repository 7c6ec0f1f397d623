// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/headlesscommand.h"

// `pactline person FILE (--find TEXT | --contact ID (--export OUT | --erase [--delete-copies]))`:
// a person's rights of access and erasure (GDPR) without a display.
HeadlessCommand personCommand();
