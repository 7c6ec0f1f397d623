// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/fuzzydate.h"
#include "domain/rowmeta.h"
#include "store/rowcodec.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Writes JSON with keys in the order given, two-space indentation and one value per line; lists of
// ids and of names stay on one line.
class JsonEmitter
{
public:
    QByteArray take()
    {
        m_out.append('\n');
        return std::move(m_out);
    }

    void beginObject(const char *key = nullptr) { open(key, '{'); }
    void endObject() { close('}'); }
    void beginArray(const char *key = nullptr) { open(key, '['); }
    void endArray() { close(']'); }

    void number(const char *key, qint64 value)
    {
        member(key);
        m_out.append(QByteArray::number(value));
    }
    void string(const char *key, const QString &value)
    {
        member(key);
        appendString(value);
    }
    // Left out when empty.
    void text(const char *key, const QString &value)
    {
        if (!value.isEmpty())
            string(key, value);
    }
    void date(const char *key, const FuzzyDate &value) { text(key, value.code()); }
    void id(const char *key, qint64 value)
    {
        if (value > 0)
            number(key, value);
    }
    void ids(const char *key, const QList<qint64> &values)
    {
        list(key, values, [this](qint64 value) { m_out.append(QByteArray::number(value)); });
    }
    void strings(const char *key, const QStringList &values)
    {
        list(key, values, [this](const QString &value) { appendString(value); });
    }
    // An array of objects, one for each item, whose members `write` writes; optionalObjects()
    // leaves the array out when there are no items.
    template<typename List, typename Write>
    void objects(const char *key, const List &items, Write write)
    {
        beginArray(key);
        for (const auto &item : items) {
            beginObject();
            write(item);
            endObject();
        }
        endArray();
    }
    template<typename List, typename Write>
    void optionalObjects(const char *key, const List &items, Write write)
    {
        if (!items.isEmpty())
            objects(key, items, write);
    }
    void meta(const RowMeta &meta)
    {
        if (meta.createdAt.isValid())
            string("createdAt", RowCodec::timestamp(meta.createdAt));
        if (meta.updatedAt.isValid())
            string("updatedAt", RowCodec::timestamp(meta.updatedAt));
        number("version", meta.version);
    }

private:
    // A list on one line, left out when empty.
    template<typename List, typename Append>
    void list(const char *key, const List &values, Append append)
    {
        if (values.isEmpty())
            return;
        member(key);
        m_out.append('[');
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_out.append(", ");
            append(values.at(i));
        }
        m_out.append(']');
    }
    void member(const char *key)
    {
        if (!m_first.isEmpty()) {
            if (!m_first.last())
                m_out.append(',');
            m_first.last() = false;
            m_out.append('\n');
            m_out.append(QByteArray(2 * m_first.size(), ' '));
        }
        if (key) {
            m_out.append('"');
            m_out.append(key);
            m_out.append("\": ");
        }
    }
    void open(const char *key, char bracket)
    {
        member(key);
        m_out.append(bracket);
        m_first.append(true);
    }
    void close(char bracket)
    {
        const bool empty = m_first.takeLast();
        if (!empty) {
            m_out.append('\n');
            m_out.append(QByteArray(2 * m_first.size(), ' '));
        }
        m_out.append(bracket);
    }
    void appendString(const QString &value)
    {
        m_out.append('"');
        const qsizetype size = value.size();
        qsizetype i = 0;
        while (i < size) {
            const char16_t u = value.at(i).unicode();
            if (u >= 0x80) {
                // A run of non-ASCII characters goes to UTF-8 at once, so surrogate pairs stay whole.
                qsizetype end = i;
                while (end < size && value.at(end).unicode() >= 0x80)
                    ++end;
                m_out.append(QStringView(value).mid(i, end - i).toUtf8());
                i = end;
                continue;
            }
            switch (u) {
            case u'"':
                m_out.append("\\\"");
                break;
            case u'\\':
                m_out.append("\\\\");
                break;
            case u'\n':
                m_out.append("\\n");
                break;
            case u'\r':
                m_out.append("\\r");
                break;
            case u'\t':
                m_out.append("\\t");
                break;
            case u'\b':
                m_out.append("\\b");
                break;
            case u'\f':
                m_out.append("\\f");
                break;
            default:
                if (u < 0x20)
                    m_out.append(QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0')).toLatin1());
                else
                    m_out.append(char(u));
                break;
            }
            ++i;
        }
        m_out.append('"');
    }

    QByteArray m_out;
    QList<bool> m_first; // per open bracket: nothing written in it yet
};
