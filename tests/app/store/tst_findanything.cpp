// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/agreementrepository.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/findanything.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace TestSupport;
using Kind = FindAnything::Kind;

// Find anything (Ctrl+K): every kind in one search, by the lists' rule, a few of each, names first.
class TestFindAnything : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void findsEveryKindWithWhatTellsItApart();
    void ignoresCaseAndAccents();
    void findsInsideWordsOfShortFields();
    void everyTermMustMatch();
    void nothingForEmptyText();
    void namesComeBeforeOtherColumns();
    void kindsWithANameThatMatchesComeFirst();
    void keepsToItsLimits();
    void findsWhatTheListsFind_data();
    void findsWhatTheListsFind();
    void searchesBySubstringWithoutIndexes();

private:
    QList<FindAnything::Hit> find(const QString &text, int perKind = 8, int total = 30) const;
    QList<qint64> idsOf(const QList<FindAnything::Hit> &hits, Kind kind) const;
    Partner partner(const QString &name, const QString &notes = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Partner m_region;
    Agreement m_agreement;
    Milestone m_milestone;
    Event m_event;
    Contact m_contact;
};

void TestFindAnything::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = TestSupport::createPortfolio(*m_dir);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);
    Partner region =
        TestSupport::newPartner(QStringLiteral("Region Skåne"), QStringLiteral("SE"), PartnerKind::Government);
    region.shortName = QStringLiteral("RS");
    region.city = QStringLiteral("Malmö");
    m_region = PartnerRepository(*m_db).create(region).value();
    Agreement agreement;
    agreement.title = QStringLiteral("Samarbetsavtal Skåne–Leiden");
    agreement.kind = AgreementKind::Mou;
    agreement.status = AgreementStatus::Signed;
    agreement.parties.append({m_region.meta.id, PartyRole::Signatory, FuzzyDate::month(2022, 10)});
    m_agreement = AgreementRepository(*m_db).create(agreement).value();
    Milestone milestone;
    milestone.agreementId = m_agreement.meta.id;
    milestone.title = QStringLiteral("Skåne kick-off");
    milestone.due = FuzzyDate::quarter(2024, 3);
    m_milestone = MilestoneRepository(*m_db).create(milestone).value();
    Event event;
    event.title = QStringLiteral("Visit to Skåne");
    event.date = FuzzyDate::day(2023, 9, 12);
    event.place = QStringLiteral("Lund");
    m_event = EventRepository(*m_db).create(event).value();
    Contact contact;
    contact.partnerId = m_region.meta.id;
    contact.name = QStringLiteral("Karin Berg");
    contact.role = QStringLiteral("Skåne coordinator");
    m_contact = ContactRepository(*m_db).create(contact).value();
}

void TestFindAnything::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QList<FindAnything::Hit> TestFindAnything::find(const QString &text, int perKind, int total) const
{
    const auto hits = FindAnything::find(*m_db, text, perKind, total);
    if (!hits)
        qWarning() << hits.error().message;
    return hits ? *hits : QList<FindAnything::Hit>();
}

QList<qint64> TestFindAnything::idsOf(const QList<FindAnything::Hit> &hits, Kind kind) const
{
    QList<qint64> ids;
    for (const FindAnything::Hit &hit : hits)
        if (hit.kind == kind)
            ids << hit.id;
    return ids;
}

Partner TestFindAnything::partner(const QString &name, const QString &notes)
{
    Partner p;
    p.name = name;
    p.notes = notes;
    p.country = QStringLiteral("NL");
    return PartnerRepository(*m_db).create(p).value();
}

