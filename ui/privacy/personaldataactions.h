// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class MainWindow;

// A person's rights under the GDPR, from the partner form's contacts: Export Personal Data (a JSON
// of everything the portfolio holds about them) and Erase Person (after a confirmation that names
// what goes, what stays and which older copies of the portfolio still hold them).
class PersonalDataActions final : public QObject
{
    Q_OBJECT

public:
    explicit PersonalDataActions(MainWindow &window);

    // Connects the partner form's requests to the window's open portfolio.
    static PersonalDataActions *addTo(MainWindow &window);

    bool exportPersonalData(qint64 contactId);
    bool erasePerson(qint64 contactId);

    // Seams for tests: where to save, the erasure's confirmation, how errors are shown.
    struct Confirmation
    {
        bool erase = false;
        bool deleteCopies = false;
    };
    using FileChooser = std::function<QString(const QString &caption, const QString &suggestedName)>;
    using EraseConfirmer =
        std::function<Confirmation(const QString &title, const QString &text, const QStringList &copies)>;
    using ErrorReporter = std::function<void(const QString &title, const QString &message)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setEraseConfirmer(EraseConfirmer confirmer) { m_confirm = std::move(confirmer); }
    void setErrorReporter(ErrorReporter reporter) { m_reportError = std::move(reporter); }

private:
    MainWindow &m_window;
    FileChooser m_chooseFile;
    EraseConfirmer m_confirm;
    ErrorReporter m_reportError;
};
