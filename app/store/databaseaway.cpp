// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Database on a server: finding that its connection went away (a write or checkConnection() that
// fails on it), and connecting again.
#include "store/database.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

void Database::noteFailure(const StoreError &error)
{
    if (error.kind != StoreError::Kind::Disconnected || !isServerReachable())
        return;
    m_lostBecause = error.message;
    emit serverLost(m_lostBecause);
}

StoreError Database::awayError() const
{
    return {StoreError::Kind::Disconnected,
            QCoreApplication::translate("Database", "Nothing was saved: the server of “%1” is not reachable (%2).")
                .arg(displayName(), m_lostBecause)};
}

bool Database::checkConnection()
{
    if (!isOnServer() || !isServerReachable())
        return isServerReachable();
    // Qt's driver closes a connection it finds gone while it listens (statements then fail without an error).
    const QSqlDatabase link = connection();
    if (!link.isOpen()) {
        noteFailure({StoreError::Kind::Disconnected,
                     QCoreApplication::translate("Database", "The connection to the server was lost: %1")
                         .arg(QCoreApplication::translate("Database", "the server closed it."))});
        return false;
    }
    QSqlQuery probe(link);
    if (!probe.exec(QStringLiteral("SELECT 1")))
        noteFailure(sqlError(probe));
    return isServerReachable();
}

Result<void> Database::reconnect()
{
    if (!isOnServer() || isServerReachable())
        return {};
    QSqlDatabase link = connection();
    link.close();
    if (!link.open()) {
        const QString text = link.lastError().databaseText().trimmed().isEmpty()
                                 ? link.lastError().text()
                                 : link.lastError().databaseText().trimmed();
        return StoreError{StoreError::Kind::Disconnected,
                          QCoreApplication::translate("Database", "The server of “%1” is still not reachable: %2")
                              .arg(displayName(), text)};
    }
    if (auto settled = applySessionSettings(); !settled) {
        link.close();
        return StoreError{StoreError::Kind::Disconnected, settled.error().message};
    }
    m_lostBecause.clear();
    emit serverBack();
    announceChange(allTables());
    return {};
}

bool Database::serverAnswers(const QString &connectionName)
{
    static QAtomicInt probes;
    const QString probeName = connectionName + QStringLiteral("-probe-%1").arg(probes.fetchAndAddRelaxed(1));
    bool answers = false;
    {
        QSqlDatabase probe = QSqlDatabase::cloneDatabase(connectionName, probeName);
        answers = probe.isValid() && probe.open();
        probe.close();
    }
    QSqlDatabase::removeDatabase(probeName);
    return answers;
}
