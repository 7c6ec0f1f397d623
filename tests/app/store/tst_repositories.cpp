// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/agreementrepository.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void partnerCrud();
    void partnerValidation();
    void staleVersionIsAConflict();
    void deletingAPartyIsRefusedNamingTheAgreements();
    void agreementWithPartiesAndThemes();
    void agreementEndBeforeStartIsRefused();
    void listSortsAndFiltersInSql();
    void overdueInSqlIsTheDomainsOverdue();
    void searchEscapesWildcards();
    void statementTraceIsToldWhatRanWithItsValues();
    void milestoneHistoryIsRecorded();
    void changesBetweenIsHalfOpen();
    void deletingAnAgreementTakesItsMilestones();
    void eventsWithParticipants();
    void contactsBelongToTheirPartner();
    void createKeepsGivenIdsAndTimestamps();

private:
    Partner partner(const QString &name, const QString &country, PartnerKind kind = PartnerKind::University);
    Agreement agreement(const QString &title, const QList<qint64> &partnerIds);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = TestSupport::createPortfolio(*m_dir);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);
}

void TestRepositories::cleanup()
{
    m_db.reset();
}

Partner TestRepositories::partner(const QString &name, const QString &country, PartnerKind kind)
{
    Partner p;
    p.name = name;
    p.country = country;
    p.kind = kind;
    return TestSupport::storedOrWarn(PartnerRepository(*m_db).create(p));
}

Agreement TestRepositories::agreement(const QString &title, const QList<qint64> &partnerIds)
{
    Agreement a;
    a.title = title;
    a.kind = AgreementKind::DeclarationOfIntent;
    a.status = AgreementStatus::Signed;
    for (qint64 id : partnerIds)
        a.parties.append({id, PartyRole::Signatory, FuzzyDate::month(2022, 10)});
    return TestSupport::storedOrWarn(AgreementRepository(*m_db).create(a));
}

void TestRepositories::partnerCrud()
{
    const PartnerRepository repo(*m_db);
    Partner p = partner(QStringLiteral("Lund University"), QStringLiteral("se"));
    QVERIFY(p.meta.isStored());
    QCOMPARE(p.country, QStringLiteral("SE")); // normalised
    QCOMPARE(p.meta.version, 1);
    QVERIFY(p.meta.createdAt.isValid());
    QCOMPARE(p.meta.createdAt, p.meta.updatedAt);

    p.city = QStringLiteral("Lund");
    const auto updated = repo.update(p);
    QVERIFY(updated);
    QCOMPARE(updated->city, QStringLiteral("Lund"));
    QCOMPARE(updated->meta.version, 2);
    QVERIFY(updated->meta.updatedAt >= p.meta.updatedAt);
    QCOMPARE(repo.get(p.meta.id)->city, QStringLiteral("Lund"));

    QVERIFY(repo.remove(p.meta.id, updated->meta.version));
    const auto gone = repo.get(p.meta.id);
    QVERIFY(!gone);
    QCOMPARE(gone.error().kind, StoreError::Kind::NotFound);
}

void TestRepositories::partnerValidation()
{
    const PartnerRepository repo(*m_db);
    Partner unnamed;
    unnamed.name = QStringLiteral("   ");
    QCOMPARE(repo.create(unnamed).error().kind, StoreError::Kind::Invalid);
    Partner badCountry;
    badCountry.name = QStringLiteral("QPS");
    badCountry.country = QStringLiteral("Netherlands");
    const auto refused = repo.create(badCountry);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("two-letter")));
    badCountry.country = QStringLiteral("ZZ"); // two letters, but no ISO 3166 country
    const auto unknown = repo.create(badCountry);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind, StoreError::Kind::Invalid);
    QVERIFY2(unknown.error().message.contains(QStringLiteral("“ZZ” is not a country code")),
             qPrintable(unknown.error().message));

    partner(QStringLiteral("CTC"), QStringLiteral("SE"));
    Partner twin;
    twin.name = QStringLiteral("ctc");
    twin.country = QStringLiteral("SE");
    const auto duplicate = repo.create(twin);
    QVERIFY(!duplicate);
    QCOMPARE(duplicate.error().kind, StoreError::Kind::Invalid);
    QVERIFY(duplicate.error().message.contains(QStringLiteral("already a partner")));
    twin.country = QStringLiteral("NL"); // same name, other country: fine
    QVERIFY(repo.create(twin));
    QCOMPARE(repo.count().value(), 2);
}

