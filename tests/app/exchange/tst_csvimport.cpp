// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/csvimport.h"
#include "exchange/mappingprofiles.h"
#include "exchange/portfoliojson.h"
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace TestSupport;

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void headerGuessing_data();
    void headerGuessing();
    void dates_data();
    void dates();
    void datesRejected_data();
    void datesRejected();
    void partnersAreMatchedIgnoringCaseAndAccents();
    void skippedPartnersAreLeftOut();
    void ambiguousPartnerNeedsAChoice();
    void partnerRowsThatExistAreNotAddedAgain();
    void countriesByNameOrCodeInEnglishDutchAndSwedish();
    void milestonesAddTheAgreementsTheyName();
    void existingAgreementTitlesAreLeftOut();
    void predecessorsInTheFileAndThePortfolio();
    void predecessorCircleIsReported();
    void rowProblems_data();
    void rowProblems();
    void formulaNeutralisationIsUndone();
    void failedWriteLeavesPortfolioUnchanged();
    void cancelledWriteLeavesPortfolioUnchanged();
    void undoAndRedo();
    void profiles();

private:
    std::unique_ptr<CsvImport> prepare(const QByteArray &csv, ImportTarget target);
    qint64 partnerId(const QString &name) { return PartnerRepository(*m_db).findByName(name).value(); }
    QByteArray portfolioJson() { return PortfolioJson::write(PortfolioJson::load(*m_db).value()); }
    void reopen();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

void TestCsvImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = createSamplePortfolio(*m_dir);
    reopen();
}

void TestCsvImport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestCsvImport::reopen()
{
    m_db.reset();
    auto db = Database::open(m_path);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);
}

std::unique_ptr<CsvImport> TestCsvImport::prepare(const QByteArray &csv, ImportTarget target)
{
    const CsvTable table = CsvReader::read(csv);
    if (!table.ok())
        return nullptr;
    Result<ImportContext> context = ImportContext::load(*m_db);
    if (!context)
        return nullptr;
    return std::make_unique<CsvImport>(table, ColumnMapping::guess(target, table.header), std::move(*context));
}

void TestCsvImport::headerGuessing_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("fields");

    const int partners = int(ImportTarget::Partners);
    const int agreements = int(ImportTarget::Agreements);
    const int milestones = int(ImportTarget::Milestones);
    QTest::newRow("partners en") << partners << "Name;Short name;Type;Country;City;Web site;Remarks"
                                 << "name;short_name;kind;country;city;website;notes";
    QTest::newRow("partners nl") << partners << "Naam;Afkorting;Soort;Land;Plaats;Website;Opmerkingen"
                                 << "name;short_name;kind;country;city;website;notes";
    QTest::newRow("partners sv") << partners << "Namn;Förkortning;Typ;Land;Ort;Webbplats;Anteckningar"
                                 << "name;short_name;kind;country;city;website;notes";
    QTest::newRow("agreements en") << agreements
                                   << "Agreement;Type;Status;Date signed;Start date;End date;Parties;Topics;"
                                      "Predecessor;Description;Notes"
                                   << "title;kind;status;signed_on;starts_on;ends_on;parties;themes;predecessor;"
                                      "summary;notes";
    QTest::newRow("agreements nl") << agreements
                                   << "Titel;Soort overeenkomst;Status;Ondertekend op;Startdatum;Einddatum;Partijen;"
                                      "Thema's;Samenvatting"
                                   << "title;kind;status;signed_on;starts_on;ends_on;parties;themes;summary";
    QTest::newRow("agreements sv") << agreements
                                   << "Titel;Avtalstyp;Status;Undertecknat;Startdatum;Slutdatum;Parter;Teman;"
                                      "Sammanfattning"
                                   << "title;kind;status;signed_on;starts_on;ends_on;parties;themes;summary";
    QTest::newRow("milestones en") << milestones << "Agreement;Milestone;Due date;Status;Achieved on;Location;Comments"
                                   << "agreement;title;due;status;achieved_on;location;notes";
    QTest::newRow("milestones nl") << milestones
                                   << "Overeenkomst;Mijlpaal;Streefdatum;Status;Bereikt op;Locatie;Opmerkingen"
                                   << "agreement;title;due;status;achieved_on;location;notes";
    QTest::newRow("milestones sv") << milestones << "Avtal;Milstolpe;Förfallodatum;Status;Uppnått;Plats;Kommentarer"
                                   << "agreement;title;due;status;achieved_on;location;notes";
    QTest::newRow("unknown column") << partners << "Name;Favourite colour"
                                    << "name;";
    QTest::newRow("name inside a longer header") << partners << "Partner name (official);KIND"
                                                 << "name;kind";
    QTest::newRow("each field once") << partners << "Name;Naam;Country"
                                     << "name;;country";
}

