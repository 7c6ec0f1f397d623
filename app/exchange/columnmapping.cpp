// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/columnmapping.h"

#include "domain/agreement.h"
#include "domain/codetable.h"
#include "domain/milestone.h"
#include "domain/partner.h"
#include "domain/textkey.h"

#include <QCoreApplication>
#include <QHash>

namespace {

constexpr CodeTable<ImportTarget, 3> Targets{{
    {ImportTarget::Partners, "partners", QT_TRANSLATE_NOOP("ImportField", "Partners")},
    {ImportTarget::Agreements, "agreements", QT_TRANSLATE_NOOP("ImportField", "Agreements")},
    {ImportTarget::Milestones, "milestones", QT_TRANSLATE_NOOP("ImportField", "Milestones")},
}};

struct FieldSpec
{
    QString key;
    const char *label; // translated in context "Fields"
    bool required;
    bool longText;
    // Header names in English, Dutch and Swedish, as TextKey::words() writes them.
    QStringList synonyms;
};

template<typename T>
QList<FieldSpec> specsOf()
{
    QList<FieldSpec> specs;
    for (const EntityField<T> &field : T::fields())
        if (field.has(InCsv))
            specs.append({field.csvKey(), field.heading, field.has(Required), field.kind == FieldKind::Text,
                          field.synonymList()});
    return specs;
}

const QList<FieldSpec> &specs(ImportTarget target)
{
    static const QList<FieldSpec> partners = specsOf<Partner>();
    static const QList<FieldSpec> agreements = specsOf<Agreement>();
    static const QList<FieldSpec> milestones = specsOf<Milestone>();
    switch (target) {
    case ImportTarget::Partners:
        return partners;
    case ImportTarget::Agreements:
        return agreements;
    case ImportTarget::Milestones:
        return milestones;
    }
    return partners;
}

// Whether `words` holds `phrase` as whole words.
bool containsPhrase(const QString &words, const QString &phrase)
{
    const QString padded = QLatin1Char(' ') + words + QLatin1Char(' ');
    return padded.contains(QLatin1Char(' ') + phrase + QLatin1Char(' '));
}

} // namespace

ColumnMapping::ColumnMapping(ImportTarget target, qsizetype columns)
    : m_target(target)
{
    for (qsizetype i = 0; i < columns; ++i)
        m_fields.append(QString());
}

QString ColumnMapping::targetCode(ImportTarget target)
{
    return codeIn(Targets, target);
}

std::optional<ImportTarget> ColumnMapping::targetFromCode(const QString &code)
{
    return valueIn(Targets, code);
}

QString ColumnMapping::targetName(ImportTarget target)
{
    return nameIn(Targets, target, "ImportField");
}

QList<ImportField> ColumnMapping::fields(ImportTarget target)
{
    QList<ImportField> result;
    for (const FieldSpec &spec : specs(target))
        result.append({spec.key, QCoreApplication::translate("Fields", spec.label), spec.required, spec.longText});
    return result;
}

std::optional<ImportField> ColumnMapping::field(ImportTarget target, const QString &key)
{
    for (const ImportField &f : fields(target))
        if (f.key == key)
            return f;
    return std::nullopt;
}

QString ColumnMapping::fieldForHeader(ImportTarget target, const QString &header)
{
    const QString words = TextKey::words(header);
    if (words.isEmpty())
        return {};
    for (const FieldSpec &spec : specs(target))
        if (spec.synonyms.contains(words) || TextKey::words(QCoreApplication::translate("Fields", spec.label)) == words)
            return spec.key;
    // "Partner name (official)": the longest name the header holds.
    QString best;
    qsizetype bestLength = 0;
    for (const FieldSpec &spec : specs(target))
        for (const QString &synonym : spec.synonyms)
            if (synonym.size() > bestLength && containsPhrase(words, synonym)) {
                best = spec.key;
                bestLength = synonym.size();
            }
    return best;
}

ColumnMapping ColumnMapping::guess(ImportTarget target, const QStringList &header)
{
    ColumnMapping mapping(target, header.size());
    // Exact names first, so that "Name" wins over "Partner name (old)" for the same field.
    QList<QString> exact(header.size());
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString words = TextKey::words(header.at(i));
        for (const FieldSpec &spec : specs(target))
            if (!words.isEmpty() && spec.synonyms.contains(words)) {
                exact[i] = spec.key;
                break;
            }
    }
    for (qsizetype i = 0; i < header.size(); ++i)
        if (!exact.at(i).isEmpty() && mapping.columnOf(exact.at(i)) < 0)
            mapping.m_fields[i] = exact.at(i);
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (!mapping.m_fields.at(i).isEmpty() || !exact.at(i).isEmpty())
            continue;
        const QString key = fieldForHeader(target, header.at(i));
        if (!key.isEmpty() && mapping.columnOf(key) < 0)
            mapping.m_fields[i] = key;
    }
    return mapping;
}

void ColumnMapping::setField(qsizetype column, const QString &key)
{
    if (column < 0 || column >= m_fields.size())
        return;
    if (!key.isEmpty())
        for (QString &other : m_fields)
            if (other == key)
                other.clear();
    m_fields[column] = key;
}

QList<ImportField> ColumnMapping::missingRequired() const
{
    QList<ImportField> missing;
    for (const ImportField &f : fields(m_target))
        if (f.required && columnOf(f.key) < 0)
            missing.append(f);
    return missing;
}
