// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/countries.h"
#include "domain/entityfield.h"
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
    };

    using Adjust = std::function<void(Field &field)>;
    // The columns of the record's fields that tables show, in the order of Record::fields(), keyed
    // by their CSV keys: text, dates, choices, countries and lists shown and edited as they are (the
    // title, the first required line, with the whole of it and the start of the first long text in
    // its tooltip); references, relations and figures read-only, their cells given by `adjust`,
    // which may also change any other column (a tooltip), by key.
    static QList<Field> recordColumns(const QHash<QString, Adjust> &adjust)
    {
        QList<Field> fields;
        for (const EntityField<Record> &spec : Record::fields()) {
            if (!spec.has(InTable))
                continue;
            Field field = columnOf(spec);
            if (&spec == titleFieldOf<Record>())
                field.tip = [](const Row &row) {
                    const EntityField<Record> *more = longTextFieldOf<Record>();
                    return QVariant(CellValue::titleTip(row.record.*(titleFieldOf<Record>()->text),
                                                        more ? row.record.*(more->text) : QString()));
                };
            if (spec.has(Unsorted))
                field.column.sortKey.clear();
            field.column.hidden = spec.has(Hidden);
            if (const auto it = adjust.constFind(field.column.key); it != adjust.constEnd())
                (*it)(field);
            if (!field.display) // a figure or relation the model gives no cells for shows none
                field.display = [](const Row &) { return QVariant(); };
            fields << field;
        }
        return fields;
    }

    // Adjusts a relation's column to show the names the row holds: in a line, and one a line in the tooltip.
    static Adjust namesIn(QStringList Row::*names)
    {
        return [names](Field &field) {
            field.display = [names](const Row &row) { return QVariant((row.*names).join(QStringLiteral(", "))); };
            field.tip = [names](const Row &row) { return QVariant((row.*names).join(QLatin1Char('\n'))); };
        };
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
    // Writes a record with one field changed from an edited cell's value (a refused value is the
    // refusal): nothing when the field keeps its value, else after the repository's checks.
    template<typename Value>
    static Result<void> writeField(Database &db, RecordWriter &writer, const Record &before,
                                   const EntityField<Record> &spec, const Result<Value> &value,
                                   void (*set)(const EntityField<Record> &spec, Record &record, const Value &value))
    {
        if (!value)
            return value.error();
        Record after = before;
        set(spec, after, *value);
        if (spec.same(before, after))
            return {};
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
    static Field columnOf(const EntityField<Record> &spec)
    {
        const QString key = spec.csvKey();
        const QString title = spec.translatedTitle();
        const EntityField<Record> *field = &spec;
        using Write = decltype(Field::write);
        const auto writeText = [](const EntityField<Record> &f, Record &r, const QString &v) { r.*(f.text) = v; };
        switch (spec.kind) {
        case FieldKind::Line:
        case FieldKind::Text:
            return {{key, title, key, Editor::Text},
                    [field](const Row &row) { return QVariant(row.record.*(field->text)); },
                    {},
                    {},
                    {},
                    0,
                    Write([field, writeText](Database &db, RecordWriter &writer, const Record &record,
                                             const QVariant &value) {
                        return writeField<QString>(db, writer, record, *field, CellValue::text(value), writeText);
                    })};
        case FieldKind::Country: // by its name; edited and shown in the tooltip by its code
            return {{key, title, key, Editor::Text},
                    [field](const Row &row) { return QVariant(Countries::nameOf(row.record.*(field->text))); },
                    [field](const Row &row) { return QVariant(row.record.*(field->text)); },
                    [field](const Row &row) {
                        const QString code = row.record.*(field->text);
                        return code.isEmpty() ? QVariant() : QVariant(code);
                    },
                    {},
                    0,
                    Write([field, writeText](Database &db, RecordWriter &writer, const Record &record,
                                             const QVariant &value) {
                        const Countries::Parsed parsed = Countries::parse(CellValue::text(value));
                        const Result<QString> code =
                            parsed.isAcceptable()
                                ? Result<QString>(parsed.code)
                                : Result<QString>(StoreError{StoreError::Kind::Invalid, parsed.problem});
                        return writeField<QString>(db, writer, record, *field, code, writeText);
                    })};
        case FieldKind::Choice:
            return {{key, title, key, Editor::Choice},
                    [field](const Row &row) { return QVariant(field->choice->displayName(field->codeOf(row.record))); },
                    [field](const Row &row) { return QVariant(field->codeOf(row.record)); },
                    {},
                    CellValue::choices(*spec.choice),
                    0,
                    Write([field](Database &db, RecordWriter &writer, const Record &record, const QVariant &value) {
                        const QString what = QCoreApplication::translate("Fields", field->noun);
                        return writeField<QString>(
                            db, writer, record, *field, CellValue::choice(value, *field->choice, what),
                            [](const EntityField<Record> &f, Record &r, const QString &code) { f.setCode(r, code); });
                    })};
        case FieldKind::Date:
            return {{key, title, key, Editor::FuzzyDate},
                    [field](const Row &row) { return QVariant(CellValue::dateText(row.record.*(field->date))); },
                    {},
                    [field](const Row &row) { return QVariant(CellValue::dateInterval(row.record.*(field->date))); },
                    {},
                    0,
                    Write([field](Database &db, RecordWriter &writer, const Record &record, const QVariant &value) {
                        return writeField<FuzzyDate>(
                            db, writer, record, *field, CellValue::date(value),
                            [](const EntityField<Record> &f, Record &r, const FuzzyDate &d) { r.*(f.date) = d; });
                    })};
        case FieldKind::Texts:
            return {
                {key, title, key, Editor::Text},
                [field](const Row &row) { return QVariant((row.record.*(field->texts)).join(QStringLiteral(", "))); },
                {},
                {},
                {},
                0,
                Write([field](Database &db, RecordWriter &writer, const Record &record, const QVariant &value) {
                    return writeField<QStringList>(
                        db, writer, record, *field, Result<QStringList>(CellValue::list(value)),
                        [](const EntityField<Record> &f, Record &r, const QStringList &l) { r.*(f.texts) = l; });
                })};
        case FieldKind::Figure:
            return {{key, title, key, Editor::None}, {}, {}, {}, {}, (Qt::AlignRight | Qt::AlignVCenter).toInt()};
        default: // references and relations
            return {{key, title, key, Editor::None}, {}};
        }
    }

    QList<Field> m_fields;
    QString m_goneMessage;
    QHash<qint64, Row> m_rows;
};
