#include "milestonerepository.h"

#include "rowcodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace {

constexpr auto Columns = "id, agreement_id, title, due, status, achieved_on, location, notes, created_at, updated_at, "
                         "version";
constexpr auto ChangeColumns = "id, milestone_id, changed_at, old_due, new_due, old_status, new_status, reason";

QString tr(const char *text)
{
    return QCoreApplication::translate("MilestoneRepository", text);
}

Milestone milestoneFrom(const QSqlQuery &q)
{
    Milestone m;
    m.meta = RowCodec::metaFrom(q, 0, 8);
    m.agreementId = q.value(1).toLongLong();
    m.title = q.value(2).toString();
    m.due = RowCodec::dateFrom(q.value(3));
    m.status = enumFromCode<MilestoneStatus>(q.value(4).toString()).value_or(MilestoneStatus::Planned);
    m.achievedOn = RowCodec::dateFrom(q.value(5));
    m.location = q.value(6).toString();
    m.notes = q.value(7).toString();
    return m;
}

MilestoneChange changeFrom(const QSqlQuery &q)
{
    MilestoneChange c;
    c.id = q.value(0).toLongLong();
    c.milestoneId = q.value(1).toLongLong();
    c.changedAt = RowCodec::timestampFrom(q.value(2));
    c.oldDue = RowCodec::dateFrom(q.value(3));
    c.newDue = RowCodec::dateFrom(q.value(4));
    c.oldStatus = enumFromCode<MilestoneStatus>(q.value(5).toString());
    c.newStatus = enumFromCode<MilestoneStatus>(q.value(6).toString());
    c.reason = q.value(7).toString();
    return c;
}

const QStringList &columnNames()
{
    static const QStringList names{QStringLiteral("agreement_id"), QStringLiteral("title"),
                                   QStringLiteral("due"),          QStringLiteral("due_first"),
                                   QStringLiteral("due_last"),     QStringLiteral("status"),
                                   QStringLiteral("achieved_on"),  QStringLiteral("achieved_first"),
                                   QStringLiteral("location"),     QStringLiteral("notes")};
    return names;
}

QVariantList valuesOf(const Milestone &m)
{
    return {m.agreementId,
            m.title.trimmed(),
            RowCodec::dateCode(m.due),
            RowCodec::dateFirst(m.due),
            RowCodec::dateLast(m.due),
            codeOf(m.status),
            RowCodec::dateCode(m.achievedOn),
            RowCodec::dateFirst(m.achievedOn),
            m.location.trimmed(),
            m.notes};
}

QString statusCode(const std::optional<MilestoneStatus> &status)
{
    return status ? codeOf(*status) : QString();
}

} // namespace

Result<void> MilestoneRepository::validate(const Milestone &milestone)
{
    if (milestone.title.trimmed().isEmpty())
        return StoreError{StoreError::Kind::Invalid,
                          tr("A milestone needs a title, e.g. “Production facility in Lund ready”.")};
    if (milestone.agreementId <= 0)
        return StoreError{StoreError::Kind::Invalid, tr("A milestone belongs to an agreement; choose one.")};
    return {};
}

Result<Milestone> MilestoneRepository::get(qint64 id) const
{
    QSqlQuery q =
        database().prepare(QStringLiteral("SELECT %1 FROM milestone WHERE id = ?").arg(QLatin1String(Columns)));
    if (auto r = exec(q, {id}); !r)
        return r.error();
    if (!q.next())
        return notFound(QStringLiteral("milestone"), id);
    return milestoneFrom(q);
}

Result<Milestone> MilestoneRepository::create(const Milestone &milestone) const
{
    if (auto r = validate(milestone); !r)
        return r.error();
    RowMeta meta;
    const Result<void> done = database().write([&]() -> Result<void> {
        const Result<RowMeta> stored =
            insertRow(QStringLiteral("milestone"), columnNames(), valuesOf(milestone), milestone.meta);
        if (!stored)
            return stored.error();
        meta = *stored;
        return {};
    });
    if (!done)
        return done.error();
    return get(meta.id);
}