void TestFindAnything::findsEveryKindWithWhatTellsItApart()
{
    const QList<FindAnything::Hit> hits = find(QStringLiteral("skåne"));
    QCOMPARE(hits.size(), 5);
    QList<Kind> kinds;
    for (const FindAnything::Hit &hit : hits)
        kinds << hit.kind;
    QCOMPARE(kinds, FindAnything::kinds());

    QCOMPARE(hits.at(0).id, m_region.meta.id);
    QCOMPARE(hits.at(0).label, QStringLiteral("Region Skåne"));
    QCOMPARE(hits.at(0).detail, QStringLiteral("RS · Sweden · Malmö"));
    QCOMPARE(hits.at(1).id, m_agreement.meta.id);
    QCOMPARE(hits.at(1).label, m_agreement.title);
    QCOMPARE(hits.at(1).detail, QStringLiteral("Signed"));
    QCOMPARE(hits.at(2).id, m_milestone.meta.id);
    QCOMPARE(hits.at(2).detail, m_agreement.title + QStringLiteral(" · ") + m_milestone.due.toString());
    QCOMPARE(hits.at(2).ownerId, m_agreement.meta.id);
    QCOMPARE(hits.at(3).id, m_event.meta.id);
    QCOMPARE(hits.at(3).detail, m_event.date.toString() + QStringLiteral(" · Lund"));
    QCOMPARE(hits.at(4).id, m_contact.meta.id);
    QCOMPARE(hits.at(4).label, QStringLiteral("Karin Berg"));
    QCOMPARE(hits.at(4).detail, QStringLiteral("Region Skåne · Skåne coordinator"));
    QCOMPARE(hits.at(4).ownerId, m_region.meta.id);
}

void TestFindAnything::ignoresCaseAndAccents()
{
    for (const QString &typed : {QStringLiteral("skane"), QStringLiteral("SKANE"), QStringLiteral("Skå")})
        QCOMPARE(find(typed).size(), 5);
    QCOMPARE(idsOf(find(QStringLiteral("malmo")), Kind::Partner), QList<qint64>{m_region.meta.id});
}

