// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"
#include "domain/fuzzydate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// What a field of a record holds; it says how the field is stored, exchanged, shown and edited.
enum class FieldKind
{
    Line,       // one line of text, stored trimmed
    Text,       // free text over several lines, stored as typed (notes, summaries)
    Country,    // an ISO 3166-1 alpha-2 code, stored trimmed in upper case
    Choice,     // a value of an enumeration, stored as its code
    Date,       // a FuzzyDate, stored as its code beside its first and/or last day
    Reference,  // the id of a row of another table (0: none)
    Texts,      // a list of texts kept in another table (an agreement's themes)
    References, // a list of ids kept in another table (an event's participants)
    Relation,   // rows of other tables the entity's own code reads and writes (an agreement's parties)
    Figure,     // a figure computed from other tables (a count); shown in tables only
};

// Where a field takes part. The portfolio JSON takes the fields with a JSON key, the history and
// the edit checks every field but figures; the CSV files, the tables and the forms those marked.
enum FieldUse : unsigned
{
    InCsv = 1,
    InTable = 2,
    InForm = 4,
    Required = 8,   // a record without it cannot be stored (JSON and CSV imports refuse it)
    Unsorted = 16,  // the store does not sort by it
    PlainSort = 32, // a Line the store sorts as it is rather than ignoring case
    Hidden = 64,    // in tables, a column shown when the user asks for it
    Everywhere = InCsv | InTable | InForm,
};

// Which day of a FuzzyDate the store keeps beside its code (for sorting and range queries), in
// a column named after the field's: signed_on -> signed_first, due -> due_last.
enum DateBound : unsigned
{
    FirstDay = 1,
    LastDay = 2,
};

// The enumeration of a Choice field, by its codes.
struct ChoiceType
{
    QStringList (*codes)();                       // every value, in order
    QString (*displayName)(const QString &code);  // translated
    QString (*codeFromText)(const QString &text); // a code or a display name, any case; "" when neither
};

template<typename E>
const ChoiceType *choiceTypeOf()
{
    static const ChoiceType type{
        [] {
            static const QStringList codes = [] {
                QStringList list;
                for (E value : allValues<E>())
                    list << codeOf(value);
                return list;
            }();
            return codes;
        },
        [](const QString &code) {
            const std::optional<E> value = enumFromCode<E>(code);
            return value ? displayNameOf(*value) : code;
        },
        [](const QString &text) {
            const std::optional<E> value = enumFromText<E>(text);
            return value ? codeOf(*value) : QString();
        },
    };
    return &type;
}

// One field of a record of type T, in the one list that says, for each kind of record, what it
// holds and in which order everything shows it: its column in the store (also its key in the history;
// without "_id", its key in CSV files and tables), its key in the portfolio JSON, the names people know it by (context
// "Fields"), where it takes part and how the store sorts by it. Built with the functions below:
//     EntityField<Agreement>::line("title", &Agreement::title).json("title").named(...)
template<typename T>
struct EntityField
{
    FieldKind kind = FieldKind::Line;
    const char *column = nullptr;
    const char *jsonKey = nullptr;
    const char *label = nullptr;     // lower case, in sentences and the history: "signing date"
    const char *heading = nullptr;   // CSV header and import field: "Signed on"
    const char *title = nullptr;     // table header: "Signed"
    const char *formLabel = nullptr; // with its mnemonic: "Si&gned"
    // CSV headers that name it, "|"-separated, as TextKey::words() writes them (in two parts, so that
    // fields can share a list).
    const char *synonyms = "";
    const char *moreSynonyms = "";
    const char *refers = nullptr; // Reference, References, Relation: the table referred to
    unsigned uses = 0;
    unsigned bounds = 0; // Date: DateBound
    // Texts, Relation, References, Figure: the column of the record's own table that the schema keeps
    // as the field's sort key (store/keptcolumns.h), compared as case-insensitive text or as it is.
    const char *sortColumn = nullptr;
    bool sortsAsText = false;

