// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The name of the user running Pactline, from the environment (USER, USERNAME on Windows, LOGNAME),
// or else the name of their home folder.
QString osUserName();
