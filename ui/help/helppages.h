// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/fuzzydate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QMainWindow;
class QMenu;

// The Help menu: the User Guide, About Pactline (version, what it is, Qt and SQLite, the licences with
// their texts), About Qt and a page on the date formats Pactline reads and prints, generated from
// FuzzyDate so that it says what the parser does.
class HelpPages final
{
    Q_DECLARE_TR_FUNCTIONS(HelpPages)

public:
    // Adds Help > User Guide, Date Formats, About Pactline and About Qt to the window's menu bar.
    static QMenu *addTo(QMainWindow &window);

    // The About text (rich text).
    static QString aboutText();
    // The date formats page (HTML), and every example on it with the date it stands for.
    static QString dateFormatsPage();
    struct DateExample
    {
        QString text;
        FuzzyDate date;
    };
    static QList<DateExample> dateFormatExamples();
};
