// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What a CSV import adds: partners, agreements (with their parties) or milestones.
enum class ImportTarget
{
    Partners,
    Agreements,
    Milestones
};

// One field a column can be imported into.
struct ImportField
{
    QString key;   // stable: "name", "short_name", "due", ...
    QString label; // translated; also the column header of CSV exports
    bool required = false;
    bool longText = false; // notes and summaries, which may be long
};

// Which field each column of a CSV file goes into ("" for a column that is not imported).
class ColumnMapping
{
public:
    ColumnMapping() = default;
    ColumnMapping(ImportTarget target, qsizetype columns);

    static QString targetCode(ImportTarget target); // "partners", "agreements", "milestones"
    static std::optional<ImportTarget> targetFromCode(const QString &code);
    static QString targetName(ImportTarget target); // translated
    static QList<ImportField> fields(ImportTarget target);
    static std::optional<ImportField> field(ImportTarget target, const QString &key);

    // Guesses each column's field from its header, in English, Dutch or Swedish ("Due date",
    // "Streefdatum", "Förfallodatum"); each field goes to the first column that names it.
    static ColumnMapping guess(ImportTarget target, const QStringList &header);
    // The field a header names, or "" when none does.
    static QString fieldForHeader(ImportTarget target, const QString &header);

    ImportTarget target() const { return m_target; }
    qsizetype columnCount() const { return m_fields.size(); }
    QString fieldAt(qsizetype column) const { return m_fields.value(column); }
    // Puts a column into a field; a column that had that field before is no longer imported.
    void setField(qsizetype column, const QString &key);
    qsizetype columnOf(const QString &key) const { return m_fields.indexOf(key); }
    // Required fields no column goes into.
    QList<ImportField> missingRequired() const;

private:
    ImportTarget m_target = ImportTarget::Partners;
    QStringList m_fields;
};
