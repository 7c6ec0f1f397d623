// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqldialect.h"

QString SqlDialect::beginWrite() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                  : QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE");
}

QString SqlDialect::idColumnType() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("INTEGER PRIMARY KEY") : QStringLiteral("BIGSERIAL PRIMARY KEY");
}

QString SqlDialect::containsCondition(const QString &column, const QString &placeholder) const
{
    const QString op = m_kind == Kind::Sqlite ? QStringLiteral(" LIKE ") : QStringLiteral(" ILIKE ");
    return column + op + placeholder + QStringLiteral(" ESCAPE '\\'");
}

QString SqlDialect::escapeLike(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString SqlDialect::sortableText(const QString &column) const
{
    if (m_kind == Kind::Sqlite)
        return column + QStringLiteral(" COLLATE NOCASE");
    return QStringLiteral("lower(") + column + QLatin1Char(')');
}

QString SqlDialect::comparableText(const QString &column) const
{
    if (m_kind == Kind::Sqlite)
        return column;
    return QStringLiteral("lower(") + column + QLatin1Char(')');
}

QString SqlDialect::comparableTextValue(const QString &placeholder) const
{
    if (m_kind == Kind::Sqlite)
        return placeholder + QStringLiteral(" COLLATE NOCASE");
    return QStringLiteral("lower(") + placeholder + QLatin1Char(')');
}

QString SqlDialect::caseKey(const QString &text) const
{
    if (m_kind != Kind::Sqlite)
        return text.toLower();
    QString key = text;
    for (QChar &c : key)
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + 32);
    return key;
}