void TestCsvImport::headerGuessing()
{
    QFETCH(int, target);
    QFETCH(QString, header);
    QFETCH(QString, fields);
    const ColumnMapping mapping = ColumnMapping::guess(ImportTarget(target), header.split(QLatin1Char(';')));
    QStringList guessed;
    for (qsizetype i = 0; i < mapping.columnCount(); ++i)
        guessed << mapping.fieldAt(i);
    QCOMPARE(guessed.join(QLatin1Char(';')), fields);
}

void TestCsvImport::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("iso") << "2023-09-12"
                         << "2023-09-12";
    QTest::newRow("dutch excel") << "12-9-2023"
                                 << "2023-09-12";
    QTest::newRow("swedish/dutch slashes") << "12/09/2023"
                                           << "2023-09-12";
    QTest::newRow("with midnight") << "2023-09-12 00:00:00"
                                   << "2023-09-12";
    QTest::newRow("iso with midnight") << "2023-09-12T00:00:00"
                                       << "2023-09-12";
    QTest::newRow("day-month-year with midnight") << "12-9-2023 0:00"
                                                  << "2023-09-12";
    QTest::newRow("quarter") << "Q3 2024"
                             << "2024-Q3";
    QTest::newRow("quarter code") << "2024-Q3"
                                  << "2024-Q3";
    QTest::newRow("dutch quarter") << "3e kwartaal 2024"
                                   << "2024-Q3";
    QTest::newRow("swedish quarter") << "K3 2024"
                                     << "2024-Q3";
    QTest::newRow("month") << "September 2024"
                           << "2024-09";
    QTest::newRow("half") << "H2 2025"
                          << "2025-H2";
    QTest::newRow("year") << "2022"
                          << "2022";
}

void TestCsvImport::dates()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QString error;
    const FuzzyDate date = CsvImport::parseDate(text, &error);
    QCOMPARE(date.code(), code);
    QVERIFY(error.isEmpty());
}

void TestCsvImport::datesRejected_data()
{
    QTest::addColumn<QString>("text");
    // "1-2-3-4" was found by fuzzing: a fourth number overflowed the quick reader's separators.
    for (const char *text : {"1-2-3-4", "2023-09-12-01", "31-02-2023", "2023-13", "12/09/23", "2024-Q5", "2024-Qx",
                             "9999-01-01", "12-09-2023 10:30"})
        QTest::newRow(text) << QString::fromLatin1(text);
}

void TestCsvImport::datesRejected()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(CsvImport::parseDate(text, &error).isNull());
    QVERIFY2(error.contains(QStringLiteral("is not a date")), qPrintable(error));
}

void TestCsvImport::partnersAreMatchedIgnoringCaseAndAccents()
{
    auto import = prepare("Title,Parties\nNew network,\"lund university; SKANE UNIVERSITY HOSPITAL; lumc; "
                          "Karolinska Institutet\"\n",
                          ImportTarget::Agreements);
    QVERIFY(import);
    const QList<PartnerChoice> &choices = import->partnerChoices();
    QCOMPARE(choices.size(), 4);
    QCOMPARE(choices.at(0).action, PartnerChoice::Action::Link);
    QCOMPARE(choices.at(0).partnerId, partnerId(QStringLiteral("Lund University")));
    QCOMPARE(choices.at(1).action, PartnerChoice::Action::Link);
    QCOMPARE(choices.at(1).partnerId, partnerId(QStringLiteral("Skåne University Hospital")));
    QCOMPARE(choices.at(2).partnerId, partnerId(QStringLiteral("Leiden University Medical Center")));
    QCOMPARE(choices.at(3).action, PartnerChoice::Action::Create);
    QCOMPARE(choices.at(3).candidates.size(), 0);

    QVERIFY(import->validate());
    QCOMPARE(import->errorCount(), 0);
    ImportPlan plan = import->plan();
    QCOMPARE(plan.partners.size(), 1);
    QCOMPARE(plan.agreements.size(), 1);
    QVERIFY(CsvImport::write(*m_db, plan));
    const qint64 karolinska = partnerId(QStringLiteral("Karolinska Institutet"));
    QVERIFY(karolinska > 0);
    const Agreement stored = AgreementRepository(*m_db).get(plan.agreements.at(0).meta.id).value();
    QList<qint64> parties;
    for (const AgreementParty &party : stored.parties)
        parties << party.partnerId;
    QCOMPARE(parties, QList<qint64>({partnerId(QStringLiteral("Lund University")),
                                     partnerId(QStringLiteral("Skåne University Hospital")),
                                     partnerId(QStringLiteral("LUMC")), karolinska}));
}