void TestRepositories::staleVersionIsAConflict()
{
    const PartnerRepository repo(*m_db);
    const Partner original = partner(QStringLiteral("SCRO"), QStringLiteral("SE"), PartnerKind::Company);
    Partner mine = original;
    Partner theirs = original;
    theirs.notes = QStringLiteral("changed elsewhere");
    QVERIFY(repo.update(theirs));
    mine.city = QStringLiteral("Gothenburg");
    const auto conflict = repo.update(mine);
    QVERIFY(!conflict);
    QCOMPARE(conflict.error().kind, StoreError::Kind::Conflict);
    const Partner stored = *repo.get(original.meta.id);
    QCOMPARE(stored.notes, QStringLiteral("changed elsewhere"));
    QVERIFY(stored.city.isEmpty());
    QCOMPARE(stored.meta.version, 2);
    // Deleting with the stale version is refused too.
    QCOMPARE(repo.remove(original.meta.id, original.meta.version).error().kind, StoreError::Kind::Conflict);
    QVERIFY(repo.get(original.meta.id));
}

void TestRepositories::deletingAPartyIsRefusedNamingTheAgreements()
{
    const Partner lund = partner(QStringLiteral("Lund University"), QStringLiteral("SE"));
    const Partner lumc = partner(QStringLiteral("Leiden University Medical Center"), QStringLiteral("NL"));
    agreement(QStringLiteral("ATMP declaration"), {lund.meta.id, lumc.meta.id});
    agreement(QStringLiteral("Education programme"), {lund.meta.id});
    const auto refused = PartnerRepository(*m_db).remove(lund.meta.id);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, StoreError::Kind::InUse);
    QVERIFY(refused.error().message.contains(QStringLiteral("“ATMP declaration”")));
    QVERIFY(refused.error().message.contains(QStringLiteral("“Education programme”")));
    QVERIFY(PartnerRepository(*m_db).get(lund.meta.id));
    QCOMPARE(AgreementRepository(*m_db).get(1)->parties.size(), 2);
}

void TestRepositories::agreementWithPartiesAndThemes()
{
    const AgreementRepository repo(*m_db);
    const Partner ctc = partner(QStringLiteral("CTC"), QStringLiteral("SE"), PartnerKind::Company);
    const Partner qps = partner(QStringLiteral("QPS"), QStringLiteral("NL"), PartnerKind::Company);
    Agreement a;
    a.title = QStringLiteral("Master Service Agreement");
    a.kind = AgreementKind::Msa;
    a.status = AgreementStatus::Signed;
    a.signedOn = FuzzyDate::month(2023, 9);
    a.themes = QStringList{QStringLiteral("Clinical trials"), QStringLiteral("Early-phase trials")};
    a.parties = {{qps.meta.id, PartyRole::Lead, FuzzyDate::day(2023, 9, 12)},
                 {ctc.meta.id, PartyRole::Signatory, FuzzyDate::month(2023, 9)}};
    const auto stored = repo.create(a);
    QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
    QCOMPARE(stored->parties.size(), 2);
    QCOMPARE(stored->parties.at(0).partnerId, qps.meta.id); // order kept
    QCOMPARE(stored->parties.at(0).role, PartyRole::Lead);
    QCOMPARE(stored->parties.at(0).signedOn, FuzzyDate::day(2023, 9, 12));
    QCOMPARE(stored->themes, a.themes);
    QCOMPARE(stored->signedOn, FuzzyDate::month(2023, 9));

    Agreement edited = *stored;
    edited.parties.removeFirst();
    edited.themes = QStringList{QStringLiteral("clinical trials")};
    const auto updated = repo.update(edited);
    QVERIFY(updated);
    QCOMPARE(updated->parties.size(), 1);
    QCOMPARE(repo.themes().value(), QStringList{QStringLiteral("Clinical trials")}); // unused theme gone

    Agreement sameThemeTwice = *updated;
    sameThemeTwice.themes = QStringList{QStringLiteral("ATMP"), QStringLiteral("atmp "), QStringLiteral("Cardiology")};
    const auto deduplicated = repo.update(sameThemeTwice);
    QVERIFY2(deduplicated, deduplicated ? "" : qPrintable(deduplicated.error().message));
    QCOMPARE(deduplicated->themes, (QStringList{QStringLiteral("ATMP"), QStringLiteral("Cardiology")}));
    edited.meta = deduplicated->meta;

    Agreement twice = edited;
    twice.meta = deduplicated->meta;
    twice.parties.append(twice.parties.first());
    QCOMPARE(repo.update(twice).error().kind, StoreError::Kind::Invalid);
}

