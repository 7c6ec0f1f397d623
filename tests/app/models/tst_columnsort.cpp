// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every column of the four record tables sorts in the store, both ways, in the order of a reference
// sort of what the column shows; only the agreements' overdue count (which depends on today's date)
// does not. The columns the schema keeps for sorting (store/keptcolumns.h) hold what the tables show
// after edits through Pactline, after another tool's plain SQL, and after the step fills them again.
#include "domain/agreement.h"
#include "domain/event.h"
#include "domain/milestone.h"
#include "domain/partner.h"
#include "models/agreementtablemodel.h"
#include "models/eventtablemodel.h"
#include "models/milestonetablemodel.h"
#include "models/partnertablemodel.h"
#include "samplemodel.h"
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/keptcolumns.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

namespace {

// What a column's cells are compared by when the store sorts by it.
enum class Compare
{
    TextIgnoringCase, // what the cell shows
    Code,             // the cell's edit value (a code), as it is
    Number,           // what the cell shows, as a number
    FirstDay,         // the first day of the cell's date
    LastDay,          // the last day of the cell's date
};

template<typename T>
const EntityField<T> *fieldOf(const QString &key)
{
    for (const EntityField<T> &field : T::fields())
        if (field.csvKey() == key)
            return &field;
    return nullptr;
}

template<typename T>
Compare compareOf(const EntityField<T> &field)
{
    switch (field.kind) {
    case FieldKind::Choice:
    case FieldKind::Country:
        return Compare::Code;
    case FieldKind::Date:
        return (field.bounds & FirstDay) ? Compare::FirstDay : Compare::LastDay;
    case FieldKind::Figure:
        return field.sortsAsText ? Compare::TextIgnoringCase : Compare::Number;
    default:
        return field.has(PlainSort) ? Compare::Code : Compare::TextIgnoringCase;
    }
}

// The value a cell sorts by, as a text that compares as the store compares it (numbers padded).
QString sortValue(const QModelIndex &index, Compare compare)
{
    static const QRegularExpression day(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"));
    switch (compare) {
    case Compare::TextIgnoringCase:
        return index.data().toString();
    case Compare::Code:
        return index.data(Qt::EditRole).toString();
    case Compare::Number:
        return QStringLiteral("%1").arg(index.data().toLongLong(), 12, 10, QLatin1Char('0'));
    case Compare::FirstDay:
    case Compare::LastDay: {
        QStringList days;
        for (const QRegularExpressionMatch &m : day.globalMatch(index.data(Qt::ToolTipRole).toString()))
            days << m.captured();
        if (days.isEmpty())
            return {};
        return compare == Compare::FirstDay ? days.constFirst() : days.constLast();
    }
    }
    return {};
}

bool lessThan(const QString &a, const QString &b, Compare compare)
{
    return compare == Compare::TextIgnoringCase ? QString::compare(a, b, Qt::CaseInsensitive) < 0 : a < b;
}

// Sorts the model by every sortable column both ways and compares the order of the values shown with a
// reference sort of them; returns the keys of the columns that do not sort.
template<typename Record>
QStringList checkEveryColumnSorts(RecordTableModel &model)
{
    QStringList unsorted;
    for (int column = 0; column < model.columnCount(); ++column) {
        const RecordTableModel::Column &spec = model.columns().at(column);
        if (spec.sortKey.isEmpty()) {
            unsorted << spec.key;
            continue;
        }
        const EntityField<Record> *field = fieldOf<Record>(spec.key);
        if (!field) {
            qWarning("no field for column %s", qPrintable(spec.key));
            return {QStringLiteral("?")};
        }
        const Compare compare = compareOf(*field);
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            if (model.sortColumn() != column) {
                qWarning("column %s did not sort", qPrintable(spec.key));
                return {QStringLiteral("?")};
            }
            QStringList shown;
            for (int row = 0; row < model.rowCount(); ++row)
                shown << sortValue(model.index(row, column), compare);
            QStringList expected = shown;
            std::stable_sort(expected.begin(), expected.end(), [&](const QString &a, const QString &b) {
                return order == Qt::AscendingOrder ? lessThan(a, b, compare) : lessThan(b, a, compare);
            });
            if (shown != expected) {
                qWarning("column %s, %s: %s", qPrintable(spec.key),
                         order == Qt::AscendingOrder ? "ascending" : "descending",
                         qPrintable(shown.join(QStringLiteral(" | "))));
                return {QStringLiteral("?")};
            }
            if (shown.constFirst() == shown.constLast()) {
                qWarning("column %s holds one value only: no test of its order", qPrintable(spec.key));
                return {QStringLiteral("?")};
            }
        }
    }
    return unsorted;
}

// Each row's kept column against what the model shows in its column: they must agree.
bool keptMatchesShown(Database &db, RecordTableModel &model, const QString &table, const QString &keptColumn,
                      int column)
{
    model.reload();
    QHash<qint64, QString> kept;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT id, %1 FROM %2").arg(keptColumn, table))) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return false;
    }
    while (query.next())
        kept.insert(query.value(0).toLongLong(), query.value(1).toString());
    if (kept.size() != model.rowCount()) {
        qWarning("%lld rows, %d shown", qint64(kept.size()), model.rowCount());
        return false;
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, column);
        const QString shown = index.data().toString();
        const QString value = kept.value(index.data(RecordTableModel::IdRole).toLongLong());
        if (shown != value) {
            qWarning("%s.%s of row %d: kept “%s”, shown “%s”", qPrintable(table), qPrintable(keptColumn), row,
                     qPrintable(value), qPrintable(shown));
            return false;
        }
    }
    return true;
}

