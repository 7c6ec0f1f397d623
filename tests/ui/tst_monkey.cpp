// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A monkey on the real main window: a seeded random walk of user actions (open, new and switch
// portfolio, switch view, select, add, duplicate, delete, type into form fields and table cells,
// apply, revert, undo, redo, filter, sort, drag on the timeline, close and reopen the window).
// After every step: nothing crashed, what the current list shows is what the file holds, and the
// form shows a record that exists; every few steps the file passes Pactline's own check, and at the
// end `pactline check`. A failure prints the seed and the actions that led to it.
//   PACTLINE_MONKEY_SEED=N     the first seed (default 1); PACTLINE_MONKEY_SEEDS=K seeds from there (4)
//   PACTLINE_MONKEY_STEPS=N    actions per seed (default 600)
#include "mainwindow.h"
#include "models/recordtablemodel.h"
#include "records/filterbar.h"
#include "records/recordform.h"
#include "records/recordview.h"
#include "store/database.h"
#include "store/portfoliocheck.h"
#include "testsupport.h"
#include "timeline/timelineview.h"
#include "timeline/timelinewidget.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace TestSupport;

namespace {

int environmentNumber(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// What a user types: valid and invalid dates, country names and codes, markup, long and odd text.
const QStringList &typings()
{
    static const QStringList texts{QString(),
                                   QStringLiteral("Netherlands"),
                                   QStringLiteral("Zweden"),
                                   QStringLiteral("SE"),
                                   QStringLiteral("ZZ"),
                                   QStringLiteral("2027-03-15"),
                                   QStringLiteral("Q4 2030"),
                                   QStringLiteral("Q5 2025"),
                                   QStringLiteral("2026-13-40"),
                                   QStringLiteral("spring 2027"),
                                   QStringLiteral("2028"),
                                   QStringLiteral("H2 2029"),
                                   QStringLiteral("https://example.org"),
                                   QStringLiteral("Åsa Öberg"),
                                   QStringLiteral("x'; DROP TABLE partner;--"),
                                   QStringLiteral("<b>bold</b> & \"quoted\""),
                                   QStringLiteral("   "),
                                   QStringLiteral("Lund University"),
                                   QString(300, QLatin1Char('w')),
                                   QStringLiteral("Health~Holland"),
                                   QStringLiteral("active"),
                                   QStringLiteral("done")};
    return texts;
}

// The table each record view lists.
QString tableOfView(const QString &viewId)
{
    static const QHash<QString, QString> tables{{QStringLiteral("partners"), QStringLiteral("partner")},
                                                {QStringLiteral("agreements"), QStringLiteral("agreement")},
                                                {QStringLiteral("milestones"), QStringLiteral("milestone")},
                                                {QStringLiteral("events"), QStringLiteral("event")}};
    return tables.value(viewId);
}

} // namespace

class TestMonkey : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void randomWalk_data();
    void randomWalk();

private:
    using Action = std::function<QString()>; // does something, says what (empty: nothing to do)

    void openWindow(const QString &path);
    QList<QPair<int, Action>> actions();
    QString pick(const QStringList &from) { return from.at(int(m_random.bounded(qsizetype(from.size())))); }
    int bounded(int limit) { return limit > 0 ? int(m_random.bounded(limit)) : 0; }
    RecordView *currentRecordView() const;
    RecordForm *visibleForm() const;
    QString trigger(const char *name);
    QString clickRow();
    QString typeIntoForm();
    QString editCell();
    QString filter();
    QString sort();
    QString dragOnTimeline();
    QString reopenWindow();
    QString clickSidebar();
    // What the views show against what the file holds; empty when they agree.
    QString viewsAgreeWithTheFile() const;
    static void closeStrayDialogs();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QRandomGenerator m_random;
    QStringList m_files;
    int m_newFiles = 0;
};

namespace {
QtMessageHandler testLogHandler = nullptr;

// The offscreen platform says "This plugin does not support raise()" (and the like) thousands of
// times in a long walk; QtTest stops logging after 2,000 warnings, and with them the walk's own
// lines. Those are left out here; everything else goes on to QtTest.
void leaveOutPlatformChatter(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("This plugin does not support")))
        return;
    testLogHandler(type, context, message);
}
} // namespace

