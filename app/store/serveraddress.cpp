// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/serveraddress.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace {

const QStringList &schemes()
{
    static const QStringList all{QStringLiteral("postgresql"), QStringLiteral("postgres")};
    return all;
}

const QStringList &sslModes()
{
    static const QStringList all{QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                                 QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return all;
}

// The URL shown without what may be secret (a password, the settings).
StoreError invalid(const QString &url, const QString &why)
{
    const QUrl parsed(url);
    const QString shown = parsed.isValid() ? parsed.toString(QUrl::RemovePassword | QUrl::RemoveQuery) : url;
    return {StoreError::Kind::NotFound,
            QCoreApplication::translate("ServerAddress", "“%1” is not a server address Pactline understands: %2")
                .arg(shown, why)};
}

} // namespace

bool ServerAddress::isServerAddress(const QString &location)
{
    for (const QString &scheme : schemes())
        if (location.startsWith(scheme + QStringLiteral("://"), Qt::CaseInsensitive))
            return true;
    return false;
}

Result<ServerAddress> ServerAddress::parse(const QString &url)
{
    if (!isServerAddress(url))
        return invalid(url, QCoreApplication::translate("ServerAddress", "it does not start with postgresql://"));
    const QUrl parsed(url);
    if (!parsed.isValid())
        return invalid(url, parsed.errorString());
    ServerAddress address;
    address.user = parsed.userName(QUrl::FullyDecoded);
    address.host = parsed.host(QUrl::FullyDecoded);
    address.port = parsed.port(DefaultPort);
    address.database = parsed.path(QUrl::FullyDecoded).mid(1);
    if (!parsed.password().isEmpty())
        return invalid(url, QCoreApplication::translate("ServerAddress",
                                                        "it holds a password, which Pactline never keeps in an "
                                                        "address; leave it out and give it when asked"));
    if (address.host.isEmpty())
        return invalid(url, QCoreApplication::translate("ServerAddress", "it names no server"));
    if (address.user.isEmpty())
        return invalid(url, QCoreApplication::translate("ServerAddress", "it names no user (user@host)"));
    if (address.database.isEmpty() || address.database.contains(QLatin1Char('/')))
        return invalid(url, QCoreApplication::translate("ServerAddress", "it names no database (host/database)"));
    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!sslModes().contains(value))
                return invalid(url, QCoreApplication::translate("ServerAddress", "sslmode must be one of %1")
                                        .arg(sslModes().join(QStringLiteral(", "))));
            address.sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            address.sslRootCert = value;
        } else {
            return invalid(url, QCoreApplication::translate("ServerAddress", "unknown setting “%1”").arg(key));
        }
    }
    return address;
}

QString ServerAddress::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    if (port != DefaultPort)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), sslRootCert);
    url.setQuery(query);
    return url.toString();
}

QString ServerAddress::displayName() const
{
    return user + QLatin1Char('@') + host + QLatin1Char('/') + database;
}

QString ServerAddress::connectOptions() const
{
    // A server that does not answer is reported after ten seconds rather than libpq's endless wait.
    QStringList options{QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=Pactline")};
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    if (!sslRootCert.isEmpty()) {
        // Quoted as libpq's connection strings quote values, so that a path may hold spaces.
        QString quoted = sslRootCert;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
        options << QStringLiteral("sslrootcert='") + quoted + QLatin1Char('\'');
    }
    return options.join(QLatin1Char(';'));
}
