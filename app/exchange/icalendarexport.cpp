// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/icalendarexport.h"

#include "domain/rowmeta.h"
#include "store/bulkrepository.h"
#include "store/contentcheck.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/milestonerepository.h"
#include "version/pactlineversion.h"

#include <QCoreApplication>
#include <QHash>

namespace {

QString utcStamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString day(QDate date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

struct Entry
{
    QString kind; // "milestone", "event"
    RowMeta meta;
    FuzzyDate date;
    QString summary;
    QString description;
    QString location;
    QString category;
    bool cancelled = false;
};

void appendEvent(QByteArray &out, const Entry &e)
{
    const auto line = [&](const QString &text) { out.append(ICalendarExport::foldedLine(text)); };
    line(QStringLiteral("BEGIN:VEVENT"));
    line(QStringLiteral("UID:%1-%2-%3@pactline").arg(e.kind).arg(e.meta.id).arg(utcStamp(e.meta.createdAt)));
    line(QStringLiteral("DTSTAMP:") + utcStamp(e.meta.updatedAt));
    line(QStringLiteral("LAST-MODIFIED:") + utcStamp(e.meta.updatedAt));
    line(QStringLiteral("SEQUENCE:%1").arg(qMax(0, e.meta.version - 1)));
    line(QStringLiteral("DTSTART;VALUE=DATE:") + day(e.date.first()));
    line(QStringLiteral("DTEND;VALUE=DATE:") + day(e.date.last().addDays(1)));
    line(QStringLiteral("SUMMARY:") + ICalendarExport::escaped(e.summary));
    if (!e.description.isEmpty())
        line(QStringLiteral("DESCRIPTION:") + ICalendarExport::escaped(e.description));
    if (!e.location.isEmpty())
        line(QStringLiteral("LOCATION:") + ICalendarExport::escaped(e.location));
    line(QStringLiteral("CATEGORIES:") + ICalendarExport::escaped(e.category));
    line(QStringLiteral("STATUS:") + (e.cancelled ? QStringLiteral("CANCELLED") : QStringLiteral("CONFIRMED")));
    line(QStringLiteral("TRANSP:TRANSPARENT"));
    line(QStringLiteral("END:VEVENT"));
}

} // namespace

QString ICalendarExport::escaped(const QString &text)
{
    QString result;
    result.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            result += QLatin1Char('\\');
            result += c;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            result += QLatin1String("\\n");
        } else if (c == QLatin1Char('\n')) {
            result += QLatin1String("\\n");
        } else if (c.unicode() < 0x20 && c != QLatin1Char('\t')) {
            continue; // control characters are not allowed in TEXT
        } else {
            result += c;
        }
    }
    return result;
}

QByteArray ICalendarExport::foldedLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 70 * 3 + 2);
    qsizetype start = 0;
    qsizetype limit = 75; // the first line holds 75 octets; continuation lines a space and 74 more
    while (bytes.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && (uchar(bytes.at(end)) & 0xC0) == 0x80)
            --end; // not inside a UTF-8 character
        out.append(bytes.constData() + start, end - start);
        out.append("\r\n ");
        start = end;
        limit = 74;
    }
    out.append(bytes.constData() + start, bytes.size() - start);
    out.append("\r\n");
    return out;
}

Result<QByteArray> ICalendarExport::write(Database &db)
{
    if (auto refused = ContentCheck::refuseUnknownCodes(db.connection()); !refused)
        return refused.error();
    const Result<QList<BulkRepository::AgreementTitle>> titles = BulkRepository(db).agreementTitles();
    if (!titles)
        return titles.error();
    QHash<qint64, QString> agreementTitles;
    for (const BulkRepository::AgreementTitle &title : *titles)
        agreementTitles.insert(title.id, title.title);
    const Result<QList<Milestone>> milestones = MilestoneRepository(db).list();
    if (!milestones)
        return milestones.error();
    const Result<QList<Event>> events = EventRepository(db).list();
    if (!events)
        return events.error();

    QByteArray out;
    const auto line = [&](const QString &text) { out.append(foldedLine(text)); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Pactline//Pactline %1//EN").arg(QStringLiteral(PACTLINE_VERSION)));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    line(QStringLiteral("X-WR-CALNAME:") + escaped(db.displayName()));

    for (const Milestone &m : *milestones) {
        if (m.due.isNull())
            continue;
        QStringList description{
            QCoreApplication::translate("ICalendarExport", "Agreement: %1").arg(agreementTitles.value(m.agreementId)),
            QCoreApplication::translate("ICalendarExport", "Due: %1").arg(m.due.toString()),
            QCoreApplication::translate("ICalendarExport", "Status: %1").arg(displayNameOf(m.status))};
        if (m.achievedOn.isValid())
            description << QCoreApplication::translate("ICalendarExport", "Achieved: %1").arg(m.achievedOn.toString());
        if (!m.notes.isEmpty())
            description << QString() << m.notes;
        appendEvent(out, Entry{QStringLiteral("milestone"), m.meta, m.due, m.title, description.join(QLatin1Char('\n')),
                               m.location, QCoreApplication::translate("ICalendarExport", "Milestone"),
                               m.status == MilestoneStatus::Cancelled});
    }
    for (const Event &ev : *events)
        if (!ev.date.isNull())
            appendEvent(out, Entry{QStringLiteral("event"), ev.meta, ev.date, ev.title, ev.notes, ev.place,
                                   QCoreApplication::translate("ICalendarExport", "Event")});
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}
