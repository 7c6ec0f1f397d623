// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/recordcommand.h"

#include "domain/recorddiff.h"
#include "store/agreementrepository.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/deletionplan.h"
#include "store/eventrepository.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"
#include "store/trashrepository.h"

#include <QCoreApplication>
#include <QSet>

#include <type_traits>

namespace {

// The repository that stores records of type T.
template<typename T>
using RepositoryOf = std::conditional_t<
    std::is_same_v<T, Partner>, PartnerRepository,
    std::conditional_t<
        std::is_same_v<T, Contact>, ContactRepository,
        std::conditional_t<std::is_same_v<T, Agreement>, AgreementRepository,
                           std::conditional_t<std::is_same_v<T, Milestone>, MilestoneRepository, EventRepository>>>>;

RowMeta &metaOf(RecordCommand::Record &record)
{
    return std::visit([](auto &r) -> RowMeta & { return r.meta; }, record);
}

// Creates the record as it is (with its id when it has one); the stored record comes back in it.
Result<void> createRecord(Database &db, RecordCommand::Record &record)
{
    return std::visit(
        [&db](auto &r) -> Result<void> {
            using T = std::decay_t<decltype(r)>;
            auto stored = RepositoryOf<T>(db).create(r);
            if (!stored)
                return stored.error();
            r = *stored;
            return {};
        },
        record);
}

Result<void> removeRecord(Database &db, const RecordCommand::Record &record, int version)
{
    return std::visit(
        [&db, version](const auto &r) -> Result<void> {
            using T = std::decay_t<decltype(r)>;
            return RepositoryOf<T>(db).remove(r.meta.id, version);
        },
        record);
}

// Writes `target`'s fields over the stored row of version `expected`; `target` gets the stored row.
Result<void> updateRecord(Database &db, RecordCommand::Record &target, int expected, const QString &reason,
                          const QDateTime &changedAt)
{
    metaOf(target).version = expected;
    return std::visit(
        [&](auto &r) -> Result<void> {
            using T = std::decay_t<decltype(r)>;
            Result<T> stored = [&] {
                if constexpr (std::is_same_v<T, Milestone>)
                    return MilestoneRepository(db).update(r, reason, changedAt);
                else
                    return RepositoryOf<T>(db).update(r);
            }();
            if (!stored)
                return stored.error();
            r = *stored;
            return {};
        },
        target);
}

// The stored version of `expected`'s row when the row still holds what `expected` holds;
// otherwise someone else changed it since (or deleted it), which is a conflict.
Result<int> versionIfUnchanged(Database &db, const RecordCommand::Record &expected)
{
    return std::visit(
        [&db](const auto &record) -> Result<int> {
            using T = std::decay_t<decltype(record)>;
            const auto current = RepositoryOf<T>(db).get(record.meta.id);
            if (!current)
                return current.error();
            if (!RecordDiff::changedFields(*current, record).isEmpty())
                return StoreError{StoreError::Kind::Conflict,
                                  QCoreApplication::translate("RecordCommand",
                                                              "Someone else changed this record since; the change "
                                                              "was not undone or redone over theirs.")};
            return current->meta.version;
        },
        expected);
}

Result<QSet<qint64>> historyIds(Database &db, qint64 milestoneId)
{
    const auto history = MilestoneRepository(db).history(milestoneId);
    if (!history)
        return history.error();
    QSet<qint64> ids;
    for (const MilestoneChange &change : *history)
        ids.insert(change.id);
    return ids;
}

// The history entries of a milestone that are not in `known`, oldest first.
Result<QList<MilestoneChange>> newChanges(Database &db, qint64 milestoneId, const QSet<qint64> &known)
{
    const auto history = MilestoneRepository(db).history(milestoneId);
    if (!history)
        return history.error();
    QList<MilestoneChange> added;
    for (const MilestoneChange &change : *history)
        if (!known.contains(change.id))
            added << change;
    return added;
}

// updateRecord() of `record` (left as it was when that fails); for a milestone, *added gets the
// history entries the update recorded.
Result<void> updateRecording(Database &db, RecordCommand::Record &record, int expected, const QString &reason,
                             const QDateTime &changedAt, QList<MilestoneChange> *added)
{
    const bool milestone = std::holds_alternative<Milestone>(record);
    const qint64 id = metaOf(record).id;
    QSet<qint64> known;
    if (milestone) {
        const auto ids = historyIds(db, id);
        if (!ids)
            return ids.error();
        known = *ids;
    }
    RecordCommand::Record target = record;
    if (auto r = updateRecord(db, target, expected, reason, changedAt); !r)
        return r;
    record = target;
    if (milestone) {
        const auto fresh = newChanges(db, id, known);
        if (!fresh)
            return fresh.error();
        *added = *fresh;
    }
    return {};
}

} // namespace

