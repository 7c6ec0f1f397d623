#include "bulkrepository.h"

#include "agreementrepository.h"
#include "milestonerepository.h"
#include "partnerrepository.h"
#include "rowcodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// SQLite's NOCASE folds ASCII letters only; theme names are unique that way.
QString nocaseKey(const QString &text)
{
    QString key = text;
    for (QChar &c : key)
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + 32);
    return key;
}

QString marks(qsizetype count)
{
    QStringList list;
    for (qsizetype i = 0; i < count; ++i)
        list << QStringLiteral("?");
    return list.join(QStringLiteral(", "));
}

} // namespace

// Prepared INSERTs for one table, with and without the id column, and "now" for rows without times.
struct BulkRepository::Statement
{
    Statement(const Database &db, const QString &table, const QStringList &columns)
        : table(table)
        , now(QDateTime::currentDateTimeUtc())
        , nowText(RowCodec::timestamp(now))
    {
        const QStringList all = columns + QStringList{QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                                      QStringLiteral("version")};
        withoutId = db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(table, all.join(QStringLiteral(", ")), marks(all.size())));
        withId = db.prepare(QStringLiteral("INSERT INTO %1 (id, %2) VALUES (%3)")
                                .arg(table, all.join(QStringLiteral(", ")), marks(all.size() + 1)));
    }

    QString table;
    QDateTime now;
    QString nowText;
    QSqlQuery withId;
    QSqlQuery withoutId;
};

StoreError BulkRepository::stopped()
{
    return {StoreError::Kind::Invalid, QCoreApplication::translate("BulkRepository", "Stopped; nothing was changed.")};
}

Result<void> BulkRepository::insert(Statement &statement, QVariantList values, RowMeta &meta) const
{
    const bool created = meta.createdAt.isValid();
    if (!created)
        meta.createdAt = statement.now;
    if (!meta.updatedAt.isValid())
        meta.updatedAt = meta.createdAt;
    if (meta.version <= 0)
        meta.version = 1;
    const QString createdText = created ? RowCodec::timestamp(meta.createdAt) : statement.nowText;
    values << createdText << (meta.updatedAt == meta.createdAt ? createdText : RowCodec::timestamp(meta.updatedAt))
           << meta.version;
    if (meta.id > 0) {
        values.prepend(meta.id);
        return exec(statement.withId, values);
    }
    if (auto r = exec(statement.withoutId, values); !r)
        return r;
    meta.id = statement.withoutId.lastInsertId().toLongLong();
    return {};
}

Result<void> BulkRepository::createPartners(QList<Partner> &partners, const Progress &progress) const
{
    for (const Partner &partner : partners)
        if (auto r = PartnerRepository::validate(partner); !r)
            return r;
    return database().write([&]() -> Result<void> {
        Statement statement(database(), QStringLiteral("partner"),
                            {QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("kind"),
                             QStringLiteral("country"), QStringLiteral("city"), QStringLiteral("website"),
                             QStringLiteral("notes")});
        for (qsizetype i = 0; i < partners.size(); ++i) {
            Partner &p = partners[i];
            const QVariantList values{
                p.name.trimmed(), p.shortName.trimmed(), codeOf(p.kind), p.country.trimmed().toUpper(),
                p.city.trimmed(), p.website.trimmed(),   p.notes};
            if (auto r = insert(statement, values, p.meta); !r)
                return StoreError{r.error().kind, QCoreApplication::translate("BulkRepository", "Partner “%1”: %2")
                                                      .arg(p.name.trimmed(), r.error().message)};
            if (progress && (i + 1) % ProgressStep == 0 && !progress(i + 1))
                return stopped();
        }
        database().touch(QStringLiteral("partner"));
        return {};
    });
}

