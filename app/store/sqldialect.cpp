// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqldialect.h"

#include "store/postgresdialect.h"
#include "store/sqlitedialect.h"

#include <QSqlDriver>
#include <QSqlQuery>

const SqlDialect &SqlDialect::sqlite()
{
    static const SqliteDialect dialect;
    return dialect;
}

const SqlDialect &SqlDialect::postgres()
{
    static const PostgresDialect dialect;
    return dialect;
}

const SqlDialect &SqlDialect::of(const QSqlDriver *driver)
{
    for (const SqlDialect *dialect : {&sqlite(), &postgres()})
        if (driver && dialect->engine() == driver->dbmsType())
            return *dialect;
    // A connection Pactline did not make is read as SQLite, the portfolio files' engine.
    return sqlite();
}

QString SqlDialect::escapeLike(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString SqlDialect::idListValue(const QList<qint64> &ids) const
{
    // A JSON array or a PostgreSQL array literal: numbers between the engine's brackets.
    QByteArray list = m_words.idListBrackets.left(1).toLatin1();
    for (qint64 id : ids) {
        if (list.size() > 1)
            list += ',';
        list += QByteArray::number(id);
    }
    list += m_words.idListBrackets.mid(1).toLatin1();
    return QString::fromLatin1(list);
}

Result<void> SqlDialect::execEach(const QSqlDatabase &connection, const QStringList &statements,
                                  const std::function<bool()> &stillWanted) const
{
    QSqlQuery query(connection);
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return classify(query.lastError());
        if (stillWanted && !stillWanted())
            return StoreError{};
    }
    return {};
}
