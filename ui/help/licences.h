// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QDialog;
class QWidget;

// What Pactline is made of and under which licence: Pactline itself, Qt, SQLite and what the Windows
// installer and the macOS disk image bundle. The texts are those of packaging/licenses (and LICENSE),
// embedded, so that About shows them on every platform.
class Licences final
{
    Q_DECLARE_TR_FUNCTIONS(Licences)

public:
    struct Component
    {
        QString name;    // "Qt 6"
        QString licence; // "LGPL-3.0"
        QString text;    // the licence's resource, ":/licences/LGPL-3.0.txt"
    };

    static QList<Component> all();
    // The licence text of a component (empty when its resource is missing).
    static QString textOf(const Component &component);
    // "<p>Licences:</p><ul><li>Qt 6: LGPL-3.0</li>…</ul>" for About.
    static QString summary();
    // A dialog over `parent` that lists the components and shows the licence of the one chosen.
    static QDialog *showDialog(QWidget *parent);
};
