// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/agreementrepository.h"
#include "store/bulkrepository.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/historyrepository.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"
#include "store/personerasure.h"
#include "store/trashrepository.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The history of every record: what the store writes in the same transaction as each change, what
// the query API lists, and what a restore writes back.
class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createUpdateAndDeleteAreRecorded();
    void anUpdateRecordsOnlyItsChangedFields();
    void aFailedWriteRecordsNothing();
    void partiesAndThemesAreRecordedAgainstTheirAgreement();
    void participantsAreRecordedAgainstTheirEvent();
    void deletingTakesTheDependentsIntoTheHistory();
    void deletingChangesTheRecordsThatReferToIt();
    void aDeletedRecordGivenBackIsARestore();
    void erasingAPersonErasesTheirHistory();
    void theTrashRecordsItsDeletesAndRestores();
    void filtersByKindPersonAndPeriodNewestFirst();
    void restoresOneValueAndAWholeVersion();
    void restoresAnAgreementsParties();
    void importsAndTheirUndoAreRecorded();
    void historyCanBeSwitchedOffForMeasuring();

private:
    Partner partner(const QString &name);
    QList<HistoryEntry> historyOf(const QString &table, qint64 id);
    // Anna Berg, a contact at that partner, stored.
    Contact anna(qint64 partnerId, const QString &email = QString());
    static QJsonArray change(const QJsonValue &before, const QJsonValue &after) { return QJsonArray{before, after}; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestHistory::init()
{
    qputenv("USER", "alice");
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = TestSupport::createPortfolio(*m_dir, QStringLiteral("h.pactline"));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);
    QVERIFY(m_db->hasHistory());
}

void TestHistory::cleanup()
{
    m_db.reset();
}

Partner TestHistory::partner(const QString &name)
{
    Partner p;
    p.name = name;
    p.kind = PartnerKind::University;
    p.country = QStringLiteral("SE");
    p.city = QStringLiteral("Lund");
    return TestSupport::storedOrWarn(PartnerRepository(*m_db).create(p));
}

Contact TestHistory::anna(qint64 partnerId, const QString &email)
{
    Contact c;
    c.partnerId = partnerId;
    c.name = QStringLiteral("Anna Berg");
    c.email = email;
    return ContactRepository(*m_db).create(c).value();
}

QList<HistoryEntry> TestHistory::historyOf(const QString &table, qint64 id)
{
    HistoryQuery query;
    query.recordTable = table;
    query.recordId = id;
    const Result<QList<HistoryEntry>> entries = HistoryRepository(*m_db).list(query);
    if (!entries)
        qWarning() << entries.error().message;
    return entries ? *entries : QList<HistoryEntry>();
}

void TestHistory::createUpdateAndDeleteAreRecorded()
{
    const PartnerRepository partners(*m_db);
    Partner lund = partner(QStringLiteral("Lund University"));
    lund.name = QStringLiteral("Lunds universitet");
    lund = partners.update(lund).value();
    QVERIFY(partners.remove(lund.meta.id, lund.meta.version));

    const QList<HistoryEntry> entries = historyOf(QStringLiteral("partner"), lund.meta.id);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).action, HistoryEntry::Action::Delete);
    QCOMPARE(entries.at(1).action, HistoryEntry::Action::Update);
    QCOMPARE(entries.at(2).action, HistoryEntry::Action::Create);
    QVERIFY(entries.at(2).changes.isEmpty());
    // On a server the history names the database user (tst_serverroles), on a file the computer's.
    const QString author = m_db->isOnServer() ? m_db->connection().userName() : QStringLiteral("alice");
    for (const HistoryEntry &entry : entries) {
        QCOMPARE(entry.changedBy, author);
        QVERIFY(qAbs(entry.changedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }
    QCOMPARE(entries.at(1).changes.value(QStringLiteral("name")).toArray(),
             change(QStringLiteral("Lund University"), QStringLiteral("Lunds universitet")));
    // A delete keeps every old value.
    const QJsonObject deleted = entries.at(0).changes;
    QCOMPARE(deleted.keys(), (QStringList{QStringLiteral("city"), QStringLiteral("country"), QStringLiteral("kind"),
                                          QStringLiteral("name"), QStringLiteral("notes"), QStringLiteral("short_name"),
                                          QStringLiteral("website")}));
    QCOMPARE(deleted.value(QStringLiteral("kind")).toArray(), change(QStringLiteral("university"), QJsonValue()));
    QCOMPARE(deleted.value(QStringLiteral("name")).toArray(),
             change(QStringLiteral("Lunds universitet"), QJsonValue()));
}

void TestHistory::anUpdateRecordsOnlyItsChangedFields()
{
    const MilestoneRepository milestones(*m_db);
    Agreement a;
    a.title = QStringLiteral("MoU");
    a = AgreementRepository(*m_db).create(a).value();
    Milestone m;
    m.agreementId = a.meta.id;
    m.title = QStringLiteral("Kick-off");
    m.due = FuzzyDate::month(2025, 3);
    m = milestones.create(m).value();
    m.due = FuzzyDate::quarter(2025, 2);
    m.location = QStringLiteral("Malmö");
    m = milestones.update(m).value();
    // Writing the same values again changes nothing, and records nothing.
    m = milestones.update(m).value();

    const QList<HistoryEntry> entries = historyOf(QStringLiteral("milestone"), m.meta.id);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).changes.keys(), (QStringList{QStringLiteral("due"), QStringLiteral("location")}));
    QCOMPARE(entries.at(0).changes.value(QStringLiteral("due")).toArray(),
             change(QStringLiteral("2025-03"), QStringLiteral("2025-Q2")));
    QCOMPARE(entries.at(0).changes.value(QStringLiteral("location")).toArray(),
             change(QStringLiteral(""), QStringLiteral("Malmö")));
    // The milestone's slip history stays as it was.
    QCOMPARE(milestones.history(m.meta.id).value().size(), 1);
}

