// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <cstddef>
#include <optional>

// One row of an enumeration's table: the value, its stable code (stored and exchanged, never
// translated) and, where it has one, its display name (a QT_TRANSLATE_NOOP literal, translated in
// the context the table's reader names).
template<typename E>
struct CodeEntry
{
    E value;
    const char *code;
    const char *name = nullptr;
};

template<typename E, std::size_t N>
using CodeTable = std::array<CodeEntry<E>, N>;

template<typename E, std::size_t N>
const CodeEntry<E> *entryIn(const CodeTable<E, N> &table, E value)
{
    for (const CodeEntry<E> &entry : table)
        if (entry.value == value)
            return &entry;
    return nullptr;
}

template<typename E, std::size_t N>
QString codeIn(const CodeTable<E, N> &table, E value)
{
    const CodeEntry<E> *entry = entryIn(table, value);
    return entry ? QString::fromLatin1(entry->code) : QString();
}

template<typename E, std::size_t N>
QString nameIn(const CodeTable<E, N> &table, E value, const char *context)
{
    const CodeEntry<E> *entry = entryIn(table, value);
    return entry ? QCoreApplication::translate(context, entry->name) : QString();
}

template<typename E, std::size_t N>
std::optional<E> valueIn(const CodeTable<E, N> &table, QStringView code,
                         Qt::CaseSensitivity sensitivity = Qt::CaseSensitive)
{
    for (const CodeEntry<E> &entry : table)
        if (code.compare(QLatin1String(entry.code), sensitivity) == 0)
            return entry.value;
    return std::nullopt;
}

template<typename E, std::size_t N>
QList<E> valuesIn(const CodeTable<E, N> &table)
{
    QList<E> values;
    for (const CodeEntry<E> &entry : table)
        values.append(entry.value);
    return values;
}