void TestRepositories::agreementEndBeforeStartIsRefused()
{
    Agreement a;
    a.title = QStringLiteral("Backwards");
    a.startsOn = FuzzyDate::quarter(2024, 3);
    a.endsOn = FuzzyDate::month(2024, 6);
    const auto refused = AgreementRepository(*m_db).create(a);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("before the start")));
    QCOMPARE(AgreementRepository(*m_db).count().value(), 0);
    a.endsOn = FuzzyDate::month(2024, 7); // inside the start's quarter is fine
    QVERIFY(AgreementRepository(*m_db).create(a));
}

void TestRepositories::listSortsAndFiltersInSql()
{
    const Partner lund = partner(QStringLiteral("Lund University"), QStringLiteral("SE"));
    const Partner lumc = partner(QStringLiteral("Leiden University Medical Center"), QStringLiteral("NL"),
                                 PartnerKind::UniversityHospital);
    const Partner ucr = partner(QStringLiteral("uppsala Clinical Research Center"), QStringLiteral("SE"),
                                PartnerKind::ResearchInstitute);
    const PartnerRepository partners(*m_db);
    ListQuery byName;
    const auto names = [](const QList<Partner> &list) {
        QStringList result;
        for (const Partner &p : list)
            result << p.name;
        return result;
    };
    QCOMPARE(names(*partners.list(byName)), (QStringList{lumc.name, lund.name, ucr.name})); // case-insensitive
    byName.order = Qt::DescendingOrder;
    QCOMPARE(names(*partners.list(byName)), (QStringList{ucr.name, lund.name, lumc.name}));
    ListQuery swedish;
    swedish.filters.insert(QStringLiteral("country"), QStringLiteral("se"));
    QCOMPARE(partners.count(swedish).value(), 2);
    ListQuery window;
    window.offset = 1;
    window.limit = 1;
    QCOMPARE(names(*partners.list(window)), QStringList{lund.name});
    ListQuery search;
    search.search = QStringLiteral("clinical");
    QCOMPARE(names(*partners.list(search)), QStringList{ucr.name});

    const Agreement atmp = agreement(QStringLiteral("ATMP"), {lund.meta.id, lumc.meta.id});
    agreement(QStringLiteral("Registry data"), {ucr.meta.id});
    Milestone late;
    late.agreementId = atmp.meta.id;
    late.title = QStringLiteral("Production facility in Lund ready");
    late.due = FuzzyDate::quarter(2024, 3);
    QVERIFY(MilestoneRepository(*m_db).create(late));
    Milestone done = late;
    done.title = QStringLiteral("NecstGen ready");
    done.due = FuzzyDate::year(2022);
    done.status = MilestoneStatus::Achieved;
    QVERIFY(MilestoneRepository(*m_db).create(done));

    const AgreementRepository agreements(*m_db);
    ListQuery dutch;
    dutch.filters.insert(QStringLiteral("country"), QStringLiteral("NL"));
    QCOMPARE(agreements.count(dutch).value(), 1);
    ListQuery withUcr;
    withUcr.filters.insert(QStringLiteral("partner"), QString::number(ucr.meta.id));
    QCOMPARE(agreements.list(withUcr)->first().title, QStringLiteral("Registry data"));
    ListQuery overdue;
    overdue.filters.insert(QStringLiteral("overdue"), QStringLiteral("1"));
    QCOMPARE(agreements.count(overdue).value(), 1);
    QCOMPARE(MilestoneRepository(*m_db).count(overdue).value(), 1); // the achieved one is not overdue
    ListQuery byDue;
    byDue.sortKey = QStringLiteral("due");
    QCOMPARE(MilestoneRepository(*m_db).list(byDue)->first().title, QStringLiteral("NecstGen ready"));
}

