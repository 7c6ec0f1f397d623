// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/headlesscommand.h"

// `pactline export FILE --format csv|json|ics [--table partners|agreements|milestones|events] -o OUT`:
// a table as CSV, the whole portfolio as JSON, or its milestones and events as iCalendar. The output
// is written whole or not at all.
HeadlessCommand exportCommand();