RecordCommand::RecordCommand(Database &db, const QString &text)
    : QUndoCommand(text)
    , m_db(db)
{}

void RecordCommand::addCreate(const Record &record)
{
    m_steps.append({Step::Kind::Create, record, record, {}, {}, {}, {}});
}

void RecordCommand::addUpdate(const Record &before, const Record &after, const QString &reason)
{
    m_steps.append({Step::Kind::Update, before, after, reason, {}, {}, {}});
}

void RecordCommand::addMoveToTrash(RecordSelection::Kind kind, const QString &table, const QList<qint64> &ids,
                                   const QHash<qint64, int> &versions)
{
    m_steps.append({Step::Kind::MoveToTrash, {}, {}, {}, {}, {}, {kind, table, ids, versions, 0}});
}

Result<void> RecordCommand::execute()
{
    m_firstRun = true;
    const Result<void> done = run(true);
    m_firstRun = false;
    m_executed = done.ok();
    return done;
}

std::pair<RecordSelection::Kind, qint64> RecordCommand::shownAs(const Record &record)
{
    const qint64 id = std::visit([](const auto &r) { return r.meta.id; }, record);
    switch (record.index()) {
    case 0:
        return {RecordSelection::Kind::Partner, id};
    case 2:
        return {RecordSelection::Kind::Agreement, id};
    case 3:
        return {RecordSelection::Kind::Milestone, id};
    case 4:
        return {RecordSelection::Kind::Event, id};
    default:
        return {RecordSelection::Kind::None, 0}; // a contact shows in its partner's form
    }
}

std::pair<RecordSelection::Kind, qint64> RecordCommand::mainRecord(bool undone) const
{
    if (m_steps.isEmpty())
        return {RecordSelection::Kind::None, 0};
    // An update or removal of an agreement, say, comes after the updates of what links to it.
    const Step &step = m_steps.constLast();
    if (step.kind == Step::Kind::MoveToTrash)
        return undone ? std::make_pair(step.trashed.kind, step.trashed.ids.constFirst())
                      : std::make_pair(RecordSelection::Kind::None, qint64(0)); // not there to show
    if (step.kind == Step::Kind::Create && undone)
        return {RecordSelection::Kind::None, 0};
    return shownAs(step.after);
}

bool RecordCommand::takesAway(RecordSelection::Kind kind, qint64 id, bool undone) const
{
    for (const Step &step : m_steps) {
        if (undone && step.kind == Step::Kind::Create && shownAs(step.after) == std::make_pair(kind, id))
            return true;
        if (!undone && step.kind == Step::Kind::MoveToTrash && step.trashed.kind == kind &&
            step.trashed.ids.contains(id))
            return true;
    }
    return false;
}

QList<RecordCommand::Record> RecordCommand::createdRecords() const
{
    QList<Record> records;
    for (const Step &step : m_steps)
        if (step.kind == Step::Kind::Create)
            records << step.after;
    return records;
}

