// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The partners table model: QAbstractItemModelTester, sorting and filtering, agreement counts,
// signals around inserts, edits and removals, and the refusal of a duplicate name in a country.
#include "models/partnertablemodel.h"
#include "samplemodel.h"
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/partnerrepository.h"

#include <QSignalSpy>
#include <QTest>

class TestPartnerTableModel : public TestSupport::SampleModelTest<PartnerTableModel>
{
    Q_OBJECT

private slots:
    void listsPartnersWithTheirAgreementCounts();
    void sortsAndFilters();
    void signalsAroundInsertEditRemove();
    void refusesADuplicateNameInTheSameCountry();
    void refusesABadCountryCodeAndAnEmptyName();
    void takesACountryByNameInAnyOfTheThreeLanguages();
};

void TestPartnerTableModel::listsPartnersWithTheirAgreementCounts()
{
    QCOMPARE(m_sample.model->rowCount(), 12);
    QCOMPARE(m_sample.model->index(0, PartnerTableModel::NameColumn).data().toString(), QStringLiteral("Cardialysis"));
    const int ctc = m_sample.rowOf(QStringLiteral("CTC"));
    QVERIFY(ctc >= 0);
    QCOMPARE(m_sample.model->index(ctc, PartnerTableModel::AgreementsColumn).data().toInt(), 2);
    QCOMPARE(m_sample.model->index(ctc, PartnerTableModel::KindColumn).data().toString(), QStringLiteral("Company"));
    QCOMPARE(m_sample.model->index(ctc, PartnerTableModel::KindColumn).data(Qt::EditRole).toString(),
             QStringLiteral("company"));
    const int lund = m_sample.rowOf(QStringLiteral("Lund University"));
    QCOMPARE(m_sample.model->index(lund, PartnerTableModel::ShortNameColumn).data().toString(), QStringLiteral("LU"));
    // Countries show by name (in the language of the user interface) with the code in a tooltip.
    QCOMPARE(m_sample.model->index(lund, PartnerTableModel::CountryColumn).data().toString(), QStringLiteral("Sweden"));
    QCOMPARE(m_sample.model->index(lund, PartnerTableModel::CountryColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("SE"));
    QCOMPARE(m_sample.model->index(lund, PartnerTableModel::CountryColumn).data(Qt::EditRole).toString(),
             QStringLiteral("SE"));
    QVERIFY(!(m_sample.model->flags(m_sample.model->index(lund, PartnerTableModel::AgreementsColumn)) &
              Qt::ItemIsEditable));
}

void TestPartnerTableModel::sortsAndFilters()
{
    // Countries sort by code.
    m_sample.model->sort(PartnerTableModel::CountryColumn, Qt::DescendingOrder);
    QCOMPARE(m_sample.model->index(0, PartnerTableModel::CountryColumn).data().toString(), QStringLiteral("Sweden"));
    QCOMPARE(m_sample.model->index(11, PartnerTableModel::CountryColumn).data().toString(),
             QStringLiteral("Netherlands"));
    m_sample.model->setFilter(QStringLiteral("country"), QStringLiteral("nl"));
    QCOMPARE(m_sample.model->rowCount(), 6);
    QCOMPARE(m_sample.model->totalCount(), qint64(12));
    m_sample.model->setFilter(QStringLiteral("kind"), QStringLiteral("company"));
    QCOMPARE(m_sample.model->rowCount(), 2);
    m_sample.model->setQuery(QStringLiteral("leiden"), {});
    QCOMPARE(m_sample.model->rowCount(), 2); // LUMC and NecstGen are in Leiden
    const auto countries = PartnerRepository(*m_sample.db).countries();
    QVERIFY(countries);
    QCOMPARE(*countries, (QStringList{QStringLiteral("NL"), QStringLiteral("SE")}));
}

void TestPartnerTableModel::signalsAroundInsertEditRemove()
{
    QSignalSpy inserted(m_sample.model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_sample.model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_sample.model.get(), &QAbstractItemModel::rowsRemoved);
    Partner p;
    p.name = QStringLiteral("Karolinska Institutet");
    p.country = QStringLiteral("SE");
    const auto stored = PartnerRepository(*m_sample.db).create(p);
    QVERIFY(stored);
    QCOMPARE(inserted.count(), 1);
    const int row = inserted.first().at(1).toInt();
    QCOMPARE(m_sample.model->index(row, 0).data().toString(), p.name);

    QVERIFY(
        m_sample.model->setData(m_sample.model->index(row, PartnerTableModel::CityColumn), QStringLiteral("Solna")));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(PartnerRepository(*m_sample.db).get(stored->meta.id)->city, QStringLiteral("Solna"));
    QVERIFY(m_sample.model->setData(m_sample.model->index(row, PartnerTableModel::KindColumn),
                                    QStringLiteral("University")));
    QCOMPARE(PartnerRepository(*m_sample.db).get(stored->meta.id)->kind, PartnerKind::University);

    QVERIFY(PartnerRepository(*m_sample.db).remove(stored->meta.id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), row);
    QCOMPARE(m_sample.model->rowCount(), 12);
}

void TestPartnerTableModel::refusesADuplicateNameInTheSameCountry()
{
    const int row = m_sample.rowOf(QStringLiteral("QPS"));
    QVERIFY(row >= 0);
    const qint64 id = m_sample.model->idAt(row);
    QSignalSpy refused(m_sample.model.get(), &RecordTableModel::editRefused);
    // Cardialysis is in NL as well.
    QVERIFY(!m_sample.model->setData(m_sample.model->index(row, PartnerTableModel::NameColumn),
                                     QStringLiteral("cardialysis")));
    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.first().first().toString().contains(QStringLiteral("already a partner called")),
             qPrintable(refused.first().first().toString()));
    QCOMPARE(PartnerRepository(*m_sample.db).get(id)->name, QStringLiteral("QPS"));
    // The same name in another country is fine.
    QVERIFY(
        m_sample.model->setData(m_sample.model->index(row, PartnerTableModel::CountryColumn), QStringLiteral("be")));
    const int moved = m_sample.model->rowOfId(id);
    QVERIFY(m_sample.model->setData(m_sample.model->index(moved, PartnerTableModel::NameColumn),
                                    QStringLiteral("Cardialysis")));
    QCOMPARE(PartnerRepository(*m_sample.db).get(id)->country, QStringLiteral("BE"));
}