void TestHistory::aFailedWriteRecordsNothing()
{
    const PartnerRepository partners(*m_db);
    Partner lund = partner(QStringLiteral("Lund University"));
    const qint64 before = HistoryRepository(*m_db).count({}).value();
    const Result<void> failed = m_db->write([&]() -> Result<void> {
        Partner renamed = lund;
        renamed.name = QStringLiteral("Renamed");
        if (auto r = partners.update(renamed); !r)
            return r.error();
        return StoreError{StoreError::Kind::Invalid, QStringLiteral("stop")};
    });
    QVERIFY(!failed);
    QCOMPARE(HistoryRepository(*m_db).count({}).value(), before);
    // A stale version is a conflict: no change, no entry.
    Partner stale = lund;
    stale.meta.version = 7;
    stale.name = QStringLiteral("Stale");
    QVERIFY(!partners.update(stale));
    QCOMPARE(HistoryRepository(*m_db).count({}).value(), before);
}

void TestHistory::partiesAndThemesAreRecordedAgainstTheirAgreement()
{
    const Partner lund = partner(QStringLiteral("Lund University"));
    const Partner kth = partner(QStringLiteral("KTH"));
    const AgreementRepository agreements(*m_db);
    Agreement a;
    a.title = QStringLiteral("Collaboration");
    a.parties = {{lund.meta.id, PartyRole::Lead, FuzzyDate::month(2024, 5)}};
    a.themes = {QStringLiteral("ATMP")};
    a = agreements.create(a).value();
    a.parties << AgreementParty{kth.meta.id, PartyRole::Partner, FuzzyDate()};
    a.themes = QStringList{QStringLiteral("ATMP"), QStringLiteral("Cell therapy")};
    a = agreements.update(a).value();

    const QList<HistoryEntry> entries = historyOf(QStringLiteral("agreement"), a.meta.id);
    QCOMPARE(entries.size(), 2);
    const QJsonObject changes = entries.at(0).changes;
    QCOMPARE(changes.keys(), (QStringList{QStringLiteral("parties"), QStringLiteral("themes")}));
    const QJsonArray lead{lund.meta.id, QStringLiteral("lead"), QStringLiteral("2024-05")};
    QCOMPARE(changes.value(QStringLiteral("parties")).toArray(),
             change(QJsonArray{lead}, QJsonArray{lead, QJsonArray{kth.meta.id, QStringLiteral("partner"), QString()}}));
    QCOMPARE(
        changes.value(QStringLiteral("themes")).toArray(),
        change(QJsonArray{QStringLiteral("ATMP")}, QJsonArray{QStringLiteral("ATMP"), QStringLiteral("Cell therapy")}));
    // No entries of their own for the link rows.
    QCOMPARE(HistoryRepository(*m_db).count({}).value(), qint64(4));
}

void TestHistory::participantsAreRecordedAgainstTheirEvent()
{
    const Partner lund = partner(QStringLiteral("Lund University"));
    const EventRepository events(*m_db);
    Event e;
    e.title = QStringLiteral("Visit");
    e = events.create(e).value();
    e.partnerIds = {lund.meta.id};
    e.place = QStringLiteral("Lund");
    e = events.update(e).value();
    const QList<HistoryEntry> entries = historyOf(QStringLiteral("event"), e.meta.id);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).changes.keys(), (QStringList{QStringLiteral("partners"), QStringLiteral("place")}));
    QCOMPARE(entries.at(0).changes.value(QStringLiteral("partners")).toArray(),
             change(QJsonArray(), QJsonArray{lund.meta.id}));
}

