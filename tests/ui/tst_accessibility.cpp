// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window on the sample, read as a screen reader and a keyboard user meet it: every
// control the Tab key reaches on the partners, agreements, milestones and events views (a record in
// the Details pane) has a name a screen reader can say, and Tab moves down the partner form, not up
// and down.
#include "mainwindow.h"
#include "records/recordview.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace TestSupport;

namespace {

// The controls Tab stops at, in the order it does, starting from the window.
QList<QWidget *> focusChain(QWidget &window)
{
    QList<QWidget *> chain;
    for (QWidget *widget = window.nextInFocusChain(); widget && widget != &window; widget = widget->nextInFocusChain())
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
            !widget->focusProxy())
            chain << widget;
    return chain;
}

// A name for screen readers: its own, its text (buttons, check boxes), a label's that it is the buddy
// of, or a line edit's placeholder.
bool isNamed(const QWidget &widget, const QList<QLabel *> &labels)
{
    if (!widget.accessibleName().isEmpty())
        return true;
    if (const auto *button = qobject_cast<const QAbstractButton *>(&widget); button && !button->text().isEmpty())
        return true;
    if (const auto *edit = qobject_cast<const QLineEdit *>(&widget); edit && !edit->placeholderText().isEmpty())
        return true;
    return std::any_of(labels.cbegin(), labels.cend(),
                       [&widget](const QLabel *label) { return label->buddy() == &widget; });
}

QString describe(const QWidget &widget)
{
    QStringList path;
    for (const QWidget *w = &widget; w && !w->isWindow(); w = w->parentWidget())
        if (!w->objectName().isEmpty())
            path.prepend(w->objectName());
    return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(widget.metaObject()->className()),
                                         path.join(QLatin1Char('/')));
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyControlHasAName_data();
    void everyControlHasAName();
    void tabMovesDownThePartnerForm();

private:
    bool showRecord(const QString &view, qint64 id);

    std::unique_ptr<MainWindow> m_window;
    TestSupport::WindowFixture m_ui;
};

void TestAccessibility::init()
{
    m_ui.start();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(!m_ui.openSample(*m_window).isEmpty());
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_ui.finish();
}

bool TestAccessibility::showRecord(const QString &view, qint64 id)
{
    if (!m_window->showView(view) || !m_window->recordView(view)->selectId(id))
        return false;
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("detailDock"));
    if (!QTest::qWaitFor([dock] { return dock->isVisible(); }))
        return false;
    QCoreApplication::processEvents();
    return true;
}

void TestAccessibility::everyControlHasAName_data()
{
    QTest::addColumn<QString>("view");
    for (const char *view : {"partners", "agreements", "milestones", "events"})
        QTest::newRow(view) << QString::fromLatin1(view);
}

void TestAccessibility::everyControlHasAName()
{
    QFETCH(QString, view);
    QVERIFY(showRecord(view, 1));
    const QList<QWidget *> chain = focusChain(*m_window);
    QVERIFY(chain.size() > 10);
    const QList<QLabel *> labels = m_window->findChildren<QLabel *>();
    QStringList unnamed;
    for (const QWidget *widget : chain)
        if (!isNamed(*widget, labels))
            unnamed << describe(*widget);
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("without a name: ") + unnamed.join(QStringLiteral(", "))));
    QVERIFY2(m_ui.errors.isEmpty(), qPrintable(m_ui.errors.join(QLatin1Char('\n'))));
}

void TestAccessibility::tabMovesDownThePartnerForm()
{
    QVERIFY(showRecord(QStringLiteral("partners"), 1));
    auto *form = m_window->findChild<QWidget *>(QStringLiteral("partnerForm"));
    QVERIFY(form);
    QList<QRect> places;
    QStringList names;
    for (QWidget *widget : focusChain(*m_window))
        if (form->isAncestorOf(widget)) {
            places << QRect(widget->mapTo(form, QPoint(0, 0)), widget->size());
            names << describe(*widget);
        }
    QVERIFY(places.size() >= 8);
    // The chain is a ring: it may start below the top of the form and wrap round once.
    int upward = 0;
    for (int i = 1; i < places.size(); ++i)
        if (places.at(i).center().y() < places.at(i - 1).top()) {
            ++upward;
            QVERIFY2(upward == 1 && places.constLast().center().y() < places.constFirst().top(),
                     qPrintable(names.at(i - 1) + QStringLiteral(" → ") + names.at(i)));
        }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
