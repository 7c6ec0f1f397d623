// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/portfoliojson.h"
#include "exchange/sampleportfolio.h"
#include "store/agreementrepository.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestSamplePortfolio : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void counts();
    void partnersWithTheirCountries_data();
    void partnersWithTheirCountries();
    void theFourDeclarationsOfTheStateVisit();
    void lundFacilityIsDueInQ3_2024();
    void necstGenWasReadyIn2022();
    void theMsaFollowsTheCtcQpsDeclaration();
    void theFollowUpInStockholm();
    void defaultPortfolioIsCreatedOnce();
    void brokenJsonNamesThePlace();

private:
    qint64 partnerId(const QString &name);

    TestSupport::SampleFixture m_sample;
};

void TestSamplePortfolio::initTestCase()
{
    QVERIFY(m_sample.open());
}

qint64 TestSamplePortfolio::partnerId(const QString &name)
{
    return PartnerRepository(*m_sample.db).findByName(name).value();
}

void TestSamplePortfolio::counts()
{
    QCOMPARE(PartnerRepository(*m_sample.db).count().value(), 12);
    QCOMPARE(ContactRepository(*m_sample.db).list()->size(), 2);
    QCOMPARE(AgreementRepository(*m_sample.db).count().value(), 6);
    QCOMPARE(MilestoneRepository(*m_sample.db).count().value(), 11);
    QCOMPARE(EventRepository(*m_sample.db).count().value(), 2);
}

void TestSamplePortfolio::partnersWithTheirCountries_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("country");
    for (const char *se : {"Lund University", "Skåne University Hospital", "Uppsala Clinical Research Center", "CTC",
                           "SCRO", "Government Offices of Sweden"})
        QTest::newRow(se) << QString::fromUtf8(se) << QStringLiteral("SE");
    for (const char *nl : {"Leiden University Medical Center", "NecstGen", "European Cardiovascular Research Institute",
                           "QPS", "Cardialysis", "Health~Holland"})
        QTest::newRow(nl) << QString::fromUtf8(nl) << QStringLiteral("NL");
}

void TestSamplePortfolio::partnersWithTheirCountries()
{
    QFETCH(QString, name);
    QFETCH(QString, country);
    const qint64 id = partnerId(name);
    QVERIFY2(id > 0, qPrintable(name));
    QCOMPARE(PartnerRepository(*m_sample.db).get(id)->country, country);
}

void TestSamplePortfolio::theFourDeclarationsOfTheStateVisit()
{
    ListQuery declarations;
    declarations.filters.insert(QStringLiteral("kind"), codeOf(AgreementKind::DeclarationOfIntent));
    const auto list = AgreementRepository(*m_sample.db).listWithDetails(declarations);
    QVERIFY(list);
    int ofStateVisit = 0;
    QList<QSet<qint64>> parties;
    for (const Agreement &a : *list) {
        if (a.signedOn != FuzzyDate::month(2022, 10))
            continue;
        ++ofStateVisit;
        QSet<qint64> signatories;
        for (const AgreementParty &p : a.parties)
            if (p.role == PartyRole::Signatory)
                signatories.insert(p.partnerId);
        parties << signatories;
    }
    QCOMPARE(ofStateVisit, 4);
    const auto set = [this](std::initializer_list<const char *> names) {
        QSet<qint64> ids;
        for (const char *n : names)
            ids.insert(partnerId(QString::fromUtf8(n)));
        return ids;
    };
    QVERIFY(
        parties.contains(set({"Lund University", "Skåne University Hospital", "Leiden University Medical Center"})));
    QVERIFY(parties.contains(set({"Uppsala Clinical Research Center", "European Cardiovascular Research Institute"})));
    QVERIFY(parties.contains(set({"CTC", "QPS"})));
    QVERIFY(parties.contains(set({"SCRO", "Cardialysis"})));
}

void TestSamplePortfolio::lundFacilityIsDueInQ3_2024()
{
    ListQuery query;
    query.search = QStringLiteral("facility in Lund");
    const auto found = MilestoneRepository(*m_sample.db).list(query);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    const Milestone &lund = found->first();
    QCOMPARE(lund.due, FuzzyDate::quarter(2024, 3));
    QCOMPARE(lund.due.toString(), QStringLiteral("Q3 2024"));
    QCOMPARE(lund.status, MilestoneStatus::Planned);
    QVERIFY(lund.isOverdueOn(QDate(2024, 10, 1)));
    QVERIFY(!lund.isOverdueOn(QDate(2024, 9, 30)));
}