void TestHistory::deletingTakesTheDependentsIntoTheHistory()
{
    const Partner lund = partner(QStringLiteral("Lund University"));
    const Contact c = anna(lund.meta.id, QStringLiteral("anna@example.org"));
    QVERIFY(PartnerRepository(*m_db).remove(lund.meta.id));
    const QList<HistoryEntry> entries = historyOf(QStringLiteral("contact"), c.meta.id);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).action, HistoryEntry::Action::Delete);
    QCOMPARE(entries.at(0).changes.value(QStringLiteral("email")).toArray(),
             change(QStringLiteral("anna@example.org"), QJsonValue()));
}

void TestHistory::deletingChangesTheRecordsThatReferToIt()
{
    const Partner lund = partner(QStringLiteral("Lund University"));
    const Partner kth = partner(QStringLiteral("KTH"));
    const EventRepository events(*m_db);
    Event visit;
    visit.title = QStringLiteral("Visit");
    visit.partnerIds = {lund.meta.id, kth.meta.id};
    visit = events.create(visit).value();
    const AgreementRepository agreements(*m_db);
    Agreement first;
    first.title = QStringLiteral("LoI");
    first = agreements.create(first).value();
    Agreement second;
    second.title = QStringLiteral("MoU");
    second.predecessorId = first.meta.id;
    second.signingEventId = visit.meta.id;
    second = agreements.create(second).value();

    QVERIFY(PartnerRepository(*m_db).remove(kth.meta.id));
    QCOMPARE(events.get(visit.meta.id).value().partnerIds, QList<qint64>{lund.meta.id});
    const HistoryEntry lostPartner = historyOf(QStringLiteral("event"), visit.meta.id).constFirst();
    QCOMPARE(lostPartner.action, HistoryEntry::Action::Update);
    QCOMPARE(lostPartner.changes.value(QStringLiteral("partners")).toArray(),
             change(QJsonArray{lund.meta.id, kth.meta.id}, QJsonArray{lund.meta.id}));

    QVERIFY(agreements.remove(first.meta.id));
    QVERIFY(events.remove(visit.meta.id));
    QCOMPARE(agreements.get(second.meta.id).value().predecessorId, 0);
    const QList<HistoryEntry> entries = historyOf(QStringLiteral("agreement"), second.meta.id);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).changes.value(QStringLiteral("signing_event_id")).toArray(),
             change(visit.meta.id, QJsonValue()));
    QCOMPARE(entries.at(1).changes.value(QStringLiteral("predecessor_id")).toArray(),
             change(first.meta.id, QJsonValue()));
    // Restoring the version before the predecessor went writes its id back, which no row holds any more.
    QVERIFY(!agreements.update(
        agreements.withValues(second.meta.id, HistoryRepository(*m_db).valuesBefore(entries.at(1)).value()).value()));
}

void TestHistory::erasingAPersonErasesTheirHistory()
{
    const Partner lund = partner(QStringLiteral("Lund University"));
    Contact c = anna(lund.meta.id, QStringLiteral("anna@example.org"));
    c.email = QStringLiteral("anna.berg@example.org");
    c = ContactRepository(*m_db).update(c).value();
    QCOMPARE(historyOf(QStringLiteral("contact"), c.meta.id).size(), 2);
    QVERIFY(PersonErasure::erase(*m_db, c.meta.id, c.meta.version));
    QCOMPARE(historyOf(QStringLiteral("contact"), c.meta.id).size(), 0);
    QSqlQuery mentions(m_db->connection());
    QVERIFY(mentions.exec(QStringLiteral("SELECT count(*) FROM history WHERE changes LIKE '%Anna%'")));
    QVERIFY(mentions.next());
    QCOMPARE(mentions.value(0).toInt(), 0);
}

