// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Deletion plans and the trash on real portfolio files: what a delete takes with it, blocks it or
// clears, computed from the store; moving to the trash and restoring, row for row, ids, timestamps
// and versions included; refusals that change nothing; emptying.
#include "domain/osuser.h"
#include "store/agreementrepository.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/deletionplan.h"
#include "store/eventrepository.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"
#include "store/personerasure.h"
#include "store/portfoliocheck.h"
#include "store/trashrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

class TestTrash : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void foreignKeysAreTheSchemas();
    void planOfAnAgreement();
    void planOfAPartyIsBlocked();
    void planOfAPartnerAndOfAnEvent();
    void agreementComesBackRowForRow();
    void restoreNeedingADeletedPartnerIsRefusedUnchanged();
    void themeMadeAgainIsShared();
    void staleVersionIsAConflict();
    void nameTakenSinceIsRefusedUnchanged();
    void anErasedPersonLeavesTheTrash();
    void purgeAndEmpty();

private:
    // Every row of every table, as text, in id order.
    QStringList snapshot() const;
    qint64 addPartner(const QString &name);
    void closeAndCheck();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_uni = 0, m_lab = 0;
    Agreement m_loi, m_mou;
    Event m_signing;
    QList<qint64> m_milestones;
};

qint64 TestTrash::addPartner(const QString &name)
{
    Partner p;
    p.name = name;
    p.kind = PartnerKind::University;
    p.country = QStringLiteral("NL");
    const auto stored = PartnerRepository(*m_db).create(p);
    return stored ? stored->meta.id : 0;
}

void TestTrash::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = TestSupport::createPortfolio(*m_dir);
    QVERIFY(db);
    m_db = std::move(*db);
    m_uni = addPartner(QStringLiteral("Utrecht University"));
    m_lab = addPartner(QStringLiteral("Health Lab"));
    QVERIFY(m_uni > 0 && m_lab > 0);
    Contact anna;
    anna.partnerId = m_lab;
    anna.name = QStringLiteral("Anna de Vries");
    const auto contact = ContactRepository(*m_db).create(anna);
    QVERIFY(contact);
    Event signing;
    signing.title = QStringLiteral("Signing day");
    signing.date = FuzzyDate::day(2024, 3, 1);
    signing.partnerIds = {m_lab};
    signing.contactIds = {contact->meta.id};
    const auto event = EventRepository(*m_db).create(signing);
    QVERIFY(event);
    m_signing = *event;

    const AgreementRepository agreements(*m_db);
    Agreement loi;
    loi.title = QStringLiteral("Letter of intent");
    loi.kind = AgreementKind::Mou;
    loi.status = AgreementStatus::Active;
    loi.signingEventId = m_signing.meta.id;
    loi.themes = {QStringLiteral("Oncology"), QStringLiteral("Shared theme")};
    loi.parties = {{m_uni, PartyRole::Signatory, FuzzyDate::day(2024, 3, 1)}, {m_lab, PartyRole::Partner, {}}};
    const auto storedLoi = agreements.create(loi);
    QVERIFY2(storedLoi, storedLoi ? "" : qPrintable(storedLoi.error().message));
    m_loi = *storedLoi;
    Agreement mou;
    mou.title = QStringLiteral("Memorandum");
    mou.kind = AgreementKind::Mou;
    mou.predecessorId = m_loi.meta.id;
    mou.signingEventId = m_signing.meta.id;
    mou.themes = {QStringLiteral("Shared theme")};
    mou.parties = {{m_uni, PartyRole::Signatory, {}}};
    const auto storedMou = agreements.create(mou);
    QVERIFY(storedMou);
    m_mou = *storedMou;

    const MilestoneRepository milestones(*m_db);
    m_milestones.clear();
    for (int i = 0; i < 3; ++i) {
        Milestone m;
        m.agreementId = m_loi.meta.id;
        m.title = QStringLiteral("Milestone %1").arg(i);
        m.due = FuzzyDate::quarter(2025, 1 + i);
        const auto created = milestones.create(m);
        QVERIFY(created);
        Milestone moved = *created;
        moved.due = moved.due.addUnits(1);
        moved.status = MilestoneStatus::AtRisk;
        QVERIFY(milestones.update(moved, QStringLiteral("slipped")));
        m_milestones << created->meta.id;
    }
}

