// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/csvimport.h"

#include "domain/textkey.h"
#include "exchange/csvwriter.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace {

// A value for a report: one line, at most 60 characters.
QString shortened(const QString &text)
{
    QString line = text;
    line.replace(QLatin1String("\r\n"), QStringLiteral(" "));
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    if (line.size() <= 60)
        return line;
    return line.left(57) + QStringLiteral("…");
}

} // namespace

QStringList CsvImport::splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[;\\n\\r]"));
    QStringList items;
    for (const QString &item : text.split(separators, Qt::SkipEmptyParts)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items << trimmed;
    }
    return items;
}

QString ImportIssue::toString() const
{
    QString where;
    if (row > 0)
        where = QCoreApplication::translate("CsvImport", "row %1").arg(row);
    if (!column.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(", ")) +
                 QCoreApplication::translate("CsvImport", "column “%1”").arg(column);
    if (!value.isEmpty())
        where += QStringLiteral(" (“%1”)").arg(value);
    const QString prefix =
        severity == Severity::Warning ? QCoreApplication::translate("CsvImport", "note: ") : QString();
    if (where.isEmpty())
        return prefix + reason;
    return prefix + where + QStringLiteral(": ") + reason;
}

Result<ImportContext> ImportContext::load(Database &db)
{
    const BulkRepository bulk(db);
    ImportContext context;
    Result<QList<BulkRepository::PartnerName>> partners = bulk.partnerNames();
    if (!partners)
        return partners.error();
    Result<QList<BulkRepository::AgreementTitle>> agreements = bulk.agreementTitles();
    if (!agreements)
        return agreements.error();
    context.partners = std::move(*partners);
    context.agreements = std::move(*agreements);
    return context;
}

CsvImport::CsvImport(CsvTable table, ColumnMapping mapping, ImportContext context)
    : m_table(std::move(table))
    , m_mapping(std::move(mapping))
    , m_context(std::move(context))
{
    for (const BulkRepository::AgreementTitle &agreement : m_context.agreements)
        m_agreementsByKey[TextKey::folded(agreement.title)].append(agreement.id);
    for (qsizetype i = 0; i < m_mapping.columnCount(); ++i) {
        const std::optional<ImportField> field = ColumnMapping::field(m_mapping.target(), m_mapping.fieldAt(i));
        m_lengthLimit << (field ? (field->longText ? MaxLongField : MaxShortField) : 0);
        if (field)
            m_columnOfField.insert(field->key, i);
    }
    if (m_mapping.target() == ImportTarget::Partners)
        for (const BulkRepository::PartnerName &partner : m_context.partners)
            m_existingPartners.insert(TextKey::folded(partner.name) + QChar(0x1f) + partner.country, partner.id);
    collectPartnerNames();
}

void CsvImport::collectPartnerNames()
{
    QString key;
    if (m_mapping.target() == ImportTarget::Partners)
        key = QStringLiteral("name");
    else if (m_mapping.target() == ImportTarget::Agreements)
        key = QStringLiteral("parties");
    const qsizetype column = key.isEmpty() ? -1 : m_mapping.columnOf(key);
    if (column < 0)
        return;

    QHash<QString, QList<qint64>> existing;
    for (const BulkRepository::PartnerName &partner : m_context.partners) {
        const QString nameKey = TextKey::folded(partner.name);
        existing[nameKey].append(partner.id);
        const QString shortKey = TextKey::folded(partner.shortName);
        if (!shortKey.isEmpty() && shortKey != nameKey)
            existing[shortKey].append(partner.id);
    }
    for (qsizetype i = 0; i < m_table.rows.size(); ++i) {
        const QStringList &fields = m_table.rows.at(i);
        if (column >= fields.size())
            continue;
        const QString text = CsvWriter::unneutralised(fields.at(column)).trimmed();
        const QStringList names = key == QLatin1String("parties") ? splitList(text) : QStringList{text};
        for (const QString &name : names) {
            if (name.isEmpty() || name.size() > MaxShortField)
                continue;
            const QString nameKey = TextKey::folded(name);
            const auto found = m_choiceByKey.constFind(nameKey);
            if (found != m_choiceByKey.constEnd()) {
                ++m_choices[found.value()].uses;
                continue;
            }
            PartnerChoice choice;
            choice.name = name;
            choice.firstRow = int(i) + 2;
            choice.uses = 1;
            QList<qint64> candidates = existing.value(nameKey);
            std::sort(candidates.begin(), candidates.end());
            candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
            choice.candidates = candidates;
            choice.action = candidates.isEmpty() ? PartnerChoice::Action::Create : PartnerChoice::Action::Link;
            choice.partnerId = candidates.size() == 1 ? candidates.constFirst() : 0;
            m_choiceByKey.insert(nameKey, m_choices.size());
            m_choices.append(choice);
        }
    }
}

