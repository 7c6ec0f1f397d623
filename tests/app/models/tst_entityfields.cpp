// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Each entity's field list is the one place its fields are named: the store's tables hold every
// column it lists, the CSV export and import, the table models and the edit diffs take exactly
// its fields, in its order, and a change of any field is seen as one.
#include "domain/recorddiff.h"
#include "exchange/columnmapping.h"
#include "exchange/tableexport.h"
#include "models/agreementtablemodel.h"
#include "models/eventtablemodel.h"
#include "models/milestonetablemodel.h"
#include "models/partnertablemodel.h"
#include "store/database.h"
#include "store/fieldcolumns.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// What `name` says of each of T's fields marked `use`, in order (by default its key).
template<typename T>
QStringList keysWith(unsigned use, QString (EntityField<T>::*name)() const = &EntityField<T>::csvKey)
{
    QStringList names;
    for (const EntityField<T> &field : T::fields())
        if (field.has(use))
            names << (field.*name)();
    return names;
}

// A record that differs from `record` in `field` alone.
template<typename T>
T changedIn(const EntityField<T> &field, T record)
{
    switch (field.kind) {
    case FieldKind::Line:
    case FieldKind::Text:
    case FieldKind::Country:
        record.*(field.text) += QStringLiteral("x");
        break;
    case FieldKind::Choice: {
        const QStringList codes = field.choice->codes();
        field.setCode(record, codes.at((codes.indexOf(field.codeOf(record)) + 1) % codes.size()));
        break;
    }
    case FieldKind::Date:
        record.*(field.date) = FuzzyDate::year((record.*(field.date)).isValid() ? 2001 : 2000);
        break;
    case FieldKind::Reference:
        record.*(field.id) += 1;
        break;
    case FieldKind::Texts:
        (record.*(field.texts)) << QStringLiteral("x");
        break;
    case FieldKind::References:
        (record.*(field.ids)) << 1;
        break;
    case FieldKind::Relation:
        if constexpr (std::is_same_v<T, Agreement>)
            record.parties << AgreementParty{7, PartyRole::Observer, {}};
        break;
    case FieldKind::Figure:
        break;
    }
    return record;
}

template<typename T>
void checkChangesAreSeen()
{
    const T record;
    QVERIFY(RecordDiff::changedFields(record, record).isEmpty());
    for (const EntityField<T> &field : T::fields()) {
        if (field.kind == FieldKind::Figure)
            continue;
        QCOMPARE(RecordDiff::changedFields(record, changedIn(field, record)), QStringList{field.translatedLabel()});
    }
}

template<typename T>
void checkColumnsExist(Database &db, const char *table)
{
    const QString sql = QStringLiteral("SELECT %1, %2 FROM %3 LIMIT 0")
                            .arg(FieldColumns::selected<T>(), FieldColumns::written<T>().join(QStringLiteral(", ")),
                                 QLatin1String(table));
    QSqlQuery query(db.connection());
    QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
}

} // namespace

class TestEntityFields : public QObject
{
    Q_OBJECT

private slots:
    void theStoreHoldsEveryListedColumn();
    void csvFilesTakeTheListedFieldsInOrder();
    void tablesShowTheListedFieldsInOrder();
    void aChangeOfAnyFieldIsSeen();
};

void TestEntityFields::theStoreHoldsEveryListedColumn()
{
    const QTemporaryDir dir;
    const std::unique_ptr<Database> db = TestSupport::openSamplePortfolio(dir);
    QVERIFY(db);
    checkColumnsExist<Partner>(*db, "partner");
    checkColumnsExist<Contact>(*db, "contact");
    checkColumnsExist<Agreement>(*db, "agreement");
    checkColumnsExist<Milestone>(*db, "milestone");
    checkColumnsExist<Event>(*db, "event");
    // A column the list does not name is not read: the store reads exactly the listed ones.
    QCOMPARE(FieldColumns::selected<Event>(),
             QStringLiteral("id, title, date, place, notes, created_at, updated_at, version"));
    QCOMPARE(FieldColumns::written<Milestone>(),
             (QStringList{QStringLiteral("title"), QStringLiteral("agreement_id"), QStringLiteral("due"),
                          QStringLiteral("due_first"), QStringLiteral("due_last"), QStringLiteral("status"),
                          QStringLiteral("achieved_on"), QStringLiteral("achieved_first"), QStringLiteral("location"),
                          QStringLiteral("notes")}));
}