// Whether every kept column holds what its table shows (the events' too, when their model is given).
bool keptAgree(Database &db, RecordTableModel &agreements, PartnerTableModel &partners,
               EventTableModel *events = nullptr)
{
    return keptMatchesShown(db, agreements, QStringLiteral("agreement"), QStringLiteral("parties_key"),
                            AgreementTableModel::PartiesColumn) &&
           keptMatchesShown(db, agreements, QStringLiteral("agreement"), QStringLiteral("themes_key"),
                            AgreementTableModel::ThemesColumn) &&
           keptMatchesShown(db, agreements, QStringLiteral("agreement"), QStringLiteral("milestone_count"),
                            AgreementTableModel::MilestonesColumn) &&
           keptMatchesShown(db, partners, QStringLiteral("partner"), QStringLiteral("agreement_count"),
                            partners.columnOfKey(QStringLiteral("agreements"))) &&
           (!events || keptMatchesShown(db, *events, QStringLiteral("event"), QStringLiteral("participants_key"),
                                        events->columnOfKey(QStringLiteral("participants"))));
}

bool execute(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (query.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return false;
}

} // namespace

class TestColumnSort : public QObject
{
    Q_OBJECT

private slots:
    void everyPartnerColumnSorts();
    void everyAgreementColumnSorts();
    void everyMilestoneColumnSorts();
    void everyEventColumnSorts();
    void keptColumnsFollowPactlinesWrites();
    void keptColumnsFollowAnotherToolsWrites();
    void theStepFillsTheKeptColumns();
    void theSortsUseAnIndex();
};

void TestColumnSort::everyPartnerColumnSorts()
{
    TestSupport::SampleModel<PartnerTableModel> sample;
    QVERIFY(sample.open());
    // The sample has no websites.
    Partner partner = TestSupport::newPartner(QStringLiteral("Web Institute"));
    partner.website = QStringLiteral("https://web.example.org");
    QVERIFY(PartnerRepository(*sample.db).create(partner));
    sample.model->reload();
    QCOMPARE(checkEveryColumnSorts<Partner>(*sample.model), QStringList());
}

void TestColumnSort::everyAgreementColumnSorts()
{
    TestSupport::SampleModel<AgreementTableModel> sample;
    QVERIFY(sample.open());
    // An agreement without parties, themes or milestones sorts first by them (the sample's agreements
    // all start on the same day and end on another).
    Agreement bare;
    bare.title = QStringLiteral("Bare letter of intent");
    bare.startsOn = FuzzyDate::quarter(2021, 2);
    bare.endsOn = FuzzyDate::year(2031);
    QVERIFY(AgreementRepository(*sample.db).create(bare));
    sample.model->reload();
    // The overdue count depends on today's date, which no stored column can follow.
    QCOMPARE(checkEveryColumnSorts<Agreement>(*sample.model), QStringList{QStringLiteral("overdue")});
}

void TestColumnSort::everyMilestoneColumnSorts()
{
    TestSupport::SampleModel<MilestoneTableModel> sample;
    QVERIFY(sample.open());
    QCOMPARE(checkEveryColumnSorts<Milestone>(*sample.model), QStringList());
}

void TestColumnSort::everyEventColumnSorts()
{
    TestSupport::SampleModel<EventTableModel> sample;
    QVERIFY(sample.open());
    QCOMPARE(checkEveryColumnSorts<Event>(*sample.model), QStringList());
}

