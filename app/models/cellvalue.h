// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entityfield.h"
#include "domain/enums.h"
#include "domain/fuzzydate.h"
#include "store/storeerror.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

// Turning what an editor hands a table model into domain values (with the message that says
// what to type when it is not one), and domain values into what a cell shows.
class CellValue
{
public:
    // Empty text clears the date; anything else must parse as a FuzzyDate.
    static Result<FuzzyDate> date(const QVariant &value);
    // The date as a cell shows it, and the interval it covers as a tooltip.
    static QString dateText(const FuzzyDate &date);
    static QString dateInterval(const FuzzyDate &date);
    // Text, trimmed.
    static QString text(const QVariant &value) { return value.toString().trimmed(); }
    // "A, B; C" -> {"A", "B", "C"}.
    static QStringList list(const QVariant &value);
    // A name or title cell's tooltip: the whole of it (the column may cut it short), then the
    // beginning of its summary or notes.
    static QString titleTip(const QString &title, const QString &more);
    // A list model's header: `titles` name its columns in order; any other header is the model's default.
    static QVariant header(const QAbstractItemModel &model, const QStringList &titles, int section,
                           Qt::Orientation orientation, int role);

    // The code of a choice's code or display name.
    static Result<QString> choice(const QVariant &value, const ChoiceType &type, const QString &what);
    template<typename E>
    static Result<E> choice(const QVariant &value, const QString &what)
    {
        const Result<QString> code = choice(value, *choiceTypeOf<E>(), what);
        if (!code)
            return code.error();
        return *enumFromCode<E>(*code);
    }
    // Every value of a choice as {code, display name}, for combo boxes.
    static QVariantList choices(const ChoiceType &type);
    template<typename E>
    static QVariantList choices()
    {
        return choices(*choiceTypeOf<E>());
    }
};
