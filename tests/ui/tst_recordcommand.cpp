// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Undo commands on a real portfolio: deletions take along everything that goes with a record
// and undo brings it back exactly (ids, versions, links, history); a command runs in one
// transaction; undo and redo refuse to write over someone else's change.
#include "records/recordactions.h"
#include "records/recordcommand.h"
#include "store/agreementrepository.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"
#include "store/trashrepository.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestRecordCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void partnerGoesWithContactsAndParticipation();
    void eventGoesAndItsSigningsComeBack();
    void agreementGoesWithMilestonesHistoryAndSuccessorLinks();
    void addAndDuplicateKeepTheirIdsThroughUndoAndRedo();
    void aCommandIsOneTransaction();
    void undoAndRedoRefuseToOverwriteOthers();

private:
    qint64 partnerId(const QString &name) const;
    void push(std::unique_ptr<RecordCommand> command);

    TestSupport::SampleFixture m_sample;
    std::unique_ptr<QUndoStack> m_stack;
    QList<StoreError> m_failures;
};

void TestRecordCommand::init()
{
    QVERIFY(m_sample.open());
    m_stack = std::make_unique<QUndoStack>();
    m_failures.clear();
}

void TestRecordCommand::cleanup()
{
    m_stack.reset();
    m_sample.close();
}

qint64 TestRecordCommand::partnerId(const QString &name) const
{
    const auto id = PartnerRepository(*m_sample.db).findByName(name);
    return id ? *id : 0;
}

void TestRecordCommand::push(std::unique_ptr<RecordCommand> command)
{
    command->setFailureHandler([this](const StoreError &error) { m_failures << error; });
    const Result<void> done = command->execute();
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    m_stack->push(command.release());
}

void TestRecordCommand::partnerGoesWithContactsAndParticipation()
{
    const qint64 health = partnerId(QStringLiteral("Health~Holland"));
    const auto contacts = ContactRepository(*m_sample.db).listForPartner(health);
    QCOMPARE(contacts->size(), 1);
    const qint64 contact = contacts->first().meta.id;
    // Make the partner and its contact take part in the follow-up event.
    const EventRepository events(*m_sample.db);
    Event followUp = events.list({})->last();
    if (!followUp.partnerIds.contains(health))
        followUp.partnerIds.append(health);
    if (!followUp.contactIds.contains(contact))
        followUp.contactIds.append(contact);
    const auto updated = events.update(followUp);
    QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message));
    followUp = *updated;
    const Partner before = *PartnerRepository(*m_sample.db).get(health);

    auto deletion = RecordActions::remove(*m_sample.db, RecordSelection::Kind::Partner, {health});
    QVERIFY(deletion);
    QVERIFY(deletion->refusal.isEmpty());
    QCOMPARE(deletion->question, QStringLiteral("Delete 1 partner? Its contact goes with it."));
    QSignalSpy changed(m_sample.db.get(), &Database::changed);
    push(std::move(deletion->command));
    QCOMPARE(changed.count(), 1); // one transaction
    QVERIFY(!PartnerRepository(*m_sample.db).get(health));
    QVERIFY(!ContactRepository(*m_sample.db).get(contact));
    QVERIFY(!events.get(followUp.meta.id)->partnerIds.contains(health));

    m_stack->undo();
    const auto partner = PartnerRepository(*m_sample.db).get(health);
    QVERIFY(partner);
    QCOMPARE(partner->name, before.name);
    QCOMPARE(partner->meta.version, before.meta.version);
    QCOMPARE(partner->meta.createdAt, before.meta.createdAt);
    QCOMPARE(ContactRepository(*m_sample.db).get(contact)->name, contacts->first().name);
    const Event restored = *events.get(followUp.meta.id);
    QCOMPARE(restored.partnerIds, followUp.partnerIds);
    QCOMPARE(restored.contactIds, followUp.contactIds);
    m_stack->redo();
    QVERIFY(!PartnerRepository(*m_sample.db).get(health));
    QVERIFY(m_failures.isEmpty());
}

