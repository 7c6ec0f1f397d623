// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"
#include "domain/fuzzydate.h"
#include "domain/rowmeta.h"
#include "store/rowcodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <cmath>
#include <optional>

// Reads one JSON object, remembering the first problem and where it was.
class JsonObjectReader
{
public:
    JsonObjectReader(const QJsonObject &object, QString path, QString *error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
    {}

    QString text(const char *key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(key, QCoreApplication::translate("PortfolioJson", "expected text"));
        return v.toString();
    }
    QString required(const char *key) const
    {
        const QString value = text(key);
        if (value.trimmed().isEmpty())
            fail(key, QCoreApplication::translate("PortfolioJson", "is required"));
        return value;
    }
    qint64 id(const char *key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return 0;
        if (!isId(v)) {
            fail(key, QCoreApplication::translate("PortfolioJson", "expected a positive whole number"));
            return 0;
        }
        return qint64(v.toDouble());
    }
    FuzzyDate date(const char *key) const
    {
        const QString code = text(key);
        if (code.isEmpty())
            return {};
        const FuzzyDate date = FuzzyDate::fromCode(code);
        if (date.isNull())
            fail(key,
                 QCoreApplication::translate(
                     "PortfolioJson", "“%1” is not a date code such as 2023-09-12, 2023-09, 2024-Q3, 2025-H2 or 2022")
                     .arg(code));
        return date;
    }
    // The code at `key` when it is one of `codes`; "" when there is none (or a wrong one, a problem).
    QString choice(const char *key, const QStringList &codes) const
    {
        const QString value = text(key);
        if (value.isEmpty() || codes.contains(value))
            return value;
        fail(key, QCoreApplication::translate("PortfolioJson", "“%1” is not one of: %2")
                      .arg(value, codes.join(QStringLiteral(", "))));
        return {};
    }
    template<typename E>
    E code(const char *key, E fallback) const
    {
        QStringList codes;
        for (E value : allValues<E>())
            codes << codeOf(value);
        return enumFromCode<E>(choice(key, codes)).value_or(fallback);
    }
    RowMeta meta() const
    {
        RowMeta meta;
        meta.id = id("id");
        meta.createdAt = timestamp("createdAt");
        meta.updatedAt = timestamp("updatedAt");
        const QJsonValue v = m_object.value(QLatin1String("version"));
        meta.version = v.isDouble() ? v.toInt() : 1;
        return meta;
    }
    QDateTime timestamp(const char *key) const
    {
        const QString value = text(key);
        if (value.isEmpty())
            return {};
        const QDateTime time = RowCodec::timestampFrom(value);
        if (!time.isValid())
            fail(key,
                 QCoreApplication::translate("PortfolioJson", "“%1” is not a time such as 2023-09-12T10:00:00.000Z")
                     .arg(value));
        return time;
    }
    QJsonArray array(const char *key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isArray())
            fail(key, QCoreApplication::translate("PortfolioJson", "expected a list"));
        return v.toArray();
    }
    QList<qint64> ids(const char *key) const
    {
        QList<qint64> result;
        for (const QJsonValue &v : array(key)) {
            if (!isId(v)) {
                fail(key, QCoreApplication::translate("PortfolioJson", "expected a list of ids"));
                continue;
            }
            result << qint64(v.toDouble());
        }
        return result;
    }
    // Reads each object of the list at `key` with `read`, handed a reader at "path.key[i]" ("key[i]"
    // at the top). An item that is not an object is a problem (found before any item is read), and
    // is read as an empty object.
    template<typename Read>
    void objects(const char *key, Read read) const
    {
        const QString listPath =
            m_path.isEmpty() ? QString(QLatin1String(key)) : m_path + QLatin1Char('.') + QLatin1String(key);
        const QJsonArray list = array(key);
        const auto itemPath = [&](int i) { return QStringLiteral("%1[%2]").arg(listPath).arg(i); };
        for (int i = 0; i < list.size(); ++i)
            if (!list.at(i).isObject() && m_error->isEmpty())
                *m_error = itemPath(i) + QStringLiteral(": ") +
                           QCoreApplication::translate("PortfolioJson", "expected an object");
        for (int i = 0; i < list.size(); ++i)
            read(JsonObjectReader(list.at(i).toObject(), itemPath(i), m_error));
    }

private:
    // A whole number from 1 to 2^53, which a JSON number holds exactly (and a qint64 too).
    static bool isId(const QJsonValue &v)
    {
        const double d = v.isDouble() ? v.toDouble() : 0;
        return d >= 1 && d <= 9007199254740992.0 && d == std::floor(d);
    }
    void fail(const char *key, const QString &why) const
    {
        if (m_error->isEmpty())
            *m_error = m_path + QLatin1Char('.') + QLatin1String(key) + QStringLiteral(": ") + why;
    }

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};