Result<Milestone> MilestoneRepository::update(const Milestone &milestone, const QString &reason,
                                              const QDateTime &changedAt) const
{
    if (auto r = validate(milestone); !r)
        return r.error();
    const Result<void> done = database().write([&]() -> Result<void> {
        const Result<Milestone> before = get(milestone.meta.id);
        if (!before)
            return before.error();
        const Result<RowMeta> stored =
            updateRow(QStringLiteral("milestone"), milestone.meta, columnNames(), valuesOf(milestone));
        if (!stored)
            return stored.error();
        const bool dueChanged = before->due != milestone.due;
        const bool statusChanged = before->status != milestone.status;
        if (!dueChanged && !statusChanged)
            return {};
        MilestoneChange change;
        change.milestoneId = milestone.meta.id;
        change.changedAt = changedAt.isValid() ? changedAt : stored->updatedAt;
        change.oldDue = before->due;
        change.newDue = milestone.due;
        change.oldStatus = before->status;
        change.newStatus = milestone.status;
        change.reason = reason;
        const Result<MilestoneChange> added = addChange(change);
        if (!added)
            return added.error();
        return {};
    });
    if (!done)
        return done.error();
    return get(milestone.meta.id);
}

Result<MilestoneChange> MilestoneRepository::addChange(const MilestoneChange &change) const
{
    MilestoneChange stored = change;
    const Result<void> done = database().write([&]() -> Result<void> {
        const QDateTime when = change.changedAt.isValid() ? change.changedAt : QDateTime::currentDateTimeUtc();
        RowMeta meta;
        meta.id = change.id;
        meta.createdAt = when;
        const Result<RowMeta> row =
            insertRow(QStringLiteral("milestone_change"),
                      {QStringLiteral("milestone_id"), QStringLiteral("changed_at"), QStringLiteral("old_due"),
                       QStringLiteral("new_due"), QStringLiteral("old_status"), QStringLiteral("new_status"),
                       QStringLiteral("reason")},
                      {change.milestoneId, RowCodec::timestamp(when), RowCodec::dateCode(change.oldDue),
                       RowCodec::dateCode(change.newDue), statusCode(change.oldStatus), statusCode(change.newStatus),
                       change.reason},
                      meta);
        if (!row)
            return row.error();
        stored.id = row->id;
        stored.changedAt = RowCodec::timestampFrom(RowCodec::timestamp(when));
        return {};
    });
    if (!done)
        return done.error();
    return stored;
}

Result<void> MilestoneRepository::remove(qint64 id, int version) const
{
    return database().write([&]() -> Result<void> {
        if (auto r = deleteRow(QStringLiteral("milestone"), id, version); !r)
            return r;
        database().touch(QStringLiteral("milestone_change"));
        return {};
    });
}

RepositoryBase::SqlClause MilestoneRepository::clauseFor(const ListQuery &query) const
{
    SqlClause clause;
    addSearch(clause, query.search, {QStringLiteral("title"), QStringLiteral("location"), QStringLiteral("notes")});
    const auto filter = [&](const char *key) { return query.filters.value(QLatin1String(key)); };
    if (const QString agreement = filter("agreement"); !agreement.isEmpty())
        clause.add(QStringLiteral("agreement_id = ?"), {agreement.toLongLong()});
    if (const QString status = filter("status"); !status.isEmpty())
        clause.add(QStringLiteral("status = ?"), {status});
    if (const QString partner = filter("partner"); !partner.isEmpty())
        clause.add(QStringLiteral("agreement_id IN (SELECT agreement_id FROM agreement_party WHERE partner_id = ?)"),
                   {partner.toLongLong()});
    if (const QString country = filter("country"); !country.isEmpty())
        clause.add(QStringLiteral("agreement_id IN (SELECT ap.agreement_id FROM agreement_party ap JOIN partner p ON "
                                  "p.id = ap.partner_id WHERE p.country = ?)"),
                   {country.toUpper()});
    if (const QString theme = filter("theme"); !theme.isEmpty())
        clause.add(QStringLiteral("agreement_id IN (SELECT at.agreement_id FROM agreement_theme at JOIN theme t ON "
                                  "t.id = at.theme_id WHERE t.name = ? COLLATE NOCASE)"),
                   {theme});
    if (filter("overdue") == QLatin1String("1"))
        clause.add(QStringLiteral("due_last < ? AND status IN ('planned', 'on_track', 'at_risk')"), {today()});
    return clause;
}

