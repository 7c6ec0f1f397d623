// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Countries as a user types and reads them in the real main window, offscreen: the partner form's
// country field takes a name or a code (not cut to two letters), completes as you type and refuses
// what is not a country, keeping the text; the partners table edits a country by name and shows
// names with the code in a tooltip; the filter offers countries by name; all in the language of the
// user interface.
#include "mainwindow.h"
#include "models/partnertablemodel.h"
#include "records/countryedit.h"
#include "records/partnerform.h"
#include "records/recordview.h"
#include "store/database.h"
#include "store/partnerrepository.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace TestSupport;

class TestCountryEditing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void formTakesANameAndTheListShowsIt();
    void formRefusesWhatIsNotACountryAndKeepsTheText_data();
    void formRefusesWhatIsNotACountryAndKeepsTheText();
    void formCompletesNamesAndCodesAsYouType();
    void inlineEditorTakesAName();
    void inlineRefusalSaysWhyAndKeepsTheTyping();
    void filterOffersCountriesByName();
    void namesFollowTheLanguageOfTheUserInterface();

private:
    // Open the sample and show the partners, or also the form of the partner of that name.
    RecordView *openPartners(MainWindow &window);
    PartnerForm *openPartner(MainWindow &window, const QString &name);
    struct CountryCell
    {
        RecordView *partners = nullptr;
        qint64 id = 0;
        CountryEdit *editor = nullptr;
    };
    // openPartners(), and the inline country editor of the partner of that name.
    CountryCell openCountryCell(MainWindow &window, const QString &name);

    TestSupport::WindowFixture m_ui;
};

void TestCountryEditing::init()
{
    m_ui.start();
    m_ui.answer = QMessageBox::Yes;
}

void TestCountryEditing::cleanup()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY2(m_ui.errors.isEmpty(), qPrintable(m_ui.errors.join(QLatin1Char('\n'))));
    m_ui.finish();
}

RecordView *TestCountryEditing::openPartners(MainWindow &window)
{
    if (m_ui.showSample(window).isEmpty() || !window.showView(QStringLiteral("partners")))
        return nullptr;
    return window.findChild<RecordView *>(QStringLiteral("partnersView"));
}

PartnerForm *TestCountryEditing::openPartner(MainWindow &window, const QString &name)
{
    RecordView *partners = openPartners(window);
    if (!partners)
        return nullptr;
    const int row = rowOf(partners->model(), PartnerTableModel::NameColumn, name);
    if (row < 0 || !partners->selectId(partners->model()->idAt(row)))
        return nullptr;
    auto *form = window.findChild<PartnerForm *>(QStringLiteral("partnerForm"));
    return form && form->recordId() == partners->currentId() ? form : nullptr;
}

TestCountryEditing::CountryCell TestCountryEditing::openCountryCell(MainWindow &window, const QString &name)
{
    CountryCell cell;
    if (!(cell.partners = openPartners(window)))
        return cell;
    const int row = rowOf(cell.partners->model(), PartnerTableModel::NameColumn, name);
    cell.id = cell.partners->model()->idAt(row);
    cell.editor = qobject_cast<CountryEdit *>(
        openEditor(cell.partners->table(), cell.partners->model()->index(row, PartnerTableModel::CountryColumn)));
    return cell;
}

void TestCountryEditing::formTakesANameAndTheListShowsIt()
{
    MainWindow window;
    PartnerForm *form = openPartner(window, QStringLiteral("CTC"));
    QVERIFY(form);
    const qint64 id = form->recordId();
    auto *country = form->findChild<CountryEdit *>(QStringLiteral("countryEdit"));
    QVERIFY(country);
    QCOMPARE(country->text(), QStringLiteral("Sweden"));
    QCOMPARE(country->code(), QStringLiteral("SE"));

    country->setFocus();
    country->selectAll();
    QTest::keyClicks(country, QStringLiteral("Netherlands"));
    QCOMPARE(country->text(), QStringLiteral("Netherlands")); // not cut to "Ne" (Niger)
    QCOMPARE(country->code(), QStringLiteral("NL"));
    form->findChild<QPushButton *>(QStringLiteral("applyButton"))->click();
    QCOMPARE(PartnerRepository(*window.database()).get(id)->country, QStringLiteral("NL"));
    QCOMPARE(window.undoStack()->count(), 1);
    QCOMPARE(form->message(), QString());
    QCOMPARE(country->text(), QStringLiteral("Netherlands"));

    // The list shows the name, with the code in a tooltip.
    RecordView *partners = window.findChild<RecordView *>(QStringLiteral("partnersView"));
    const QModelIndex cell = partners->model()->index(partners->model()->rowOfId(id), PartnerTableModel::CountryColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("Netherlands"));
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("NL"));

    window.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(PartnerRepository(*window.database()).get(id)->country, QStringLiteral("SE"));
    QTRY_COMPARE(country->text(), QStringLiteral("Sweden"));
}

