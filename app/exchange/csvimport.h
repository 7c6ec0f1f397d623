// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/agreement.h"
#include "domain/milestone.h"
#include "domain/partner.h"
#include "exchange/columnmapping.h"
#include "exchange/csvreader.h"
#include "store/bulkrepository.h"
#include "store/storeerror.h"

#include <QHash>
#include <QList>

#include <functional>

class Database;

// One finding about an imported file: where (row, column, value) and why.
struct ImportIssue
{
    enum class Severity
    {
        Error,  // the row cannot be imported; nothing is imported while there is one
        Warning // imported anyway, or left out on purpose; worth knowing
    };

    Severity severity = Severity::Error;
    int row = 0;    // spreadsheet row (the header is row 1); 0 for the file as a whole
    QString column; // the column's header; empty for the whole row
    QString value;  // the value as written, shortened
    QString reason;

    // "row 12, column “Due” (“31-02-2023”): “31-02-2023” is not a date: ..."
    QString toString() const;
};

// What the portfolio holds already, for matching names and titles: a snapshot, safe on any thread.
struct ImportContext
{
    QList<BulkRepository::PartnerName> partners;
    QList<BulkRepository::AgreementTitle> agreements;

    static Result<ImportContext> load(Database &db);
};

// One partner name the file uses (a partner row's name, or a party of an agreement) and what to do.
struct PartnerChoice
{
    enum class Action
    {
        Link,   // use the existing partner partnerId (a partner row that links is not added again)
        Create, // add a new partner with this name
        Skip    // leave it out (a partner row, or the party of an agreement)
    };

    QString name; // as the file first writes it
    int firstRow = 0;
    int uses = 0;
    QList<qint64> candidates; // existing partners whose name or short name matches, case- and accent-insensitively
    Action action = Action::Create;
    qint64 partnerId = 0; // for Link; 0 until chosen when several partners match
};

// What an import adds. References between rows that have no id yet are negative: a party's partnerId,
// an agreement's predecessorId and a milestone's agreementId below zero are -(index + 1) into partners
// or agreements. write() fills in ids and times, so the same plan can be removed (undo) and written
// again with the same ids (redo).
struct ImportPlan
{
    QList<Partner> partners;
    QList<Agreement> agreements;
    QList<Milestone> milestones;

    qsizetype size() const { return partners.size() + agreements.size() + milestones.size(); }
    bool isEmpty() const { return size() == 0; }
};

// A CSV import: checks every row against the mapping and the portfolio first, reporting each problem
// with its row, column and value, and builds the plan; then writes it all in one transaction.
class CsvImport
{
public:
    using Progress = std::function<bool(qsizetype done)>; // false: stop

    static constexpr qsizetype MaxShortField = 1000;   // names, titles, codes, dates
    static constexpr qsizetype MaxLongField = 65536;   // notes and summaries
    static constexpr qsizetype MaxStoredIssues = 1000; // more are counted, not kept

    CsvImport(CsvTable table, ColumnMapping mapping, ImportContext context);

    const CsvTable &table() const { return m_table; }
    const ColumnMapping &mapping() const { return m_mapping; }

    // The partner names the rows use, with a default: link when one partner matches, create when none
    // does; when several match, link with partnerId 0, which validate() reports until one is chosen.
    const QList<PartnerChoice> &partnerChoices() const { return m_choices; }
    void setPartnerChoice(qsizetype index, PartnerChoice::Action action, qint64 partnerId = 0);

    // Checks every row and builds the plan; false when progress said stop.
    bool validate(const Progress &progress = {});
    const QList<ImportIssue> &issues() const { return m_issues; }
    qsizetype errorCount() const { return m_errorCount; }
    qsizetype warningCount() const { return m_warningCount; }
    bool hasErrors() const { return m_errorCount > 0; }
    const ImportPlan &plan() const { return m_plan; }
    qsizetype rowsSkipped() const { return m_rowsSkipped; }
    // "Adds 2 partners, 10 agreements and 100 milestones; leaves out 1 row."
    QString summary() const;

    // Writes the plan in one transaction: all of it or, on an error or when progress says stop, nothing
    // (and the plan is left as it was).
    static Result<void> write(Database &db, ImportPlan &plan, const Progress &progress = {});
    // Removes what write() added, in one transaction (undo).
    static Result<void> remove(Database &db, const ImportPlan &plan);

    // Reads a date as spreadsheets write it: ISO, FuzzyDate text ("Q3 2024"), day-month-year
    // ("12-9-2023", "12/09/2023"), with or without a midnight time ("2023-09-12 00:00:00").
    static FuzzyDate parseDate(const QString &text, QString *error);

private:
    // The items of a list cell ("A; B", or one per line), trimmed, without empty ones.
    static QStringList splitList(const QString &text);
    void collectPartnerNames();
    qsizetype choiceFor(const QString &name) const;
    void addIssue(ImportIssue::Severity severity, int row, const QString &column, const QString &value,
                  const QString &reason);
    QString cell(const QStringList &fields, const QString &key, bool keepWhiteSpace = false) const;
    QString headerOf(const QString &key) const;
    bool checkStructure();
    bool checkRowShape(const QStringList &fields, int row);
    void validatePartner(const QStringList &fields, int row);
    void validateAgreement(const QStringList &fields, int row);
    void validateMilestone(const QStringList &fields, int row);
    void resolvePredecessors();
    FuzzyDate dateField(const QStringList &fields, const QString &key, int row);
    // The code of the choice a cell names ("" when it is empty, or names none: an issue).
    QString choiceField(const QStringList &fields, const QString &key, int row, const ChoiceType &type,
                        const char *noun);
    // Reads a row's text, choice, date, country and list cells into the record's fields.
    template<typename T>
    void readFields(T &record, const QStringList &fields, int row);

    CsvTable m_table;
    ColumnMapping m_mapping;
    ImportContext m_context;
    QList<PartnerChoice> m_choices;
    QHash<QString, qsizetype> m_choiceByKey;
    QHash<QString, QList<qint64>> m_agreementsByKey; // folded title -> existing agreement ids
    QHash<QString, qint64> m_existingPartners;       // folded name + country -> existing partner id
    QHash<QString, qsizetype> m_columnOfField;       // field key -> column
    QList<qsizetype> m_lengthLimit;                  // column -> the longest value its field takes (0: not imported)

    QList<ImportIssue> m_issues;
    qsizetype m_errorCount = 0;
    qsizetype m_warningCount = 0;
    qsizetype m_rowsSkipped = 0;
    ImportPlan m_plan;
    QHash<qsizetype, qsizetype> m_partnerForChoice; // choice index -> plan.partners index (Create)
    QHash<QString, qsizetype> m_newAgreementByKey;  // folded title -> plan.agreements index
    QHash<QString, int> m_rowByKey;                 // duplicate detection: row key -> first row
    QHash<QString, int> m_partnerRowByName;         // folded name + country -> first row
    QList<std::pair<qsizetype, std::pair<QString, int>>> m_pendingPredecessors; // agreement, (title, row)
    QHash<QString, QHash<QString, QString>> m_choiceMemo;                       // field key -> text -> code ("": none)
    QString m_lastAgreementTitle; // a milestone row's agreement, as last resolved
    qint64 m_lastAgreementId = 0;
};
