// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QLineEdit>
#include <QPointer>

class Database;
class QStringListModel;

// Picks a partner by typing: completes names (and short names) from the portfolio as you type,
// however many partners there are (the completions come from SQL, a few at a time).
class PartnerPicker final : public QLineEdit
{
    Q_OBJECT

public:
    explicit PartnerPicker(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // The chosen partner (0: none or the text names no partner).
    qint64 partnerId() const;
    void setPartnerId(qint64 id);
    // How a partner is shown: "Lund University (SE)".
    static QString labelFor(const QString &name, const QString &country);

signals:
    // A partner was picked (0: the field was cleared).
    void partnerChosen(qint64 id);

private:
    void complete(const QString &typed);
    void choose();

    QPointer<Database> m_db;
    QStringListModel *m_completions = nullptr;
    QHash<QString, qint64> m_ids; // label -> id, of the completions offered
};