void TestCsvImport::skippedPartnersAreLeftOut()
{
    auto import = prepare("Title,Parties\nNew network,\"LU; Karolinska Institutet\"\n", ImportTarget::Agreements);
    QVERIFY(import);
    import->setPartnerChoice(1, PartnerChoice::Action::Skip);
    QVERIFY(import->validate());
    QCOMPARE(import->errorCount(), 0);
    ImportPlan plan = import->plan();
    QVERIFY(plan.partners.isEmpty());
    QCOMPARE(plan.agreements.at(0).parties.size(), 1);
    QVERIFY(CsvImport::write(*m_db, plan));
    QCOMPARE(PartnerRepository(*m_db).count().value(), 12);
}

void TestCsvImport::ambiguousPartnerNeedsAChoice()
{
    Partner other;
    other.name = QStringLiteral("Lund University");
    other.country = QStringLiteral("US");
    const qint64 otherId = PartnerRepository(*m_db).create(other)->meta.id;
    auto import = prepare("Title,Parties\nNew network,Lund University\n", ImportTarget::Agreements);
    QVERIFY(import);
    QCOMPARE(import->partnerChoices().at(0).candidates.size(), 2);
    QCOMPARE(import->partnerChoices().at(0).partnerId, 0);
    QVERIFY(import->validate());
    QCOMPARE(import->errorCount(), 1);
    const ImportIssue issue = import->issues().constFirst();
    QCOMPARE(issue.row, 2);
    QCOMPARE(issue.column, QStringLiteral("Parties"));
    QCOMPARE(issue.value, QStringLiteral("Lund University"));
    QVERIFY2(issue.reason.contains(QStringLiteral("2 partners")), qPrintable(issue.reason));

    import->setPartnerChoice(0, PartnerChoice::Action::Link, otherId);
    QVERIFY(import->validate());
    QCOMPARE(import->errorCount(), 0);
    QCOMPARE(import->plan().agreements.at(0).parties.at(0).partnerId, otherId);
}

void TestCsvImport::partnerRowsThatExistAreNotAddedAgain()
{
    auto import = prepare("Name,Country\nLund University,SE\nKarolinska Institutet,Sweden\n", ImportTarget::Partners);
    QVERIFY(import);
    QVERIFY(import->validate());
    QCOMPARE(import->errorCount(), 0);
    QCOMPARE(import->warningCount(), 1);
    QCOMPARE(import->issues().at(0).row, 2);
    QVERIFY(import->issues().at(0).reason.contains(QStringLiteral("already in the portfolio")));
    QCOMPARE(import->plan().partners.size(), 1);
    QCOMPARE(import->plan().partners.at(0).country, QStringLiteral("SE"));
    QCOMPARE(import->rowsSkipped(), 1);
    QCOMPARE(import->summary(), QStringLiteral("Adds 1 partner; leaves out 1 row."));
}

void TestCsvImport::countriesByNameOrCodeInEnglishDutchAndSwedish()
{
    auto import = prepare("Name,Country\n"
                          "A,Zweden\n"
                          "B,België\n"
                          "C,belgie\n"
                          "D,Nederländerna\n"
                          "E,SVERIGE\n"
                          "F,the Netherlands\n"
                          "G,dk\n"
                          "H,DEU\n"
                          "I,\n",
                          ImportTarget::Partners);
    QVERIFY(import);
    QVERIFY(import->validate());
    QCOMPARE(import->errorCount(), 0);
    QStringList countries;
    for (const Partner &partner : import->plan().partners)
        countries << partner.country;
    QCOMPARE(countries, (QStringList{QStringLiteral("SE"), QStringLiteral("BE"), QStringLiteral("BE"),
                                     QStringLiteral("NL"), QStringLiteral("SE"), QStringLiteral("NL"),
                                     QStringLiteral("DK"), QStringLiteral("DE"), QString()}));
}