qsizetype CsvImport::choiceFor(const QString &name) const
{
    return m_choiceByKey.value(TextKey::folded(name), -1);
}

void CsvImport::setPartnerChoice(qsizetype index, PartnerChoice::Action action, qint64 partnerId)
{
    if (index < 0 || index >= m_choices.size())
        return;
    m_choices[index].action = action;
    m_choices[index].partnerId = action == PartnerChoice::Action::Link ? partnerId : 0;
}

void CsvImport::addIssue(ImportIssue::Severity severity, int row, const QString &column, const QString &value,
                         const QString &reason)
{
    if (severity == ImportIssue::Severity::Error)
        ++m_errorCount;
    else
        ++m_warningCount;
    if (m_issues.size() < MaxStoredIssues)
        m_issues.append({severity, row, column, shortened(value), reason});
}

QString CsvImport::headerOf(const QString &key) const
{
    const qsizetype column = m_columnOfField.value(key, -1);
    return column >= 0 ? m_table.header.value(column) : QString();
}

QString CsvImport::cell(const QStringList &fields, const QString &key, bool keepWhiteSpace) const
{
    const qsizetype column = m_columnOfField.value(key, -1);
    if (column < 0 || column >= fields.size())
        return {};
    const QString value = CsvWriter::unneutralised(fields.at(column));
    return keepWhiteSpace ? value : value.trimmed();
}

FuzzyDate CsvImport::parseDate(const QString &text, QString *error)
{
    QString trimmed = text.trimmed();
    if (trimmed.contains(QLatin1Char(':'))) {
        static const QRegularExpression midnight(QStringLiteral("[ T]0?0:00(?::00(?:\\.0+)?)?Z?$"));
        trimmed.remove(midnight);
    }
    return FuzzyDate::parse(trimmed, error);
}

FuzzyDate CsvImport::dateField(const QStringList &fields, const QString &key, int row)
{
    const QString text = cell(fields, key);
    if (text.isEmpty())
        return {};
    QString error;
    const FuzzyDate date = parseDate(text, &error);
    if (date.isNull())
        addIssue(ImportIssue::Severity::Error, row, headerOf(key), text, error);
    return date;
}

bool CsvImport::checkStructure()
{
    bool anyMapped = false;
    for (qsizetype i = 0; i < m_mapping.columnCount(); ++i)
        anyMapped = anyMapped || !m_mapping.fieldAt(i).isEmpty();
    QStringList fieldLabels;
    for (const ImportField &field : ColumnMapping::fields(m_mapping.target()))
        fieldLabels << field.label;
    if (!anyMapped) {
        QStringList headers;
        for (const QString &h : m_table.header)
            headers << QStringLiteral("“%1”").arg(shortened(h));
        addIssue(ImportIssue::Severity::Error, 1, QString(), QString(),
                 QCoreApplication::translate(
                     "CsvImport",
                     "None of the columns (%1) is a field of %2; name the columns in the header (%3) or choose "
                     "their fields by hand.")
                     .arg(headers.join(QStringLiteral(", ")), ColumnMapping::targetName(m_mapping.target()).toLower(),
                          fieldLabels.join(QStringLiteral(", "))));
        return false;
    }
    const QList<ImportField> missing = m_mapping.missingRequired();
    for (const ImportField &field : missing)
        addIssue(ImportIssue::Severity::Error, 1, QString(), QString(),
                 QCoreApplication::translate(
                     "CsvImport",
                     "No column goes into “%1”, which every row needs; add a column named “%1” or choose one for it.")
                     .arg(field.label));
    for (qsizetype i = 0; i < m_table.header.size(); ++i)
        if (m_mapping.fieldAt(i).isEmpty())
            addIssue(ImportIssue::Severity::Warning, 1, m_table.header.at(i), QString(),
                     QCoreApplication::translate("CsvImport", "not imported: no field chosen for this column."));
    if (!missing.isEmpty())
        return false;
    bool anyRow = false;
    for (const QStringList &fields : m_table.rows) {
        for (const QString &field : fields)
            anyRow = anyRow || !field.trimmed().isEmpty();
        if (anyRow)
            break;
    }
    if (!anyRow) {
        addIssue(
            ImportIssue::Severity::Error, 0, QString(), QString(),
            QCoreApplication::translate("CsvImport", "The file has a header but no rows; there is nothing to import."));
        return false;
    }
    return true;
}