void TestHistory::theTrashRecordsItsDeletesAndRestores()
{
    const Partner lund = partner(QStringLiteral("Lund University"));
    const Contact c = anna(lund.meta.id);
    const TrashRepository trash(*m_db);
    const Result<qint64> trashed = trash.moveToTrash(QStringLiteral("partner"), {lund.meta.id});
    QVERIFY2(trashed, trashed ? "" : qPrintable(trashed.error().message));
    QCOMPARE(historyOf(QStringLiteral("partner"), lund.meta.id).constFirst().action, HistoryEntry::Action::Delete);
    QCOMPARE(historyOf(QStringLiteral("contact"), c.meta.id).constFirst().action, HistoryEntry::Action::Delete);
    QVERIFY(trash.restore(*trashed));
    QCOMPARE(historyOf(QStringLiteral("partner"), lund.meta.id).constFirst().action, HistoryEntry::Action::Restore);
    QCOMPARE(historyOf(QStringLiteral("contact"), c.meta.id).constFirst().action, HistoryEntry::Action::Restore);
    QCOMPARE(historyOf(QStringLiteral("partner"), lund.meta.id).size(), 3);
}

void TestHistory::aDeletedRecordGivenBackIsARestore()
{
    const PartnerRepository partners(*m_db);
    const Partner lund = partner(QStringLiteral("Lund University"));
    QVERIFY(partners.remove(lund.meta.id));
    QVERIFY(partners.create(lund)); // with its id, as undo gives it back
    const QList<HistoryEntry> entries = historyOf(QStringLiteral("partner"), lund.meta.id);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).action, HistoryEntry::Action::Restore);
}

