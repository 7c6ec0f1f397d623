// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/userguide.h"

#include "help/helpwindow.h"

#include <QAction>
#include <QFile>
#include <QMainWindow>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace {

void showGuide(QMainWindow &window)
{
    HelpWindow::show(window, QStringLiteral("userGuideWindow"), QSize(720, 640), [&window] {
        auto *guide = new QWidget(&window, Qt::Window);
        guide->setWindowTitle(UserGuide::tr("Pactline User Guide"));
        auto *page = new QTextBrowser(guide);
        page->setObjectName(QStringLiteral("userGuidePage"));
        page->setOpenExternalLinks(true);
        page->setSource(QUrl(QStringLiteral("qrc") + UserGuide::source(UiLanguage::current())));
        auto *layout = new QVBoxLayout(guide);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(page);
        return guide;
    });
}

} // namespace

QAction *UserGuide::createAction(QMainWindow &window)
{
    auto *action = new QAction(tr("&User Guide"), &window);
    action->setObjectName(QStringLiteral("actionUserGuide"));
    action->setShortcut(QKeySequence::HelpContents);
    QObject::connect(action, &QAction::triggered, &window, [&window] { showGuide(window); });
    return action;
}

QString UserGuide::source(UiLanguage::Language language)
{
    const QString own = QStringLiteral(":/help/userguide_%1.html").arg(UiLanguage::code(language));
    return QFile::exists(own) ? own : QStringLiteral(":/help/userguide_en.html");
}
