// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "windowactions.h"

#include <QStringList>

#include <functional>

// A person's rights under the GDPR, from the partner form's contacts: Export Personal Data (a JSON
// of everything the portfolio holds about them) and Erase Person (after a confirmation that names
// what goes, what stays and which older copies of the portfolio still hold them).
class PersonalDataActions final : public WindowActions
{
    Q_OBJECT

public:
    // Connects the partner form's requests to the window's open portfolio.
    explicit PersonalDataActions(WindowContext &context);

    bool exportPersonalData(qint64 contactId);
    bool erasePerson(qint64 contactId);

    // Seams for tests: where to save, the erasure's confirmation.
    struct Confirmation
    {
        bool erase = false;
        bool deleteCopies = false;
    };
    using FileChooser = std::function<QString(const QString &caption, const QString &suggestedName)>;
    using EraseConfirmer =
        std::function<Confirmation(const QString &title, const QString &text, const QStringList &copies)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setEraseConfirmer(EraseConfirmer confirmer) { m_confirm = std::move(confirmer); }

private:
    FileChooser m_chooseFile;
    EraseConfirmer m_confirm;
};
