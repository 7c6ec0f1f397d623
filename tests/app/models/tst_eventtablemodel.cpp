// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The events table model: QAbstractItemModelTester, participants, a date edit and the signals
// around inserts and removals.
#include "models/eventtablemodel.h"
#include "samplemodel.h"
#include "store/database.h"
#include "store/eventrepository.h"

#include <QSignalSpy>
#include <QTest>

class TestEventTableModel : public TestSupport::SampleModelTest<EventTableModel>
{
    Q_OBJECT

private slots:
    void listsEventsByDateWithParticipants();
    void editsAndSignals();
};

void TestEventTableModel::listsEventsByDateWithParticipants()
{
    QCOMPARE(m_sample.model->rowCount(), 2);
    QCOMPARE(m_sample.model->index(0, EventTableModel::TitleColumn).data().toString(),
             QStringLiteral("State visit from the Netherlands to Sweden"));
    QCOMPARE(m_sample.model->index(0, EventTableModel::DateColumn).data().toString(), QStringLiteral("October 2022"));
    const QString participants = m_sample.model->index(0, EventTableModel::ParticipantsColumn).data().toString();
    QVERIFY2(participants.startsWith(QStringLiteral("LU, Skåne University Hospital, LUMC")), qPrintable(participants));
    QCOMPARE(m_sample.model->index(1, EventTableModel::DateColumn).data().toString(),
             QStringLiteral("12 September 2023"));
}

void TestEventTableModel::editsAndSignals()
{
    QSignalSpy inserted(m_sample.model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy moved(m_sample.model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(m_sample.model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy refused(m_sample.model.get(), &RecordTableModel::editRefused);
    Event e;
    e.title = QStringLiteral("Annual review");
    e.date = FuzzyDate::month(2024, 10);
    const auto stored = EventRepository(*m_sample.db).create(e);
    QVERIFY(stored);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 2);
    // Moving it to before the state visit moves the row.
    QVERIFY(m_sample.model->setData(m_sample.model->index(2, EventTableModel::DateColumn), QStringLiteral("2021")));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(m_sample.model->idAt(0), stored->meta.id);
    QCOMPARE(EventRepository(*m_sample.db).get(stored->meta.id)->date, FuzzyDate::year(2021));
    QVERIFY(
        !m_sample.model->setData(m_sample.model->index(0, EventTableModel::DateColumn), QStringLiteral("sometime")));
    QCOMPARE(refused.count(), 1);
    QVERIFY(EventRepository(*m_sample.db).remove(stored->meta.id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_sample.model->rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestEventTableModel)
#include "tst_eventtablemodel.moc"
