// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/serveraddress.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QThread;

// File ▸ Connect to Server…: where a portfolio on a PostgreSQL server lives (host, port, database,
// user, TLS and the CA file for verify-full), its password, whether the system keychain keeps it,
// and a Test button that opens the portfolio read-only off the GUI thread and says exactly what went
// wrong, or what it found.
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Fills the fields from an address (a recent server); the password from the keychain if kept.
    void setAddress(const ServerAddress &address);
    // The address as filled in, with its password.
    ServerAddress address() const;
    bool keepsPassword() const;
    // Says why connecting failed (shown where a test's result goes).
    void showProblem(const QString &problem);
    // What the last test (or problem) said.
    QString testResult() const;

signals:
    void tested(bool ok);

private:
    void testConnection();
    void updateButtons();

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_keep = nullptr;
    QComboBox *m_tls = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QThread *m_testing = nullptr;
};
