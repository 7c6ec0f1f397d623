// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/historytext.h"

#include "domain/enums.h"
#include "domain/fuzzydate.h"
#include "models/cellvalue.h"
#include "store/columnrules.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace {

// The recorded fields of each record kind, in form order, with their names (context "Fields", as
// RecordDiff names them) and what their values are: text, a code of an enum, a FuzzyDate code, the
// id of a record of another table, or a list.
struct FieldSpec
{
    const char *table;
    const char *column;
    const char *label;
    const char *refers = nullptr; // the table an id refers to
};

const QList<FieldSpec> &fieldSpecs()
{
    static const QList<FieldSpec> specs{
        {"partner", "name", QT_TRANSLATE_NOOP("Fields", "name")},
        {"partner", "short_name", QT_TRANSLATE_NOOP("Fields", "short name")},
        {"partner", "kind", QT_TRANSLATE_NOOP("Fields", "kind")},
        {"partner", "country", QT_TRANSLATE_NOOP("Fields", "country")},
        {"partner", "city", QT_TRANSLATE_NOOP("Fields", "city")},
        {"partner", "website", QT_TRANSLATE_NOOP("Fields", "website")},
        {"partner", "notes", QT_TRANSLATE_NOOP("Fields", "notes")},
        {"contact", "partner_id", QT_TRANSLATE_NOOP("Fields", "partner"), "partner"},
        {"contact", "name", QT_TRANSLATE_NOOP("Fields", "name")},
        {"contact", "role", QT_TRANSLATE_NOOP("Fields", "role")},
        {"contact", "email", QT_TRANSLATE_NOOP("Fields", "e-mail")},
        {"contact", "phone", QT_TRANSLATE_NOOP("Fields", "phone")},
        {"contact", "notes", QT_TRANSLATE_NOOP("Fields", "notes")},
        {"agreement", "title", QT_TRANSLATE_NOOP("Fields", "title")},
        {"agreement", "kind", QT_TRANSLATE_NOOP("Fields", "kind")},
        {"agreement", "status", QT_TRANSLATE_NOOP("Fields", "status")},
        {"agreement", "signed_on", QT_TRANSLATE_NOOP("Fields", "signing date")},
        {"agreement", "starts_on", QT_TRANSLATE_NOOP("Fields", "start")},
        {"agreement", "ends_on", QT_TRANSLATE_NOOP("Fields", "end")},
        {"agreement", "signing_event_id", QT_TRANSLATE_NOOP("Fields", "signing event"), "event"},
        {"agreement", "predecessor_id", QT_TRANSLATE_NOOP("Fields", "predecessor"), "agreement"},
        {"agreement", "parties", QT_TRANSLATE_NOOP("Fields", "parties")},
        {"agreement", "themes", QT_TRANSLATE_NOOP("Fields", "themes")},
        {"agreement", "summary", QT_TRANSLATE_NOOP("Fields", "summary")},
        {"agreement", "notes", QT_TRANSLATE_NOOP("Fields", "notes")},
        {"milestone", "agreement_id", QT_TRANSLATE_NOOP("Fields", "agreement"), "agreement"},
        {"milestone", "title", QT_TRANSLATE_NOOP("Fields", "title")},
        {"milestone", "due", QT_TRANSLATE_NOOP("Fields", "due date")},
        {"milestone", "status", QT_TRANSLATE_NOOP("Fields", "status")},
        {"milestone", "achieved_on", QT_TRANSLATE_NOOP("Fields", "achieved date")},
        {"milestone", "location", QT_TRANSLATE_NOOP("Fields", "location")},
        {"milestone", "notes", QT_TRANSLATE_NOOP("Fields", "notes")},
        {"event", "title", QT_TRANSLATE_NOOP("Fields", "title")},
        {"event", "date", QT_TRANSLATE_NOOP("Fields", "date")},
        {"event", "place", QT_TRANSLATE_NOOP("Fields", "place")},
        {"event", "notes", QT_TRANSLATE_NOOP("Fields", "notes")},
        {"event", "partners", QT_TRANSLATE_NOOP("Fields", "participating partners"), "partner"},
        {"event", "contacts", QT_TRANSLATE_NOOP("Fields", "participating people"), "contact"},
    };
    return specs;
}

const FieldSpec *specOf(const QString &table, const QString &column)
{
    for (const FieldSpec &spec : fieldSpecs())
        if (table == QLatin1String(spec.table) && column == QLatin1String(spec.column))
            return &spec;
    return nullptr;
}

template<typename E>
QString enumText(const QString &code)
{
    const std::optional<E> value = enumFromCode<E>(code);
    return value ? displayNameOf(*value) : code;
}

QString dateText(const QString &code)
{
    const FuzzyDate date = FuzzyDate::fromCode(code);
    return date.isValid() ? CellValue::dateText(date) : code;
}

bool isDateColumn(const QString &table, const QString &column)
{
    static const QList<ColumnRules::DateColumn> dates = ColumnRules::dateColumns();
    for (const ColumnRules::DateColumn &date : dates)
        if (date.table == table && date.code == column)
            return true;
    return false;
}

} // namespace

