// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/agreement.h"
#include "domain/milestone.h"
#include "domain/partner.h"
#include "store/repositorybase.h"

#include <QList>

#include <functional>

class QSqlQuery;
template<typename T>
struct EntitySpec;

// Many rows at once, for imports and for undoing them: one prepared statement per table, reused for
// every row, all inside one write transaction (nested in the caller's Database::write, if any). Also
// light lists of partner names and agreement titles for matching imported rows.
class BulkRepository : public RepositoryBase
{
public:
    using RepositoryBase::RepositoryBase;

    // Called every ProgressStep rows with the rows done so far; returning false stops the write,
    // which then fails (and rolls back) with a StoreError of kind Invalid.
    using Progress = std::function<bool(qsizetype rowsDone)>;
    static constexpr qsizetype ProgressStep = 1000;

    // Runs `work` in one write transaction (Database::write) with SQLite's temporary files in memory
    // (with foreign keys on, every INSERT inside a transaction keeps a statement journal; on disk those
    // cost a write per page touched) and a page cache of 64 MiB (so that index pages are not spilled
    // to the log and read back before the commit); both are set back afterwards. Inside a transaction
    // already, it just joins it.
    Result<void> write(const std::function<Result<void>()> &work) const;

    // Insert in order, after each row passes its repository's validate(), and fill in each row's meta:
    // the id (kept when set), created/updated (now unless set) and version (1 unless set).
    Result<void> createPartners(QList<Partner> &partners, const Progress &progress = {}) const;
    // With their parties and themes (themes are found by name, case-insensitively, or added).
    Result<void> createAgreements(QList<Agreement> &agreements, const Progress &progress = {}) const;
    Result<void> createMilestones(QList<Milestone> &milestones, const Progress &progress = {}) const;

    // Delete by id whatever the version. Agreements take their parties, themes and milestones with
    // them (themes no agreement uses any more go too); partners their contacts.
    Result<void> removeMilestones(const QList<qint64> &ids) const;
    Result<void> removeAgreements(const QList<qint64> &ids) const;
    Result<void> removePartners(const QList<qint64> &ids) const;

    struct PartnerName
    {
        qint64 id = 0;
        QString name;
        QString shortName;
        QString country;
    };
    // Every partner's id, name, short name and country, by id.
    Result<QList<PartnerName>> partnerNames() const;
    struct AgreementTitle
    {
        qint64 id = 0;
        QString title;
    };
    // Every agreement's id and title, by id.
    Result<QList<AgreementTitle>> agreementTitles() const;

private:
    struct Statement;
    // Adds a row; on SQLite rows go in BatchRows at a time, with ids given here (the write lock is held).
    Result<void> insert(Statement &statement, QVariantList values, RowMeta &meta) const;
    // Writes the rows still waiting for a full batch.
    Result<void> flush(Statement &statement) const;
    // Checks every record, then in one write inserts them through their spec (a failure names the
    // record by its label in the translatable failure text, "Partner “%1”: %2"), reporting progress,
    // adds what addDetails adds (their link rows), and records their creation.
    template<typename T>
    Result<void> createAll(QList<T> &records, const EntitySpec<T> &spec, const char *failure, QString T::*label,
                           const Progress &progress, const std::function<Result<void>()> &addDetails = {}) const;
    // The history's create entries of the rows just inserted.
    template<typename T>
    Result<void> recordCreates(const QString &table, const QList<T> &rows) const;
    Result<void> removeByIds(const QString &table, const QList<qint64> &ids, const QStringList &alsoTouched) const;
    static StoreError stopped();
};