bool CsvImport::checkRowShape(const QStringList &fields, int row)
{
    const qsizetype expected = m_table.header.size();
    bool ragged = fields.size() < expected;
    for (qsizetype i = expected; !ragged && i < fields.size(); ++i)
        ragged = !fields.at(i).trimmed().isEmpty();
    if (ragged) {
        const QString delimiter = m_table.delimiter == QLatin1Char('\t')
                                      ? QCoreApplication::translate("CsvImport", "tab")
                                      : QString(m_table.delimiter);
        addIssue(ImportIssue::Severity::Error, row, QString(), fields.join(m_table.delimiter),
                 QCoreApplication::translate(
                     "CsvImport",
                     "this row has %1 fields but the header has %2: a delimiter (%3) is missing or extra, or a value "
                     "holds one without quotes around it.")
                     .arg(fields.size())
                     .arg(expected)
                     .arg(delimiter));
        return false;
    }
    bool ok = true;
    for (qsizetype i = 0; i < expected; ++i) {
        const qsizetype limit = m_lengthLimit.value(i);
        if (limit > 0 && fields.at(i).size() > limit) {
            addIssue(
                ImportIssue::Severity::Error, row, m_table.header.at(i), fields.at(i),
                QCoreApplication::translate("CsvImport", "this value is %1 characters long; “%2” takes at most %3.")
                    .arg(QLocale().toString(fields.at(i).size()),
                         ColumnMapping::field(m_mapping.target(), m_mapping.fieldAt(i))->label,
                         QLocale().toString(limit)));
            ok = false;
        }
    }
    return ok;
}

bool CsvImport::validate(const Progress &progress)
{
    m_issues.clear();
    m_errorCount = 0;
    m_warningCount = 0;
    m_rowsSkipped = 0;
    m_plan = ImportPlan();
    m_partnerForChoice.clear();
    m_newAgreementByKey.clear();
    m_rowByKey.clear();
    m_partnerRowByName.clear();
    m_pendingPredecessors.clear();
    m_lastAgreementTitle.clear();
    m_lastAgreementId = 0;

    if (!checkStructure())
        return true;
    if (m_mapping.target() == ImportTarget::Milestones)
        m_plan.milestones.reserve(m_table.rows.size());
    QList<qsizetype> mappedColumns;
    for (qsizetype i = 0; i < m_mapping.columnCount(); ++i)
        if (!m_mapping.fieldAt(i).isEmpty())
            mappedColumns << i;

    QString key;
    for (qsizetype i = 0; i < m_table.rows.size(); ++i) {
        if (progress && i % 1000 == 999 && !progress(i + 1))
            return false;
        const QStringList &fields = m_table.rows.at(i);
        const int row = int(i) + 2;
        bool empty = true;
        for (const QString &field : fields)
            empty = empty && QStringView(field).trimmed().isEmpty();
        if (empty)
            continue;
        if (!checkRowShape(fields, row))
            continue;
        key.clear();
        for (qsizetype column : mappedColumns) {
            key += QStringView(fields.at(column)).trimmed();
            key += QChar(0x1f);
        }
        const auto seen = m_rowByKey.constFind(key);
        if (seen != m_rowByKey.constEnd()) {
            addIssue(ImportIssue::Severity::Error, row, QString(), fields.join(m_table.delimiter),
                     QCoreApplication::translate("CsvImport", "this row repeats row %1; remove one of them.")
                         .arg(seen.value()));
            continue;
        }
        m_rowByKey.insert(key, row);
        switch (m_mapping.target()) {
        case ImportTarget::Partners:
            validatePartner(fields, row);
            break;
        case ImportTarget::Agreements:
            validateAgreement(fields, row);
            break;
        case ImportTarget::Milestones:
            validateMilestone(fields, row);
            break;
        }
    }
    if (m_mapping.target() == ImportTarget::Agreements)
        resolvePredecessors();
    m_rowByKey.clear();
    if (progress)
        progress(m_table.rows.size());
    return true;
}