void TestRecordCommand::eventGoesAndItsSigningsComeBack()
{
    const EventRepository events(*m_sample.db);
    const Event stateVisit = events.list({})->first();
    ListQuery signedThere;
    signedThere.filters.insert(QStringLiteral("signing_event"), QString::number(stateVisit.meta.id));
    const qsizetype signings = AgreementRepository(*m_sample.db).count(signedThere).value();
    QVERIFY(signings > 0);
    auto deletion = RecordActions::remove(*m_sample.db, RecordSelection::Kind::Event, {stateVisit.meta.id});
    QVERIFY(deletion);
    QVERIFY(deletion->affected.first().contains(QStringLiteral("agreements were signed")));
    push(std::move(deletion->command));
    QCOMPARE(AgreementRepository(*m_sample.db).count(signedThere).value(), qint64(0));
    m_stack->undo();
    QCOMPARE(AgreementRepository(*m_sample.db).count(signedThere).value(), qint64(signings));
    QCOMPARE(events.get(stateVisit.meta.id)->partnerIds, stateVisit.partnerIds);
    QVERIFY(m_failures.isEmpty());
}

void TestRecordCommand::agreementGoesWithMilestonesHistoryAndSuccessorLinks()
{
    const AgreementRepository agreements(*m_sample.db);
    const MilestoneRepository milestones(*m_sample.db);
    ListQuery early;
    early.search = QStringLiteral("Early-phase clinical research");
    const Agreement loi = agreements.list(early)->first();
    ListQuery follows;
    follows.filters.insert(QStringLiteral("predecessor"), QString::number(loi.meta.id));
    const auto successors = agreements.list(follows);
    QCOMPARE(successors->size(), 1); // the MSA follows the declaration
    const auto own = milestones.listForAgreement(loi.meta.id);
    QCOMPARE(own->size(), 1);
    const auto history = milestones.history(own->first().meta.id);
    QCOMPARE(history->size(), 1);

    auto deletion = RecordActions::remove(*m_sample.db, RecordSelection::Kind::Agreement, {loi.meta.id});
    QVERIFY(deletion);
    push(std::move(deletion->command));
    const TrashRepository trash(*m_sample.db);
    QCOMPARE(trash.list()->size(), 1);
    QCOMPARE(trash.list()->first().recordId, loi.meta.id);
    QVERIFY(!agreements.get(loi.meta.id));
    QVERIFY(!milestones.get(own->first().meta.id));
    QCOMPARE(agreements.get(successors->first().meta.id)->predecessorId, qint64(0));

    m_stack->undo();
    QCOMPARE(agreements.get(loi.meta.id)->title, loi.title);
    QCOMPARE(milestones.get(own->first().meta.id)->title, own->first().title);
    const auto historyAgain = milestones.history(own->first().meta.id);
    QCOMPARE(historyAgain->size(), 1);
    QCOMPARE(historyAgain->first().id, history->first().id);
    QCOMPARE(historyAgain->first().changedAt, history->first().changedAt);
    QCOMPARE(historyAgain->first().reason, history->first().reason);
    QCOMPARE(agreements.get(successors->first().meta.id)->predecessorId, loi.meta.id);
    QCOMPARE(*trash.count(), qint64(0)); // undo took it out of the trash: no duplicate left there
    m_stack->redo();
    QVERIFY(!agreements.get(loi.meta.id));
    QCOMPARE(*trash.count(), qint64(1));
    m_stack->undo();
    QCOMPARE(agreements.get(loi.meta.id)->meta.version, loi.meta.version);
    QCOMPARE(*trash.count(), qint64(0));
    QVERIFY(m_failures.isEmpty());
}