void TestEntityFields::csvFilesTakeTheListedFieldsInOrder()
{
    const auto exported = [](TableExport::Table table) {
        QStringList keys;
        for (const TableExport::Column &column : TableExport::columns(table))
            keys << column.key;
        return keys;
    };
    const auto imported = [](ImportTarget target) {
        QStringList keys;
        for (const ImportField &field : ColumnMapping::fields(target))
            keys << field.key;
        return keys;
    };
    QCOMPARE(exported(TableExport::Table::Partners), keysWith<Partner>(InCsv));
    QCOMPARE(exported(TableExport::Table::Agreements), keysWith<Agreement>(InCsv));
    QCOMPARE(exported(TableExport::Table::Milestones), keysWith<Milestone>(InCsv));
    QCOMPARE(exported(TableExport::Table::Events), keysWith<Event>(InCsv));
    QCOMPARE(imported(ImportTarget::Partners), keysWith<Partner>(InCsv));
    QCOMPARE(imported(ImportTarget::Agreements), keysWith<Agreement>(InCsv));
    QCOMPARE(imported(ImportTarget::Milestones), keysWith<Milestone>(InCsv));
    QCOMPARE(keysWith<Agreement>(InCsv),
             (QStringList{QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("status"),
                          QStringLiteral("signed_on"), QStringLiteral("starts_on"), QStringLiteral("ends_on"),
                          QStringLiteral("parties"), QStringLiteral("predecessor"), QStringLiteral("themes"),
                          QStringLiteral("summary"), QStringLiteral("notes")}));
    // Required fields are required by the import.
    QCOMPARE(keysWith<Milestone>(InCsv | Required),
             (QStringList{QStringLiteral("title"), QStringLiteral("agreement")}));
    for (const ImportField &field : ColumnMapping::fields(ImportTarget::Milestones))
        QCOMPARE(field.required, keysWith<Milestone>(InCsv | Required).contains(field.key));
}

void TestEntityFields::tablesShowTheListedFieldsInOrder()
{
    const auto keysOf = [](const RecordTableModel &model) {
        QStringList keys;
        for (const RecordTableModel::Column &column : model.columns())
            keys << column.key;
        return keys;
    };
    const auto titlesOf = [](const RecordTableModel &model) {
        QStringList titles;
        for (int column = 0; column < model.columnCount(); ++column)
            titles << model.headerData(column, Qt::Horizontal).toString();
        return titles;
    };
    const PartnerTableModel partners;
    const AgreementTableModel agreements;
    const MilestoneTableModel milestones;
    const EventTableModel events;
    QCOMPARE(keysOf(partners), keysWith<Partner>(InTable));
    QCOMPARE(keysOf(agreements), keysWith<Agreement>(InTable));
    QCOMPARE(keysOf(milestones), keysWith<Milestone>(InTable));
    QCOMPARE(keysOf(events), keysWith<Event>(InTable));
    QCOMPARE(titlesOf(agreements), keysWith<Agreement>(InTable, &EntityField<Agreement>::translatedTitle));
    QCOMPARE(titlesOf(milestones), keysWith<Milestone>(InTable, &EntityField<Milestone>::translatedTitle));
    // The models' column numbers follow the list.
    QCOMPARE(keysOf(agreements).indexOf(QStringLiteral("overdue")), int(AgreementTableModel::OverdueColumn));
    QCOMPARE(keysOf(partners).indexOf(QStringLiteral("agreements")), int(PartnerTableModel::AgreementsColumn));
    QCOMPARE(keysOf(milestones).indexOf(QStringLiteral("location")), int(MilestoneTableModel::LocationColumn));
}

void TestEntityFields::aChangeOfAnyFieldIsSeen()
{
    checkChangesAreSeen<Partner>();
    checkChangesAreSeen<Contact>();
    checkChangesAreSeen<Agreement>();
    checkChangesAreSeen<Milestone>();
    checkChangesAreSeen<Event>();
}

QTEST_MAIN(TestEntityFields)
#include "tst_entityfields.moc"
