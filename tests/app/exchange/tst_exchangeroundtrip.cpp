// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Round trips: JSON export -> import into a new file -> export gives identical bytes; CSV export ->
// import gives the same rows.
#include "exchange/csvimport.h"
#include "exchange/portfoliojson.h"
#include "exchange/tableexport.h"
#include "store/agreementrepository.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"
#include "testsupport.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

class TestExchangeRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void jsonRoundTripIsIdentical();
    void jsonIsDocumentedShape();
    void jsonProblemsNameThePlace();
    void jsonWrittenFromAnyParsedFileParsesAgain();
    void csvRoundTripGivesTheSameRows();
    void csvExportOfAViewKeepsItsFilterAndColumns();
    void csvExportNeutralisesFormulas();

private:
    void addAwkwardRows();
    QByteArray exportCsv(Database &db, TableExport::Table table);
    void importCsv(Database &db, const QByteArray &csv, ImportTarget target);

    TestSupport::SampleFixture m_sample;
};

void TestExchangeRoundTrip::init()
{
    QVERIFY(m_sample.open());
    addAwkwardRows();
}

void TestExchangeRoundTrip::cleanup()
{
    m_sample.close();
}

// Rows with text that is hard to carry through JSON and CSV, history, a predecessor chain, participants.
void TestExchangeRoundTrip::addAwkwardRows()
{
    Partner partner;
    partner.name = QStringLiteral("Quote \"Lab\", Backslash \\ Ltd");
    partner.shortName = QStringLiteral("Q\\L");
    partner.kind = PartnerKind::Company;
    partner.country = QStringLiteral("DE");
    partner.notes = QStringLiteral("Line one\nLine two\r\nTab\there, control \x01, DNA 🧬, Øresund, “quotes”");
    const Partner stored = PartnerRepository(*m_sample.db).create(partner).value();
    Contact contact;
    contact.partnerId = stored.meta.id;
    contact.name = QStringLiteral("Åsa Öberg");
    contact.email = QStringLiteral("asa@example.org");
    const Contact storedContact = ContactRepository(*m_sample.db).create(contact).value();
    Event event;
    event.title = QStringLiteral("Workshop, \"day one\"");
    event.date = FuzzyDate::quarter(2025, 2);
    event.partnerIds = {stored.meta.id, 1};
    event.contactIds = {storedContact.meta.id};
    const Event storedEvent = EventRepository(*m_sample.db).create(event).value();
    Agreement first;
    first.title = QStringLiteral("=Formula-looking title");
    first.kind = AgreementKind::LetterOfIntent;
    first.status = AgreementStatus::Signed;
    first.signedOn = FuzzyDate::day(2024, 2, 29);
    first.startsOn = FuzzyDate::month(2024, 3);
    first.endsOn = FuzzyDate::half(2026, 2);
    first.signingEventId = storedEvent.meta.id;
    first.themes = {QStringLiteral("Biobanks"), QStringLiteral("ATMP")};
    first.summary = QStringLiteral("-minus first\nthen lines");
    first.parties = {{stored.meta.id, PartyRole::Lead, FuzzyDate::day(2024, 2, 29)}, {1, PartyRole::Partner, {}}};
    const Agreement storedFirst = AgreementRepository(*m_sample.db).create(first).value();
    Agreement second;
    second.title = QStringLiteral("MoU after the letter");
    second.kind = AgreementKind::Mou;
    second.predecessorId = storedFirst.meta.id;
    second.parties = {{stored.meta.id, PartyRole::Signatory, {}}};
    const Agreement storedSecond = AgreementRepository(*m_sample.db).create(second).value();
    Milestone milestone;
    milestone.agreementId = storedSecond.meta.id;
    milestone.title = QStringLiteral("@mention; semicolons, commas");
    milestone.due = FuzzyDate::quarter(2025, 3);
    milestone.location = QStringLiteral("+31 Leiden");
    milestone.notes = QStringLiteral("'=already quoted");
    Milestone storedMilestone = MilestoneRepository(*m_sample.db).create(milestone).value();
    storedMilestone.due = FuzzyDate::quarter(2025, 4);
    storedMilestone.status = MilestoneStatus::AtRisk;
    QVERIFY(MilestoneRepository(*m_sample.db)
                .update(storedMilestone, QStringLiteral("Funding late"),
                        QDateTime(QDate(2025, 6, 1), QTime(9, 30), Qt::UTC)));
}

QByteArray TestExchangeRoundTrip::exportCsv(Database &db, TableExport::Table table)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Result<qsizetype> rows = TableExport::writeCsv(db, table, buffer);
    return rows ? buffer.data() : QByteArray();
}

