// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/tableexport.h"

#include "domain/codetable.h"
#include "exchange/columnmapping.h"
#include "exchange/csvwriter.h"
#include "store/agreementrepository.h"
#include "store/bulkrepository.h"
#include "store/contentcheck.h"
#include "store/eventrepository.h"
#include "store/listwindow.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

#include <functional>

namespace {

constexpr CodeTable<TableExport::Table, 4> Tables{{
    {TableExport::Table::Partners, "partners"},
    {TableExport::Table::Agreements, "agreements"},
    {TableExport::Table::Milestones, "milestones"},
    {TableExport::Table::Events, "events"},
}};

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

// Hands the rows the query selects to `use`, a window at a time: keyset windows through the whole
// list, or the query's own window when it has a limit.
template<typename T, typename Repository, typename Fetch>
Result<void> forEachWindow(const Repository &repository, const Fetch &fetch, const ListQuery &query,
                           const std::function<void(const QList<T> &)> &use)
{
    constexpr int WindowSize = 2000;
    const bool whole = query.limit < 0;
    ListWindow window = whole ? ListWindow::start(0, WindowSize) : ListWindow::start(query.offset, query.limit);
    for (;;) {
        const Result<QList<qint64>> ids = repository.ids(query, window);
        if (!ids)
            return ids.error();
        const Result<QList<T>> rows = fetch(*ids);
        if (!rows)
            return rows.error();
        use(*rows);
        if (!whole || ids->size() < window.limit)
            return {};
        window = ListWindow::after(ids->constLast(), WindowSize);
    }
}

template<typename T, typename Repository>
Result<void> forEachWindow(const Repository &repository, const ListQuery &query,
                           const std::function<void(const QList<T> &)> &use)
{
    return forEachWindow<T>(
        repository, [&](const QList<qint64> &ids) { return repository.getMany(ids); }, query, use);
}

QString joined(const QStringList &items)
{
    return items.join(QStringLiteral("; "));
}

} // namespace

QString TableExport::tableCode(Table table)
{
    return codeIn(Tables, table);
}

std::optional<TableExport::Table> TableExport::tableFromCode(const QString &code)
{
    return valueIn(Tables, code);
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
            result.append({key, QCoreApplication::translate("TableExport", "Title")});
        else if (key == QLatin1String("date"))
            result.append({key, QCoreApplication::translate("TableExport", "Date")});
        else if (key == QLatin1String("place"))
            result.append({key, QCoreApplication::translate("TableExport", "Place")});
        else if (key == QLatin1String("partners"))
            result.append({key, QCoreApplication::translate("TableExport", "Partners")});
        else
            result.append({key, QCoreApplication::translate("TableExport", "Notes")});
    }
    return result;
}

Result<qsizetype> TableExport::writeCsv(Database &db, Table table, QIODevice &device, const ListQuery &query,
                                        const QStringList &columnKeys)
{
    if (auto refused = ContentCheck::refuseUnknownCodes(db.connection()); !refused)
        return refused.error();
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
                              QCoreApplication::translate("TableExport", "The %1 table has no column “%2”.")
                                  .arg(tableCode(table), key)};

    // The chosen columns' places among the table's standard columns.
    const QStringList standard = keysOf(table);
    QList<qsizetype> places;
    for (const Column &column : chosen)
        places << standard.indexOf(column.key);

    CsvWriter writer(device);
    QStringList header;
    for (const Column &column : chosen)
        header << column.header;
    writer.writeRow(header);
    qsizetype count = 0;
    QStringList cells;
    const auto writeRow = [&](const QStringList &all) {
        cells.clear();
        for (qsizetype place : std::as_const(places))
            cells << all.at(place);
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

    // Each lambda gives a row's cells in the order of keysOf().
    Result<void> done;
    switch (table) {
    case Table::Partners:
        done = forEachWindow<Partner>(PartnerRepository(db), query, [&](const QList<Partner> &rows) {
            for (const Partner &p : rows)
                writeRow({p.name, p.shortName, displayNameOf(p.kind), p.country, p.city, p.website, p.notes});
        });
        break;
    case Table::Agreements:
        done = forEachWindow<Agreement>(AgreementRepository(db), query, [&](const QList<Agreement> &rows) {
            for (const Agreement &a : rows) {
                QList<qint64> parties;
                for (const AgreementParty &party : a.parties)
                    parties << party.partnerId;
                writeRow({a.title, displayNameOf(a.kind), displayNameOf(a.status), a.signedOn.code(), a.startsOn.code(),
                          a.endsOn.code(), namesOf(parties), joined(a.themes), agreementTitles.value(a.predecessorId),
                          a.summary, a.notes});
            }
        });
        break;
    case Table::Milestones: {
        // The stored text as it is: the due and achieved columns hold the FuzzyDate codes.
        QHash<QString, QString> statusNames;
        for (MilestoneStatus status : allValues<MilestoneStatus>())
            statusNames.insert(codeOf(status), displayNameOf(status));
        const auto texts = [&](const QList<qint64> &ids) { return bulk.milestoneTexts(ids); };
        done = forEachWindow<BulkRepository::MilestoneText>(
            MilestoneRepository(db), texts, query, [&](const QList<BulkRepository::MilestoneText> &rows) {
                for (const BulkRepository::MilestoneText &m : rows)
                    writeRow({agreementTitles.value(m.agreementId), m.title, m.due, statusNames.value(m.status),
                              m.achievedOn, m.location, m.notes});
            });
        break;
    }
    case Table::Events:
        done = forEachWindow<Event>(EventRepository(db), query, [&](const QList<Event> &rows) {
            for (const Event &e : rows)
                writeRow({e.title, e.date.code(), e.place, namesOf(e.partnerIds), e.notes});
        });
        break;
    }
    if (!done)
        return done.error();
    if (!writer.flush())
        return StoreError{
            StoreError::Kind::Unreadable,
            QCoreApplication::translate("TableExport", "Could not write the export: %1").arg(device.errorString())};
    return count;
}
