// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/tableexport.h"

#include "domain/agreement.h"
#include "domain/codetable.h"
#include "domain/event.h"
#include "domain/milestone.h"
#include "domain/partner.h"
#include "exchange/csvwriter.h"
#include "store/agreementrepository.h"
#include "store/bulkrepository.h"
#include "store/contentcheck.h"
#include "store/eventrepository.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

namespace {

constexpr CodeTable<TableExport::Table, 4> Tables{{
    {TableExport::Table::Partners, "partners"},
    {TableExport::Table::Agreements, "agreements"},
    {TableExport::Table::Milestones, "milestones"},
    {TableExport::Table::Events, "events"},
}};

QString joined(const QStringList &items)
{
    return items.join(QStringLiteral("; "));
}

// The fields of T a CSV file holds, in order.
template<typename T>
QList<const EntityField<T> *> csvFields()
{
    QList<const EntityField<T> *> fields;
    for (const EntityField<T> &field : T::fields())
        if (field.has(InCsv))
            fields << &field;
    return fields;
}

template<typename T>
QList<TableExport::Column> columnsOf()
{
    QList<TableExport::Column> columns;
    for (const EntityField<T> *field : csvFields<T>())
        columns.append({field->csvKey(), field->translatedHeading()});
    return columns;
}

// The names of the rows other tables refer to (partners by name, agreements by title), and of choices.
class Names
{
public:
    explicit Names(const BulkRepository &bulk)
        : m_bulk(bulk)
    {}

    template<typename T>
    Result<void> loadFor()
    {
        for (const EntityField<T> *field : csvFields<T>()) {
            const QString table = QLatin1String(field->refers ? field->refers : "");
            if (table == QLatin1String("partner") && m_partners.isEmpty()) {
                const Result<QList<BulkRepository::PartnerName>> names = m_bulk.partnerNames();
                if (!names)
                    return names.error();
                for (const BulkRepository::PartnerName &name : *names)
                    m_partners.insert(name.id, name.name);
            } else if (table == QLatin1String("agreement") && m_agreements.isEmpty()) {
                const Result<QList<BulkRepository::AgreementTitle>> titles = m_bulk.agreementTitles();
                if (!titles)
                    return titles.error();
                for (const BulkRepository::AgreementTitle &title : *titles)
                    m_agreements.insert(title.id, title.title);
            }
        }
        return {};
    }
    // A choice's display name, looked up once per export.
    QString of(const ChoiceType *type, const QString &code)
    {
        QHash<QString, QString> &names = m_choices[type];
        auto it = names.constFind(code);
        if (it == names.constEnd())
            it = names.insert(code, type->displayName(code));
        return *it;
    }
    QString of(const char *table, qint64 id) const
    {
        return (qstrcmp(table, "partner") == 0 ? m_partners : m_agreements).value(id);
    }
    QString of(const char *table, const QList<qint64> &ids) const
    {
        QStringList names;
        for (qint64 id : ids)
            names << of(table, id);
        return joined(names);
    }

private:
    const BulkRepository &m_bulk;
    QHash<qint64, QString> m_partners;
    QHash<qint64, QString> m_agreements;
    QHash<const ChoiceType *, QHash<QString, QString>> m_choices;
};

// A record's cells, in the order of csvFields(): dates as their codes, choices by name, references
// by name or title, lists separated by "; ".
template<typename T>
QStringList cellsOf(const T &record, Names &names)
{
    static const QList<const EntityField<T> *> fields = csvFields<T>();
    QStringList cells;
    for (const EntityField<T> *field : fields) {
        switch (field->kind) {
        case FieldKind::Line:
        case FieldKind::Text:
        case FieldKind::Country:
            cells << record.*(field->text);
            break;
        case FieldKind::Choice:
            cells << names.of(field->choice, field->codeOf(record));
            break;
        case FieldKind::Date:
            cells << (record.*(field->date)).code();
            break;
        case FieldKind::Reference:
            cells << names.of(field->refers, record.*(field->id));
            break;
        case FieldKind::Texts:
            cells << joined(record.*(field->texts));
            break;
        case FieldKind::References:
            cells << names.of(field->refers, record.*(field->ids));
            break;
        case FieldKind::Relation:
            cells << names.of(field->refers, field->relatedIds(record));
            break;
        case FieldKind::Figure:
            cells << QString();
            break;
        }
    }
    return cells;
}

// Hands `use` a record of the table's type and a null pointer of its repository's type.
template<typename Use>
auto forRecordsOf(TableExport::Table table, Use use)
{
    switch (table) {
    case TableExport::Table::Agreements:
        return use(Agreement(), static_cast<AgreementRepository *>(nullptr));
    case TableExport::Table::Milestones:
        return use(Milestone(), static_cast<MilestoneRepository *>(nullptr));
    case TableExport::Table::Events:
        return use(Event(), static_cast<EventRepository *>(nullptr));
    case TableExport::Table::Partners:
        break;
    }
    return use(Partner(), static_cast<PartnerRepository *>(nullptr));
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
    return forRecordsOf(table, [](auto record, auto *) { return columnsOf<decltype(record)>(); });
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
    QStringList standard;
    for (const Column &column : columns(table))
        standard << column.key;
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
    const BulkRepository bulk(db);
    Names names(bulk);
    const auto write = [&](const auto &repository, const auto &record) -> Result<void> {
        using T = std::decay_t<decltype(record)>;
        if (auto loaded = names.loadFor<T>(); !loaded)
            return loaded;
        return repository.eachBatch(query, [&](const QList<T> &rows) {
            for (const T &row : rows) {
                const QStringList all = cellsOf(row, names);
                cells.clear();
                for (qsizetype place : std::as_const(places))
                    cells << all.at(place);
                writer.writeRow(cells);
                ++count;
            }
        });
    };
    const Result<void> done = forRecordsOf(table, [&](auto record, auto *repository) {
        return write(std::remove_pointer_t<decltype(repository)>(db), record);
    });
    if (!done)
        return done.error();
    if (!writer.flush())
        return StoreError{
            StoreError::Kind::Unreadable,
            QCoreApplication::translate("TableExport", "Could not write the export: %1").arg(device.errorString())};
    return count;
}