void TestColumnSort::keptColumnsFollowPactlinesWrites()
{
    TestSupport::SampleModel<AgreementTableModel> agreements;
    QVERIFY(agreements.open());
    Database &db = *agreements.db;
    PartnerTableModel partners;
    partners.setDatabase(&db);
    EventTableModel events;
    events.setDatabase(&db);
    const auto allAgree = [&] { return keptAgree(db, *agreements.model, partners, &events); };
    QVERIFY(allAgree());

    // A new partner with a short name, party to a new agreement with themes, at an event.
    Partner renamed =
        TestSupport::storedOrWarn(PartnerRepository(db).create(TestSupport::newPartner(QStringLiteral("Aardvark"))));
    QVERIFY(renamed.meta.id > 0);
    renamed.shortName = QStringLiteral("AAI");
    renamed = TestSupport::storedOrWarn(PartnerRepository(db).update(renamed));
    QVERIFY(renamed.meta.id > 0);
    const qint64 other = PartnerRepository(db).list({}).value().constLast().meta.id;
    Agreement agreement;
    agreement.title = QStringLiteral("Zebra collaboration");
    agreement.themes = {QStringLiteral("zoology"), QStringLiteral("Antelopes")};
    agreement.parties = {AgreementParty{renamed.meta.id, PartyRole::Lead, {}},
                         AgreementParty{other, PartyRole::Partner, {}}};
    agreement = TestSupport::storedOrWarn(AgreementRepository(db).create(agreement));
    QVERIFY(agreement.meta.id > 0);
    QVERIFY(allAgree());
    Milestone milestone;
    milestone.agreementId = agreement.meta.id;
    milestone.title = QStringLiteral("First zebra");
    QVERIFY(TestSupport::storedOrWarn(MilestoneRepository(db).create(milestone)).meta.id > 0);
    Event event;
    event.title = QStringLiteral("Zoo visit");
    event.partnerIds = {renamed.meta.id};
    event = TestSupport::storedOrWarn(EventRepository(db).create(event));
    QVERIFY(event.meta.id > 0);
    QVERIFY(allAgree());

    // The parties change order and the partner its name; the agreement goes.
    std::reverse(agreement.parties.begin(), agreement.parties.end());
    agreement.themes.removeFirst();
    agreement = TestSupport::storedOrWarn(AgreementRepository(db).update(agreement));
    QVERIFY(agreement.meta.id > 0);
    renamed.shortName.clear();
    renamed.name = QStringLiteral("Aardvark Research Institute");
    renamed = TestSupport::storedOrWarn(PartnerRepository(db).update(renamed));
    QVERIFY(renamed.meta.id > 0);
    QVERIFY(allAgree());
    QVERIFY(AgreementRepository(db).remove(agreement.meta.id));
    QVERIFY(allAgree());
}

void TestColumnSort::keptColumnsFollowAnotherToolsWrites()
{
    TestSupport::SampleModel<AgreementTableModel> agreements;
    QVERIFY(agreements.open());
    Database &db = *agreements.db;
    PartnerTableModel partners;
    partners.setDatabase(&db);
    const auto allAgree = [&] { return keptAgree(db, *agreements.model, partners); };
    const QString now = QStringLiteral("'2026-01-01T00:00:00.000Z'");
    // Plain SQL, as another tool or a team's older client writes: a partner and an agreement inserted
    // with wrong kept values, a party, a milestone and a theme added, a partner and a theme renamed.
    QVERIFY(execute(db, QStringLiteral("INSERT INTO partner (name, kind, agreement_count, created_at, updated_at) "
                                       "VALUES ('Plain SQL partner', 'company', 42, %1, %1)")
                            .arg(now)));
    QVERIFY(execute(db, QStringLiteral("INSERT INTO agreement (title, kind, status, milestone_count, parties_key, "
                                       "created_at, updated_at) VALUES ('Plain SQL agreement', 'mou', 'draft', 7, "
                                       "'nobody', %1, %1)")
                            .arg(now)));
    QVERIFY(allAgree());
    QVERIFY(execute(db, QStringLiteral("INSERT INTO agreement_party (agreement_id, partner_id, role, position, "
                                       "created_at, updated_at) SELECT a.id, p.id, 'lead', 0, %1, %1 FROM agreement "
                                       "a, partner p WHERE a.title = 'Plain SQL agreement' AND p.name = 'Plain SQL "
                                       "partner'")
                            .arg(now)));
    QVERIFY(execute(db, QStringLiteral("INSERT INTO agreement_party (agreement_id, partner_id, role, position, "
                                       "created_at, updated_at) SELECT a.id, (SELECT min(id) FROM partner), "
                                       "'partner', 1, %1, %1 FROM agreement a WHERE a.title = 'Plain SQL agreement'")
                            .arg(now)));
    QVERIFY(execute(db, QStringLiteral("INSERT INTO milestone (agreement_id, title, status, created_at, updated_at) "
                                       "SELECT id, 'Plain SQL milestone', 'planned', %1, %1 FROM agreement WHERE "
                                       "title = 'Plain SQL agreement'")
                            .arg(now)));
    QVERIFY(execute(db, QStringLiteral("INSERT INTO agreement_theme (agreement_id, theme_id, position, created_at, "
                                       "updated_at) SELECT a.id, (SELECT min(id) FROM theme), 0, %1, %1 FROM "
                                       "agreement a WHERE a.title = 'Plain SQL agreement'")
                            .arg(now)));
    QVERIFY(allAgree());
    QVERIFY(execute(db, QStringLiteral("UPDATE partner SET short_name = 'PSP' WHERE name = 'Plain SQL partner'")));
    QVERIFY(execute(db, QStringLiteral("UPDATE theme SET name = 'A renamed theme' WHERE id = (SELECT min(id) FROM "
                                       "theme)")));
    QVERIFY(execute(db, QStringLiteral("UPDATE agreement_party SET position = 2 - position WHERE agreement_id = "
                                       "(SELECT id FROM agreement WHERE title = 'Plain SQL agreement')")));
    QVERIFY(allAgree());
    QVERIFY(execute(db, QStringLiteral("DELETE FROM milestone WHERE title = 'Plain SQL milestone'")));
    QVERIFY(execute(db, QStringLiteral("DELETE FROM agreement WHERE title = 'Plain SQL agreement'")));
    QVERIFY(allAgree());
}