void TestCountryEditing::formRefusesWhatIsNotACountryAndKeepsTheText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("unassigned code") << QStringLiteral("ZZ");
    QTest::newRow("no such country") << QStringLiteral("Atlantis");
}

void TestCountryEditing::formRefusesWhatIsNotACountryAndKeepsTheText()
{
    QFETCH(QString, typed);
    MainWindow window;
    PartnerForm *form = openPartner(window, QStringLiteral("QPS"));
    QVERIFY(form);
    const qint64 id = form->recordId();
    auto *country = form->findChild<CountryEdit *>(QStringLiteral("countryEdit"));
    QCOMPARE(country->text(), QStringLiteral("Netherlands"));
    country->setFocus();
    country->selectAll();
    QTest::keyClicks(country, typed);
    QVERIFY(!country->isAcceptable());
    form->findChild<QPushButton *>(QStringLiteral("applyButton"))->click();

    const QString expected =
        QStringLiteral("“%1” is not a country; type its name or its two-letter ISO code").arg(typed);
    QVERIFY2(form->message().contains(expected), qPrintable(form->message()));
    QVERIFY2(window.messageText().contains(expected), qPrintable(window.messageText()));
    QCOMPARE(country->text(), typed);
    QVERIFY(form->isDirty());
    QCOMPARE(PartnerRepository(*window.database()).get(id)->country, QStringLiteral("NL"));
    QCOMPARE(window.undoStack()->count(), 0);
}

void TestCountryEditing::formCompletesNamesAndCodesAsYouType()
{
    MainWindow window;
    PartnerForm *form = openPartner(window, QStringLiteral("QPS"));
    QVERIFY(form);
    auto *country = form->findChild<CountryEdit *>(QStringLiteral("countryEdit"));
    QCompleter *completer = country->completer();
    QVERIFY(completer);
    const auto offered = [completer] {
        QStringList shown;
        for (int row = 0; row < completer->completionModel()->rowCount(); ++row)
            shown << completer->completionModel()->index(row, 0).data().toString();
        return shown;
    };
    const auto type = [country](const QString &text) {
        country->selectAll();
        QTest::keyClicks(country, text);
    };
    country->setFocus();

    // Names and codes that start with what was typed, then names with a later word that does.
    type(QStringLiteral("ne"));
    QStringList shown = offered();
    QVERIFY2(shown.size() > 5, qPrintable(shown.join(QLatin1String(", "))));
    QCOMPARE(shown.first(), QStringLiteral("NE – Niger"));
    QVERIFY2(shown.indexOf(QStringLiteral("Netherlands")) > 0, qPrintable(shown.join(QLatin1String(", "))));
    QVERIFY2(shown.indexOf(QStringLiteral("Papua New Guinea")) > shown.indexOf(QStringLiteral("New Zealand")),
             qPrintable(shown.join(QLatin1String(", "))));
    QVERIFY2(!shown.contains(QStringLiteral("Brunei Darussalam")), qPrintable(shown.join(QLatin1String(", "))));
    QTRY_VERIFY(completer->popup()->isVisible());

    type(QStringLiteral("korea"));
    QCOMPARE(offered(), (QStringList{QStringLiteral("North Korea"), QStringLiteral("South Korea")}));
    type(QStringLiteral("aland"));
    QCOMPARE(offered(), QStringList{QStringLiteral("Åland Islands")});

    // Choosing a completion puts its text in the field: a name, or a code.
    type(QStringLiteral("swe"));
    QCOMPARE(offered(), QStringList{QStringLiteral("Sweden")});
    QTRY_VERIFY(completer->popup()->isVisible());
    completer->popup()->setCurrentIndex(completer->completionModel()->index(0, 0));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(country->text(), QStringLiteral("Sweden"));
    QCOMPARE(country->code(), QStringLiteral("SE"));
    type(QStringLiteral("N"));
    shown = offered();
    QVERIFY2(shown.contains(QStringLiteral("NL – Netherlands")), qPrintable(shown.join(QLatin1String(", "))));
    QTRY_VERIFY(completer->popup()->isVisible());
    completer->popup()->setCurrentIndex(
        completer->completionModel()->index(shown.indexOf(QStringLiteral("NL – Netherlands")), 0));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(country->text(), QStringLiteral("NL"));
    QCOMPARE(country->code(), QStringLiteral("NL"));

    // Typed in full, nothing more is offered, so Enter applies.
    type(QStringLiteral("Sweden"));
    QVERIFY(!completer->popup()->isVisible());
    QTest::keyClick(country, Qt::Key_Return);
    QCOMPARE(PartnerRepository(*window.database()).get(form->recordId())->country, QStringLiteral("SE"));
}

