// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <functional>

class BenchContext;

// A group of figures (`pactline-bench --only NAME`). Groups register themselves with a static
// BenchGroup::Registrar in their own .cpp file.
struct BenchGroup
{
    QString name;
    std::function<void(BenchContext &context)> run;

    static QList<BenchGroup> &all();

    struct Registrar
    {
        Registrar(const char *name, std::function<void(BenchContext &)> run);
    };
};
