// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/connectdialog.h"

#include "formdialog.h"
#include "store/database.h"
#include "store/serverpasswords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>

namespace {

// The TLS modes the dialog offers, as libpq names them.
const QStringList &tlsModes()
{
    static const QStringList modes{QStringLiteral("disable"), QStringLiteral("require"), QStringLiteral("verify-full")};
    return modes;
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to Server"));
    auto *form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(QStringLiteral("db.example.org"));
    form->addRow(tr("&Host:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(ServerAddress::DefaultPort);
    form->addRow(tr("&Port:"), m_port);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("database"));
    form->addRow(tr("&Database:"), m_database);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    form->addRow(tr("&User:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Pass&word:"), m_password);
    m_keep = new QCheckBox(tr("&Keep the password in the system keychain"), this);
    m_keep->setObjectName(QStringLiteral("keepPassword"));
    m_keep->setChecked(true);
    form->addRow(QString(), m_keep);
    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("encryption"));
    m_tls->addItem(tr("Off (only on a network you trust)"), tlsModes().at(0));
    m_tls->addItem(tr("Required (encrypted, certificate not checked)"), tlsModes().at(1));
    m_tls->addItem(tr("Verified (encrypted, certificate and host name checked)"), tlsModes().at(2));
    m_tls->setCurrentIndex(1);
    form->addRow(tr("&Encryption:"), m_tls);
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("The certificate of the server's authority (.crt, .pem)"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);
    // A row of two widgets: its label names the file's box itself, for the mnemonic.
    auto *caLabel = new QLabel(tr("&CA file:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);

    m_test = new QPushButton(tr("&Test Connection"), this);

    m_test->setObjectName(QStringLiteral("testConnection"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    m_buttons->addButton(m_test, QDialogButtonBox::ActionRole);

    layOutFormDialog(this, form, m_result, m_buttons);

    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Certificate of the server's authority"), m_caFile->text(),
                                         tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    for (QLineEdit *edit : {m_host, m_database, m_user, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateButtons);
    updateButtons();
}

ConnectDialog::~ConnectDialog()
{
    // A test still under way finishes (within libpq's connect_timeout) before the dialog goes.
    if (m_testing)
        m_testing->wait();
}

void ConnectDialog::setAddress(const ServerAddress &address)
{
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    const int tls = tlsModes().indexOf(address.sslMode);
    if (tls >= 0)
        m_tls->setCurrentIndex(tls);
    m_caFile->setText(address.sslRootCert);
    QString password = address.password;
    if (password.isEmpty()) {
        const ServerPasswords::Answer kept =
            ServerPasswords::read(ServerPasswords::keyOf(address.user, address.host, address.port, address.database));
        if (kept.outcome == ServerPasswords::Outcome::Found)
            password = kept.password;
    }
    m_password->setText(password);
}

ServerAddress ConnectDialog::address() const
{
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.password = m_password->text();
    address.sslMode = m_tls->currentData().toString();
    if (address.sslMode == tlsModes().at(2))
        address.sslRootCert = m_caFile->text().trimmed();
    return address;
}

bool ConnectDialog::keepsPassword() const
{
    return m_keep->isChecked();
}

void ConnectDialog::showProblem(const QString &problem)
{
    m_result->setText(problem);
}

QString ConnectDialog::testResult() const
{
    return m_result->text();
}

void ConnectDialog::updateButtons()
{
    const bool verified = m_tls->currentData().toString() == tlsModes().at(2);
    m_caFile->setEnabled(verified);
    m_browse->setEnabled(verified);
    const bool complete = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty() &&
                          !m_user->text().trimmed().isEmpty() && (!verified || !m_caFile->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && !m_testing);
    m_test->setEnabled(complete && !m_testing);
}

void ConnectDialog::testConnection()
{
    const ServerAddress address = this->address();
    m_result->setText(tr("Connecting to %1…").arg(address.displayName()));
    auto outcome = std::make_shared<QString>();
    auto ok = std::make_shared<bool>(false);
    // The connection is opened and closed in a thread of its own, so that a host that does not
    // answer does not freeze the window.
    m_testing = QThread::create([address, outcome, ok] {
        const auto opened = Database::open(address, Database::Mode::ReadOnly);
        if (!opened) {
            *outcome = opened.error().message;
            return;
        }
        *ok = true;
        *outcome = tr("Connected: the portfolio %1 is at schema version %2.")
                       .arg((*opened)->displayName())
                       .arg((*opened)->schemaVersion());
    });
    connect(m_testing, &QThread::finished, this, [this, outcome, ok] {
        m_testing->deleteLater();
        m_testing = nullptr;
        m_result->setText(*outcome);
        updateButtons();
        emit tested(*ok);
    });
    updateButtons();
    m_testing->start();
}