void TestTrash::cleanup()
{
    m_db.reset();
}

QStringList TestTrash::snapshot() const
{
    QStringList rows;
    for (const QString &table : DeletionPlan::tablesInOrder()) {
        QSqlQuery q(m_db->connection());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
            return {q.lastQuery()};
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << q.record().fieldName(i) + QLatin1Char('=') +
                              (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows << table + QLatin1Char(' ') + values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

void TestTrash::closeAndCheck()
{
    const QString path = m_db->path();
    m_db.reset();
    const PortfolioCheck check = PortfolioCheck::run(path);
    QVERIFY2(check.outcome == PortfolioCheck::Outcome::Healthy, qPrintable(check.findings.join(QLatin1Char('\n'))));
    auto db = Database::open(path);
    QVERIFY(db);
    m_db = std::move(*db);
}

void TestTrash::foreignKeysAreTheSchemas()
{
    QStringList actual;
    // Column, table referred to and action, as SQLite's PRAGMA or PostgreSQL's catalog lists them.
    const QString sql =
        m_db->isOnServer()
            ? QStringLiteral("SELECT a.attname, r.relname, CASE k.confdeltype WHEN 'c' THEN 'CASCADE' "
                             "WHEN 'r' THEN 'RESTRICT' WHEN 'n' THEN 'SET NULL' END FROM pg_constraint k "
                             "JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class r ON r.oid = "
                             "k.confrelid JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = "
                             "k.conkey[1] WHERE k.contype = 'f' AND c.relname = '%1'")
            : QStringLiteral("SELECT \"from\", \"table\", on_delete FROM pragma_foreign_key_list('%1')");
    for (const QString &table : DeletionPlan::tablesInOrder()) {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(sql.arg(table)));
        while (q.next())
            actual << QStringLiteral("%1.%2 -> %3 %4")
                          .arg(table, q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    QStringList planned;
    for (const DeletionPlan::ForeignKey &key : DeletionPlan::foreignKeys())
        planned << QStringLiteral("%1.%2 -> %3 %4")
                       .arg(key.table, key.column, key.parent,
                            key.onDelete == DeletionPlan::OnDelete::Cascade    ? QStringLiteral("CASCADE")
                            : key.onDelete == DeletionPlan::OnDelete::Restrict ? QStringLiteral("RESTRICT")
                                                                               : QStringLiteral("SET NULL"));
    actual.sort();
    planned.sort();
    QCOMPARE(planned, actual);
    // Each table comes after the tables it refers to (an agreement may refer to another).
    for (const DeletionPlan::ForeignKey &key : DeletionPlan::foreignKeys())
        QVERIFY(DeletionPlan::tablesInOrder().indexOf(key.parent) <= DeletionPlan::tablesInOrder().indexOf(key.table));
}

void TestTrash::planOfAnAgreement()
{
    const auto plan = DeletionPlan::of(*m_db, QStringLiteral("agreement"), {m_loi.meta.id});
    QVERIFY(plan);
    QVERIFY(!plan->isBlocked());
    QCOMPARE(plan->label(m_loi.meta.id), QStringLiteral("Letter of intent"));
    QCOMPARE(plan->count(QStringLiteral("agreement")), 1);
    QCOMPARE(plan->count(QStringLiteral("agreement_party")), 2);
    QCOMPARE(plan->count(QStringLiteral("agreement_theme")), 2);
    QCOMPARE(plan->count(QStringLiteral("theme")), 1); // "Oncology"; the memorandum keeps "Shared theme"
    QCOMPARE(plan->count(QStringLiteral("milestone"), m_loi.meta.id), 3);
    QCOMPARE(plan->count(QStringLiteral("milestone_change")), 3);
    QCOMPARE(plan->count(QStringLiteral("partner")), 0);
    QCOMPARE(plan->cleared().size(), 1);
    QCOMPARE(plan->cleared().first().table, QStringLiteral("agreement"));
    QCOMPARE(plan->cleared().first().id, m_mou.meta.id);
    QCOMPARE(plan->cleared().first().column, QStringLiteral("predecessor_id"));
    QCOMPARE(plan->clearedCount(m_loi.meta.id), 1);

    // Both agreements: nothing outside is left pointing at them, and both themes go.
    const auto both = DeletionPlan::of(*m_db, QStringLiteral("agreement"), {m_loi.meta.id, m_mou.meta.id});
    QVERIFY(both);
    QCOMPARE(both->count(QStringLiteral("theme")), 2);
    QVERIFY(both->cleared().isEmpty());
    QCOMPARE(both->count(QStringLiteral("agreement_party"), m_mou.meta.id), 1);

    const auto missing = DeletionPlan::of(*m_db, QStringLiteral("agreement"), {999});
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, StoreError::Kind::NotFound);
}

void TestTrash::planOfAPartyIsBlocked()
{
    const auto plan = DeletionPlan::of(*m_db, QStringLiteral("partner"), {m_uni});
    QVERIFY(plan);
    QVERIFY(plan->isBlocked());
    QStringList holders;
    for (const DeletionPlan::Blocker &blocker : plan->blockers()) {
        QCOMPARE(blocker.table, QStringLiteral("agreement"));
        QCOMPARE(blocker.rootId, m_uni);
        holders << blocker.label;
    }
    holders.sort();
    QCOMPARE(holders, (QStringList{QStringLiteral("Letter of intent"), QStringLiteral("Memorandum")}));
    const auto moved = TrashRepository(*m_db).moveToTrash(QStringLiteral("partner"), {m_uni});
    QVERIFY(!moved);
    QCOMPARE(moved.error().kind, StoreError::Kind::InUse);
    QVERIFY2(moved.error().message.contains(QStringLiteral("“Memorandum”")), qPrintable(moved.error().message));

    const auto theme = DeletionPlan::of(*m_db, QStringLiteral("theme"), {1});
    QVERIFY(theme);
    QVERIFY(theme->isBlocked());
    QCOMPARE(theme->blockers().first().label, QStringLiteral("Letter of intent"));
}

void TestTrash::planOfAPartnerAndOfAnEvent()
{
    // The lab without its agreements: it takes its contact and both participations with it.
    const AgreementRepository agreements(*m_db);
    Agreement loi = *agreements.get(m_loi.meta.id);
    loi.parties.removeLast();
    QVERIFY(agreements.update(loi));
    const auto partner = DeletionPlan::of(*m_db, QStringLiteral("partner"), {m_lab});
    QVERIFY(partner);
    QVERIFY(!partner->isBlocked());
    QCOMPARE(partner->count(QStringLiteral("contact"), m_lab), 1);
    QCOMPARE(partner->count(QStringLiteral("event_partner")), 1);
    QCOMPARE(partner->count(QStringLiteral("event_contact")), 1);
    QVERIFY(partner->cleared().isEmpty());

    const auto event = DeletionPlan::of(*m_db, QStringLiteral("event"), {m_signing.meta.id});
    QVERIFY(event);
    QCOMPARE(event->count(QStringLiteral("event_partner")), 1);
    QCOMPARE(event->count(QStringLiteral("event_contact")), 1);
    QCOMPARE(event->clearedCount(m_signing.meta.id), 2); // where both agreements were signed
    QCOMPARE(event->count(QStringLiteral("agreement")), 0);
}

void TestTrash::agreementComesBackRowForRow()
{
    const QStringList before = snapshot();
    const TrashRepository trash(*m_db);
    const auto trashId = trash.moveToTrash(QStringLiteral("agreement"), {m_loi.meta.id}, {{m_loi.meta.id, 1}});
    QVERIFY2(trashId, trashId ? "" : qPrintable(trashId.error().message));
    QVERIFY(!AgreementRepository(*m_db).get(m_loi.meta.id));
    QCOMPARE(AgreementRepository(*m_db).get(m_mou.meta.id)->predecessorId, qint64(0));
    QCOMPARE(MilestoneRepository(*m_db).listForAgreement(m_loi.meta.id)->size(), 0);
    QCOMPARE(*trash.count(), qint64(1));
    const auto entries = trash.list();
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    const TrashEntry &entry = entries->first();
    QCOMPARE(entry.id, *trashId);
    QCOMPARE(entry.table, QStringLiteral("agreement"));
    QCOMPARE(entry.recordId, m_loi.meta.id);
    QCOMPARE(entry.label, QStringLiteral("Letter of intent"));
    QCOMPARE(entry.recordCount, 1);
    QCOMPARE(entry.rows.value(QStringLiteral("milestone")), 3);
    QCOMPARE(entry.rows.value(QStringLiteral("milestone_change")), 3);
    QCOMPARE(entry.rows.value(QStringLiteral("agreement_party")), 2);
    QCOMPARE(entry.rows.value(QStringLiteral("theme")), 1);
    QVERIFY(entry.deletedAt.isValid());
    QCOMPARE(entry.deletedBy, m_db->isOnServer() ? m_db->connection().userName() : osUserName());
    closeAndCheck();

    QVERIFY2(TrashRepository(*m_db).restore(*trashId), "restore");
    QCOMPARE(snapshot(), before);
    QCOMPARE(*TrashRepository(*m_db).count(), qint64(0));
    closeAndCheck();
    // A restored entry is gone from the trash.
    const auto again = TrashRepository(*m_db).restore(*trashId);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, StoreError::Kind::NotFound);

    // Both agreements in one entry, the memorandum following the letter of intent within it.
    const auto both = TrashRepository(*m_db).moveToTrash(QStringLiteral("agreement"), {m_mou.meta.id, m_loi.meta.id});
    QVERIFY(both);
    QCOMPARE(TrashRepository(*m_db).list()->first().recordCount, 2);
    QCOMPARE(TrashRepository(*m_db).list()->first().rows.value(QStringLiteral("theme")), 2);
    QVERIFY(TrashRepository(*m_db).restore(*both));
    QCOMPARE(snapshot(), before);
    closeAndCheck();
}

void TestTrash::restoreNeedingADeletedPartnerIsRefusedUnchanged()
{
    const TrashRepository trash(*m_db);
    const auto memorandum = trash.moveToTrash(QStringLiteral("agreement"), {m_mou.meta.id});
    QVERIFY(memorandum);
    const auto loi = trash.moveToTrash(QStringLiteral("agreement"), {m_loi.meta.id});
    QVERIFY(loi);
    const auto university = trash.moveToTrash(QStringLiteral("partner"), {m_uni});
    QVERIFY2(university, university ? "" : qPrintable(university.error().message));
    const QStringList before = snapshot();
    const auto refused = trash.restore(*memorandum);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, StoreError::Kind::InUse);
    QVERIFY2(refused.error().message.contains(QStringLiteral("“Utrecht University”")),
             qPrintable(refused.error().message));
    QCOMPARE(snapshot(), before);
    QCOMPARE(*trash.count(), qint64(3));

    // In order it works: the partner, then the memorandum, whose predecessor is still in the trash:
    // it comes back without that link, as the predecessor's delete would have left it.
    QVERIFY(trash.restore(*university));
    QVERIFY(trash.restore(*memorandum));
    QCOMPARE(AgreementRepository(*m_db).get(m_mou.meta.id)->predecessorId, qint64(0));
    QVERIFY(trash.restore(*loi));
    QCOMPARE(AgreementRepository(*m_db).get(m_loi.meta.id)->themes.size(), 2);
    QCOMPARE(AgreementRepository(*m_db).get(m_mou.meta.id)->themes, QStringList{QStringLiteral("Shared theme")});
    closeAndCheck();
}

void TestTrash::themeMadeAgainIsShared()
{
    const TrashRepository trash(*m_db);
    const auto loi = trash.moveToTrash(QStringLiteral("agreement"), {m_loi.meta.id});
    QVERIFY(loi);
    Agreement other;
    other.title = QStringLiteral("Other");
    other.themes = {QStringLiteral("oncology")};
    QVERIFY(AgreementRepository(*m_db).create(other));
    QVERIFY(trash.restore(*loi));
    const auto restored = AgreementRepository(*m_db).get(m_loi.meta.id);
    QVERIFY(restored);
    QCOMPARE(restored->themes.size(), 2);
    QVERIFY(restored->themes.contains(QStringLiteral("oncology"), Qt::CaseInsensitive));
    closeAndCheck();
}

void TestTrash::staleVersionIsAConflict()
{
    const auto moved = TrashRepository(*m_db).moveToTrash(QStringLiteral("agreement"), {m_loi.meta.id},
                                                          {{m_loi.meta.id, m_loi.meta.version + 5}});
    QVERIFY(!moved);
    QCOMPARE(moved.error().kind, StoreError::Kind::Conflict);
    QVERIFY(AgreementRepository(*m_db).get(m_loi.meta.id));
    QCOMPARE(*TrashRepository(*m_db).count(), qint64(0));
}

void TestTrash::nameTakenSinceIsRefusedUnchanged()
{
    const TrashRepository trash(*m_db);
    Agreement loi = *AgreementRepository(*m_db).get(m_loi.meta.id);
    loi.parties.removeLast();
    QVERIFY(AgreementRepository(*m_db).update(loi));
    const auto lab = trash.moveToTrash(QStringLiteral("partner"), {m_lab});
    QVERIFY(lab);
    QVERIFY(addPartner(QStringLiteral("Health Lab")) > 0); // the same name in the same country
    const QStringList before = snapshot();
    const auto refused = trash.restore(*lab);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.startsWith(QStringLiteral("the partner “Health Lab” cannot come back")),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("a record added since has the same name")),
             qPrintable(refused.error().message));
    QCOMPARE(snapshot(), before);
    QCOMPARE(*trash.count(), qint64(1));
}

