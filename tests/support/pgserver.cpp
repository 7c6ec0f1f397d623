// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QVersionNumber>

namespace {

bool isRoot()
{
    static const bool root = [] {
        QProcess id;
        id.start(QStringLiteral("id"), {QStringLiteral("-u")});
        return id.waitForFinished(10000) && id.readAllStandardOutput().trimmed() == "0";
    }();
    return root;
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write(bytes) == bytes.size();
}

} // namespace

PgServer::PgServer()
    : PgServer(Options())
{}

PgServer::PgServer(const Options &options)
    : m_options(options)
{
    m_running = setUp();
}

PgServer::~PgServer()
{
    if (m_running)
        run(QDir(binDir()).filePath(QStringLiteral("pg_ctl")),
            {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
}

QString PgServer::binDir()
{
    const QString configured = qEnvironmentVariable("PACTLINE_PG_BINDIR");
    if (!configured.isEmpty())
        return configured;
    // Debian keeps the server programs in /usr/lib/postgresql/VERSION/bin: the newest.
    QString best;
    QVersionNumber bestVersion;
    const QDir versions(QStringLiteral("/usr/lib/postgresql"));
    for (const QString &name : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber version = QVersionNumber::fromString(name);
        const QString bin = versions.filePath(name + QStringLiteral("/bin"));
        if (QFileInfo::exists(bin + QStringLiteral("/initdb")) && version > bestVersion) {
            best = bin;
            bestVersion = version;
        }
    }
    if (!best.isEmpty())
        return best;
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

bool PgServer::required()
{
    return !qEnvironmentVariableIsEmpty("PACTLINE_REQUIRE_POSTGRES");
}

QString PgServer::socketDir() const
{
    return m_dir ? m_dir->path() : QString();
}

ServerAddress PgServer::superuserAddress(const QString &host, const QString &database) const
{
    ServerAddress address;
    address.user = superuser();
    address.password = superuserPassword();
    address.host = host;
    address.port = port();
    address.database = database;
    return address;
}

QString PgServer::certificate() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("server.crt")) : QString();
}

bool PgServer::run(const QString &program, const QStringList &arguments, QString *output, bool asOwner) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // PostgreSQL will not run as root: as root, its programs run as the postgres user.
    if (asOwner && isRoot())
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} +
                          arguments);
    else
        process.start(program, arguments);
    const bool finished = process.waitForFinished(120000);
    const QString out = QString::fromLocal8Bit(process.readAll());
    if (output)
        *output = out.trimmed();
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PgServer::setUp()
{
    const QString bin = binDir();
    if (bin.isEmpty()) {
        m_problem = QStringLiteral("initdb was not found (Debian: apt install postgresql)");
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("pactline-pgtest-XXXXXX")));
    m_port = freePort();
    if (!m_dir->isValid() || m_port == 0) {
        m_problem = QStringLiteral("no temporary folder or no free port");
        return false;
    }
    const QString data = m_dir->filePath(QStringLiteral("data"));
    const QString passwordFile = m_dir->filePath(QStringLiteral("superuser.password"));
    if (!writeFile(passwordFile, superuserPassword().toUtf8() + '\n')) {
        m_problem = QStringLiteral("cannot write in %1").arg(m_dir->path());
        return false;
    }
    if (m_options.tls) {
        QString error;
        const QString host = m_options.certificateHost;
        if (!run(QStringLiteral("openssl"),
                 {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                  QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                  QStringLiteral("/CN=%1").arg(host), QStringLiteral("-addext"),
                  host == QLatin1String("localhost") ? QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")
                                                     : QStringLiteral("subjectAltName=DNS:%1").arg(host),
                  QStringLiteral("-keyout"), m_dir->filePath(QStringLiteral("server.key")), QStringLiteral("-out"),
                  certificate()},
                 &error, false)) {
            m_problem = QStringLiteral("openssl could not make a certificate: %1").arg(error);
            return false;
        }
        QFile::setPermissions(m_dir->filePath(QStringLiteral("server.key")), QFile::ReadOwner | QFile::WriteOwner);
    }
    if (isRoot() && !run(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:"), m_dir->path()},
                         nullptr, false)) {
        m_problem = QStringLiteral("cannot give %1 to the postgres user").arg(m_dir->path());
        return false;
    }
    QString output;
    if (!run(QDir(bin).filePath(QStringLiteral("initdb")),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), superuser(), QStringLiteral("--pwfile"), passwordFile,
              QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"),
              QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("-N")},
             &output)) {
        m_problem = QStringLiteral("initdb failed: %1").arg(output);
        return false;
    }
    QByteArray settings = QStringLiteral("\nport = %1\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '%2'\n"
                                         "fsync = off\nmax_connections = 60\nlog_min_messages = warning\n")
                              .arg(m_port)
                              .arg(m_dir->path())
                              .toUtf8();
    if (m_options.tls)
        settings += QStringLiteral("ssl = on\nssl_cert_file = '%1'\nssl_key_file = '%2'\n")
                        .arg(certificate(), m_dir->filePath(QStringLiteral("server.key")))
                        .toUtf8();
    const QString conf = data + QStringLiteral("/postgresql.conf");
    // The owner appends the settings (root's writes would be refused on a postgres-owned file anyway).
    QProcess append;
    if (isRoot())
        append.start(QStringLiteral("runuser"),
                     {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), QStringLiteral("sh"),
                      QStringLiteral("-c"), QStringLiteral("cat >> '%1'").arg(conf)});
    else
        append.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("cat >> '%1'").arg(conf)});
    append.write(settings);
    append.closeWriteChannel();
    if (!append.waitForFinished(10000) || append.exitCode() != 0) {
        m_problem = QStringLiteral("cannot configure the cluster");
        return false;
    }
    return start();
}

bool PgServer::start()
{
    QString output;
    const bool started = run(QDir(binDir()).filePath(QStringLiteral("pg_ctl")),
                             {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-l"),
                              m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"),
                              QStringLiteral("60"), QStringLiteral("start")},
                             &output);
    if (!started)
        m_problem = QStringLiteral("the server did not start: %1").arg(output);
    m_running = started;
    return started;
}

bool PgServer::stop()
{
    const bool stopped = run(QDir(binDir()).filePath(QStringLiteral("pg_ctl")),
                             {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
                              QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
    if (stopped)
        m_running = false;
    return stopped;
}

bool PgServer::psql(const QString &database, const QString &sql, QString *output) const
{
    return run(QDir(binDir()).filePath(QStringLiteral("psql")),
               {QStringLiteral("-h"), socketDir(), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
                superuser(), QStringLiteral("-d"), database, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                QStringLiteral("-At"), QStringLiteral("-c"), sql},
               output);
}
