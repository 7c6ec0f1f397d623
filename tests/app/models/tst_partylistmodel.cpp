// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The parties of an agreement being edited: QAbstractItemModelTester, edits with their editors'
// roles, refusals (no partner, a partner twice, a bad date) and the signals around them.
#include "models/partylistmodel.h"
#include "models/recordtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestPartyListModel : public QObject
{
    Q_OBJECT

private slots:
    void editsAddsAndRemovesParties();
    void refusesWhatIsNotAParty();
};

void TestPartyListModel::editsAddsAndRemovesParties()
{
    PartyListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNameLookup([](qint64 id) { return QStringLiteral("Partner %1").arg(id); });
    model.setParties({{1, PartyRole::Signatory, FuzzyDate::month(2022, 10)}, {2, PartyRole::Lead, {}}},
                     {{1, QStringLiteral("Lund University (SE)")}, {2, QStringLiteral("LUMC (NL)")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, PartyListModel::PartnerColumn).data().toString(), QStringLiteral("Lund University (SE)"));
    QCOMPARE(model.index(0, PartyListModel::PartnerColumn).data(Qt::EditRole).toLongLong(), qint64(1));
    QCOMPARE(model.index(1, PartyListModel::RoleColumn).data().toString(), QStringLiteral("Lead"));
    QCOMPARE(model.index(1, PartyListModel::RoleColumn).data(Qt::EditRole).toString(), QStringLiteral("lead"));
    QCOMPARE(model.index(0, PartyListModel::SignedColumn).data().toString(), QStringLiteral("October 2022"));
    QCOMPARE(model.index(0, PartyListModel::PartnerColumn).data(RecordTableModel::EditorRole).toInt(),
             int(RecordTableModel::Editor::Partner));
    QCOMPARE(model.index(0, PartyListModel::RoleColumn).data(RecordTableModel::ChoicesRole).toList().size(), 4);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy edited(&model, &PartyListModel::partiesEdited);
    QVERIFY(model.setData(model.index(1, PartyListModel::SignedColumn), QStringLiteral("12 September 2023")));
    QVERIFY(model.setData(model.index(1, PartyListModel::RoleColumn), QStringLiteral("observer")));
    QVERIFY(model.setData(model.index(1, PartyListModel::PartnerColumn), qint64(7)));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(edited.count(), 3);
    QCOMPARE(model.index(1, PartyListModel::PartnerColumn).data().toString(), QStringLiteral("Partner 7"));
    const QList<AgreementParty> parties = model.parties();
    QCOMPARE(parties.at(1).partnerId, qint64(7));
    QCOMPARE(parties.at(1).role, PartyRole::Observer);
    QCOMPARE(parties.at(1).signedOn, FuzzyDate::day(2023, 9, 12));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(model.addParty(9, QStringLiteral("SCRO (SE)")));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 2);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.parties().size(), 2);
    QCOMPARE(model.parties().first().partnerId, qint64(7));
}

void TestPartyListModel::refusesWhatIsNotAParty()
{
    PartyListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setParties({{1, PartyRole::Signatory, {}}, {2, PartyRole::Signatory, {}}},
                     {{1, QStringLiteral("Lund University (SE)")}, {2, QStringLiteral("LUMC (NL)")}});
    QSignalSpy refused(&model, &PartyListModel::editRefused);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(!model.setData(model.index(0, PartyListModel::PartnerColumn), qint64(0)));
    QVERIFY(refused.last().first().toString().contains(QStringLiteral("Choose a partner")));
    QVERIFY(!model.setData(model.index(0, PartyListModel::PartnerColumn), qint64(2)));
    QVERIFY(refused.last().first().toString().contains(QStringLiteral("LUMC (NL) is a party already")));
    QVERIFY(!model.setData(model.index(0, PartyListModel::SignedColumn), QStringLiteral("the 32nd of May")));
    QVERIFY(!model.setData(model.index(0, PartyListModel::RoleColumn), QStringLiteral("king")));
    QVERIFY(refused.last().first().toString().contains(QStringLiteral("choose one of")));
    QVERIFY(!model.addParty(1, QStringLiteral("Lund University (SE)")));
    QCOMPARE(refused.count(), 5);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.parties().first().partnerId, qint64(1));
}

QTEST_GUILESS_MAIN(TestPartyListModel)
#include "tst_partylistmodel.moc"