Result<void> BulkRepository::createAgreements(QList<Agreement> &agreements, const Progress &progress) const
{
    for (const Agreement &agreement : agreements)
        if (auto r = AgreementRepository::validate(agreement); !r)
            return r;
    return database().write([&]() -> Result<void> {
        Statement statement(database(), QStringLiteral("agreement"),
                            {QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("status"),
                             QStringLiteral("signed_on"), QStringLiteral("signed_first"), QStringLiteral("starts_on"),
                             QStringLiteral("starts_first"), QStringLiteral("ends_on"), QStringLiteral("ends_last"),
                             QStringLiteral("signing_event_id"), QStringLiteral("predecessor_id"),
                             QStringLiteral("summary"), QStringLiteral("notes")});
        Statement party(database(), QStringLiteral("agreement_party"),
                        {QStringLiteral("agreement_id"), QStringLiteral("partner_id"), QStringLiteral("role"),
                         QStringLiteral("signed_on"), QStringLiteral("signed_first"), QStringLiteral("position")});
        Statement theme(database(), QStringLiteral("theme"), {QStringLiteral("name")});
        Statement themeLink(database(), QStringLiteral("agreement_theme"),
                            {QStringLiteral("agreement_id"), QStringLiteral("theme_id"), QStringLiteral("position")});

        QHash<QString, qint64> themeIds;
        QSqlQuery existing = database().prepare(QStringLiteral("SELECT id, name FROM theme"));
        if (auto r = exec(existing); !r)
            return r;
        while (existing.next())
            themeIds.insert(nocaseKey(existing.value(1).toString()), existing.value(0).toLongLong());

        for (qsizetype i = 0; i < agreements.size(); ++i) {
            Agreement &a = agreements[i];
            const QVariantList values{a.title.trimmed(),
                                      codeOf(a.kind),
                                      codeOf(a.status),
                                      RowCodec::dateCode(a.signedOn),
                                      RowCodec::dateFirst(a.signedOn),
                                      RowCodec::dateCode(a.startsOn),
                                      RowCodec::dateFirst(a.startsOn),
                                      RowCodec::dateCode(a.endsOn),
                                      RowCodec::dateLast(a.endsOn),
                                      idOrNull(a.signingEventId),
                                      idOrNull(a.predecessorId),
                                      a.summary,
                                      a.notes};
            const auto failed = [&](const StoreError &error) {
                return StoreError{error.kind, QCoreApplication::translate("BulkRepository", "Agreement “%1”: %2")
                                                  .arg(a.title.trimmed(), error.message)};
            };
            if (auto r = insert(statement, values, a.meta); !r)
                return failed(r.error());
            int position = 0;
            for (const AgreementParty &p : a.parties) {
                RowMeta linkMeta{0, a.meta.createdAt, a.meta.updatedAt, 1};
                if (auto r = insert(party,
                                    {a.meta.id, p.partnerId, codeOf(p.role), RowCodec::dateCode(p.signedOn),
                                     RowCodec::dateFirst(p.signedOn), position++},
                                    linkMeta);
                    !r)
                    return failed(r.error());
            }
            position = 0;
            QSet<qint64> linked;
            for (const QString &rawName : a.themes) {
                const QString name = rawName.trimmed();
                if (name.isEmpty())
                    continue;
                const QString key = nocaseKey(name);
                qint64 themeId = themeIds.value(key);
                if (themeId == 0) {
                    RowMeta themeMeta{0, a.meta.createdAt, a.meta.updatedAt, 1};
                    if (auto r = insert(theme, {name}, themeMeta); !r)
                        return failed(r.error());
                    themeId = themeMeta.id;
                    themeIds.insert(key, themeId);
                }
                if (linked.contains(themeId))
                    continue;
                linked.insert(themeId);
                RowMeta linkMeta{0, a.meta.createdAt, a.meta.updatedAt, 1};
                if (auto r = insert(themeLink, {a.meta.id, themeId, position++}, linkMeta); !r)
                    return failed(r.error());
            }
            if (progress && (i + 1) % ProgressStep == 0 && !progress(i + 1))
                return stopped();
        }
        for (const char *table : {"agreement", "agreement_party", "theme", "agreement_theme"})
            database().touch(QLatin1String(table));
        return {};
    });
}

