// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV import wizard on the real main window, offscreen: detection, mapping with Dutch headers
// and a live preview, profiles, partner decisions, the check report, the import as one undoable
// step, a cancelled import and a file with problems that changes nothing.
#include "exchange/mappingprofiles.h"
#include "exchange/portfoliojson.h"
#include "import/importwizard.h"
#include "mainwindow.h"
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressDialog>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace TestSupport;

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fileMenuOpensTheWizard();
    void importsAgreementsStepByStep();
    void fileWithProblemsImportsNothing();
    void cancelledImportChangesNothing();
    void aTypedPathIsReadWithoutEnter();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QByteArray portfolioJson() const
    {
        return PortfolioJson::write(PortfolioJson::load(*m_window->database()).value());
    }
    void screenshot(QWidget &widget, const QString &name);
    static QComboBox *combo(QWidget &parent, const QString &name);
    static void choose(QComboBox *box, const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestImportWizard::init()
{
    m_window = strictSampleWindow(m_dir);
    QVERIFY(m_window);
}

void TestImportWizard::cleanup()
{
    m_window.reset();
}

QString TestImportWizard::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    return writeFile(path, bytes) ? path : QString();
}

// With PACTLINE_SCREENSHOT_DIR set, the steps are saved there as PNG files to look at.
void TestImportWizard::screenshot(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("PACTLINE_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QVERIFY(widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

QComboBox *TestImportWizard::combo(QWidget &parent, const QString &name)
{
    return parent.findChild<QComboBox *>(name);
}

void TestImportWizard::choose(QComboBox *box, const QString &text)
{
    QVERIFY(box);
    const int index = box->findText(text, Qt::MatchStartsWith);
    QVERIFY2(index >= 0, qPrintable(text));
    box->setCurrentIndex(index);
    emit box->activated(index);
}

void TestImportWizard::fileMenuOpensTheWizard()
{
    QAction *action = m_window->findChild<QAction *>(QStringLiteral("actionImportCsv"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QVERIFY(m_window->fileMenu()->actions().contains(action));
    bool seen = false;
    QTimer::singleShot(0, this, [&seen] {
        auto *wizard = qobject_cast<ImportWizard *>(QApplication::activeModalWidget());
        seen = wizard != nullptr;
        if (wizard)
            wizard->reject();
    });
    action->trigger();
    QVERIFY(seen);
}

void TestImportWizard::importsAgreementsStepByStep()
{
    // A Dutch office's spreadsheet: semicolons, Dutch headers, day-month-year dates.
    const QString csv =
        write(QStringLiteral("overeenkomsten.csv"),
              "Titel;Soort;Status;Ondertekend op;Partijen;Thema's;Opmerkingen\r\n"
              "Samenwerking regenerative medicine;Memorandum of understanding;Signed;12-9-2023;\"lund university; "
              "LUMC; Karolinska Institutet\";ATMP;Na het bezoek\r\n"
              "Uitwisseling promovendi;Letter of intent;Negotiating;3e kwartaal 2024;\"Skane University "
              "Hospital\";Education;\r\n");
    const QString profiles = m_dir.filePath(QStringLiteral("profiles.json"));
    ImportWizard wizard(*m_window->database(), m_window->undoStack(), m_window.get());
    wizard.setProfilesPath(profiles);
    wizard.setFileChooser([csv] { return csv; });
    wizard.setNameAsker([](const QString &) { return QStringLiteral("Dutch office"); });
    wizard.setErrorReporter([](const QString &title, const QString &message) {
        QFAIL(qPrintable(title + QStringLiteral(": ") + message));
    });
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // Step 1: the file, read off the GUI thread.
    wizard.findChild<QRadioButton *>(QStringLiteral("target-agreements"))->click();
    QCOMPARE(wizard.target(), ImportTarget::Agreements);
    wizard.findChild<QAbstractButton *>(QStringLiteral("chooseFile"))->click();
    QVERIFY(wizard.waitUntilIdle());
    const QString status = wizard.findChild<QLabel *>(QStringLiteral("importFileStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("UTF-8, semicolon-separated: 2 rows and 7 columns")), qPrintable(status));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    screenshot(wizard, QStringLiteral("import-1-file"));

    // Step 2: the Dutch headers are guessed; the preview reads the dates.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    QCOMPARE(combo(wizard, QStringLiteral("field-0"))->currentData().toString(), QStringLiteral("title"));
    QCOMPARE(combo(wizard, QStringLiteral("field-3"))->currentData().toString(), QStringLiteral("signed_on"));
    QCOMPARE(combo(wizard, QStringLiteral("field-4"))->currentData().toString(), QStringLiteral("parties"));
    QCOMPARE(combo(wizard, QStringLiteral("field-5"))->currentData().toString(), QStringLiteral("themes"));
    auto *preview = wizard.findChild<QTableWidget *>(QStringLiteral("mappingPreview"));
    QVERIFY(preview);
    int signedColumn = -1;
    for (int c = 0; c < preview->columnCount(); ++c)
        if (preview->horizontalHeaderItem(c)->text() == QLatin1String("Signed on"))
            signedColumn = c;
    QVERIFY(signedColumn >= 0);
    QCOMPARE(preview->item(0, signedColumn)->text(), QStringLiteral("12 September 2023"));
    QCOMPARE(preview->item(1, signedColumn)->text(), QStringLiteral("Q3 2024"));
    // The notes column goes into Summary instead: the guess can be changed.
    choose(combo(wizard, QStringLiteral("field-6")), QStringLiteral("Summary"));
    QCOMPARE(wizard.mapping().fieldAt(6), QStringLiteral("summary"));
    // Without a title column, Next is off.
    choose(combo(wizard, QStringLiteral("field-0")), QStringLiteral("(not imported)"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("mappingMissing"))->text().contains(QStringLiteral("Title")));
    choose(combo(wizard, QStringLiteral("field-0")), QStringLiteral("Title"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    screenshot(wizard, QStringLiteral("import-2-mapping"));
    // Saved as a profile for the next time.
    wizard.findChild<QAbstractButton *>(QStringLiteral("saveProfile"))->click();
    const MappingProfile saved = *MappingProfiles::load(profiles)->find(QStringLiteral("Dutch office"));
    QCOMPARE(saved.target, ImportTarget::Agreements);
    QCOMPARE(saved.fieldsByHeader.value(QStringLiteral("opmerkingen")), QStringLiteral("summary"));
    QCOMPARE(wizard.profileNames(), QStringList{QStringLiteral("Dutch office")});

    // Step 3: the partner names.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PartnersPage));
    auto *names = wizard.findChild<QTableWidget *>(QStringLiteral("partnerChoices"));
    QCOMPARE(names->rowCount(), 4);
    QCOMPARE(names->item(0, 0)->text(), QStringLiteral("lund university"));
    QVERIFY(combo(wizard, QStringLiteral("partnerChoice-0"))
                ->currentText()
                .startsWith(QStringLiteral("Link to Lund "
                                           "University")));
    QVERIFY(combo(wizard, QStringLiteral("partnerChoice-3"))
                ->currentText()
                .startsWith(QStringLiteral("Link to Skåne University Hospital")));
    QCOMPARE(combo(wizard, QStringLiteral("partnerChoice-2"))->currentText(), QStringLiteral("Add as a new partner"));
    screenshot(wizard, QStringLiteral("import-3-partners"));

    // Step 4: every row checked.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
    QVERIFY(wizard.waitUntilIdle());
    const QString summary = wizard.findChild<QLabel *>(QStringLiteral("checkSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("No problems found.</b> Adds 1 partner and 2 agreements.")),
             qPrintable(summary));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    screenshot(wizard, QStringLiteral("import-4-check"));

    const qint64 before = AgreementRepository(*m_window->database()).count().value();
    const int undoSteps = m_window->undoStack()->count();
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(imported.count(), 1);
    QCOMPARE(AgreementRepository(*m_window->database()).count().value(), before + 2);
    const qint64 karolinska = PartnerRepository(*m_window->database())
                                  .findByName(QStringLiteral("Karolinska "
                                                             "Institutet"))
                                  .value();
    QVERIFY(karolinska > 0);
    // One undoable step: undo removes the agreements and the new partner, redo brings them back.
    QCOMPARE(m_window->undoStack()->count(), undoSteps + 1);
    m_window->undoStack()->undo();
    QCOMPARE(AgreementRepository(*m_window->database()).count().value(), before);
    QCOMPARE(PartnerRepository(*m_window->database()).findByName(QStringLiteral("Karolinska Institutet")).value(), 0);
    m_window->undoStack()->redo();
    QCOMPARE(AgreementRepository(*m_window->database()).count().value(), before + 2);
    QCOMPARE(PartnerRepository(*m_window->database()).findByName(QStringLiteral("Karolinska Institutet")).value(),
             karolinska);
}

void TestImportWizard::fileWithProblemsImportsNothing()
{
    const QString csv = write(QStringLiteral("bad-milestones.csv"),
                              "Agreement,Milestone,Due date,Status\n"
                              "Cardiology services: SCRO and Cardialysis,Study started,31-02-2023,Planned\n"
                              "Cardiology services: SCRO and Cardialysis,Report,2024,Maybe\n"
                              "Cardiology services: SCRO and Cardialysis,Report,2024,Maybe\n");
    const QByteArray before = portfolioJson();
    ImportWizard wizard(*m_window->database(), m_window->undoStack(), m_window.get());
    wizard.setTarget(ImportTarget::Milestones);
    wizard.setFile(csv);
    wizard.show();
    QVERIFY(wizard.waitUntilIdle());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage)); // no partner names in a milestone file
    QVERIFY(wizard.waitUntilIdle());
    auto *report = wizard.findChild<QTableWidget *>(QStringLiteral("checkReport"));
    QCOMPARE(report->rowCount(), 3);
    QCOMPARE(report->item(0, 0)->text(), QStringLiteral("2"));
    QCOMPARE(report->item(0, 1)->text(), QStringLiteral("Due date"));
    QCOMPARE(report->item(0, 2)->text(), QStringLiteral("31-02-2023"));
    QVERIFY(report->item(0, 3)->text().contains(QStringLiteral("February 2023 has only 28 days")));
    QCOMPARE(report->item(1, 1)->text(), QStringLiteral("Status"));
    QVERIFY(report->item(2, 3)->text().contains(QStringLiteral("repeats row 3")));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("checkSummary"))->text().contains(QStringLiteral("3 problem")));
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    screenshot(wizard, QStringLiteral("import-5-problems"));
    wizard.accept(); // refused while there are problems
    QVERIFY(wizard.isVisible());
    QCOMPARE(portfolioJson(), before);
}

void TestImportWizard::cancelledImportChangesNothing()
{
    QByteArray csv = "Agreement,Title,Due\n";
    for (int i = 0; i < 20000; ++i)
        csv += "Bulk " + QByteArray::number(i % 100) + ",Milestone " + QByteArray::number(i) + ",2025-Q1\n";
    const QString path = write(QStringLiteral("big.csv"), csv);
    const QByteArray before = portfolioJson();
    ImportWizard wizard(*m_window->database(), m_window->undoStack(), m_window.get());
    QStringList errors;
    wizard.setErrorReporter([&errors](const QString &title, const QString &) { errors << title; });
    wizard.setTarget(ImportTarget::Milestones);
    wizard.setFile(path);
    wizard.show();
    QVERIFY(wizard.waitUntilIdle());
    wizard.next();
    wizard.next();
    QVERIFY(wizard.waitUntilIdle());
    QVERIFY2(wizard.button(QWizard::FinishButton)->isEnabled(),
             qPrintable(wizard.csvImport()->issues().value(0).toString()));
    const int undoSteps = m_window->undoStack()->count();
    // The progress dialog's Cancel, pressed while the rows are being written.
    QTimer::singleShot(0, &wizard, [&wizard] {
        if (auto *progress = wizard.findChild<QProgressDialog *>(QStringLiteral("importProgress")))
            progress->cancel();
    });
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(errors, QStringList{QStringLiteral("Import cancelled")});
    QVERIFY(wizard.isVisible());
    QCOMPARE(m_window->undoStack()->count(), undoSteps);
    QCOMPARE(portfolioJson(), before);
}

void TestImportWizard::aTypedPathIsReadWithoutEnter()
{
    // Seen: Next stayed disabled after a path was typed, until Enter was pressed in the field.
    const QString csv = write(QStringLiteral("partners.csv"), "Name,Country\r\nUppsala University,SE\r\n");
    ImportWizard wizard(*m_window->database(), m_window->undoStack(), m_window.get());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.findChild<QRadioButton *>(QStringLiteral("target-partners"))->click();
    auto *file = wizard.findChild<QLineEdit *>(QStringLiteral("importFile"));
    file->setFocus();
    QTest::keyClicks(file, csv);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QTRY_COMPARE(wizard.file(), csv);
    QVERIFY(wizard.waitUntilIdle());
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(file->hasFocus());
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
