// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

// `pactline check --repair FILE [--set TABLE:ID:COLUMN=VALUE]...`: repairs the values the content check
// finds (ContentRepair). With --set, exactly the values named (VALUE empty: nothing), the rest left as
// they are; without, asks for each bad value on `in`: a number of the list, a value, or Enter to leave
// it. Applies every choice in one transaction, upgrades an older file once nothing stops it. Exit 0:
// nothing left to repair, 1: values left as they were, 2: unreadable file or a bad --set.
int runCheckRepair(const QString &path, const QStringList &sets, QTextStream &in, QTextStream &out, QTextStream &err);