HistoryText::HistoryText(const Database &db)
    : m_db(db)
{}

QString HistoryText::kindLabel(const QString &table)
{
    // The record kinds by table name, which is also the label (translated).
    static constexpr const char *Kinds[]{
        QT_TRANSLATE_NOOP("HistoryText", "partner"), QT_TRANSLATE_NOOP("HistoryText", "contact"),
        QT_TRANSLATE_NOOP("HistoryText", "agreement"), QT_TRANSLATE_NOOP("HistoryText", "milestone"),
        QT_TRANSLATE_NOOP("HistoryText", "event")};
    for (const char *kind : Kinds)
        if (table == QLatin1String(kind))
            return QCoreApplication::translate("HistoryText", kind);
    return table;
}

QString HistoryText::actionLabel(HistoryEntry::Action action)
{
    switch (action) {
    case HistoryEntry::Action::Create:
        return QCoreApplication::translate("HistoryText", "created");
    case HistoryEntry::Action::Update:
        return QCoreApplication::translate("HistoryText", "changed");
    case HistoryEntry::Action::Delete:
        return QCoreApplication::translate("HistoryText", "deleted");
    case HistoryEntry::Action::Restore:
        return QCoreApplication::translate("HistoryText", "restored");
    }
    return {};
}

QString HistoryText::fieldLabel(const QString &table, const QString &column)
{
    const FieldSpec *spec = specOf(table, column);
    return spec ? QCoreApplication::translate("Fields", spec->label) : column;
}

QString HistoryText::labelOf(const QString &table, qint64 id)
{
    const QString key = table + QLatin1Char(':') + QString::number(id);
    if (const auto it = m_labels.constFind(key); it != m_labels.constEnd())
        return *it;
    QString sql;
    if (table == QLatin1String("partner"))
        sql =
            QStringLiteral("SELECT CASE WHEN short_name <> '' THEN short_name ELSE name END FROM partner WHERE id = ?");
    else if (table == QLatin1String("contact"))
        sql = QStringLiteral("SELECT name FROM contact WHERE id = ?");
    else
        sql = QStringLiteral("SELECT title FROM %1 WHERE id = ?").arg(table);
    QSqlQuery query = m_db.prepare(sql);
    query.bindValue(0, id);
    QString label = QStringLiteral("#%1").arg(id);
    if (query.exec() && query.next())
        label = query.value(0).toString();
    m_labels.insert(key, label);
    return label;
}

QString HistoryText::recordLabel(const HistoryEntry &entry)
{
    const QString label = labelOf(entry.recordTable, entry.recordId);
    if (label != QStringLiteral("#%1").arg(entry.recordId))
        return label;
    for (const char *column : {"short_name", "name", "title"}) {
        const QString kept = entry.changes.value(QLatin1String(column)).toArray().at(0).toString();
        if (!kept.isEmpty())
            return kept;
    }
    return label;
}

QString HistoryText::value(const QString &table, const QString &column, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    const FieldSpec *spec = specOf(table, column);
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray()) {
            if (item.isArray()) { // a party: partner, role, signing date
                const QJsonArray party = item.toArray();
                QStringList about{enumText<PartyRole>(party.at(1).toString())};
                if (!party.at(2).toString().isEmpty())
                    about << dateText(party.at(2).toString());
                items << QStringLiteral("%1 (%2)").arg(labelOf(QStringLiteral("partner"), party.at(0).toInteger()),
                                                       about.join(QStringLiteral(", ")));
            } else if (spec && spec->refers) {
                items << labelOf(QLatin1String(spec->refers), item.toInteger());
            } else {
                items << item.toString();
            }
        }
        return items.join(QStringLiteral("; "));
    }
    if (spec && spec->refers)
        return labelOf(QLatin1String(spec->refers), value.toInteger());
    const QString text = value.isDouble() ? QString::number(value.toInteger()) : value.toString();
    if (column == QLatin1String("kind"))
        return table == QLatin1String("partner") ? enumText<PartnerKind>(text) : enumText<AgreementKind>(text);
    if (column == QLatin1String("status"))
        return table == QLatin1String("agreement") ? enumText<AgreementStatus>(text) : enumText<MilestoneStatus>(text);
    if (isDateColumn(table, column))
        return dateText(text);
    return text;
}

QList<HistoryText::Field> HistoryText::fields(const HistoryEntry &entry)
{
    QList<Field> fields;
    const auto add = [&](const QString &column) {
        const QJsonArray change = entry.changes.value(column).toArray();
        fields << Field{column, fieldLabel(entry.recordTable, column), value(entry.recordTable, column, change.at(0)),
                        value(entry.recordTable, column, change.at(1))};
    };
    for (const FieldSpec &spec : fieldSpecs())
        if (entry.recordTable == QLatin1String(spec.table) && entry.changes.contains(QLatin1String(spec.column)))
            add(QLatin1String(spec.column));
    for (auto it = entry.changes.constBegin(); it != entry.changes.constEnd(); ++it)
        if (!specOf(entry.recordTable, it.key()))
            add(it.key());
    return fields;
}