    QString T::*text = nullptr;                      // Line, Text, Country
    FuzzyDate T::*date = nullptr;                    // Date
    qint64 T::*id = nullptr;                         // Reference
    QStringList T::*texts = nullptr;                 // Texts
    QList<qint64> T::*ids = nullptr;                 // References
    const ChoiceType *choice = nullptr;              // Choice
    const char *noun = nullptr;                      // Choice: what a value is, "kind of partner" (context "Fields")
    QString (*codeOf)(const T &) = nullptr;          // Choice
    bool (*setCode)(T &, const QString &) = nullptr; // Choice: false for an unknown code
    bool (*sameRelation)(const T &, const T &) = nullptr; // Relation
    void (*copyRelation)(T &to, const T &from) = nullptr; // Relation
    QList<qint64> (*relatedIds)(const T &) = nullptr;     // Relation: the ids of the rows of `refers` it names

    static EntityField line(const char *column, QString T::*member)
    {
        return make(FieldKind::Line, column).with(member);
    }
    static EntityField longText(const char *column, QString T::*member)
    {
        return make(FieldKind::Text, column).with(member);
    }
    static EntityField country(const char *column, QString T::*member)
    {
        return make(FieldKind::Country, column).with(member);
    }
    static EntityField day(const char *column, FuzzyDate T::*member, unsigned bounds)
    {
        EntityField f = make(FieldKind::Date, column);
        f.date = member;
        f.bounds = bounds;
        return f;
    }
    static EntityField reference(const char *column, qint64 T::*member, const char *table)
    {
        EntityField f = make(FieldKind::Reference, column);
        f.id = member;
        f.refers = table;
        return f;
    }
    static EntityField textList(const char *column, QStringList T::*member)
    {
        EntityField f = make(FieldKind::Texts, column);
        f.texts = member;
        return f;
    }
    static EntityField references(const char *column, QList<qint64> T::*member, const char *table)
    {
        EntityField f = make(FieldKind::References, column);
        f.ids = member;
        f.refers = table;
        return f;
    }
    template<typename E, E T::*member>
    static EntityField choiceOf(const char *column, const char *noun)
    {
        EntityField f = make(FieldKind::Choice, column);
        f.choice = choiceTypeOf<E>();
        f.noun = noun;
        f.codeOf = [](const T &record) { return ::codeOf(record.*member); };
        f.setCode = [](T &record, const QString &code) {
            const std::optional<E> value = enumFromCode<E>(code);
            if (value)
                record.*member = *value;
            return value.has_value();
        };
        return f;
    }
    static EntityField relation(const char *column, const char *table, QList<qint64> (*ids)(const T &),
                                bool (*same)(const T &, const T &), void (*copy)(T &to, const T &from))
    {
        EntityField f = make(FieldKind::Relation, column);
        f.refers = table;
        f.relatedIds = ids;
        f.sameRelation = same;
        f.copyRelation = copy;
        return f;
    }
    static EntityField figure(const char *column) { return make(FieldKind::Figure, column); }

    EntityField json(const char *key) const
    {
        EntityField f = *this;
        f.jsonKey = key;
        return f;
    }
    // The label in sentences, the CSV heading, the table's title (none: the heading) and the form's label.
    EntityField named(const char *lower, const char *csvHeading, const char *tableTitle, const char *form) const
    {
        EntityField f = *this;
        f.label = lower;
        f.heading = csvHeading;
        f.title = tableTitle ? tableTitle : csvHeading;
        f.formLabel = form;
        return f;
    }
    EntityField use(unsigned flags, const char *csvSynonyms = "", const char *more = "") const
    {
        EntityField f = *this;
        f.uses = flags;
        f.synonyms = csvSynonyms;
        f.moreSynonyms = more;
        return f;
    }

    // The column the store sorts a field by that is not a column itself (a count, the parties' names).
    EntityField sortedBy(const char *keptColumn, bool asText) const
    {
        EntityField f = *this;
        f.sortColumn = keptColumn;
        f.sortsAsText = asText;
        return f;
    }

    bool has(unsigned flag) const { return (uses & flag) == flag; }
    // Whether the field is a column of the record's own table.
    bool isColumn() const
    {
        return kind != FieldKind::Texts && kind != FieldKind::References && kind != FieldKind::Relation &&
               kind != FieldKind::Figure;
    }
    QString key() const { return QString::fromLatin1(column); }
    // Its key in CSV files and import profiles: the column without "_id" ("agreement_id" -> "agreement").
    QString csvKey() const
    {
        QString k = key();
        if (k.endsWith(QLatin1String("_id")))
            k.chop(3);
        return k;
    }
    QStringList synonymList() const
    {
        QStringList names = QString::fromUtf8(synonyms).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        names << QString::fromUtf8(moreSynonyms).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        return names;
    }
    QString translatedLabel() const { return QCoreApplication::translate("Fields", label); }
    QString translatedHeading() const { return QCoreApplication::translate("Fields", heading); }
    QString translatedTitle() const { return QCoreApplication::translate("Fields", title); }
    QString translatedFormLabel() const { return QCoreApplication::translate("Fields", formLabel); }