void TestColumnSort::theStepFillsTheKeptColumns()
{
    TestSupport::SampleModel<AgreementTableModel> agreements;
    QVERIFY(agreements.open());
    Database &db = *agreements.db;
    PartnerTableModel partners;
    partners.setDatabase(&db);
    // Wrong values everywhere (no trigger follows a write of the kept columns themselves), then the
    // step's statements that fill them, as on a file or server of the version before.
    QVERIFY(execute(db, QStringLiteral("UPDATE partner SET agreement_count = 99")));
    QVERIFY(execute(db, QStringLiteral("UPDATE agreement SET milestone_count = 99, parties_key = 'x', "
                                       "themes_key = 'y'")));
    QVERIFY(!keptMatchesShown(db, partners, QStringLiteral("partner"), QStringLiteral("agreement_count"),
                              partners.columnOfKey(QStringLiteral("agreements"))));
    int fills = 0;
    for (const QString &statement : KeptColumns::schemaStatements(db.dialect()))
        if (statement.startsWith(QLatin1String("UPDATE "))) {
            QVERIFY(execute(db, statement));
            ++fills;
        }
    QCOMPARE(fills, 5);
    QVERIFY(keptMatchesShown(db, partners, QStringLiteral("partner"), QStringLiteral("agreement_count"),
                             partners.columnOfKey(QStringLiteral("agreements"))));
    QVERIFY(keptMatchesShown(db, *agreements.model, QStringLiteral("agreement"), QStringLiteral("parties_key"),
                             AgreementTableModel::PartiesColumn));
    QVERIFY(keptMatchesShown(db, *agreements.model, QStringLiteral("agreement"), QStringLiteral("themes_key"),
                             AgreementTableModel::ThemesColumn));
    QVERIFY(keptMatchesShown(db, *agreements.model, QStringLiteral("agreement"), QStringLiteral("milestone_count"),
                             AgreementTableModel::MilestonesColumn));
}

void TestColumnSort::theSortsUseAnIndex()
{
    // SQLite reads the new sort keys off their indexes, without sorting the table.
    const QTemporaryDir dir;
    const std::unique_ptr<Database> db = TestSupport::openSamplePortfolio(dir);
    QVERIFY(db);
    if (db->dialect().engine() != SqlDialect::sqlite().engine())
        QSKIP("EXPLAIN QUERY PLAN is SQLite's");
    for (const auto &[table, order] : {std::pair{"partner", "agreement_count DESC, id DESC"},
                                       {"partner", "website COLLATE NOCASE, id"},
                                       {"agreement", "parties_key COLLATE NOCASE, id"},
                                       {"agreement", "themes_key COLLATE NOCASE DESC, id DESC"},
                                       {"agreement", "milestone_count, id"},
                                       {"event", "participants_key COLLATE NOCASE, id"}}) {
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM %1 ORDER BY %2 LIMIT 128")
                           .arg(QLatin1String(table), QLatin1String(order))));
        QString details;
        while (q.next())
            details += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(details.contains(QStringLiteral("INDEX")) && !details.contains(QStringLiteral("TEMP B-TREE")),
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(order), details)));
    }
}

QTEST_GUILESS_MAIN(TestColumnSort)
#include "tst_columnsort.moc"