// Each SQL path that counts overdue milestones agrees with Milestone::isOverdueOn() for every status.
void TestRepositories::overdueInSqlIsTheDomainsOverdue()
{
    const Partner lund = partner(QStringLiteral("Lund University"), QStringLiteral("SE"));
    const QDate today = QDate::currentDate();
    const MilestoneRepository milestones(*m_db);
    const AgreementRepository agreements(*m_db);
    QList<qint64> agreementIds;
    qint64 expected = 0;
    for (const MilestoneStatus status : allValues<MilestoneStatus>()) {
        const Agreement holder = agreement(codeOf(status), {lund.meta.id});
        agreementIds << holder.meta.id;
        Milestone m;
        m.agreementId = holder.meta.id;
        m.title = displayNameOf(status);
        m.due = FuzzyDate::year(today.year() - 2);
        m.status = status;
        QVERIFY(milestones.create(m));
        expected += m.isOverdueOn(today) ? 1 : 0;
    }
    QCOMPARE(expected, 3);

    ListQuery overdue;
    overdue.filters.insert(QStringLiteral("overdue"), QStringLiteral("1"));
    QCOMPARE(milestones.count(overdue).value(), expected);
    QCOMPARE(agreements.count(overdue).value(), expected);
    QCOMPARE(agreements.milestoneTally().value().overdue, expected);
    qint64 tallied = 0;
    const QHash<qint64, MilestoneTally> tallies = agreements.milestoneTallies(agreementIds).value();
    for (const MilestoneTally &tally : tallies)
        tallied += tally.overdue;
    QCOMPARE(tallied, expected);
    const QList<MilestoneDensity> density =
        milestones
            .densityInRange(agreementIds, QDate(today.year() - 2, 1, 1), today, MilestoneDensity::Bucket::Year, today)
            .value();
    qint64 open = 0;
    qint64 dense = 0;
    qint64 achieved = 0;
    qint64 closed = 0;
    for (const MilestoneDensity &d : density) {
        open += d.open;
        dense += d.overdue;
        achieved += d.achieved;
        closed += d.closed;
    }
    QCOMPARE(open, expected);
    QCOMPARE(dense, expected);
    QCOMPARE(achieved, 1);
    QCOMPARE(closed, 2);
}

void TestRepositories::searchEscapesWildcards()
{
    partner(QStringLiteral("100% Research"), QStringLiteral("NL"));
    partner(QStringLiteral("1000 Research"), QStringLiteral("NL"));
    partner(QStringLiteral("Health~Holland"), QStringLiteral("NL"), PartnerKind::Network);
    ListQuery query;
    query.search = QStringLiteral("0%");
    QCOMPARE(PartnerRepository(*m_db).count(query).value(), 1);
    query.search = QStringLiteral("'; DROP TABLE partner; --");
    QCOMPARE(PartnerRepository(*m_db).count(query).value(), 0);
    QCOMPARE(PartnerRepository(*m_db).count().value(), 3);
}

void TestRepositories::statementTraceIsToldWhatRanWithItsValues()
{
    partner(QStringLiteral("Lund University"), QStringLiteral("SE"));
    QStringList statements;
    QList<QVariantList> values;
    m_db->setStatementTrace([&](const QString &sql, const QVariantList &bound) {
        statements << sql;
        values << bound;
    });
    ListQuery query;
    query.filters.insert(QStringLiteral("country"), QStringLiteral("SE"));
    QCOMPARE(PartnerRepository(*m_db).count(query).value(), 1);
    QCOMPARE(statements.size(), 1);
    QVERIFY2(statements.first().contains(QLatin1String("FROM partner")), qPrintable(statements.first()));
    QCOMPARE(values.first(), QVariantList{QStringLiteral("SE")});

    m_db->setStatementTrace({});
    QCOMPARE(PartnerRepository(*m_db).count(query).value(), 1);
    QCOMPARE(statements.size(), 1);
}