void TestMonkey::initTestCase()
{
    testLogHandler = qInstallMessageHandler(leaveOutPlatformChatter);
    // A dialog the walk did not expect (a warning, a file dialog) must not stop it.
    auto *closer = new QTimer(this);
    connect(closer, &QTimer::timeout, this, &TestMonkey::closeStrayDialogs);
    closer->start(200);
}

void TestMonkey::closeStrayDialogs()
{
    if (QWidget *modal = QApplication::activeModalWidget())
        modal->close();
}

void TestMonkey::randomWalk_data()
{
    QTest::addColumn<quint32>("seed");
    const int first = environmentNumber("PACTLINE_MONKEY_SEED", 1);
    const int count = environmentNumber("PACTLINE_MONKEY_SEEDS", 4);
    for (int seed = first; seed < first + count; ++seed)
        QTest::addRow("seed %d", seed) << quint32(seed);
}

void TestMonkey::openWindow(const QString &path)
{
    m_window = std::make_unique<MainWindow>();
    m_window->setErrorReporter([](const QString &, const QString &) {});
    m_window->setQuestionAsker(
        [this](const QString &, const QString &, const QString &, QMessageBox::StandardButtons buttons) {
            QList<QMessageBox::StandardButton> offered;
            for (auto button : {QMessageBox::Apply, QMessageBox::Discard, QMessageBox::Cancel, QMessageBox::Yes,
                                QMessageBox::No, QMessageBox::Open, QMessageBox::Ok})
                if (buttons & button)
                    offered << button;
            return offered.isEmpty() ? QMessageBox::Cancel : offered.at(bounded(int(offered.size())));
        });
    m_window->setFileChooser([this](const QString &, bool forSaving) {
        if (forSaving)
            return m_dir->filePath(QStringLiteral("new-%1.pactline").arg(++m_newFiles));
        return pick(m_files);
    });
    m_window->resize(1280, 720);
    if (!path.isEmpty())
        m_window->openFile(path);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

RecordView *TestMonkey::currentRecordView() const
{
    return m_window->recordView(m_window->currentViewId());
}

RecordForm *TestMonkey::visibleForm() const
{
    for (RecordForm *form : m_window->findChildren<RecordForm *>())
        if (form->isVisibleTo(m_window.get()))
            return form;
    return nullptr;
}

QString TestMonkey::trigger(const char *name)
{
    QAction *action = m_window->findChild<QAction *>(QLatin1String(name));
    if (!action || !action->isEnabled())
        return {};
    action->trigger();
    return QLatin1String(name);
}

QString TestMonkey::clickRow()
{
    RecordView *view = currentRecordView();
    if (!view || view->model()->rowCount() == 0)
        return {};
    QTableView *table = view->table();
    const int row = bounded(view->model()->rowCount());
    const QModelIndex index = view->model()->index(row, 0);
    table->scrollTo(index);
    const Qt::KeyboardModifiers modifiers = bounded(5) == 0 ? Qt::ShiftModifier : Qt::NoModifier;
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, table->visualRect(index).center());
    return QStringLiteral("click row %1%2").arg(row).arg(modifiers ? QStringLiteral(" with Shift") : QString());
}

QString TestMonkey::typeIntoForm()
{
    RecordForm *form = visibleForm();
    if (!form || form->recordId() == 0)
        return {};
    QList<QWidget *> fields;
    for (QWidget *widget : form->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(form) || !widget->isEnabled())
            continue;
        auto *line = qobject_cast<QLineEdit *>(widget);
        if ((line && !line->isReadOnly() && !qobject_cast<QComboBox *>(widget->parentWidget())) ||
            qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QComboBox *>(widget))
            fields << widget;
    }
    if (fields.isEmpty())
        return {};
    QWidget *field = fields.at(bounded(int(fields.size())));
    field->setFocus();
    if (auto *box = qobject_cast<QComboBox *>(field)) {
        if (box->count() == 0)
            return {};
        const int index = bounded(box->count());
        box->setCurrentIndex(index);
        return QStringLiteral("choose item %1 in %2").arg(index).arg(field->objectName());
    }
    const QString text = pick(typings());
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->selectAll();
    else
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
    if (bounded(3) == 0)
        QTest::keyClick(field, Qt::Key_Return);
    return QStringLiteral("type \"%1\" into %2").arg(text.left(40), field->objectName());
}