void TestExchangeRoundTrip::importCsv(Database &db, const QByteArray &csv, ImportTarget target)
{
    const CsvTable table = CsvReader::read(csv);
    QVERIFY(table.ok());
    CsvImport import(table, ColumnMapping::guess(target, table.header), ImportContext::load(db).value());
    QVERIFY(import.validate());
    QStringList problems;
    for (const ImportIssue &issue : import.issues())
        problems << issue.toString();
    QVERIFY2(!import.hasErrors(), qPrintable(problems.join(QLatin1Char('\n'))));
    ImportPlan plan = import.plan();
    QVERIFY(CsvImport::write(db, plan));
}

void TestExchangeRoundTrip::jsonRoundTripIsIdentical()
{
    const QByteArray first = PortfolioJson::write(PortfolioJson::load(*m_sample.db).value());
    QVERIFY(first.contains("\"name\": \"Quote \\\"Lab\\\", Backslash \\\\ Ltd\""));
    QVERIFY(first.contains("control \\u0001, DNA 🧬"));

    auto copy = TestSupport::createPortfolio(*m_sample.dir, QStringLiteral("copy.pactline"));
    QVERIFY(copy);
    const Result<PortfolioData> parsed = PortfolioJson::parse(first);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QVERIFY(PortfolioJson::problems(*parsed).isEmpty());
    QVERIFY(PortfolioJson::importInto(**copy, *parsed));
    const QByteArray second = PortfolioJson::write(PortfolioJson::load(**copy).value());
    QCOMPARE(second, first);
    // And the history came along, with its time and reason.
    const QList<MilestoneChange> history = MilestoneRepository(**copy)
                                               .changesBetween(QDateTime(QDate(2025, 1, 1), QTime(), Qt::UTC),
                                                               QDateTime(QDate(2026, 1, 1), QTime(), Qt::UTC))
                                               .value();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).reason, QStringLiteral("Funding late"));
    // With who made each change, and no one named for the changes that name nobody (the sample's).
    QVERIFY(!m_sample.db->author().isEmpty());
    QCOMPARE(history.at(0).author, m_sample.db->author());
    QVERIFY(first.contains(QStringLiteral("\"author\": \"%1\"").arg(m_sample.db->author()).toUtf8()));
    const auto authors = [](Database &db) {
        QStringList names;
        const QList<MilestoneChange> changes = MilestoneRepository(db)
                                                   .changesBetween(QDateTime(QDate(1970, 1, 1), QTime(), Qt::UTC),
                                                                   QDateTime(QDate(2100, 1, 1), QTime(), Qt::UTC))
                                                   .value();
        for (const MilestoneChange &change : changes)
            names << change.author;
        return names;
    };
    const QStringList before = authors(*m_sample.db);
    QVERIFY(before.count(QString()) > 0);
    QCOMPARE(before.count(m_sample.db->author()), 1);
    QCOMPARE(authors(**copy), before);
}

void TestExchangeRoundTrip::jsonIsDocumentedShape()
{
    const QByteArray json = PortfolioJson::write(PortfolioJson::load(*m_sample.db).value());
    QVERIFY(json.startsWith("{\n  \"format\": \"pactline-portfolio\",\n  \"formatVersion\": 1,\n  \"partners\": [\n"));
    QVERIFY(json.endsWith("}\n"));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QLatin1String("partners")).toArray().size(), 13);
    QCOMPARE(root.value(QLatin1String("events")).toArray().size(), 3);
    QCOMPARE(root.value(QLatin1String("agreements")).toArray().size(), 8);
    // Every row keeps its id, times and version.
    const QJsonObject partner = root.value(QLatin1String("partners")).toArray().at(0).toObject();
    for (const char *key : {"id", "name", "kind", "createdAt", "updatedAt", "version"})
        QVERIFY2(partner.contains(QLatin1String(key)), key);
}

void TestExchangeRoundTrip::jsonProblemsNameThePlace()
{
    const QByteArray json = R"({"format": "pactline-portfolio", "formatVersion": 1,
        "partners": [{"id": 1, "name": "A"}, {"id": 1, "name": "B"}],
        "events": [{"id": 1, "title": "E", "partners": [9]}],
        "agreements": [{"id": 1, "title": "X", "predecessor": 2, "parties": [{"partner": 5}]},
                       {"id": 2, "title": "Y", "predecessor": 1, "signingEvent": 4}]})";
    const Result<PortfolioData> data = PortfolioJson::parse(json);
    QVERIFY(data);
    const QString problems = PortfolioJson::problems(*data).join(QLatin1Char('\n'));
    for (const char *expected :
         {"partners[1].id: 1 is used by another row too.",
          "events[0].partners: refers to partner #9, which the file does not contain.",
          "agreements[0].parties[0].partner: refers to partner #5", "agreements[1].signingEvent: refers to event #4",
          "agreements[0].predecessor: the predecessors go round in a circle."})
        QVERIFY2(problems.contains(QString::fromUtf8(expected)), qPrintable(problems));
}

