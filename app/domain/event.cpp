// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/event.h"

#include <QCoreApplication>

QString Event::problem() const
{
    if (title.trimmed().isEmpty())
        return QCoreApplication::translate("Event", "An event needs a title, e.g. “State visit”.");
    return {};
}

const QList<EntityField<Event>> &Event::fields()
{
    using F = EntityField<Event>;
    static const QList<F> list{
        F::line("title", &Event::title)
            .json("title")
            .named(QT_TRANSLATE_NOOP("Fields", "title"), QT_TRANSLATE_NOOP("Fields", "Title"),
                   QT_TRANSLATE_NOOP("Fields", "Event"), QT_TRANSLATE_NOOP("Fields", "&Title"))
            .use(Everywhere | Required),
        F::day("date", &Event::date, FirstDay | LastDay)
            .json("date")
            .named(QT_TRANSLATE_NOOP("Fields", "date"), QT_TRANSLATE_NOOP("Fields", "Date"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "&Date"))
            .use(Everywhere),
        F::line("place", &Event::place)
            .json("place")
            .named(QT_TRANSLATE_NOOP("Fields", "place"), QT_TRANSLATE_NOOP("Fields", "Place"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "&Place"))
            .use(Everywhere),
        F::longText("notes", &Event::notes)
            .json("notes")
            .named(QT_TRANSLATE_NOOP("Fields", "notes"), QT_TRANSLATE_NOOP("Fields", "Notes"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "&Notes"))
            .use(InCsv | InForm | Unsorted),
        F::references("partners", &Event::partnerIds, "partner")
            .json("partners")
            .named(QT_TRANSLATE_NOOP("Fields", "participating partners"), QT_TRANSLATE_NOOP("Fields", "Partners"),
                   nullptr, nullptr)
            .use(InCsv | Unsorted),
        F::references("contacts", &Event::contactIds, "contact")
            .json("contacts")
            .named(QT_TRANSLATE_NOOP("Fields", "participating people"), nullptr, nullptr, nullptr)
            .use(Unsorted),
        F::figure("participants")
            .named(QT_TRANSLATE_NOOP("Fields", "participants"), nullptr, QT_TRANSLATE_NOOP("Fields", "Participants"),
                   nullptr)
            .use(InTable | Unsorted),
    };
    return list;
}