QString CsvImport::summary() const
{
    QStringList parts;
    if (!m_plan.partners.isEmpty())
        parts << QCoreApplication::translate("CsvImport", "%n partner(s)", nullptr, int(m_plan.partners.size()));
    if (!m_plan.agreements.isEmpty())
        parts << QCoreApplication::translate("CsvImport", "%n agreement(s)", nullptr, int(m_plan.agreements.size()));
    if (!m_plan.milestones.isEmpty())
        parts << QCoreApplication::translate("CsvImport", "%n milestone(s)", nullptr, int(m_plan.milestones.size()));
    QString text;
    if (parts.isEmpty())
        text = QCoreApplication::translate("CsvImport", "Adds nothing");
    else if (parts.size() == 1)
        text = QCoreApplication::translate("CsvImport", "Adds %1").arg(parts.constFirst());
    else
        text = QCoreApplication::translate("CsvImport", "Adds %1 and %2")
                   .arg(parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")), parts.constLast());
    if (m_rowsSkipped > 0)
        text += QStringLiteral("; ") +
                QCoreApplication::translate("CsvImport", "leaves out %n row(s)", nullptr, int(m_rowsSkipped));
    return text + QLatin1Char('.');
}

Result<void> CsvImport::write(Database &db, ImportPlan &plan, const Progress &progress)
{
    ImportPlan work = plan;
    const BulkRepository bulk(db);
    qsizetype base = 0;
    const BulkRepository::Progress step = [&](qsizetype done) { return !progress || progress(base + done); };
    const Result<void> done = bulk.write([&]() -> Result<void> {
        if (auto r = bulk.createPartners(work.partners, step); !r)
            return r;
        base += work.partners.size();
        for (Agreement &agreement : work.agreements)
            for (AgreementParty &party : agreement.parties)
                if (party.partnerId < 0)
                    party.partnerId = work.partners.at(-party.partnerId - 1).meta.id;

        // Agreements whose predecessor is in the same plan go after it; the plan keeps them in that
        // order, so that writing it again (redo) needs no reordering.
        QList<qsizetype> pending;
        for (qsizetype i = 0; i < work.agreements.size(); ++i)
            pending << i;
        QHash<qsizetype, qint64> written;
        QList<Agreement> ordered;
        while (!pending.isEmpty()) {
            QList<Agreement> batch;
            QList<qsizetype> batchIndexes;
            QList<qsizetype> later;
            for (qsizetype index : std::as_const(pending)) {
                Agreement agreement = work.agreements.at(index);
                if (agreement.predecessorId < 0) {
                    const auto predecessor = written.constFind(-agreement.predecessorId - 1);
                    if (predecessor == written.constEnd()) {
                        later << index;
                        continue;
                    }
                    agreement.predecessorId = predecessor.value();
                }
                batch << agreement;
                batchIndexes << index;
            }
            if (batch.isEmpty())
                return StoreError{StoreError::Kind::Invalid,
                                  QCoreApplication::translate("CsvImport",
                                                              "The predecessors of the agreements go round in a "
                                                              "circle; nothing was imported.")};
            if (auto r = bulk.createAgreements(batch, step); !r)
                return r;
            for (qsizetype k = 0; k < batch.size(); ++k) {
                written.insert(batchIndexes.at(k), batch.at(k).meta.id);
                ordered << batch.at(k);
            }
            base += batch.size();
            pending = later;
        }
        for (Milestone &milestone : work.milestones)
            if (milestone.agreementId < 0)
                milestone.agreementId = written.value(-milestone.agreementId - 1);
        work.agreements = ordered;
        return bulk.createMilestones(work.milestones, step);
    });
    if (!done)
        return done;
    plan = std::move(work);
    if (progress)
        progress(plan.size());
    return {};
}

Result<void> CsvImport::remove(Database &db, const ImportPlan &plan)
{
    const BulkRepository bulk(db);
    const auto ids = [](const auto &rows) {
        QList<qint64> result;
        result.reserve(rows.size());
        for (const auto &row : rows)
            if (row.meta.id > 0)
                result << row.meta.id;
        return result;
    };
    return bulk.write([&]() -> Result<void> {
        if (auto r = bulk.removeMilestones(ids(plan.milestones)); !r)
            return r;
        if (auto r = bulk.removeAgreements(ids(plan.agreements)); !r)
            return r;
        return bulk.removePartners(ids(plan.partners));
    });
}
