// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/historytext.h"

#include "domain/enums.h"
#include "domain/fuzzydate.h"
#include "domain/recordfields.h"
#include "models/cellvalue.h"
#include "store/columnrules.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace {

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
    return RecordFields::label(table, column);
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
    const RecordField *spec = RecordFields::find(table, column);
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
    for (const RecordField &field : RecordFields::all())
        if (entry.recordTable == QLatin1String(field.table) && entry.changes.contains(QLatin1String(field.column)))
            add(QLatin1String(field.column));
    for (auto it = entry.changes.constBegin(); it != entry.changes.constEnd(); ++it)
        if (!RecordFields::find(entry.recordTable, it.key()))
            add(it.key());
    return fields;
}