void TestTrash::anErasedPersonLeavesTheTrash()
{
    const TrashRepository trash(*m_db);
    // The signing day, attended by Anna, goes to the trash; erasing Anna takes her attendance out.
    const qint64 anna = m_signing.contactIds.constFirst();
    const auto event = trash.moveToTrash(QStringLiteral("event"), {m_signing.meta.id});
    QVERIFY(event);
    QCOMPARE(trash.list()->first().rows.value(QStringLiteral("event_contact")), 1);
    const auto erased = PersonErasure::erase(*m_db, anna, 1);
    QVERIFY2(erased, erased ? "" : qPrintable(erased.error().message));
    QCOMPARE(trash.list()->first().rows.value(QStringLiteral("event_contact")), 0);
    QVERIFY(trash.restore(*event));
    QVERIFY(EventRepository(*m_db).get(m_signing.meta.id)->contactIds.isEmpty());
    QCOMPARE(EventRepository(*m_db).get(m_signing.meta.id)->partnerIds, m_signing.partnerIds);

    // A person in the trash with their partner, and one in the trash alone.
    Contact bo;
    bo.partnerId = m_lab;
    bo.name = QStringLiteral("Bo Ek");
    const qint64 boId = ContactRepository(*m_db).create(bo)->meta.id;
    Contact cy;
    cy.partnerId = m_uni;
    cy.name = QStringLiteral("Cy Lund");
    const qint64 cyId = ContactRepository(*m_db).create(cy)->meta.id;
    Agreement loi = *AgreementRepository(*m_db).get(m_loi.meta.id);
    loi.parties.removeLast();
    QVERIFY(AgreementRepository(*m_db).update(loi));
    const auto lab = trash.moveToTrash(QStringLiteral("partner"), {m_lab});
    QVERIFY(lab);
    QVERIFY(trash.moveToTrash(QStringLiteral("contact"), {cyId}));
    QCOMPARE(*trash.count(), qint64(2));
    QCOMPARE(*trash.forgetContact(boId), 1);
    QCOMPARE(*trash.forgetContact(cyId), 1);
    QCOMPARE(*trash.count(), qint64(1)); // Cy's own entry held nothing else
    QCOMPARE(trash.list()->first().rows.value(QStringLiteral("contact")), 0);
    QVERIFY(trash.restore(*lab));
    QVERIFY(ContactRepository(*m_db).listForPartner(m_lab)->isEmpty());
    QVERIFY(!ContactRepository(*m_db).get(cyId));
    closeAndCheck();
}

void TestTrash::purgeAndEmpty()
{
    const TrashRepository trash(*m_db);
    const auto event = trash.moveToTrash(QStringLiteral("event"), {m_signing.meta.id});
    QVERIFY(event);
    QCOMPARE(AgreementRepository(*m_db).get(m_mou.meta.id)->signingEventId, qint64(0));
    const auto milestone = trash.moveToTrash(QStringLiteral("milestone"), {m_milestones.first()});
    QVERIFY(milestone);
    const auto contact = trash.moveToTrash(QStringLiteral("contact"), {1});
    QVERIFY(contact);
    QVERIFY(trash.purge(*event));
    QCOMPARE(*trash.count(), qint64(2));
    QCOMPARE(trash.purge(*event).error().kind, StoreError::Kind::NotFound);
    QVERIFY(trash.empty());
    QCOMPARE(*trash.count(), qint64(0));
    closeAndCheck();
}

QTEST_GUILESS_MAIN(TestTrash)
#include "tst_trash.moc"