Result<void> BulkRepository::createMilestones(QList<Milestone> &milestones, const Progress &progress) const
{
    for (const Milestone &milestone : milestones)
        if (auto r = MilestoneRepository::validate(milestone); !r)
            return r;
    return database().write([&]() -> Result<void> {
        Statement statement(database(), QStringLiteral("milestone"),
                            {QStringLiteral("agreement_id"), QStringLiteral("title"), QStringLiteral("due"),
                             QStringLiteral("due_first"), QStringLiteral("due_last"), QStringLiteral("status"),
                             QStringLiteral("achieved_on"), QStringLiteral("achieved_first"),
                             QStringLiteral("location"), QStringLiteral("notes")});
        for (qsizetype i = 0; i < milestones.size(); ++i) {
            Milestone &m = milestones[i];
            const QVariantList values{m.agreementId,
                                      m.title.trimmed(),
                                      RowCodec::dateCode(m.due),
                                      RowCodec::dateFirst(m.due),
                                      RowCodec::dateLast(m.due),
                                      codeOf(m.status),
                                      RowCodec::dateCode(m.achievedOn),
                                      RowCodec::dateFirst(m.achievedOn),
                                      m.location.trimmed(),
                                      m.notes};
            if (auto r = insert(statement, values, m.meta); !r)
                return StoreError{r.error().kind, QCoreApplication::translate("BulkRepository", "Milestone “%1”: %2")
                                                      .arg(m.title.trimmed(), r.error().message)};
            if (progress && (i + 1) % ProgressStep == 0 && !progress(i + 1))
                return stopped();
        }
        database().touch(QStringLiteral("milestone"));
        return {};
    });
}

Result<void> BulkRepository::removeByIds(const QString &table, const QList<qint64> &ids,
                                         const QStringList &alsoTouched) const
{
    return database().write([&]() -> Result<void> {
        QSqlQuery remove = database().prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
        for (qint64 id : ids)
            if (auto r = exec(remove, {id}); !r)
                return r;
        database().touch(table);
        for (const QString &other : alsoTouched)
            database().touch(other);
        return {};
    });
}

Result<void> BulkRepository::removeMilestones(const QList<qint64> &ids) const
{
    return removeByIds(QStringLiteral("milestone"), ids, {QStringLiteral("milestone_change")});
}

Result<void> BulkRepository::removeAgreements(const QList<qint64> &ids) const
{
    return database().write([&]() -> Result<void> {
        if (auto r = removeByIds(QStringLiteral("agreement"), ids,
                                 {QStringLiteral("agreement_party"), QStringLiteral("agreement_theme"),
                                  QStringLiteral("milestone"), QStringLiteral("milestone_change")});
            !r)
            return r;
        QSqlQuery unused = database().prepare(
            QStringLiteral("DELETE FROM theme WHERE id NOT IN (SELECT theme_id FROM agreement_theme)"));
        if (auto r = exec(unused); !r)
            return r;
        database().touch(QStringLiteral("theme"));
        return {};
    });
}

Result<void> BulkRepository::removePartners(const QList<qint64> &ids) const
{
    return removeByIds(QStringLiteral("partner"), ids, {QStringLiteral("contact")});
}

Result<QList<BulkRepository::PartnerName>> BulkRepository::partnerNames() const
{
    QSqlQuery q = database().prepare(QStringLiteral("SELECT id, name, short_name, country FROM partner ORDER BY id"));
    if (auto r = exec(q); !r)
        return r.error();
    QList<PartnerName> names;
    while (q.next())
        names.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return names;
}

Result<QList<BulkRepository::AgreementTitle>> BulkRepository::agreementTitles() const
{
    QSqlQuery q = database().prepare(QStringLiteral("SELECT id, title FROM agreement ORDER BY id"));
    if (auto r = exec(q); !r)
        return r.error();
    QList<AgreementTitle> titles;
    while (q.next())
        titles.append({q.value(0).toLongLong(), q.value(1).toString()});
    return titles;
}