void TestCsvImport::milestonesAddTheAgreementsTheyName()
{
    auto import = prepare("Agreement,Title,Due,Status\n"
                          "Cardiology services: SCRO and Cardialysis,Joint study started,12-9-2023,Achieved\n"
                          "New programme,First cohort,Q1 2025,planned\n"
                          "new PROGRAMME,Second cohort,2026,On track\n",
                          ImportTarget::Milestones);
    QVERIFY(import);
    QVERIFY(import->validate());
    QCOMPARE(import->errorCount(), 0);
    ImportPlan plan = import->plan();
    QCOMPARE(plan.agreements.size(), 1);
    QCOMPARE(plan.milestones.size(), 3);
    QVERIFY(CsvImport::write(*m_db, plan));
    const qint64 created = plan.agreements.at(0).meta.id;
    const QList<Milestone> milestones = MilestoneRepository(*m_db).listForAgreement(created).value();
    QCOMPARE(milestones.size(), 2);
    QCOMPARE(milestones.at(0).due.code(), QStringLiteral("2025-Q1"));
    QCOMPARE(milestones.at(1).status, MilestoneStatus::OnTrack);
    const Milestone first = MilestoneRepository(*m_db).get(plan.milestones.at(0).meta.id).value();
    QCOMPARE(first.due.code(), QStringLiteral("2023-09-12"));
    QCOMPARE(first.status, MilestoneStatus::Achieved);
    QCOMPARE(AgreementRepository(*m_db).get(first.agreementId)->title,
             QStringLiteral("Cardiology services: SCRO and Cardialysis"));
}

void TestCsvImport::existingAgreementTitlesAreLeftOut()
{
    auto import = prepare("Title\ncardiology services: scro and cardialysis\nBrand new\n", ImportTarget::Agreements);
    QVERIFY(import);
    QVERIFY(import->validate());
    QCOMPARE(import->errorCount(), 0);
    QCOMPARE(import->warningCount(), 1);
    QCOMPARE(import->plan().agreements.size(), 1);
    QCOMPARE(import->plan().agreements.at(0).title, QStringLiteral("Brand new"));
}

void TestCsvImport::predecessorsInTheFileAndThePortfolio()
{
    auto import = prepare("Title,Predecessor\n"
                          "MSA two,MSA one\n"
                          "MSA one,Early-phase clinical research: CTC and QPS\n",
                          ImportTarget::Agreements);
    QVERIFY(import);
    QVERIFY(import->validate());
    QCOMPARE(import->errorCount(), 0);
    ImportPlan plan = import->plan();
    QVERIFY(CsvImport::write(*m_db, plan));
    const AgreementRepository agreements(*m_db);
    const Agreement one = agreements.get(plan.agreements.at(0).meta.id).value();
    const Agreement two = agreements.get(plan.agreements.at(1).meta.id).value();
    QCOMPARE(one.title, QStringLiteral("MSA one")); // written first, as the predecessor
    QCOMPARE(two.predecessorId, one.meta.id);
    QCOMPARE(agreements.get(one.predecessorId)->title, QStringLiteral("Early-phase clinical research: CTC and QPS"));
}

void TestCsvImport::predecessorCircleIsReported()
{
    auto import = prepare("Title,Predecessor\nA,B\nB,A\nC,Nowhere\n", ImportTarget::Agreements);
    QVERIFY(import);
    QVERIFY(import->validate());
    QStringList reasons;
    for (const ImportIssue &issue : import->issues())
        reasons << issue.toString();
    QVERIFY2(reasons.join(QLatin1Char('\n')).contains(QStringLiteral("circle")),
             qPrintable(reasons.join(QLatin1Char('\n'))));
    QVERIFY(
        reasons.join(QLatin1Char('\n'))
            .contains(QStringLiteral("row 4, column “Predecessor” (“Nowhere”): neither the file nor the portfolio")));
}

