// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/personerasure.h"

#include "store/contactrepository.h"
#include "store/database.h"
#include "store/historylog.h"
#include "store/partnerrepository.h"
#include "store/textsearch.h"
#include "store/trashrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

namespace {

// Where a name can be written in free text, and the column that names the record.
struct MentionSource
{
    const char *table;
    const char *label;
};

constexpr MentionSource MentionSources[] = {
    {"partner", "name"}, {"contact", "name"}, {"event", "title"}, {"agreement", "title"}, {"milestone", "title"},
};
constexpr int MaxMentionsPerTable = 50;

Result<QList<PersonErasure::Mention>> mentionsOf(Database &db, const Contact &contact)
{
    QList<PersonErasure::Mention> found;
    QStringList phrases{contact.name};
    if (!contact.email.isEmpty())
        phrases << contact.email;
    for (const MentionSource &source : MentionSources) {
        const QString table = QLatin1String(source.table);
        for (QString phrase : std::as_const(phrases)) {
            phrase.remove(QLatin1Char('"'));
            const TextSearch::Condition condition = TextSearch::condition(
                db.dialect(), table, QLatin1Char('"') + phrase + QLatin1Char('"'), db.hasSearchIndexes());
            if (condition.sql.isEmpty())
                continue;
            QSqlQuery query = db.prepare(QStringLiteral("SELECT id, %1 FROM %2 WHERE %3 ORDER BY id LIMIT %4")
                                             .arg(QLatin1String(source.label), table, condition.sql)
                                             .arg(MaxMentionsPerTable));
            for (const QVariant &value : condition.values)
                query.addBindValue(value);
            if (!query.exec())
                return Database::sqlError(query);
            while (query.next()) {
                const qint64 id = query.value(0).toLongLong();
                const bool known = std::any_of(found.cbegin(), found.cend(), [&](const PersonErasure::Mention &m) {
                    return m.table == table && m.id == id;
                });
                if (!known && !(table == QLatin1String("contact") && id == contact.meta.id))
                    found.append({table, id, query.value(1).toString()});
            }
        }
    }
    return found;
}

// Empties the write-ahead log into the file and truncates it. Another connection of this process
// that is reading (a count, the timeline) holds it back for a moment: wait for it a little.
Result<void> truncateLog(Database &db)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        const Result<bool> emptied = db.dialect().emptyLog(db.connection());
        if (!emptied)
            return emptied.error();
        if (*emptied)
            return {};
        QThread::msleep(100);
    }
    return StoreError{StoreError::Kind::Busy,
                      QCoreApplication::translate("PersonErasure",
                                                  "The person was erased, but another program is reading the "
                                                  "portfolio, so a copy of the erased data is still in its "
                                                  "write-ahead log (the “-wal” file). Close the other program "
                                                  "and erase again, or close Pactline, to remove it.")};
}

} // namespace

Result<PersonErasure::Plan> PersonErasure::plan(Database &db, qint64 contactId)
{
    const Result<Contact> contact = ContactRepository(db).get(contactId);
    if (!contact)
        return contact.error();
    Plan plan;
    plan.contact = *contact;
    const Result<Partner> partner = PartnerRepository(db).get(contact->partnerId);
    if (!partner)
        return partner.error();
    plan.partnerName = partner->name;
    QSqlQuery events = db.prepare(QStringLiteral("SELECT count(*) FROM event_contact WHERE contact_id = ?"));
    events.addBindValue(contactId);
    if (!events.exec() || !events.next())
        return Database::sqlError(events);
    plan.eventCount = events.value(0).toInt();
    Result<QList<Mention>> mentions = mentionsOf(db, *contact);
    if (!mentions)
        return mentions.error();
    plan.mentions = std::move(*mentions);
    return plan;
}

Result<void> PersonErasure::erase(Database &db, qint64 contactId, int version)
{
    if (db.isReadOnly())
        return StoreError{
            StoreError::Kind::ReadOnly,
            QCoreApplication::translate("PersonErasure", "The portfolio is open read-only; nobody was erased.")};
    // Storage freed before secure deletion was on (by an earlier release) may still hold old values;
    // only rewriting it removes them.
    const Result<bool> rewrite = db.dialect().holdsFreedData(db.connection());
    if (!rewrite)
        return rewrite.error();

    const Result<void> erased = db.write([&]() -> Result<void> {
        QSqlQuery links = db.prepare(QStringLiteral("DELETE FROM event_contact WHERE contact_id = ?"));
        links.addBindValue(contactId);
        if (!links.exec())
            return Database::sqlError(links);
        if (links.numRowsAffected() > 0)
            db.touch(QStringLiteral("event_contact"));
        const Result<Contact> person = ContactRepository(db).get(contactId);
        if (!person)
            return person.error();
        if (auto r = ContactRepository(db).remove(contactId, version); !r)
            return r;
        // Their history goes too: every earlier value of their record, the delete just recorded, and
        // the entries whose old or new text names them or their e-mail address.
        if (auto r = HistoryLog::forget(db, QStringLiteral("contact"), contactId, {person->name, person->email}); !r)
            return r;
        // Their attendance of events kept in the trash with a deleted event goes too.
        if (auto r = TrashRepository(db).forgetContact(contactId); !r)
            return r.error();
        if (!db.hasSearchIndexes() || !db.dialect().hasFullTextIndexes())
            return {};
        for (const QString &fts :
             {TextSearch::wordTable(QStringLiteral("contact")), TextSearch::trigramTable(QStringLiteral("contact"))}) {
            QSqlQuery optimize = db.prepare(QStringLiteral("INSERT INTO %1 (%1) VALUES ('optimize')").arg(fts));
            if (!optimize.exec())
                return Database::sqlError(optimize);
        }
        return {};
    });
    if (!erased)
        return erased;
    if (*rewrite) {
        QSqlQuery vacuum(db.connection());
        if (!vacuum.exec(db.dialect().rewriteStorage()))
            return Database::sqlError(vacuum);
    }
    return truncateLog(db);
}
