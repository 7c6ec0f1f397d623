// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

// Why a store operation failed. The message is a sentence for the user.
struct StoreError
{
    enum class Kind
    {
        NotFound,         // the file or the row does not exist
        Unreadable,       // the file cannot be read or written (permissions, a directory, I/O)
        NotSqlite,        // the file is not an SQLite database (or is empty)
        Corrupt,          // truncated or damaged
        NotPactline,      // an SQLite database that is not a Pactline portfolio
        NewerVersion,     // written by a newer Pactline
        UnexpectedSchema, // tables, views, triggers or indexes Pactline does not create
        BadValues,        // holds values the next schema version refuses: not upgraded (read-only works)
        Exists,           // refusing to overwrite
        ReadOnly,         // the portfolio is open read-only
        Busy,             // locked by another process
        Conflict,         // someone else changed the row (stale version)
        Invalid,          // the data breaks a rule (empty name, end before start, ...)
        InUse,            // refused because other rows depend on it
        DiskFull,         // no space left on the disk that holds the file
        Disconnected,     // the server is not reachable (stopped, network down): nothing was written
        Sql,              // any other database error
    };

    Kind kind = Kind::Sql;
    QString message;
};

// A value or a StoreError.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(StoreError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const StoreError &error() const { return *m_error; }

private:
    std::optional<T> m_value;
    std::optional<StoreError> m_error;
};

// Success without a value, or a StoreError.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(StoreError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const StoreError &error() const { return *m_error; }

private:
    std::optional<StoreError> m_error;
};
