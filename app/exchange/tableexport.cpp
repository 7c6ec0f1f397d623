#include "tableexport.h"

#include "columnmapping.h"
#include "csvwriter.h"
#include "store/agreementrepository.h"
#include "store/bulkrepository.h"
#include "store/eventrepository.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TableExport", text);
}

QStringList keysOf(TableExport::Table table)
{
    switch (table) {
    case TableExport::Table::Partners:
        return {QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("kind"), QStringLiteral("country"),
                QStringLiteral("city"), QStringLiteral("website"),    QStringLiteral("notes")};
    case TableExport::Table::Agreements:
        return {QStringLiteral("title"),     QStringLiteral("kind"),      QStringLiteral("status"),
                QStringLiteral("signed_on"), QStringLiteral("starts_on"), QStringLiteral("ends_on"),
                QStringLiteral("parties"),   QStringLiteral("themes"),    QStringLiteral("predecessor"),
                QStringLiteral("summary"),   QStringLiteral("notes")};
    case TableExport::Table::Milestones:
        return {QStringLiteral("agreement"), QStringLiteral("title"),       QStringLiteral("due"),
                QStringLiteral("status"),    QStringLiteral("achieved_on"), QStringLiteral("location"),
                QStringLiteral("notes")};
    case TableExport::Table::Events:
        return {QStringLiteral("title"), QStringLiteral("date"), QStringLiteral("place"), QStringLiteral("partners"),
                QStringLiteral("notes")};
    }
    return {};
}

std::optional<ImportTarget> importTargetOf(TableExport::Table table)
{
    switch (table) {
    case TableExport::Table::Partners:
        return ImportTarget::Partners;
    case TableExport::Table::Agreements:
        return ImportTarget::Agreements;
    case TableExport::Table::Milestones:
        return ImportTarget::Milestones;
    case TableExport::Table::Events:
        break;
    }
    return std::nullopt;
}

// Runs `page` over windows of the query (or once, when the query has its own limit).
template<typename T, typename Page>
Result<void> forEachWindow(const ListQuery &query, Page page, const std::function<void(const QList<T> &)> &use)
{
    ListQuery window = query;
    const bool whole = query.limit < 0;
    if (whole)
        window.limit = 2000;
    for (;;) {
        const Result<QList<T>> rows = page(window);
        if (!rows)
            return rows.error();
        use(*rows);
        if (!whole || rows->size() < window.limit)
            return {};
        window.offset += window.limit;
    }
}

QString joined(const QStringList &items)
{
    return items.join(QStringLiteral("; "));
}

} // namespace

QString TableExport::tableCode(Table table)
{
    switch (table) {
    case Table::Partners:
        return QStringLiteral("partners");
    case Table::Agreements:
        return QStringLiteral("agreements");
    case Table::Milestones:
        return QStringLiteral("milestones");
    case Table::Events:
        return QStringLiteral("events");
    }
    return {};
}

std::optional<TableExport::Table> TableExport::tableFromCode(const QString &code)
{
    for (Table table : {Table::Partners, Table::Agreements, Table::Milestones, Table::Events})
        if (tableCode(table) == code)
            return table;
    return std::nullopt;
}

QList<TableExport::Column> TableExport::columns(Table table)
{
    QList<Column> result;
    const std::optional<ImportTarget> target = importTargetOf(table);
    for (const QString &key : keysOf(table)) {
        if (target) {
            result.append({key, ColumnMapping::field(*target, key)->label});
            continue;
        }
        if (key == QLatin1String("title"))
            result.append({key, tr("Title")});
        else if (key == QLatin1String("date"))
            result.append({key, tr("Date")});
        else if (key == QLatin1String("place"))
            result.append({key, tr("Place")});
        else if (key == QLatin1String("partners"))
            result.append({key, tr("Partners")});
        else
            result.append({key, tr("Notes")});
    }
    return result;
}

