// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testsupport.h"

#include <QList>
#include <QMessageBox>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class MainWindow;
class QAbstractItemModel;
class QModelIndex;
class QTableView;
class QWidget;
class RecordView;

namespace TestSupport {

// What a test of the main window starts from and looks at afterwards: a fresh temporary folder and
// cleared settings in each test, and what the windows reported and asked.
class WindowFixture
{
public:
    // For init(): clears the settings and what was written down, and makes a fresh folder.
    void start();
    // For cleanup(): removes the folder and clears the settings.
    void finish();

    QTemporaryDir &dir() const { return *m_dir; }

    // Writes the window's error messages into errors and its questions (the text, a line break and the
    // details) into questions, answering each with the next of answers or, when none is left, answer.
    void listenTo(MainWindow &window);
    // Listens to the window and opens the portfolio dir/name in it, made from the sample unless it is
    // there already; returns its path, or nothing when it did not open.
    QString openSample(MainWindow &window, const QString &name = QStringLiteral("sample.pactline"));
    // openSample(), then shows the window and waits until it is exposed.
    QString showSample(MainWindow &window, const QString &name = QStringLiteral("sample.pactline"));
    // showSample(), then the view of that id through its action in the View menu; null when either failed.
    RecordView *showView(MainWindow &window, const QString &id);

    QStringList errors;
    QStringList questions;
    QList<QMessageBox::StandardButton> answers;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

// A main window on a fresh copy of the sample in dir (a file of its own at each call), in which every
// error report fails the test; null, and the test failed, when the copy could not be made or opened.
std::unique_ptr<MainWindow> strictSampleWindow(const QTemporaryDir &dir);

// Triggers the window's action of that object name, failing the test when it is missing or disabled.
void trigger(MainWindow &window, const char *action);
// The texts of the window's menus a user meets first: File, Edit, View, Language, Edit ▸ Undo.
QStringList mainMenuTexts(MainWindow &window);
// The window's view of that id ("agreements" finds agreementsView).
RecordView *view(MainWindow &window, const QString &id);

// Makes the cell current in the table and presses Enter on it: the editor that has the focus then, or null.
QWidget *openEditor(QTableView *table, const QModelIndex &index);

} // namespace TestSupport