RepositoryBase::SortColumn MilestoneRepository::sortColumn(const QString &key) const
{
    static const QMap<QString, SortColumn> sortable{
        {QStringLiteral("title"), {QStringLiteral("title"), true}},
        {QStringLiteral("due"), {QStringLiteral("due_first"), false}},
        {QStringLiteral("status"), {QStringLiteral("status"), false}},
        {QStringLiteral("achieved_on"), {QStringLiteral("achieved_first"), false}},
        {QStringLiteral("location"), {QStringLiteral("location"), true}},
        {QStringLiteral("agreement"), {QStringLiteral("agreement_id"), false}},
        {QStringLiteral("created_at"), {QStringLiteral("created_at"), false}},
        {QStringLiteral("updated_at"), {QStringLiteral("updated_at"), false}},
    };
    return sortable.value(key, sortable.value(QStringLiteral("due")));
}

Result<QList<Milestone>> MilestoneRepository::list(const ListQuery &query) const
{
    const SqlClause clause = clauseFor(query);
    QSqlQuery q =
        database().prepare(QStringLiteral("SELECT %1 FROM milestone").arg(QLatin1String(Columns)) + clause.where() +
                           orderAndWindow(orderExpression(sortColumn(query.sortKey)), query));
    if (auto r = exec(q, clause.values); !r)
        return r.error();
    QList<Milestone> milestones;
    while (q.next())
        milestones.append(milestoneFrom(q));
    return milestones;
}

Result<qint64> MilestoneRepository::count(const ListQuery &query) const
{
    const SqlClause clause = clauseFor(query);
    return RepositoryBase::count(QStringLiteral("FROM milestone") + clause.where(), clause.values);
}

Result<QList<Milestone>> MilestoneRepository::listForAgreement(qint64 agreementId) const
{
    ListQuery query;
    query.filters.insert(QStringLiteral("agreement"), QString::number(agreementId));
    return list(query);
}

Result<QList<qint64>> MilestoneRepository::ids(const ListQuery &query, const ListWindow &window) const
{
    return windowIds(QStringLiteral("milestone"), clauseFor(query), sortColumn(query.sortKey), query.order, window);
}

Result<qint64> MilestoneRepository::position(const ListQuery &query, qint64 id) const
{
    return positionIn(QStringLiteral("milestone"), clauseFor(query), sortColumn(query.sortKey), query.order, id);
}

Result<QList<Milestone>> MilestoneRepository::getMany(const QList<qint64> &ids) const
{
    QHash<qint64, Milestone> found;
    constexpr int Chunk = 500;
    for (int start = 0; start < ids.size(); start += Chunk) {
        const QList<qint64> chunk = ids.mid(start, Chunk);
        QSqlQuery q = database().prepare(QStringLiteral("SELECT %1 FROM milestone WHERE id IN (%2)")
                                             .arg(QLatin1String(Columns), placeholders(int(chunk.size()))));
        if (auto r = exec(q, boundIds(chunk)); !r)
            return r.error();
        while (q.next()) {
            Milestone milestone = milestoneFrom(q);
            found.insert(milestone.meta.id, milestone);
        }
    }
    QList<Milestone> milestones;
    for (qint64 id : ids)
        if (const auto it = found.constFind(id); it != found.constEnd())
            milestones.append(*it);
    return milestones;
}

Result<void> MilestoneRepository::removeChanges(const QList<qint64> &changeIds) const
{
    if (changeIds.isEmpty())
        return {};
    return database().write([&]() -> Result<void> {
        QSqlQuery q = database().prepare(
            QStringLiteral("DELETE FROM milestone_change WHERE id IN (%1)").arg(placeholders(int(changeIds.size()))));
        if (auto r = exec(q, boundIds(changeIds)); !r)
            return r;
        database().touch(QStringLiteral("milestone_change"));
        return {};
    });
}

Result<QList<MilestoneChange>> MilestoneRepository::changes(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = database().prepare(QStringLiteral("SELECT %1 FROM milestone_change WHERE %2 ORDER BY changed_at, id")
                                         .arg(QLatin1String(ChangeColumns), where));
    if (auto r = exec(q, values); !r)
        return r.error();
    QList<MilestoneChange> result;
    while (q.next())
        result.append(changeFrom(q));
    return result;
}

Result<QList<MilestoneChange>> MilestoneRepository::history(qint64 milestoneId) const
{
    return changes(QStringLiteral("milestone_id = ?"), {milestoneId});
}

Result<QList<MilestoneChange>> MilestoneRepository::changesBetween(const QDateTime &from, const QDateTime &to) const
{
    return changes(QStringLiteral("changed_at >= ? AND changed_at < ?"),
                   {RowCodec::timestamp(from), RowCodec::timestamp(to)});
}
