// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The events table model: QAbstractItemModelTester, participants, a date edit and the signals
// around inserts and removals.
#include "models/eventtablemodel.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestEventTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsEventsByDateWithParticipants();
    void editsAndSignals();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestEventTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(TestSupport::createSamplePortfolio(*m_dir));
    QVERIFY(db);
    m_db = std::move(*db);
    m_model = std::make_unique<EventTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setDatabase(m_db.get());
}

void TestEventTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_db.reset();
    m_dir.reset();
}

void TestEventTableModel::listsEventsByDateWithParticipants()
{
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0, EventTableModel::TitleColumn).data().toString(),
             QStringLiteral("State visit from the Netherlands to Sweden"));
    QCOMPARE(m_model->index(0, EventTableModel::DateColumn).data().toString(), QStringLiteral("October 2022"));
    const QString participants = m_model->index(0, EventTableModel::ParticipantsColumn).data().toString();
    QVERIFY2(participants.startsWith(QStringLiteral("LU, Skåne University Hospital, LUMC")), qPrintable(participants));
    QCOMPARE(m_model->index(1, EventTableModel::DateColumn).data().toString(), QStringLiteral("12 September 2023"));
}

void TestEventTableModel::editsAndSignals()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy refused(m_model.get(), &RecordTableModel::editRefused);
    Event e;
    e.title = QStringLiteral("Annual review");
    e.date = FuzzyDate::month(2024, 10);
    const auto stored = EventRepository(*m_db).create(e);
    QVERIFY(stored);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 2);
    // Moving it to before the state visit moves the row.
    QVERIFY(m_model->setData(m_model->index(2, EventTableModel::DateColumn), QStringLiteral("2021")));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(m_model->idAt(0), stored->meta.id);
    QCOMPARE(EventRepository(*m_db).get(stored->meta.id)->date, FuzzyDate::year(2021));
    QVERIFY(!m_model->setData(m_model->index(0, EventTableModel::DateColumn), QStringLiteral("sometime")));
    QCOMPARE(refused.count(), 1);
    QVERIFY(EventRepository(*m_db).remove(stored->meta.id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestEventTableModel)
#include "tst_eventtablemodel.moc"
