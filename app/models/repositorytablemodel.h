// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"
#include "models/recordwriter.h"

#include <QHash>
#include <QList>

// A RecordTableModel over one entity's repository: it counts, pages and finds rows through
// Repository and keeps the loaded rows by id. A Row holds the record (`record`) and whatever the
// table shows beside it, which the subclass adds in rowsFor().
template<typename Repository, typename Row>
class RepositoryTableModel : public RecordTableModel
{
public:
    using RecordTableModel::RecordTableModel;

protected:
    using Record = decltype(Row::record);

    // The rows of some records, with what comes from other tables (names, counts).
    virtual Result<QList<Row>> rowsFor(Database &db, const QList<Record> &records) const = 0;
    // A loaded row, or nullptr.
    const Row *loadedRow(qint64 id) const
    {
        const auto it = m_rows.constFind(id);
        return it == m_rows.constEnd() ? nullptr : &*it;
    }
    // Writes a record with one field set to an edited cell's value (a refused value is the refusal):
    // nothing when the field keeps its value, else after the repository's checks.
    template<typename Field, typename Value>
    static Result<void> writeField(Database &db, RecordWriter &writer, const Record &before, Field Record::*field,
                                   const Value &value)
    {
        const Result<Field> parsed(value);
        if (!parsed)
            return parsed.error();
        if (before.*field == *parsed)
            return {};
        Record after = before;
        after.*field = *parsed;
        if (const Result<void> valid = Repository::validate(after); !valid)
            return valid;
        return writer.update(db, before, after);
    }

    std::function<Result<QList<qint64>>(Database &db)> countJob(const ListQuery &query) const final
    {
        return [query](Database &db) -> Result<QList<qint64>> {
            const Result<qint64> count = Repository(db).count(query);
            if (!count)
                return count.error();
            return QList<qint64>{*count};
        };
    }
    Result<QList<qint64>> fetchIds(Database &db, const ListQuery &query, const ListWindow &window) const final
    {
        return Repository(db).ids(query, window);
    }
    Result<qint64> fetchPosition(Database &db, const ListQuery &query, qint64 id) const final
    {
        return Repository(db).position(query, id);
    }
    Result<void> loadRows(Database &db, const QList<qint64> &ids) final
    {
        const Result<QList<Record>> records = Repository(db).getMany(ids);
        if (!records)
            return records.error();
        const Result<QList<Row>> rows = rowsFor(db, *records);
        if (!rows)
            return rows.error();
        for (const Row &row : *rows)
            m_rows.insert(row.record.meta.id, row);
        return {};
    }
    void dropRows(const QList<qint64> &ids) final
    {
        for (qint64 id : ids)
            m_rows.remove(id);
    }
    void dropAllRows() final { m_rows.clear(); }

private:
    QHash<qint64, Row> m_rows;
};
