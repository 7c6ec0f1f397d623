// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/undorecordwriter.h"

#include "domain/recorddiff.h"

#include <QCoreApplication>
#include <QUndoStack>

UndoRecordWriter::UndoRecordWriter(QUndoStack &stack, RecordCommand::FailureHandler onFailure)
    : m_stack(stack)
    , m_onFailure(std::move(onFailure))
{}

Result<void> UndoRecordWriter::push(std::unique_ptr<RecordCommand> command)
{
    command->setFailureHandler(m_onFailure);
    if (const Result<void> done = command->execute(); !done)
        return done;
    m_stack.push(command.release());
    return {};
}

Result<void> UndoRecordWriter::update(Database &db, const QString &text, const RecordCommand::Record &before,
                                      const RecordCommand::Record &after, const QString &reason)
{
    if (text.isEmpty())
        return {}; // nothing changed
    auto command = std::make_unique<RecordCommand>(db, text);
    command->addUpdate(before, after, reason);
    return push(std::move(command));
}

namespace {

// "Edit status, end of agreement “…”"; empty when nothing changed.
template<typename T>
QString editText(const char *text, const T &before, const T &after, const QString &name)
{
    const QStringList fields = RecordDiff::changedFields(before, after);
    if (fields.isEmpty())
        return {};
    return QCoreApplication::translate("UndoRecordWriter", text).arg(fields.join(QStringLiteral(", ")), name);
}

} // namespace

Result<void> UndoRecordWriter::updatePartner(Database &db, const Partner &before, const Partner &after)
{
    return update(db,
                  editText(QT_TRANSLATE_NOOP("UndoRecordWriter", "Edit %1 of partner “%2”"), before, after, after.name),
                  before, after);
}

Result<void> UndoRecordWriter::updateAgreement(Database &db, const Agreement &before, const Agreement &after)
{
    return update(
        db, editText(QT_TRANSLATE_NOOP("UndoRecordWriter", "Edit %1 of agreement “%2”"), before, after, after.title),
        before, after);
}

Result<void> UndoRecordWriter::updateMilestone(Database &db, const Milestone &before, const Milestone &after,
                                               const QString &reason)
{
    return update(
        db, editText(QT_TRANSLATE_NOOP("UndoRecordWriter", "Edit %1 of milestone “%2”"), before, after, after.title),
        before, after, reason);
}

Result<void> UndoRecordWriter::updateEvent(Database &db, const Event &before, const Event &after)
{
    return update(db,
                  editText(QT_TRANSLATE_NOOP("UndoRecordWriter", "Edit %1 of event “%2”"), before, after, after.title),
                  before, after);
}