Result<qsizetype> TableExport::writeCsv(Database &db, Table table, QIODevice &device, const ListQuery &query,
                                        const QStringList &columnKeys)
{
    QList<Column> chosen;
    for (const Column &column : columns(table))
        if (columnKeys.isEmpty() || columnKeys.contains(column.key))
            chosen.append(column);
    if (!columnKeys.isEmpty())
        std::sort(chosen.begin(), chosen.end(), [&](const Column &a, const Column &b) {
            return columnKeys.indexOf(a.key) < columnKeys.indexOf(b.key);
        });
    for (const QString &key : columnKeys)
        if (std::none_of(chosen.cbegin(), chosen.cend(), [&](const Column &c) { return c.key == key; }))
            return StoreError{StoreError::Kind::Invalid,
                              tr("The %1 table has no column “%2”.").arg(tableCode(table), key)};

    CsvWriter writer(device);
    QStringList header;
    for (const Column &column : chosen)
        header << column.header;
    writer.writeRow(header);
    qsizetype count = 0;
    const auto writeRow = [&](const QHash<QString, QString> &values) {
        QStringList cells;
        cells.reserve(chosen.size());
        for (const Column &column : chosen)
            cells << values.value(column.key);
        writer.writeRow(cells);
        ++count;
    };

    const BulkRepository bulk(db);
    QHash<qint64, QString> partnerNames;
    QHash<qint64, QString> agreementTitles;
    if (table == Table::Agreements || table == Table::Events) {
        const Result<QList<BulkRepository::PartnerName>> names = bulk.partnerNames();
        if (!names)
            return names.error();
        for (const BulkRepository::PartnerName &name : *names)
            partnerNames.insert(name.id, name.name);
    }
    if (table == Table::Agreements || table == Table::Milestones) {
        const Result<QList<BulkRepository::AgreementTitle>> titles = bulk.agreementTitles();
        if (!titles)
            return titles.error();
        for (const BulkRepository::AgreementTitle &title : *titles)
            agreementTitles.insert(title.id, title.title);
    }
    const auto namesOf = [&](const QList<qint64> &ids) {
        QStringList names;
        for (qint64 id : ids)
            names << partnerNames.value(id);
        return joined(names);
    };

    Result<void> done;
    switch (table) {
    case Table::Partners: {
        const PartnerRepository partners(db);
        done = forEachWindow<Partner>(
            query, [&](const ListQuery &q) { return partners.list(q); },
            [&](const QList<Partner> &rows) {
                for (const Partner &p : rows)
                    writeRow({{QStringLiteral("name"), p.name},
                              {QStringLiteral("short_name"), p.shortName},
                              {QStringLiteral("kind"), displayNameOf(p.kind)},
                              {QStringLiteral("country"), p.country},
                              {QStringLiteral("city"), p.city},
                              {QStringLiteral("website"), p.website},
                              {QStringLiteral("notes"), p.notes}});
            });
        break;
    }
    case Table::Agreements: {
        const AgreementRepository agreements(db);
        done = forEachWindow<Agreement>(
            query, [&](const ListQuery &q) { return agreements.listWithDetails(q); },
            [&](const QList<Agreement> &rows) {
                for (const Agreement &a : rows) {
                    QList<qint64> parties;
                    for (const AgreementParty &party : a.parties)
                        parties << party.partnerId;
                    writeRow({{QStringLiteral("title"), a.title},
                              {QStringLiteral("kind"), displayNameOf(a.kind)},
                              {QStringLiteral("status"), displayNameOf(a.status)},
                              {QStringLiteral("signed_on"), a.signedOn.code()},
                              {QStringLiteral("starts_on"), a.startsOn.code()},
                              {QStringLiteral("ends_on"), a.endsOn.code()},
                              {QStringLiteral("parties"), namesOf(parties)},
                              {QStringLiteral("themes"), joined(a.themes)},
                              {QStringLiteral("predecessor"), agreementTitles.value(a.predecessorId)},
                              {QStringLiteral("summary"), a.summary},
                              {QStringLiteral("notes"), a.notes}});
                }
            });
        break;
    }
    case Table::Milestones: {
        const MilestoneRepository milestones(db);
        done = forEachWindow<Milestone>(
            query, [&](const ListQuery &q) { return milestones.list(q); },
            [&](const QList<Milestone> &rows) {
                for (const Milestone &m : rows)
                    writeRow({{QStringLiteral("agreement"), agreementTitles.value(m.agreementId)},
                              {QStringLiteral("title"), m.title},
                              {QStringLiteral("due"), m.due.code()},
                              {QStringLiteral("status"), displayNameOf(m.status)},
                              {QStringLiteral("achieved_on"), m.achievedOn.code()},
                              {QStringLiteral("location"), m.location},
                              {QStringLiteral("notes"), m.notes}});
            });
        break;
    }
    case Table::Events: {
        const EventRepository events(db);
        done = forEachWindow<Event>(
            query, [&](const ListQuery &q) { return events.list(q); },
            [&](const QList<Event> &rows) {
                for (const Event &e : rows)
                    writeRow({{QStringLiteral("title"), e.title},
                              {QStringLiteral("date"), e.date.code()},
                              {QStringLiteral("place"), e.place},
                              {QStringLiteral("partners"), namesOf(e.partnerIds)},
                              {QStringLiteral("notes"), e.notes}});
            });
        break;
    }
    }
    if (!done)
        return done.error();
    if (!writer.flush())
        return StoreError{StoreError::Kind::Unreadable, tr("Could not write the export: %1").arg(device.errorString())};
    return count;
}