QString TestMonkey::editCell()
{
    RecordView *view = currentRecordView();
    if (!view || view->model()->rowCount() == 0)
        return {};
    const int row = bounded(view->model()->rowCount());
    const int column = bounded(view->model()->columnCount());
    QTableView *table = view->table();
    table->setFocus();
    table->setCurrentIndex(view->model()->index(row, column));
    QTest::keyClick(table, Qt::Key_F2);
    // A cell's editor is a child of the table; anything else with the focus means no editor opened.
    QWidget *editor = QApplication::focusWidget();
    if (!editor || editor == table || !table->isAncestorOf(editor))
        return QStringLiteral("F2 on cell %1,%2 (not editable)").arg(row).arg(column);
    const QString text = pick(typings());
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->selectAll();
    // The editor is gone after Enter or Escape: what it was is noted first.
    const QString editorName =
        QString::fromLatin1(editor->metaObject()->className()) + QLatin1Char(' ') + editor->objectName();
    QTest::keyClicks(editor, text);
    const bool commit = bounded(4) != 0;
    QTest::keyClick(editor, commit ? Qt::Key_Return : Qt::Key_Escape);
    return QStringLiteral("edit cell %1,%2 in %3: \"%4\" then %5")
        .arg(row)
        .arg(column)
        .arg(editorName, text.left(40), commit ? QStringLiteral("Enter") : QStringLiteral("Escape"));
}

QString TestMonkey::filter()
{
    RecordView *view = currentRecordView();
    if (!view)
        return {};
    QLineEdit *search = view->filterBar()->searchField();
    const QString text = bounded(2) == 0 ? QString() : pick(typings()).left(6);
    search->setFocus();
    search->selectAll();
    QTest::keyClick(search, Qt::Key_Delete);
    QTest::keyClicks(search, text);
    QTest::qWait(5);
    return QStringLiteral("search \"%1\"").arg(text);
}

QString TestMonkey::sort()
{
    RecordView *view = currentRecordView();
    if (!view)
        return {};
    QHeaderView *header = view->table()->horizontalHeader();
    const int section = bounded(header->count());
    if (header->isSectionHidden(section))
        return {};
    const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    return QStringLiteral("sort by column %1").arg(section);
}

QString TestMonkey::dragOnTimeline()
{
    auto *timeline = m_window->findChild<TimelineWidget *>();
    if (!timeline || !timeline->isVisibleTo(m_window.get()))
        return {};
    QWidget *viewport = timeline->viewport();
    const QPoint from(bounded(viewport->width()), bounded(viewport->height()));
    const QPoint to(bounded(viewport->width()), bounded(viewport->height()));
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, from + QPoint(8, 0));
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    return QStringLiteral("drag on the timeline from %1,%2 to %3,%4")
        .arg(from.x())
        .arg(from.y())
        .arg(to.x())
        .arg(to.y());
}

QString TestMonkey::reopenWindow()
{
    const QString path = m_window->database() ? m_window->database()->path() : pick(m_files);
    if (!m_window->close())
        return QStringLiteral("close the window (refused)");
    m_window.reset();
    openWindow(path);
    return QStringLiteral("close the window and open %1 again").arg(QFileInfo(path).fileName());
}

QString TestMonkey::clickSidebar()
{
    auto *list = m_window->findChild<QListWidget *>(QStringLiteral("viewList"));
    if (!list || list->count() == 0)
        return {};
    const int row = bounded(list->count());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
    return QStringLiteral("click %1 in the view list").arg(list->item(row)->text());
}