void TestSamplePortfolio::necstGenWasReadyIn2022()
{
    ListQuery query;
    query.search = QStringLiteral("NecstGen");
    const auto found = MilestoneRepository(*m_sample.db).list(query);
    QVERIFY(found && found->size() == 1);
    QCOMPARE(found->first().status, MilestoneStatus::Achieved);
    QCOMPARE(found->first().achievedOn, FuzzyDate::year(2022));
    QCOMPARE(found->first().location, QStringLiteral("Leiden"));
}

void TestSamplePortfolio::theMsaFollowsTheCtcQpsDeclaration()
{
    ListQuery msa;
    msa.filters.insert(QStringLiteral("kind"), codeOf(AgreementKind::Msa));
    const auto list = AgreementRepository(*m_sample.db).listWithDetails(msa);
    QVERIFY(list && list->size() == 1);
    const Agreement &agreement = list->first();
    QCOMPARE(agreement.status, AgreementStatus::Signed);
    QVERIFY(agreement.predecessorId > 0);
    const Agreement predecessor = *AgreementRepository(*m_sample.db).get(agreement.predecessorId);
    QCOMPARE(predecessor.kind, AgreementKind::DeclarationOfIntent);
    QCOMPARE(predecessor.parties.size(), 2);
    QCOMPARE(agreement.parties.size(), 2);
    QCOMPARE(agreement.parties.at(0).partnerId, partnerId(QStringLiteral("CTC")));
}

void TestSamplePortfolio::theFollowUpInStockholm()
{
    ListQuery query;
    query.search = QStringLiteral("Stockholm");
    const auto events = EventRepository(*m_sample.db).list(query);
    QVERIFY(events && events->size() == 1);
    const Event &followUp = events->first();
    QCOMPARE(followUp.date, FuzzyDate::day(2023, 9, 12));
    QCOMPARE(followUp.contactIds.size(), 2);
    QStringList people;
    for (qint64 id : followUp.contactIds) {
        const Contact c = *ContactRepository(*m_sample.db).get(id);
        people << c.name + QStringLiteral(" / ") + PartnerRepository(*m_sample.db).get(c.partnerId)->name;
    }
    people.sort();
    QCOMPARE(people, (QStringList{QStringLiteral("Hans Schikan / Health~Holland"),
                                  QStringLiteral("Jeanette Edblad / Government Offices of Sweden")}));
    // The declarations signed that day are signed at this event.
    ListQuery signedThere;
    signedThere.search = QStringLiteral("Further declarations");
    QCOMPARE(AgreementRepository(*m_sample.db).list(signedThere)->first().signingEventId, followUp.meta.id);
}

void TestSamplePortfolio::defaultPortfolioIsCreatedOnce()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("data/Pactline"));
    const auto first = SamplePortfolio::ensureDefaultPortfolio(folder);
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    QVERIFY(first->endsWith(QStringLiteral(".pactline")));
    {
        auto db = Database::open(*first);
        QVERIFY(db);
        const PartnerRepository partners(**db);
        Partner extra;
        extra.name = QStringLiteral("Karolinska Institutet");
        QVERIFY(partners.create(extra));
    }
    const auto second = SamplePortfolio::ensureDefaultPortfolio(folder);
    QVERIFY(second);
    QCOMPARE(*second, *first);
    auto db = Database::open(*second);
    QCOMPARE(PartnerRepository(**db).count().value(), 13); // kept, not re-created
}

void TestSamplePortfolio::brokenJsonNamesThePlace()
{
    QFile file(SamplePortfolio::resourcePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    json.replace("\"kind\": \"msa\"", "\"kind\": \"treaty\"");
    const auto parsed = PortfolioJson::parse(json);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.startsWith(QStringLiteral("agreements[4].kind: “treaty” is not one of")),
             qPrintable(parsed.error().message));
}

QTEST_GUILESS_MAIN(TestSamplePortfolio)
#include "tst_sampleportfolio.moc"
