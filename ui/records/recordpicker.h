// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/popupcompletions.h"
#include "store/database.h"

#include <QHash>
#include <QLineEdit>
#include <QPointer>
#include <QStringList>
#include <QStringListModel>

// The base of the edits that pick a record by typing: as the user types, the records the text finds
// are offered as completions (a few at a time, from SQL, however many the portfolio holds), each label
// standing for the Key of the record it names.
template<typename Key>
class RecordPicker : public QLineEdit
{
public:
    // The portfolio the completions come from; another one forgets what was offered.
    void setDatabase(Database *db)
    {
        if (m_db == db)
            return;
        m_db = db;
        m_offered.clear();
        m_completions->setStringList({});
    }

protected:
    explicit RecordPicker(QWidget *parent)
        : QLineEdit(parent)
        , m_completions(addPopupCompletions(this))
    {
        connect(this, &QLineEdit::textEdited, this, [this](const QString &typed) {
            if (m_db && !typed.trimmed().isEmpty())
                m_completions->setStringList(offer(*m_db, typed.trimmed()));
        });
    }

    // The labels to offer for the typed text, each put in m_offered with the record it stands for.
    virtual QStringList offer(Database &db, const QString &typed) = 0;

    QPointer<Database> m_db;
    QHash<QString, Key> m_offered;

private:
    QStringListModel *m_completions;
};