void TestCsvImport::rowProblems_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("words");

    const int partners = int(ImportTarget::Partners);
    const int agreements = int(ImportTarget::Agreements);
    const int milestones = int(ImportTarget::Milestones);
    QTest::newRow("unknown kind")
        << partners << QByteArray("Name,Kind\nA,University\nB,Spaceship\n") << 3 << "Kind"
        << "Spaceship"
        << "is not a kind of partner Pactline knows; use one of: University, University hospital";
    QTest::newRow("not a country") << partners << QByteArray("Name;Country\nA;Atlantis\n") << 2 << "Country"
                                   << "Atlantis"
                                   << "“Atlantis” is not a country; type its name or its two-letter ISO code";
    QTest::newRow("not an ISO code") << partners << QByteArray("Name;Country\nA;ZZ\n") << 2 << "Country"
                                     << "ZZ"
                                     << "“ZZ” is not a country";
    QTest::newRow("missing name") << partners << QByteArray("Name,City\n,Lund\n") << 2 << "Name"
                                  << ""
                                  << "needs a name";
    QTest::newRow("same name twice") << partners << QByteArray("Name,Country,City\nA,SE,Lund\nA,SE,Malmö\n") << 3
                                     << "Name"
                                     << "A"
                                     << "row 2 already adds a partner with this name in SE";
    QTest::newRow("name taken in the portfolio") << partners << QByteArray("Name,Country\nNew one,NL\n") << 0 << ""
                                                 << ""
                                                 << "";
    QTest::newRow("impossible date") << milestones << QByteArray("Agreement,Title,Due\nX,Y,31-02-2023\n") << 2 << "Due"
                                     << "31-02-2023"
                                     << "February 2023 has only 28 days";
    QTest::newRow("not a date") << milestones << QByteArray("Agreement,Title,Due\nX,Y,soon\n") << 2 << "Due"
                                << "soon"
                                << "is not a date";
    QTest::newRow("unknown status") << milestones << QByteArray("Agreement,Title,Status\nX,Y,Maybe\n") << 2 << "Status"
                                    << "Maybe"
                                    << "is not a status";
    QTest::newRow("missing milestone title") << milestones << QByteArray("Agreement,Title\nX,\n") << 2 << "Title"
                                             << ""
                                             << "needs a title";
    QTest::newRow("end before start") << agreements << QByteArray("Title,Start,End\nX,2024,2023-06\n") << 2 << "End"
                                      << "2023-06"
                                      << "the end is before the start";
    QTest::newRow("party twice") << agreements << QByteArray("Title,Parties\nX,\"LU; Lund University\"\n") << 2
                                 << "Parties"
                                 << "Lund University"
                                 << "listed twice";
    QTest::newRow("same title twice") << agreements << QByteArray("Title,Notes\nX,a\nX,b\n") << 3 << "Title"
                                      << "X"
                                      << "another row already adds an agreement with this title";
    QTest::newRow("required column missing") << milestones << QByteArray("Title,Due\nX,2024\n") << 1 << ""
                                             << ""
                                             << "No column goes into “Agreement”";
}

void TestCsvImport::rowProblems()
{
    QFETCH(int, target);
    QFETCH(QByteArray, csv);
    QFETCH(int, row);
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(QString, words);
    auto import = prepare(csv, ImportTarget(target));
    QVERIFY(import);
    QVERIFY(import->validate());
    if (words.isEmpty()) { // a control row: valid
        QCOMPARE(import->errorCount(), 0);
        return;
    }
    QCOMPARE(import->errorCount(), 1);
    QVERIFY(import->plan().isEmpty() || import->hasErrors());
    const ImportIssue issue = *std::find_if(import->issues().cbegin(), import->issues().cend(),
                                            [](const auto &i) { return i.severity == ImportIssue::Severity::Error; });
    QCOMPARE(issue.row, row);
    QCOMPARE(issue.column, column);
    QCOMPARE(issue.value, value);
    QVERIFY2(issue.reason.contains(words), qPrintable(issue.reason));
}

void TestCsvImport::formulaNeutralisationIsUndone()
{
    auto import = prepare("Name,Notes\nFormula Ltd,'=HYPERLINK(\"x\")\nPlus Ltd,'+31 71\n", ImportTarget::Partners);
    QVERIFY(import);
    QVERIFY(import->validate());
    QCOMPARE(import->errorCount(), 0);
    QCOMPARE(import->plan().partners.at(0).notes, QStringLiteral("=HYPERLINK(\"x\")"));
    QCOMPARE(import->plan().partners.at(1).notes, QStringLiteral("+31 71"));
}

void TestCsvImport::failedWriteLeavesPortfolioUnchanged()
{
    auto import = prepare("Agreement,Title\nNew one,A\nNew one,B\nNew one,C\n", ImportTarget::Milestones);
    QVERIFY(import);
    QVERIFY(import->validate());
    ImportPlan plan = import->plan();
    plan.milestones[2].agreementId = 999999; // breaks a foreign key after two rows went in
    reopen();
    m_db.reset();
    const QByteArray before = fileChecksum(m_path);
    reopen();
    const Result<void> written = CsvImport::write(*m_db, plan);
    QVERIFY(!written);
    QCOMPARE(plan.milestones.at(0).meta.id, 0); // the plan is left as it was
    QCOMPARE(AgreementRepository(*m_db).count().value(), 6);
    m_db.reset();
    QCOMPARE(fileChecksum(m_path), before);
}