void TestRecordCommand::addAndDuplicateKeepTheirIdsThroughUndoAndRedo()
{
    auto added = RecordActions::add(*m_sample.db, RecordSelection::Kind::Partner);
    QVERIFY(added);
    RecordCommand *addition = added->get();
    push(std::move(*added));
    const qint64 id = RecordActions::createdId(*addition);
    QCOMPARE(PartnerRepository(*m_sample.db).get(id)->name, QStringLiteral("New partner"));
    // A second one gets another name: names are unique per country.
    auto second = RecordActions::add(*m_sample.db, RecordSelection::Kind::Partner);
    RecordCommand *secondAddition = second->get();
    push(std::move(*second));
    QCOMPARE(PartnerRepository(*m_sample.db).get(RecordActions::createdId(*secondAddition))->name,
             QStringLiteral("New partner 2"));
    m_stack->undo();
    m_stack->undo();
    QVERIFY(!PartnerRepository(*m_sample.db).get(id));
    m_stack->redo();
    QCOMPARE(PartnerRepository(*m_sample.db).get(id)->name, QStringLiteral("New partner"));

    const qint64 lund = partnerId(QStringLiteral("Lund University"));
    auto copies = RecordActions::duplicate(*m_sample.db, RecordSelection::Kind::Partner, {lund});
    QVERIFY(copies);
    QCOMPARE((*copies)->text(), QStringLiteral("Duplicate “Lund University”"));
    RecordCommand *copy = copies->get();
    push(std::move(*copies));
    const auto duplicate = PartnerRepository(*m_sample.db).get(RecordActions::createdId(*copy));
    QCOMPARE(duplicate->name, QStringLiteral("Lund University (copy)"));
    QCOMPARE(duplicate->country, QStringLiteral("SE"));

    // A milestone needs its agreement.
    auto orphan = RecordActions::add(*m_sample.db, RecordSelection::Kind::Milestone, 0);
    QVERIFY(!orphan);
    QVERIFY(orphan.error().message.contains(QStringLiteral("select the agreement first")));
}

void TestRecordCommand::aCommandIsOneTransaction()
{
    const PartnerRepository partners(*m_sample.db);
    const Partner lund = *partners.get(partnerId(QStringLiteral("Lund University")));
    const Partner qps = *partners.get(partnerId(QStringLiteral("QPS")));
    Partner renamed = lund;
    renamed.city = QStringLiteral("Lund (renamed)");
    Partner clash = qps;
    clash.name = QStringLiteral("Cardialysis"); // taken in NL
    RecordCommand command(*m_sample.db, QStringLiteral("Two edits"));
    command.addUpdate(lund, renamed);
    command.addUpdate(qps, clash);
    QSignalSpy changed(m_sample.db.get(), &Database::changed);
    const Result<void> done = command.execute();
    QVERIFY(!done);
    QCOMPARE(done.error().kind, StoreError::Kind::Invalid);
    QCOMPARE(partners.get(lund.meta.id)->city, lund.city); // the first edit was rolled back
    QCOMPARE(partners.get(lund.meta.id)->meta.version, lund.meta.version);
    QCOMPARE(changed.count(), 0);
}

void TestRecordCommand::undoAndRedoRefuseToOverwriteOthers()
{
    const PartnerRepository partners(*m_sample.db);
    const Partner before = *partners.get(partnerId(QStringLiteral("SCRO")));
    Partner after = before;
    after.city = QStringLiteral("Uppsala");
    auto command = std::make_unique<RecordCommand>(*m_sample.db, QStringLiteral("Edit SCRO"));
    command->addUpdate(before, after);
    push(std::move(command));
    QCOMPARE(partners.get(before.meta.id)->city, QStringLiteral("Uppsala"));
    // The same record edited again through this stack: undo both in order works.
    Partner again = *partners.get(before.meta.id);
    Partner third = again;
    third.website = QStringLiteral("https://scro.example");
    auto second = std::make_unique<RecordCommand>(*m_sample.db, QStringLiteral("Edit SCRO again"));
    second->addUpdate(again, third);
    push(std::move(second));
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(partners.get(before.meta.id)->city, QString());
    QCOMPARE(partners.get(before.meta.id)->website, QString());
    QVERIFY(m_failures.isEmpty());
    m_stack->redo();
    // Someone else changes it; redoing the website edit would overwrite them: refused, reported.
    Partner theirs = *partners.get(before.meta.id);
    theirs.notes = QStringLiteral("changed elsewhere");
    QVERIFY(partners.update(theirs));
    m_stack->redo();
    QCOMPARE(m_failures.size(), 1);
    QCOMPARE(m_failures.first().kind, StoreError::Kind::Conflict);
    QCOMPARE(partners.get(before.meta.id)->website, QString());
    QCOMPARE(partners.get(before.meta.id)->notes, QStringLiteral("changed elsewhere"));
    QCOMPARE(m_stack->count(), 1); // the refused command left the stack
}

QTEST_MAIN(TestRecordCommand)
#include "tst_recordcommand.moc"