QList<QPair<int, TestMonkey::Action>> TestMonkey::actions()
{
    // Weight, action.
    QList<QPair<int, Action>> all{
        {10, [this] { return clickRow(); }},
        {10, [this] { return typeIntoForm(); }},
        {6,
         [this] {
             RecordForm *form = visibleForm();
             if (!form || !form->isDirty())
                 return QString();
             if (bounded(3) == 0) {
                 form->revert();
                 return QStringLiteral("Revert");
             }
             return form->apply() ? QStringLiteral("Apply") : QStringLiteral("Apply (refused)");
         }},
        {6, [this] { return editCell(); }},
        {4, [this] { return trigger("actionAdd"); }},
        {2, [this] { return trigger("actionDuplicate"); }},
        {3, [this] { return trigger("actionDelete"); }},
        {5, [this] { return trigger("actionUndo"); }},
        {3, [this] { return trigger("actionRedo"); }},
        {3, [this] { return filter(); }},
        {2, [this] { return sort(); }},
        {3, [this] { return dragOnTimeline(); }},
        {1, [this] { return trigger("actionOpen"); }},
        {1, [this] { return trigger("actionNew"); }},
        {1, [this] { return trigger("actionClose"); }},
        {1, [this] { return reopenWindow(); }},
    };
    all.append({3, [this] { return clickSidebar(); }});
    for (const char *view : {"actionView_partners", "actionView_agreements", "actionView_milestones",
                             "actionView_events", "actionView_timeline"})
        all.append({2, [this, view] { return trigger(view); }});
    return all;
}