    // Whether two records hold the same value in this field (figures: always).
    bool same(const T &a, const T &b) const
    {
        switch (kind) {
        case FieldKind::Line:
        case FieldKind::Text:
        case FieldKind::Country:
            return a.*text == b.*text;
        case FieldKind::Date:
            return a.*date == b.*date;
        case FieldKind::Reference:
            return a.*id == b.*id;
        case FieldKind::Texts:
            return a.*texts == b.*texts;
        case FieldKind::References:
            return a.*ids == b.*ids;
        case FieldKind::Choice:
            return codeOf(a) == codeOf(b);
        case FieldKind::Relation:
            return sameRelation(a, b);
        case FieldKind::Figure:
            break;
        }
        return true;
    }
    // The record's value of this field as a QVariant: text, a FuzzyDate, a choice's code, an id, a
    // list of texts (invalid for the others); and the record with such a value (an invalid one
    // leaves it as it is).
    QVariant value(const T &record) const
    {
        switch (kind) {
        case FieldKind::Line:
        case FieldKind::Text:
        case FieldKind::Country:
            return record.*text;
        case FieldKind::Date:
            return QVariant::fromValue(record.*date);
        case FieldKind::Choice:
            return codeOf(record);
        case FieldKind::Reference:
            return record.*id;
        case FieldKind::Texts:
            return record.*texts;
        default:
            return {};
        }
    }
    void setValue(T &record, const QVariant &value) const
    {
        if (!value.isValid())
            return;
        switch (kind) {
        case FieldKind::Line:
        case FieldKind::Text:
        case FieldKind::Country:
            record.*text = value.toString();
            break;
        case FieldKind::Date:
            record.*date = value.value<FuzzyDate>();
            break;
        case FieldKind::Choice:
            setCode(record, value.toString());
            break;
        case FieldKind::Reference:
            record.*id = value.toLongLong();
            break;
        case FieldKind::Texts:
            record.*texts = value.toStringList();
            break;
        default:
            break;
        }
    }
    // Sets this field of `to` to the value `from` holds (figures: nothing).
    void copy(T &to, const T &from) const
    {
        switch (kind) {
        case FieldKind::Line:
        case FieldKind::Text:
        case FieldKind::Country:
            to.*text = from.*text;
            break;
        case FieldKind::Date:
            to.*date = from.*date;
            break;
        case FieldKind::Reference:
            to.*id = from.*id;
            break;
        case FieldKind::Texts:
            to.*texts = from.*texts;
            break;
        case FieldKind::References:
            to.*ids = from.*ids;
            break;
        case FieldKind::Choice:
            setCode(to, codeOf(from));
            break;
        case FieldKind::Relation:
            copyRelation(to, from);
            break;
        case FieldKind::Figure:
            break;
        }
    }

private:
    static EntityField make(FieldKind kind, const char *column)
    {
        EntityField f;
        f.kind = kind;
        f.column = column;
        return f;
    }
    EntityField with(QString T::*member) const
    {
        EntityField f = *this;
        f.text = member;
        return f;
    }
};

// CSV headers that name a notes field.
inline constexpr const char NotesSynonyms[] =
    "notes|note|comments|comment|remarks|remark|opmerkingen|opmerking|notities|notitie|toelichting|anteckningar|"
    "anteckning|kommentarer|kommentar|noteringar|notering";

// The field that names a record: its first required line (a name or a title).
template<typename T>
const EntityField<T> *titleFieldOf()
{
    static const EntityField<T> *title = [] {
        for (const EntityField<T> &field : T::fields())
            if (field.kind == FieldKind::Line && field.has(Required))
                return &field;
        return static_cast<const EntityField<T> *>(nullptr);
    }();
    return title;
}

// A record's first long text (a summary or notes), or nullptr.
template<typename T>
const EntityField<T> *longTextFieldOf()
{
    static const EntityField<T> *text = [] {
        for (const EntityField<T> &field : T::fields())
            if (field.kind == FieldKind::Text)
                return &field;
        return static_cast<const EntityField<T> *>(nullptr);
    }();
    return text;
}