void TestCountryEditing::inlineEditorTakesAName()
{
    MainWindow window;
    const CountryCell qps = openCountryCell(window, QStringLiteral("QPS"));
    CountryEdit *editor = qps.editor;
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("Netherlands"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Sweden"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(PartnerRepository(*window.database()).get(qps.id)->country, QStringLiteral("SE"));
    QCOMPARE(window.undoStack()->count(), 1);

    const QModelIndex cell =
        qps.partners->model()->index(qps.partners->model()->rowOfId(qps.id), PartnerTableModel::CountryColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("Sweden"));
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("SE"));
    QCOMPARE(cell.data(Qt::EditRole).toString(), QStringLiteral("SE"));

    // A code in lower case does as well.
    // (The offscreen platform leaves no window active once the completer's popup has closed.)
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    editor = qobject_cast<CountryEdit *>(openEditor(qps.partners->table(), cell));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("be"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(PartnerRepository(*window.database()).get(qps.id)->country, QStringLiteral("BE"));
    QCOMPARE(
        qps.partners->model()->index(qps.partners->model()->rowOfId(qps.id), PartnerTableModel::CountryColumn).data(),
        QVariant(QStringLiteral("Belgium")));
}

void TestCountryEditing::inlineRefusalSaysWhyAndKeepsTheTyping()
{
    MainWindow window;
    const CountryCell qps = openCountryCell(window, QStringLiteral("QPS"));
    CountryEdit *editor = qps.editor;
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Atlantis"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The editor stays open with what was typed, and the message says what to type.
    QCOMPARE(QApplication::focusWidget(), editor);
    QCOMPARE(editor->text(), QStringLiteral("Atlantis"));
    QVERIFY2(window.messageText().contains(QStringLiteral("“Atlantis” is not a country")),
             qPrintable(window.messageText()));
    QCOMPARE(PartnerRepository(*window.database()).get(qps.id)->country, QStringLiteral("NL"));
    // Fixed in place, it is written.
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Zweden"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(PartnerRepository(*window.database()).get(qps.id)->country, QStringLiteral("SE"));
    QCOMPARE(window.undoStack()->count(), 1);
}

void TestCountryEditing::filterOffersCountriesByName()
{
    MainWindow window;
    RecordView *partners = openPartners(window);
    QVERIFY(partners);
    auto *filter = partners->findChild<QComboBox *>(QStringLiteral("countryFilter"));
    QVERIFY(filter);
    QCOMPARE(filter->count(), 3);
    QCOMPARE(filter->itemText(1), QStringLiteral("Netherlands"));
    QCOMPARE(filter->itemData(1).toString(), QStringLiteral("NL"));
    QCOMPARE(filter->itemText(2), QStringLiteral("Sweden"));
    QCOMPARE(filter->itemData(2).toString(), QStringLiteral("SE"));
    filter->setCurrentIndex(2);
    QCOMPARE(partners->model()->query().filters.value(QStringLiteral("country")), QStringLiteral("SE"));
    QVERIFY(partners->model()->rowCount() > 0);
    for (int row = 0; row < partners->model()->rowCount(); ++row)
        QCOMPARE(partners->model()->index(row, PartnerTableModel::CountryColumn).data().toString(),
                 QStringLiteral("Sweden"));
}

void TestCountryEditing::namesFollowTheLanguageOfTheUserInterface()
{
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    MainWindow window;
    PartnerForm *form = openPartner(window, QStringLiteral("CTC"));
    QVERIFY(form);
    auto *country = form->findChild<CountryEdit *>(QStringLiteral("countryEdit"));
    QCOMPARE(country->text(), QStringLiteral("Zweden"));
    RecordView *partners = window.findChild<RecordView *>(QStringLiteral("partnersView"));
    const int row = rowOf(partners->model(), PartnerTableModel::NameColumn, QStringLiteral("CTC"));
    QCOMPARE(partners->model()->index(row, PartnerTableModel::CountryColumn).data().toString(),
             QStringLiteral("Zweden"));
    auto *filter = partners->findChild<QComboBox *>(QStringLiteral("countryFilter"));
    QCOMPARE(filter->itemText(1), QStringLiteral("Nederland"));
    QCOMPARE(filter->itemText(2), QStringLiteral("Zweden"));
    // Completion offers the Dutch names, typed with accents or without; any language is read.
    country->setFocus();
    country->selectAll();
    QTest::keyClicks(country, QStringLiteral("belgi"));
    QCOMPARE(country->completer()->completionModel()->index(0, 0).data().toString(), QStringLiteral("België"));
    country->selectAll();
    QTest::keyClicks(country, QStringLiteral("Curac"));
    QCOMPARE(country->completer()->completionModel()->index(0, 0).data().toString(), QStringLiteral("Curaçao"));
    country->selectAll();
    QTest::keyClicks(country, QStringLiteral("Sverige"));
    QCOMPARE(country->code(), QStringLiteral("SE"));
}

QTEST_MAIN(TestCountryEditing)
#include "tst_countryediting.moc"
