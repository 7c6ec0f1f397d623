// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// An event's participants by name: QAbstractItemModelTester, partners then contacts (with the
// partner each works for), and rows that follow the store with precise signals.
#include "models/participantlistmodel.h"
#include "samplemodel.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/partnerrepository.h"

#include <QSignalSpy>
#include <QTest>

class TestParticipantListModel : public TestSupport::SampleModelTest<ParticipantListModel>
{
    Q_OBJECT

private slots:
    void listsPartnersThenContactsByName();
    void followsTheStore();

private:
    qint64 eventTitled(const QString &prefix) const;
};

qint64 TestParticipantListModel::eventTitled(const QString &prefix) const
{
    const auto events = EventRepository(*m_sample.db).list();
    for (const Event &event : *events)
        if (event.title.startsWith(prefix))
            return event.meta.id;
    return 0;
}

void TestParticipantListModel::listsPartnersThenContactsByName()
{
    const qint64 followUp = eventTitled(QStringLiteral("Follow-up"));
    m_sample.model->setEvent(m_sample.db.get(), followUp);
    QCOMPARE(m_sample.model->eventId(), followUp);
    QCOMPARE(m_sample.model->rowCount(), 13);
    QCOMPARE(m_sample.model->columnCount(), int(ParticipantListModel::ColumnCount));
    QCOMPARE(m_sample.model->index(0, ParticipantListModel::NameColumn).data().toString(),
             QStringLiteral("Lund University (SE)"));
    QCOMPARE(m_sample.model->index(0, ParticipantListModel::KindColumn).data().toString(),
             QStringLiteral("Organisation"));
    QCOMPARE(m_sample.model->participantAt(0).kind, Participant::Kind::Partner);
    QCOMPARE(m_sample.model->participantAt(0).id,
             *PartnerRepository(*m_sample.db).findByName(QStringLiteral("Lund University")));
    QCOMPARE(m_sample.model->index(11, ParticipantListModel::NameColumn).data().toString(),
             QStringLiteral("Jeanette Edblad"));
    QCOMPARE(m_sample.model->index(11, ParticipantListModel::KindColumn).data().toString(),
             QStringLiteral("Contact at Government Offices of Sweden"));
    QCOMPARE(m_sample.model->nameAt(12), QStringLiteral("Hans Schikan"));
    QCOMPARE(m_sample.model->index(12, ParticipantListModel::KindColumn).data().toString(),
             QStringLiteral("Contact at Health~Holland"));
    QCOMPARE(m_sample.model->participantAt(12).kind, Participant::Kind::Contact);
    QCOMPARE(m_sample.model->rowOf(m_sample.model->participantAt(12)), 12);
    QCOMPARE(m_sample.model->rowOf({Participant::Kind::Contact, 999}), -1);
    QVERIFY(!(m_sample.model->flags(m_sample.model->index(0, 0)) & Qt::ItemIsEditable));
    QCOMPARE(m_sample.model->headerData(ParticipantListModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Participant"));

    m_sample.model->setEvent(m_sample.db.get(), eventTitled(QStringLiteral("State visit")));
    QCOMPARE(m_sample.model->rowCount(), 9);
    m_sample.model->setEvent(nullptr, 0);
    QCOMPARE(m_sample.model->rowCount(), 0);
}

void TestParticipantListModel::followsTheStore()
{
    const qint64 stateVisit = eventTitled(QStringLiteral("State visit"));
    m_sample.model->setEvent(m_sample.db.get(), stateVisit);
    QCOMPARE(m_sample.model->rowCount(), 9);
    QSignalSpy reset(m_sample.model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_sample.model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_sample.model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_sample.model.get(), &QAbstractItemModel::dataChanged);
    const EventRepository events(*m_sample.db);

    // A contact and a partner join (a contact is listed after the partners).
    const qint64 necstGen = *PartnerRepository(*m_sample.db).findByName(QStringLiteral("NecstGen"));
    Event event = *events.get(stateVisit);
    event.contactIds << ContactRepository(*m_sample.db).list()->first().meta.id;
    event.partnerIds << necstGen;
    QVERIFY(events.update(event));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(m_sample.model->rowCount(), 11);
    QCOMPARE(m_sample.model->nameAt(9), QStringLiteral("NecstGen (NL)"));
    QCOMPARE(m_sample.model->participantAt(10).kind, Participant::Kind::Contact);

    // One leaves: only its row goes.
    event = *events.get(stateVisit);
    event.partnerIds.removeFirst();
    QVERIFY(events.update(event));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(m_sample.model->rowCount(), 10);

    // A renamed partner is renamed in its row.
    Partner renamed = *PartnerRepository(*m_sample.db).get(necstGen);
    renamed.name = QStringLiteral("NecstGen B.V.");
    QVERIFY(PartnerRepository(*m_sample.db).update(renamed));
    QCOMPARE(m_sample.model->nameAt(8), QStringLiteral("NecstGen B.V. (NL)"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);

    // The event deleted: no participants.
    QVERIFY(events.remove(stateVisit));
    QCOMPARE(m_sample.model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestParticipantListModel)
#include "tst_participantlistmodel.moc"