void TestHistory::filtersByKindPersonAndPeriodNewestFirst()
{
    if (m_db->isOnServer())
        QSKIP("the people here are users of this computer (USER); on a server they are the database's users, "
              "whom tst_serverroles names");
    const Partner lund = partner(QStringLiteral("Lund University"));
    qputenv("USER", "bob");
    Partner renamed = lund;
    renamed.name = QStringLiteral("Lunds universitet");
    QVERIFY(PartnerRepository(*m_db).update(renamed));
    Event e;
    e.title = QStringLiteral("Visit");
    QVERIFY(EventRepository(*m_db).create(e));
    // Another tool's entry from last year.
    QSqlQuery old(m_db->connection());
    QVERIFY(old.exec(QStringLiteral("INSERT INTO history (changed_at, changed_by, record_table, record_id, action, "
                                    "changes) VALUES ('2025-06-30T23:59:59.000Z', 'carol', 'partner', %1, 'update', "
                                    "'{}')")
                         .arg(lund.meta.id)));

    const HistoryRepository history(*m_db);
    HistoryQuery all;
    const QList<HistoryEntry> entries = history.list(all).value();
    QCOMPARE(entries.size(), 4);
    for (int i = 1; i < entries.size(); ++i)
        QVERIFY(entries.at(i - 1).id > entries.at(i).id);
    HistoryQuery partners;
    partners.recordTable = QStringLiteral("partner");
    QCOMPARE(history.count(partners).value(), qint64(3));
    HistoryQuery bob;
    bob.changedBy = QStringLiteral("bob");
    QCOMPARE(history.count(bob).value(), qint64(2));
    HistoryQuery june;
    june.from = QDate(2025, 6, 1);
    june.to = QDate(2025, 6, 30);
    const QList<HistoryEntry> inJune = history.list(june).value();
    QCOMPARE(inJune.size(), 1);
    QCOMPARE(inJune.constFirst().changedBy, QStringLiteral("carol"));
    june.to = QDate(2025, 6, 29);
    QCOMPARE(history.count(june).value(), qint64(0));
    HistoryQuery page;
    page.limit = 2;
    page.offset = 1;
    const QList<HistoryEntry> second = history.list(page).value();
    QCOMPARE(second.size(), 2);
    QCOMPARE(second.constFirst().id, entries.at(1).id);
    QCOMPARE(history.people().value(),
             (QStringList{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")}));
}

void TestHistory::restoresOneValueAndAWholeVersion()
{
    const PartnerRepository partners(*m_db);
    Partner p = partner(QStringLiteral("Lund University"));
    p.name = QStringLiteral("Lunds universitet");
    p.kind = PartnerKind::ResearchInstitute;
    p = partners.update(p).value();
    p.name = QStringLiteral("LU");
    p.city = QStringLiteral("Malmö");
    p = partners.update(p).value();
    const QList<HistoryEntry> entries = historyOf(QStringLiteral("partner"), p.meta.id);
    QCOMPARE(entries.size(), 3);
    const HistoryEntry firstEdit = entries.at(1);
    const HistoryRepository history(*m_db);

    // One value: the name before the first edit; the rest stays as it is.
    const QJsonObject name = history.valuesBefore(firstEdit, QStringLiteral("name")).value();
    const Partner oneValue = partners.withValues(p.meta.id, name).value();
    QCOMPARE(oneValue.name, QStringLiteral("Lund University"));
    QCOMPARE(oneValue.city, QStringLiteral("Malmö"));
    QCOMPARE(oneValue.kind, PartnerKind::ResearchInstitute);
    QCOMPARE(oneValue.meta.version, p.meta.version);

    // The whole version before the first edit.
    const Partner version = partners.withValues(p.meta.id, history.valuesBefore(firstEdit).value()).value();
    QCOMPARE(version.name, QStringLiteral("Lund University"));
    QCOMPARE(version.city, QStringLiteral("Lund"));
    QCOMPARE(version.kind, PartnerKind::University);
    // Written as an ordinary update, which is recorded like any other.
    const Partner written = partners.update(version).value();
    QCOMPARE(written.name, QStringLiteral("Lund University"));
    const QList<HistoryEntry> after = historyOf(QStringLiteral("partner"), p.meta.id);
    QCOMPARE(after.size(), 4);
    QCOMPARE(after.constFirst().changes.keys(),
             (QStringList{QStringLiteral("city"), QStringLiteral("kind"), QStringLiteral("name")}));
}

void TestHistory::restoresAnAgreementsParties()
{
    const Partner lund = partner(QStringLiteral("Lund University"));
    const Partner kth = partner(QStringLiteral("KTH"));
    const AgreementRepository agreements(*m_db);
    Agreement a;
    a.title = QStringLiteral("Collaboration");
    a.signedOn = FuzzyDate::month(2024, 5);
    a.parties = {{lund.meta.id, PartyRole::Lead, FuzzyDate::month(2024, 5)}};
    a.themes = {QStringLiteral("ATMP")};
    a = agreements.create(a).value();
    a.parties = {{kth.meta.id, PartyRole::Partner, FuzzyDate()}};
    a.themes = {};
    a.signedOn = FuzzyDate();
    a = agreements.update(a).value();
    const HistoryEntry edit = historyOf(QStringLiteral("agreement"), a.meta.id).constFirst();
    const Agreement restored =
        agreements.withValues(a.meta.id, HistoryRepository(*m_db).valuesBefore(edit).value()).value();
    QCOMPARE(restored.parties.size(), 1);
    QCOMPARE(restored.parties.constFirst().partnerId, lund.meta.id);
    QCOMPARE(restored.parties.constFirst().role, PartyRole::Lead);
    QCOMPARE(restored.parties.constFirst().signedOn, FuzzyDate::month(2024, 5));
    QCOMPARE(restored.themes, QStringList{QStringLiteral("ATMP")});
    QCOMPARE(restored.signedOn, FuzzyDate::month(2024, 5));
    QVERIFY(agreements.update(restored));
}

void TestHistory::importsAndTheirUndoAreRecorded()
{
    Agreement a;
    a.title = QStringLiteral("MoU");
    a = AgreementRepository(*m_db).create(a).value();
    QList<Milestone> milestones;
    for (int i = 0; i < 150; ++i) {
        Milestone m;
        m.agreementId = a.meta.id;
        m.title = QStringLiteral("Step %1").arg(i);
        milestones << m;
    }
    const BulkRepository bulk(*m_db);
    QVERIFY(bulk.createMilestones(milestones));
    const HistoryRepository history(*m_db);
    HistoryQuery kind;
    kind.recordTable = QStringLiteral("milestone");
    QCOMPARE(history.count(kind).value(), qint64(150));
    QCOMPARE(historyOf(QStringLiteral("milestone"), milestones.at(42).meta.id).constFirst().action,
             HistoryEntry::Action::Create);
    QVERIFY(bulk.removeAgreements({a.meta.id}));
    const QList<HistoryEntry> gone = historyOf(QStringLiteral("milestone"), milestones.at(42).meta.id);
    QCOMPARE(gone.size(), 2);
    QCOMPARE(gone.constFirst().action, HistoryEntry::Action::Delete);
    QCOMPARE(gone.constFirst().changes.value(QStringLiteral("title")).toArray(),
             change(QStringLiteral("Step 42"), QJsonValue()));
    QCOMPARE(historyOf(QStringLiteral("agreement"), a.meta.id).constFirst().action, HistoryEntry::Action::Delete);
}

void TestHistory::historyCanBeSwitchedOffForMeasuring()
{
    m_db->setHistoryOffForMeasuring(true);
    partner(QStringLiteral("Lund University"));
    QCOMPARE(HistoryRepository(*m_db).count({}).value(), qint64(0));
    m_db->setHistoryOffForMeasuring(false);
    partner(QStringLiteral("KTH"));
    QCOMPARE(HistoryRepository(*m_db).count({}).value(), qint64(1));
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