void TestExchangeRoundTrip::jsonWrittenFromAnyParsedFileParsesAgain()
{
    // Found by fuzzing: a party without a partner was written as "partner": 0, which is no id.
    const QByteArray json = R"({"format": "pactline-portfolio", "formatVersion": 1,
        "agreements": [{"title": "X", "parties": [{"role": "lead"}]}]})";
    const Result<PortfolioData> data = PortfolioJson::parse(json);
    QVERIFY(data);
    QVERIFY(!PortfolioJson::problems(*data).isEmpty());
    const QByteArray written = PortfolioJson::write(*data);
    QVERIFY(!written.contains("\"partner\": 0"));
    // Also found by fuzzing: ids too large for a whole number are refused, not cast.
    for (const char *id : {"1.6e94", "-1e300", "2.5", "9007199254740993e3"}) {
        const Result<PortfolioData> huge = PortfolioJson::parse(
            QByteArray(R"({"format": "pactline-portfolio", "formatVersion": 1, "partners": [{"name": "A", "id": )") +
            id + "}], \"events\": [{\"title\": \"E\", \"partners\": [" + id + "]}]}");
        QVERIFY(!huge);
        QVERIFY2(huge.error().message.contains(QStringLiteral("expected a positive whole number")),
                 qPrintable(huge.error().message));
    }
    QVERIFY(!written.contains("\"id\": 0"));
    QVERIFY(!written.contains("\"createdAt\": \"\""));
    const Result<PortfolioData> again = PortfolioJson::parse(written);
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    QCOMPARE(PortfolioJson::write(*again), written);
}

void TestExchangeRoundTrip::csvRoundTripGivesTheSameRows()
{
    const QByteArray partners = exportCsv(*m_sample.db, TableExport::Table::Partners);
    const QByteArray agreements = exportCsv(*m_sample.db, TableExport::Table::Agreements);
    const QByteArray milestones = exportCsv(*m_sample.db, TableExport::Table::Milestones);
    QVERIFY(!partners.isEmpty() && !agreements.isEmpty() && !milestones.isEmpty());

    auto copy = TestSupport::createPortfolio(*m_sample.dir, QStringLiteral("csv-copy.pactline"));
    QVERIFY(copy);
    importCsv(**copy, partners, ImportTarget::Partners);
    importCsv(**copy, agreements, ImportTarget::Agreements);
    importCsv(**copy, milestones, ImportTarget::Milestones);
    QCOMPARE(exportCsv(**copy, TableExport::Table::Partners), partners);
    QCOMPARE(exportCsv(**copy, TableExport::Table::Agreements), agreements);
    QCOMPARE(exportCsv(**copy, TableExport::Table::Milestones), milestones);
    QCOMPARE(PartnerRepository(**copy).count().value(), 13);
    QCOMPARE(MilestoneRepository(**copy).count().value(), 12);
}

void TestExchangeRoundTrip::csvExportOfAViewKeepsItsFilterAndColumns()
{
    ListQuery query;
    query.filters.insert(QStringLiteral("country"), QStringLiteral("NL"));
    query.sortKey = QStringLiteral("name");
    query.order = Qt::DescendingOrder;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Result<qsizetype> rows = TableExport::writeCsv(*m_sample.db, TableExport::Table::Partners, buffer, query,
                                                         {QStringLiteral("city"), QStringLiteral("name")});
    QVERIFY(rows);
    QCOMPARE(*rows, 6);
    const CsvTable table = CsvReader::read(buffer.data());
    QCOMPARE(table.header, QStringList({QStringLiteral("City"), QStringLiteral("Name")}));
    QCOMPARE(table.rows.size(), 6);
    QCOMPARE(table.rows.at(0), QStringList({QString(), QStringLiteral("QPS")}));
    QCOMPARE(table.rows.at(5), QStringList({QString(), QStringLiteral("Cardialysis")}));

    QBuffer unknown;
    unknown.open(QIODevice::WriteOnly);
    QVERIFY(
        !TableExport::writeCsv(*m_sample.db, TableExport::Table::Partners, unknown, {}, {QStringLiteral("colour")}));
}

void TestExchangeRoundTrip::csvExportNeutralisesFormulas()
{
    const QByteArray agreements = exportCsv(*m_sample.db, TableExport::Table::Agreements);
    QVERIFY(agreements.contains("\r\n'=Formula-looking title,Letter of intent,Signed,2024-02-29,2024-03,2026-H2,"));
    QVERIFY(agreements.contains(",\"'-minus first\nthen lines\","));
    const QByteArray milestones = exportCsv(*m_sample.db, TableExport::Table::Milestones);
    QVERIFY(milestones.contains(
        "\"'@mention; semicolons, commas\",MoU after the letter,2025-Q4,At risk,,'+31 Leiden,''=already quoted"));
    // Nothing in a cell starts with a formula character.
    const CsvTable table = CsvReader::read(milestones);
    for (const QStringList &row : table.rows)
        for (const QString &cell : row)
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.at(0)), qPrintable(cell));
}

QTEST_GUILESS_MAIN(TestExchangeRoundTrip)
#include "tst_exchangeroundtrip.moc"