void TestPartnerTableModel::refusesABadCountryCodeAndAnEmptyName()
{
    QSignalSpy refused(m_sample.model.get(), &RecordTableModel::editRefused);
    QVERIFY(!m_sample.model->setData(m_sample.model->index(0, PartnerTableModel::CountryColumn), QStringLiteral("ZZ")));
    QVERIFY(refused.last().first().toString().contains(QStringLiteral("two-letter ISO code")));
    QVERIFY(!m_sample.model->setData(m_sample.model->index(0, PartnerTableModel::CountryColumn),
                                     QStringLiteral("Atlantis")));
    QVERIFY(refused.last().first().toString().contains(QStringLiteral("“Atlantis” is not a country")));
    QVERIFY(!m_sample.model->setData(m_sample.model->index(0, PartnerTableModel::NameColumn), QString()));
    QVERIFY(refused.last().first().toString().contains(QStringLiteral("needs a name")));
    QVERIFY(
        !m_sample.model->setData(m_sample.model->index(0, PartnerTableModel::KindColumn), QStringLiteral("pirate")));
    QVERIFY(refused.last().first().toString().contains(QStringLiteral("choose one of")));
    QCOMPARE(refused.count(), 4);
}

void TestPartnerTableModel::takesACountryByNameInAnyOfTheThreeLanguages()
{
    const int row = m_sample.rowOf(QStringLiteral("QPS"));
    const qint64 id = m_sample.model->idAt(row);
    for (const auto &[typed, code] : {std::pair{"Sweden", "SE"}, std::pair{"België", "BE"},
                                      std::pair{"nederlanderna", "NL"}, std::pair{"dk", "DK"}}) {
        QVERIFY2(m_sample.model->setData(
                     m_sample.model->index(m_sample.model->rowOfId(id), PartnerTableModel::CountryColumn),
                     QString::fromUtf8(typed)),
                 typed);
        QCOMPARE(PartnerRepository(*m_sample.db).get(id)->country, QString::fromLatin1(code));
    }
    // Empty is no country.
    QVERIFY(m_sample.model->setData(
        m_sample.model->index(m_sample.model->rowOfId(id), PartnerTableModel::CountryColumn), QString()));
    QCOMPARE(PartnerRepository(*m_sample.db).get(id)->country, QString());
    QCOMPARE(m_sample.model->index(m_sample.model->rowOfId(id), PartnerTableModel::CountryColumn).data().toString(),
             QString());
}

QTEST_GUILESS_MAIN(TestPartnerTableModel)
#include "tst_partnertablemodel.moc"
