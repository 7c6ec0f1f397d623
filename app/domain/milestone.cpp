// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/milestone.h"

#include <QCoreApplication>

QString Milestone::problem() const
{
    if (title.trimmed().isEmpty())
        return QCoreApplication::translate("Milestone",
                                           "A milestone needs a title, e.g. “Production facility in Lund ready”.");
    if (agreementId <= 0)
        return QCoreApplication::translate("Milestone", "A milestone belongs to an agreement; choose one.");
    return {};
}

const QList<EntityField<Milestone>> &Milestone::fields()
{
    using F = EntityField<Milestone>;
    static const QList<F> list{
        F::line("title", &Milestone::title)
            .json("title")
            .named(QT_TRANSLATE_NOOP("Fields", "title"), QT_TRANSLATE_NOOP("Fields", "Title"),
                   QT_TRANSLATE_NOOP("Fields", "Milestone"), QT_TRANSLATE_NOOP("Fields", "&Title"))
            .use(Everywhere | Required,
                 "title|milestone|milestone title|name|titel|mijlpaal|naam|milstolpe|delmal|namn"),
        F::reference("agreement_id", &Milestone::agreementId, "agreement")
            .named(QT_TRANSLATE_NOOP("Fields", "agreement"), QT_TRANSLATE_NOOP("Fields", "Agreement"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "Agreement"))
            .use(Everywhere | Required,
                 "agreement|agreement title|overeenkomst|titel overeenkomst|afspraak|avtal|overenskommelse"),
        F::day("due", &Milestone::due, FirstDay | LastDay)
            .json("due")
            .named(QT_TRANSLATE_NOOP("Fields", "due date"), QT_TRANSLATE_NOOP("Fields", "Due"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "&Due"))
            .use(Everywhere, "due|due date|due on|deadline|target date|date|planned|datum|streefdatum|gepland|"
                             "vervaldatum|uiterste datum|planerat|forfallodatum|klart senast"),
        F::choiceOf<MilestoneStatus, &Milestone::status>("status", QT_TRANSLATE_NOOP("Fields", "status"))
            .json("status")
            .named(QT_TRANSLATE_NOOP("Fields", "status"), QT_TRANSLATE_NOOP("Fields", "Status"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "&Status"))
            .use(Everywhere, "status|state|stand|staat|fase|tillstand|lage"),
        F::day("achieved_on", &Milestone::achievedOn, FirstDay)
            .json("achievedOn")
            .named(QT_TRANSLATE_NOOP("Fields", "achieved date"), QT_TRANSLATE_NOOP("Fields", "Achieved on"),
                   QT_TRANSLATE_NOOP("Fields", "Achieved"), QT_TRANSLATE_NOOP("Fields", "A&chieved"))
            .use(Everywhere,
                 "achieved|achieved on|date achieved|completed|completed on|done|bereikt|bereikt op|behaald|"
                 "gerealiseerd|afgerond|uppnatt|uppnadd|klar|klart|genomfort|avklarat"),
        F::line("location", &Milestone::location)
            .json("location")
            .named(QT_TRANSLATE_NOOP("Fields", "location"), QT_TRANSLATE_NOOP("Fields", "Location"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "&Location"))
            .use(Everywhere, "location|place|where|venue|locatie|plaats|plek|plats|ort|lokal"),
        F::longText("notes", &Milestone::notes)
            .json("notes")
            .named(QT_TRANSLATE_NOOP("Fields", "notes"), QT_TRANSLATE_NOOP("Fields", "Notes"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "&Notes"))
            .use(InCsv | InForm | Unsorted, NotesSynonyms, "description|omschrijving|beschrijving|beskrivning"),
    };
    return list;
}