void TestCsvImport::cancelledWriteLeavesPortfolioUnchanged()
{
    QByteArray csv = "Agreement,Title\n";
    for (int i = 0; i < 5000; ++i)
        csv += "Bulk agreement " + QByteArray::number(i % 50) + ",Milestone " + QByteArray::number(i) + "\n";
    auto import = prepare(csv, ImportTarget::Milestones);
    QVERIFY(import);
    QVERIFY(import->validate());
    QCOMPARE(import->plan().milestones.size(), 5000);
    ImportPlan plan = import->plan();
    m_db.reset();
    const QByteArray before = fileChecksum(m_path);
    reopen();
    int calls = 0;
    const Result<void> written = CsvImport::write(*m_db, plan, [&](qsizetype done) {
        ++calls;
        return done < 2000;
    });
    QVERIFY(!written);
    QVERIFY(calls >= 2);
    QCOMPARE(MilestoneRepository(*m_db).count().value(), 11);
    m_db.reset();
    QCOMPARE(fileChecksum(m_path), before);
}

void TestCsvImport::undoAndRedo()
{
    const QByteArray before = portfolioJson();
    auto import = prepare("Title,Parties,Themes\nUndo me,\"LU; Brand New Partner\",\"ATMP; Quantum\"\n",
                          ImportTarget::Agreements);
    QVERIFY(import);
    QVERIFY(import->validate());
    ImportPlan plan = import->plan();
    QVERIFY(CsvImport::write(*m_db, plan));
    const QByteArray after = portfolioJson();
    QVERIFY(after != before);
    const qint64 agreementId = plan.agreements.at(0).meta.id;
    const qint64 partner = plan.partners.at(0).meta.id;

    QVERIFY(CsvImport::remove(*m_db, plan));
    QCOMPARE(portfolioJson(), before); // the unused theme "Quantum" went too

    QVERIFY(CsvImport::write(*m_db, plan)); // redo: the same ids and times
    QCOMPARE(plan.agreements.at(0).meta.id, agreementId);
    QCOMPARE(plan.partners.at(0).meta.id, partner);
    QCOMPARE(portfolioJson(), after);
}

void TestCsvImport::profiles()
{
    const QString path = m_dir->filePath(QStringLiteral("profiles/import-profiles.json"));
    QVERIFY(MappingProfiles::load(path)->names().isEmpty());
    const QStringList header{QStringLiteral("Wanneer"), QStringLiteral("Wat"), QStringLiteral("Contract"),
                             QStringLiteral("Remarks")};
    const ColumnMapping mapping = TestSupport::mappingOf(
        ImportTarget::Milestones, {QStringLiteral("due"), QStringLiteral("title"), QStringLiteral("agreement"), {}});
    MappingProfile profile = MappingProfile::fromMapping(QStringLiteral("Finance office"), header, mapping);
    profile.delimiter = QLatin1Char(';');
    profile.encoding = CsvTable::Encoding::Windows1252;
    MappingProfiles profiles;
    profiles.insert(profile);
    QVERIFY(profiles.save(path));

    const Result<MappingProfiles> loaded = MappingProfiles::load(path);
    QVERIFY(loaded);
    QCOMPARE(loaded->names(), QStringList{QStringLiteral("Finance office")});
    const MappingProfile again = *loaded->find(QStringLiteral("finance OFFICE"));
    QCOMPARE(again.target, ImportTarget::Milestones);
    QCOMPARE(again.delimiter, QChar(QLatin1Char(';')));
    QCOMPARE(again.encoding, CsvTable::Encoding::Windows1252);
    // Other order and an extra column: the profile maps by header; "Remarks" it left unimported.
    const ColumnMapping applied =
        again.apply({QStringLiteral("Contract"), QStringLiteral("Remarks"), QStringLiteral("wat"),
                     QStringLiteral("Location"), QStringLiteral("WANNEER")});
    QCOMPARE(applied.fieldAt(0), QStringLiteral("agreement"));
    QCOMPARE(applied.fieldAt(1), QString());
    QCOMPARE(applied.fieldAt(2), QStringLiteral("title"));
    QCOMPARE(applied.fieldAt(3), QStringLiteral("location")); // guessed
    QCOMPARE(applied.fieldAt(4), QStringLiteral("due"));

    QVERIFY(writeFile(path, "{ not json"));
    QVERIFY(!MappingProfiles::load(path));
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
