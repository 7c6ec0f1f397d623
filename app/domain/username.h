// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Who is making a change, as the history records it: the operating system's user name, from the
// environment (USER on Linux and macOS, USERNAME on Windows); empty when neither is set.
namespace UserName {

QString current();

} // namespace UserName