void TestRepositories::milestoneHistoryIsRecorded()
{
    const Partner lund = partner(QStringLiteral("Lund University"), QStringLiteral("SE"));
    const Agreement a = agreement(QStringLiteral("ATMP"), {lund.meta.id});
    const MilestoneRepository repo(*m_db);
    Milestone m;
    m.agreementId = a.meta.id;
    m.title = QStringLiteral("Production facility in Lund ready");
    m.due = FuzzyDate::quarter(2024, 2);
    Milestone stored = *repo.create(m);
    QVERIFY(repo.history(stored.meta.id)->isEmpty());

    stored.notes = QStringLiteral("notes are not history");
    stored = *repo.update(stored);
    QVERIFY(repo.history(stored.meta.id)->isEmpty());

    stored.due = FuzzyDate::quarter(2024, 3);
    const QDateTime when(QDate(2024, 3, 2), QTime(9, 30), Qt::UTC);
    stored = *repo.update(stored, QStringLiteral("permit delay"), when);
    stored.status = MilestoneStatus::Achieved;
    stored.achievedOn = FuzzyDate::month(2024, 9);
    stored = *repo.update(stored);

    const QList<MilestoneChange> history = *repo.history(stored.meta.id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).oldDue, FuzzyDate::quarter(2024, 2));
    QCOMPARE(history.at(0).newDue, FuzzyDate::quarter(2024, 3));
    QCOMPARE(history.at(0).reason, QStringLiteral("permit delay"));
    QCOMPARE(history.at(0).changedAt, when);
    QVERIFY(history.at(0).isSlip());
    QCOMPARE(history.at(1).oldStatus, std::optional<MilestoneStatus>(MilestoneStatus::Planned));
    QCOMPARE(history.at(1).newStatus, std::optional<MilestoneStatus>(MilestoneStatus::Achieved));
    QVERIFY(!history.at(1).isSlip());
    // Each names who made it: the database user on a server, this computer's user for a file.
    QVERIFY(!m_db->author().isEmpty());
    if (m_db->isOnServer())
        QCOMPARE(m_db->author(), m_db->connection().userName());
    for (const MilestoneChange &change : history)
        QCOMPARE(change.author, m_db->author());
    // A change stored as it is (an import) keeps its author, or names nobody.
    MilestoneChange imported = history.at(0);
    imported.id = 0;
    imported.author = QStringLiteral("anna");
    QCOMPARE(repo.addChange(imported)->author, QStringLiteral("anna"));
    imported.author.clear();
    QVERIFY(repo.addChange(imported));
    const QList<MilestoneChange> all = *repo.history(stored.meta.id);
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.at(1).author, QStringLiteral("anna"));
    QCOMPARE(all.at(2).author, QString());
    QVERIFY(repo.removeChanges({all.at(1).id, all.at(2).id}));

    // A refused update writes no history either.
    Milestone stale = stored;
    stale.meta.version -= 1;
    stale.due = FuzzyDate::year(2030);
    QVERIFY(!repo.update(stale));
    QCOMPARE(repo.history(stored.meta.id)->size(), 2);
}