QString TestMonkey::viewsAgreeWithTheFile() const
{
    if (!m_window->database())
        return {};
    // Only the form in front can hold typing: a hidden one that is changed would ask about work the
    // user cannot see.
    for (const RecordForm *form : m_window->findChildren<RecordForm *>())
        if (form->isDirty() && !form->isVisibleTo(m_window.get()))
            return QStringLiteral("the hidden %1 holds changes")
                .arg(QString::fromLatin1(form->metaObject()->className()));
    const QString path = m_window->database()->path();
    const QString connection = QStringLiteral("monkey-truth");
    QString problem;
    {
        QSqlDatabase truth = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        truth.setDatabaseName(path);
        truth.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!truth.open())
            return QStringLiteral("cannot read %1: %2").arg(path, truth.lastError().text());
        const auto idsOf = [&truth](const QString &table) {
            QSet<qint64> ids;
            QSqlQuery query(truth);
            query.exec(QStringLiteral("SELECT id FROM ") + table);
            while (query.next())
                ids.insert(query.value(0).toLongLong());
            return ids;
        };
        if (RecordView *view = currentRecordView()) {
            const QString table = tableOfView(view->id());
            const QSet<qint64> stored = idsOf(table);
            RecordTableModel *model = view->model();
            const ListQuery query = model->query();
            if (model->totalCount() != stored.size())
                problem = QStringLiteral("the %1 view counts %2 records, the file holds %3")
                              .arg(view->id())
                              .arg(model->totalCount())
                              .arg(stored.size());
            const bool unfiltered = query.search.isEmpty() && query.filters.isEmpty();
            if (problem.isEmpty() && unfiltered && model->isCountExact() && model->rowCount() != stored.size() &&
                !model->canFetchMore({}))
                problem = QStringLiteral("the %1 view lists %2 rows of %3 records")
                              .arg(view->id())
                              .arg(model->rowCount())
                              .arg(stored.size());
            for (int row = 0; problem.isEmpty() && row < model->rowCount(); ++row) {
                const qint64 id = model->idAt(row);
                if (id > 0 && !stored.contains(id))
                    problem =
                        QStringLiteral("the %1 view lists record %2, which is not in the file").arg(view->id()).arg(id);
            }
            RecordForm *form = visibleForm();
            const QString formTable =
                form ? QString::fromLatin1(form->metaObject()->className()).remove(QStringLiteral("Form")).toLower()
                     : QString();
            // A list's form is the form of its records: never a partner's beside the agreements.
            if (problem.isEmpty() && form && formTable != table)
                problem = QStringLiteral("the %1 view shows a %2 form").arg(view->id(), formTable);
            const auto *gone = form ? form->findChild<QLabel *>(QStringLiteral("formEmpty")) : nullptr;
            const bool saysGone = gone && gone->isVisible(); // "This record no longer exists."
            if (problem.isEmpty() && form && form->recordId() > 0 && !form->isDirty() && !saysGone) {
                if (!idsOf(formTable).contains(form->recordId()))
                    problem = QStringLiteral("the %1 form shows record %2, which is not in the file")
                                  .arg(formTable)
                                  .arg(form->recordId());
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return problem;
}

void TestMonkey::randomWalk()
{
    QFETCH(quint32, seed);
    QSettings().clear();
    m_random.seed(seed);
    m_dir = std::make_unique<QTemporaryDir>();
    m_newFiles = 0;
    m_files = {createSamplePortfolio(*m_dir, QStringLiteral("first.pactline")),
               createSamplePortfolio(*m_dir, QStringLiteral("second.pactline"))};
    openWindow(m_files.first());
    if (QTest::currentTestFailed())
        return;

    const QList<QPair<int, Action>> all = actions();
    int totalWeight = 0;
    for (const auto &entry : all)
        totalWeight += entry.first;

    const int steps = environmentNumber("PACTLINE_MONKEY_STEPS", 600);
    QStringList done;
    QMap<QString, int> tally; // how often each kind of action did something
    // The last actions go to the log in full (a test message is cut short), the problem to the failure.
    const auto replay = [&done, seed](const QString &problem) {
        const QStringList last = done.mid(qMax(0, int(done.size()) - 60));
        for (const QString &line : last)
            qWarning("  %s", qPrintable(line));
        return QStringLiteral("%1\n(seed %2: PACTLINE_MONKEY_SEED=%2 PACTLINE_MONKEY_SEEDS=1 replays it; the last %3 "
                              "actions are above)")
            .arg(problem)
            .arg(seed)
            .arg(last.size());
    };
    for (int step = 0; step < steps; ++step) {
        int roll = bounded(totalWeight);
        int chosen = 0;
        while (roll >= all.at(chosen).first)
            roll -= all.at(chosen++).first;
        const QString what = all.at(chosen).second();
        if (QTest::currentTestFailed())
            return;
        if (what.isEmpty())
            continue;
        const RecordForm *form = visibleForm();
        done << QStringLiteral("%1: %2 [%3; %4]")
                    .arg(step)
                    .arg(what, m_window->currentViewId(),
                         form ? QStringLiteral("%1 %2%3")
                                    .arg(QString::fromLatin1(form->metaObject()->className()))
                                    .arg(form->recordId())
                                    .arg(form->isDirty() ? QStringLiteral(", changed") : QString())
                              : QStringLiteral("no form"));
        ++tally[what.section(QLatin1Char(' '), 0, 1)];
        QApplication::processEvents();
        if (const QString disagreement = viewsAgreeWithTheFile(); !disagreement.isEmpty())
            QFAIL(qPrintable(replay(disagreement)));
        if (step % 50 == 0 && m_window->database()) {
            const PortfolioCheck check = PortfolioCheck::run(m_window->database()->path());
            if (check.outcome != PortfolioCheck::Outcome::Healthy)
                QFAIL(qPrintable(replay(check.findings.join(QLatin1Char('\n')))));
        }
    }
    QStringList checked;
    const QString last = m_window->database() ? m_window->database()->path() : QString();
    m_window->close();
    m_window.reset();
    for (const QString &file : QDir(m_dir->path()).entryList({QStringLiteral("*.pactline")}, QDir::Files)) {
        const ProcessResult result = runPactline({QStringLiteral("check"), m_dir->filePath(file)});
        if (result.exitCode != 0)
            QFAIL(qPrintable(replay(file + QStringLiteral(": ") + result.out + result.err)));
        checked << file;
    }
    QVERIFY(checked.size() >= 2);
    QStringList kinds;
    for (auto it = tally.cbegin(); it != tally.cend(); ++it)
        kinds << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    qInfo("seed %u: %d actions, %d portfolios checked, last open %s; %s", seed, int(done.size()), int(checked.size()),
          qPrintable(QFileInfo(last).fileName()), qPrintable(kinds.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestMonkey)
#include "tst_monkey.moc"
