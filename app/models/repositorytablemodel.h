// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/cellvalue.h"
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
    using RowValue = std::function<QVariant(const Row &row)>;

    // One column: its header, sort key and editor, what its cells show (display, edit, tooltip,
    // alignment and choices), and how an edited cell is written (none: not editable).
    struct Field
    {
        Column column;
        RowValue display;
        RowValue edit = {}; // none: as displayed
        RowValue tip = {};
        QVariant choices = {};
        int alignment = 0; // Qt::Alignment; 0: the view's
        std::function<Result<void>(Database &db, RecordWriter &writer, const Record &record, const QVariant &value)>
            write = {};

        Field &withTip(RowValue value)
        {
            tip = std::move(value);
            return *this;
        }
        Field &sortedBy(const QString &key)
        {
            column.sortKey = key;
            return *this;
        }
    };

    // Columns of a record's text, FuzzyDate and enumeration fields (sorted by their key), and of
    // anything else the row holds (read-only; right-aligned for counts).
    static Field textField(const QString &key, const QString &title, QString Record::*field)
    {
        return {{key, title, key, Editor::Text},
                [field](const Row &row) { return QVariant(row.record.*field); },
                {},
                {},
                {},
                0,
                [field](Database &db, RecordWriter &writer, const Record &record, const QVariant &value) {
                    return writeField(db, writer, record, field, CellValue::text(value));
                }};
    }
    static Field dateField(const QString &key, const QString &title, FuzzyDate Record::*field)
    {
        return {{key, title, key, Editor::FuzzyDate},
                [field](const Row &row) { return QVariant(CellValue::dateText(row.record.*field)); },
                {},
                [field](const Row &row) { return QVariant(CellValue::dateInterval(row.record.*field)); },
                {},
                0,
                [field](Database &db, RecordWriter &writer, const Record &record, const QVariant &value) {
                    return writeField(db, writer, record, field, CellValue::date(value));
                }};
    }
    // `what` names a value in a refusal ("kind of partner").
    template<typename E>
    static Field choiceField(const QString &key, const QString &title, E Record::*field, const QString &what)
    {
        return {{key, title, key, Editor::Choice},
                [field](const Row &row) { return QVariant(displayNameOf(row.record.*field)); },
                [field](const Row &row) { return QVariant(codeOf(row.record.*field)); },
                {},
                CellValue::choices<E>(),
                0,
                [field, what](Database &db, RecordWriter &writer, const Record &record, const QVariant &value) {
                    return writeField(db, writer, record, field, CellValue::choice<E>(value, what));
                }};
    }
    static Field shownField(const QString &key, const QString &title, RowValue display, RowValue tip = {})
    {
        return {{key, title, QString(), Editor::None}, std::move(display), {}, std::move(tip)};
    }
    static Field countField(const QString &key, const QString &title, RowValue count)
    {
        return {{key, title, QString(), Editor::None},      std::move(count), {}, {}, {},
                (Qt::AlignRight | Qt::AlignVCenter).toInt()};
    }

    // The columns, and the refusal of an edit whose row is no longer loaded.
    void setFields(QList<Field> fields, const QString &goneMessage)
    {
        QList<Column> columns;
        for (const Field &field : fields)
            columns << field.column;
        setColumns(std::move(columns));
        m_fields = std::move(fields);
        m_goneMessage = goneMessage;
    }
    // OverdueRole of a row (none by default).
    virtual QVariant overdue(const Row & /*row*/) const { return {}; }

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
    template<typename Field>
    static Result<void> writeField(Database &db, RecordWriter &writer, const Record &before, Field Record::*field,
                                   const Result<Field> &value)
    {
        if (!value)
            return value.error();
        return writeField(db, writer, before, field, *value);
    }
    template<typename Field>
    static Result<void> writeField(Database &db, RecordWriter &writer, const Record &before, Field Record::*field,
                                   const Field &value)
    {
        if (before.*field == value)
            return {};
        Record after = before;
        after.*field = value;
        if (const Result<void> valid = Repository::validate(after); !valid)
            return valid;
        return writer.update(db, before, after);
    }

    QVariant cellData(qint64 id, int column, int role) const final
    {
        const Row *row = loadedRow(id);
        if (!row)
            return {};
        const Field &field = m_fields.at(column);
        switch (role) {
        case Qt::DisplayRole:
            return field.display(*row);
        case Qt::EditRole:
            return field.edit ? field.edit(*row) : field.display(*row);
        case Qt::ToolTipRole:
            return field.tip ? field.tip(*row) : QVariant();
        case Qt::TextAlignmentRole:
            return field.alignment ? QVariant(field.alignment) : QVariant();
        case ChoicesRole:
            return field.choices;
        case OverdueRole:
            return overdue(*row);
        default:
            return {};
        }
    }
    Result<void> writeCell(Database &db, RecordWriter &writer, qint64 id, int column, const QVariant &value) final
    {
        const Row *row = loadedRow(id);
        if (!row)
            return StoreError{StoreError::Kind::NotFound, m_goneMessage};
        const Field &field = m_fields.at(column);
        if (!field.write)
            return StoreError{StoreError::Kind::Invalid, RecordTableModel::tr("This column cannot be edited.")};
        return field.write(db, writer, row->record, value);
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
    QList<Field> m_fields;
    QString m_goneMessage;
    QHash<qint64, Row> m_rows;
};