void TestFindAnything::findsInsideWordsOfShortFields()
{
    const QList<FindAnything::Hit> hits = find(QStringLiteral("avtal"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().kind, Kind::Agreement);
    QCOMPARE(hits.first().id, m_agreement.meta.id);
    // Inside a word of a contact's role, and of an event's place.
    QCOMPARE(idsOf(find(QStringLiteral("ordinat")), Kind::Contact), QList<qint64>{m_contact.meta.id});
    QCOMPARE(idsOf(find(QStringLiteral("und")), Kind::Event), QList<qint64>{m_event.meta.id});
}

void TestFindAnything::everyTermMustMatch()
{
    const QList<FindAnything::Hit> hits = find(QStringLiteral("skane kick"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().id, m_milestone.meta.id);
    QVERIFY(find(QStringLiteral("skane nowhere")).isEmpty());
    // A word and a part of a word.
    QCOMPARE(idsOf(find(QStringLiteral("leiden avtal")), Kind::Agreement), QList<qint64>{m_agreement.meta.id});
}

void TestFindAnything::nothingForEmptyText()
{
    // Also a single character, or several alone: too much would match to help.
    for (const QString &typed : {QString(), QStringLiteral("   "), QStringLiteral("\"\""), QStringLiteral("s"),
                                 QStringLiteral("s k"), QStringLiteral("*")}) {
        const auto hits = FindAnything::find(*m_db, typed);
        QVERIFY(hits);
        QVERIFY(hits->isEmpty());
    }
}

void TestFindAnything::namesComeBeforeOtherColumns()
{
    // Older records first, but a name that matches before notes that do.
    const qint64 inNotes = partner(QStringLiteral("Leiden University"), QStringLiteral("clinical research")).meta.id;
    const qint64 inName = partner(QStringLiteral("Clinical Research Centre")).meta.id;
    const qint64 insideName = partner(QStringLiteral("Preclinical Imaging Lab")).meta.id;
    QCOMPARE(idsOf(find(QStringLiteral("clinical")), Kind::Partner), (QList<qint64>{inName, inNotes, insideName}));
}

void TestFindAnything::kindsWithANameThatMatchesComeFirst()
{
    // "Karin" in a partner's notes, and a contact's name: the contact first.
    const qint64 inNotes = partner(QStringLiteral("Leiden University"), QStringLiteral("Ask Karin first")).meta.id;
    const QList<FindAnything::Hit> hits = find(QStringLiteral("karin"));
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.at(0).kind, Kind::Contact);
    QCOMPARE(hits.at(0).id, m_contact.meta.id);
    QCOMPARE(hits.at(1).kind, Kind::Partner);
    QCOMPARE(hits.at(1).id, inNotes);
}

void TestFindAnything::keepsToItsLimits()
{
    QList<qint64> partners;
    for (int i = 0; i < 12; ++i)
        partners << partner(QStringLiteral("Skåne partner %1").arg(i)).meta.id;
    QList<FindAnything::Hit> hits = find(QStringLiteral("skane"));
    QCOMPARE(hits.size(), 8 + 4);
    QCOMPARE(idsOf(hits, Kind::Partner), (QList<qint64>{m_region.meta.id} + partners.mid(0, 7)));
    // Over the total, the kind with the most gives up its last ones.
    hits = find(QStringLiteral("skane"), 8, 10);
    QCOMPARE(hits.size(), 10);
    QCOMPARE(idsOf(hits, Kind::Partner).size(), 6);
    QCOMPARE(idsOf(hits, Kind::Contact), QList<qint64>{m_contact.meta.id});
    hits = find(QStringLiteral("skane"), 8, 3);
    QCOMPARE(hits.size(), 3);
    QCOMPARE(idsOf(hits, Kind::Partner).size(), 1);
    QCOMPARE(idsOf(hits, Kind::Agreement).size(), 1);
    QCOMPARE(idsOf(hits, Kind::Milestone).size(), 1);
}

void TestFindAnything::findsWhatTheListsFind_data()
{
    QTest::addColumn<QString>("typed");
    for (const char *typed :
         {"lund",         "avtal",      "clin",         "sk",      "research uni", "\"clinical trial\"",
          "overeenkomst", "karolinska", "2024",         "-ray",    "AND",          "and",
          "title:",       "NEAR(a b)",  "^x-",          "c++ (x)", "\"skåne",      "東京",
          "lund u",       "u lund",     "clinical t r", "ab",      "🙂"})
        QTest::newRow(typed) << QString::fromUtf8(typed);
}

void TestFindAnything::findsWhatTheListsFind()
{
    // On the sample portfolio, with no limit worth the name: the same records as each list's search.
    QFETCH(QString, typed);
    m_db.reset();
    m_db = openSamplePortfolio(*m_dir);
    QVERIFY(m_db);
    const QList<FindAnything::Hit> hits = find(typed, 100000, 1000000);
    ListQuery query;
    query.search = typed;
    const auto sorted = [](QList<qint64> ids) {
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    const auto listed = [&](const auto &repository) {
        QList<qint64> ids;
        const auto rows = repository.list(query);
        for (const auto &row : rows.value())
            ids << row.meta.id;
        return sorted(ids);
    };
    QCOMPARE(sorted(idsOf(hits, Kind::Partner)), listed(PartnerRepository(*m_db)));
    QCOMPARE(sorted(idsOf(hits, Kind::Agreement)), listed(AgreementRepository(*m_db)));
    QCOMPARE(sorted(idsOf(hits, Kind::Milestone)), listed(MilestoneRepository(*m_db)));
    QCOMPARE(sorted(idsOf(hits, Kind::Event)), listed(EventRepository(*m_db)));
    QCOMPARE(sorted(idsOf(hits, Kind::Contact)), listed(ContactRepository(*m_db)));
}

void TestFindAnything::searchesBySubstringWithoutIndexes()
{
    // An older file opened read-only has no search indexes: the same search by substring.
    m_db.reset();
    auto db = Database::open(createVersion1Portfolio(*m_dir), Database::Mode::ReadOnly);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);
    QVERIFY(!m_db->hasSearchIndexes());
    const QList<FindAnything::Hit> hits = find(QStringLiteral("lund"), 100000, 1000000);
    QSqlQuery reference(m_db->connection());
    QVERIFY(reference.exec(QStringLiteral("SELECT id FROM partner WHERE name LIKE '%lund%' OR short_name LIKE "
                                          "'%lund%' OR city LIKE '%lund%' OR notes LIKE '%lund%' ORDER BY id")));
    QList<qint64> expected;
    while (reference.next())
        expected << reference.value(0).toLongLong();
    QVERIFY(!expected.isEmpty());
    QList<qint64> found = idsOf(hits, Kind::Partner);
    std::sort(found.begin(), found.end());
    QCOMPARE(found, expected);
    QVERIFY(!idsOf(hits, Kind::Agreement).isEmpty());
}

QTEST_GUILESS_MAIN(TestFindAnything)
#include "tst_findanything.moc"