void RecordCommand::redo()
{
    if (m_executed) {
        m_executed = false; // the first redo, from QUndoStack::push, was execute()
        return;
    }
    if (const Result<void> done = run(true); !done) {
        setObsolete(true);
        if (m_onFailure)
            m_onFailure(done.error());
    }
}

void RecordCommand::undo()
{
    m_executed = false;
    if (const Result<void> done = run(false); !done) {
        setObsolete(true);
        if (m_onFailure)
            m_onFailure(done.error());
    }
}

Result<void> RecordCommand::run(bool forwards)
{
    // The steps learn ids and versions as they run; a failed run leaves them as they were.
    const QList<Step> saved = m_steps;
    const Result<void> done = m_db.write([&]() -> Result<void> {
        if (forwards) {
            for (Step &step : m_steps)
                if (auto r = forward(step); !r)
                    return r;
        } else {
            for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it)
                if (auto r = backward(*it); !r)
                    return r;
        }
        return {};
    });
    if (!done)
        m_steps = saved;
    return done;
}

// The first run writes over the versions the user saw; undo and redo then write over what this
// command left or found, as long as nobody else changed it in between.
Result<int> RecordCommand::expectedVersion(const Record &expected, int seen) const
{
    if (m_firstRun)
        return seen;
    return versionIfUnchanged(m_db, expected);
}

Result<void> RecordCommand::forward(Step &step)
{
    switch (step.kind) {
    case Step::Kind::Create:
        return createRecord(m_db, step.after);
    case Step::Kind::MoveToTrash: {
        // Undo brought the rows back with the versions they had, so the same versions hold on redo.
        const Result<qint64> entry =
            TrashRepository(m_db).moveToTrash(step.trashed.table, step.trashed.ids, step.trashed.versions);
        if (!entry)
            return entry.error();
        step.trashed.entry = *entry;
        return {};
    }
    case Step::Kind::Update: {
        const Result<int> version = expectedVersion(step.before, metaOf(step.before).version);
        if (!version)
            return version.error();
        QList<MilestoneChange> added;
        if (auto r = updateRecording(m_db, step.after, *version, step.reason, step.changedAt, &added); !r)
            return r;
        if (std::holds_alternative<Milestone>(step.after)) {
            step.recordedChanges.clear();
            for (const MilestoneChange &change : std::as_const(added)) {
                step.recordedChanges << change.id;
                if (!step.changedAt.isValid())
                    step.changedAt = change.changedAt;
            }
        }
        return {};
    }
    }
    return {};
}

Result<void> RecordCommand::backward(Step &step)
{
    switch (step.kind) {
    case Step::Kind::Create: {
        const Result<int> version = versionIfUnchanged(m_db, step.after);
        if (!version)
            return version.error();
        return removeRecord(m_db, step.after, *version);
    }
    case Step::Kind::MoveToTrash: {
        const TrashRepository trash(m_db);
        const Result<bool> inTrash = trash.holds(step.trashed.entry);
        if (!inTrash)
            return inTrash.error();
        // Restored from Edit > Trash… since: they are back, as undo wants them.
        if (!*inTrash && DeletionPlan::of(m_db, step.trashed.table, step.trashed.ids))
            return {};
        return trash.restore(step.trashed.entry);
    }
    case Step::Kind::Update: {
        const Result<int> version = versionIfUnchanged(m_db, step.after);
        if (!version)
            return version.error();
        QList<MilestoneChange> added;
        if (auto r = updateRecording(m_db, step.before, *version, QString(), QDateTime(), &added); !r)
            return r;
        if (std::holds_alternative<Milestone>(step.before)) {
            // Undoing a change of due date or status takes it out of the history again.
            QList<qint64> drop = step.recordedChanges;
            for (const MilestoneChange &change : std::as_const(added))
                drop << change.id;
            if (auto r = MilestoneRepository(m_db).removeChanges(drop); !r)
                return r;
        }
        return {};
    }
    }
    return {};
}