void TestRepositories::changesBetweenIsHalfOpen()
{
    const Agreement a = agreement(QStringLiteral("A"), {});
    const MilestoneRepository repo(*m_db);
    Milestone m;
    m.agreementId = a.meta.id;
    m.title = QStringLiteral("M");
    const Milestone stored = *repo.create(m);
    for (const QDate &day : {QDate(2022, 9, 30), QDate(2022, 10, 1), QDate(2023, 9, 12), QDate(2023, 10, 1)}) {
        MilestoneChange c;
        c.milestoneId = stored.meta.id;
        c.changedAt = QDateTime(day, QTime(0, 0), Qt::UTC);
        c.reason = day.toString(Qt::ISODate);
        QVERIFY(repo.addChange(c));
    }
    const auto inPeriod = repo.changesBetween(QDateTime(QDate(2022, 10, 1), QTime(0, 0), Qt::UTC),
                                              QDateTime(QDate(2023, 10, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(inPeriod);
    QCOMPARE(inPeriod->size(), 2);
    QCOMPARE(inPeriod->at(0).reason, QStringLiteral("2022-10-01"));
    QCOMPARE(inPeriod->at(1).reason, QStringLiteral("2023-09-12"));
}

void TestRepositories::deletingAnAgreementTakesItsMilestones()
{
    const Agreement a = agreement(QStringLiteral("Doomed"), {partner(QStringLiteral("X"), QString()).meta.id});
    Milestone m;
    m.agreementId = a.meta.id;
    m.title = QStringLiteral("Never");
    m.due = FuzzyDate::year(2030);
    Milestone stored = *MilestoneRepository(*m_db).create(m);
    stored.due = FuzzyDate::year(2031);
    QVERIFY(MilestoneRepository(*m_db).update(stored));
    QVERIFY(AgreementRepository(*m_db).remove(a.meta.id, a.meta.version));
    QSqlQuery q(m_db->connection());
    for (const char *table : {"milestone", "milestone_change", "agreement_party", "agreement_theme"}) {
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    QCOMPARE(PartnerRepository(*m_db).count().value(), 1); // partners stay
}

void TestRepositories::eventsWithParticipants()
{
    const Partner a = partner(QStringLiteral("Health~Holland"), QStringLiteral("NL"), PartnerKind::Network);
    Contact hans;
    hans.partnerId = a.meta.id;
    hans.name = QStringLiteral("Hans Schikan");
    const Contact contact = *ContactRepository(*m_db).create(hans);
    Event e;
    e.title = QStringLiteral("Follow-up");
    e.date = FuzzyDate::day(2023, 9, 12);
    e.place = QStringLiteral("Stockholm");
    e.partnerIds = {a.meta.id};
    e.contactIds = {contact.meta.id};
    const auto stored = EventRepository(*m_db).create(e);
    QVERIFY(stored);
    QCOMPARE(stored->partnerIds, QList<qint64>{a.meta.id});
    QCOMPARE(stored->contactIds, QList<qint64>{contact.meta.id});
    ListQuery withPartner;
    withPartner.filters.insert(QStringLiteral("partner"), QString::number(a.meta.id));
    QCOMPARE(EventRepository(*m_db).count(withPartner).value(), 1);
    Event bad = e;
    bad.partnerIds = {4711};
    QVERIFY(!EventRepository(*m_db).create(bad)); // foreign key
    QCOMPARE(EventRepository(*m_db).count().value(), 1);
}

void TestRepositories::contactsBelongToTheirPartner()
{
    const Partner gov =
        partner(QStringLiteral("Government Offices of Sweden"), QStringLiteral("SE"), PartnerKind::Government);
    Contact c;
    c.partnerId = gov.meta.id;
    c.name = QStringLiteral("Jeanette Edblad");
    QVERIFY(ContactRepository(*m_db).create(c));
    QCOMPARE(ContactRepository(*m_db).listForPartner(gov.meta.id)->size(), 1);
    Contact orphan = c;
    orphan.partnerId = 0;
    QCOMPARE(ContactRepository(*m_db).create(orphan).error().kind, StoreError::Kind::Invalid);
    QVERIFY(PartnerRepository(*m_db).remove(gov.meta.id)); // a partner's contacts go with it
    QVERIFY(ContactRepository(*m_db).list()->isEmpty());
}

void TestRepositories::createKeepsGivenIdsAndTimestamps()
{
    Partner p;
    p.meta.id = 42;
    p.meta.createdAt = QDateTime(QDate(2022, 10, 1), QTime(12, 0), Qt::UTC);
    p.meta.updatedAt = QDateTime(QDate(2023, 9, 12), QTime(12, 0), Qt::UTC);
    p.meta.version = 3;
    p.name = QStringLiteral("NecstGen");
    const auto stored = PartnerRepository(*m_db).create(p);
    QVERIFY(stored);
    QCOMPARE(stored->meta.id, 42);
    QCOMPARE(stored->meta.createdAt, p.meta.createdAt);
    QCOMPARE(stored->meta.updatedAt, p.meta.updatedAt);
    QCOMPARE(stored->meta.version, 3);
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
