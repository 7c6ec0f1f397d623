#include "records/undorecordwriter.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UndoRecordWriter", text);
}

} // namespace

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
    auto command = std::make_unique<RecordCommand>(db, text);
    command->addUpdate(before, after, reason);
    return push(std::move(command));
}

Result<void> UndoRecordWriter::updatePartner(Database &db, const Partner &before, const Partner &after)
{
    return update(db, tr("Edit partner “%1”").arg(after.name), before, after);
}

Result<void> UndoRecordWriter::updateAgreement(Database &db, const Agreement &before, const Agreement &after)
{
    return update(db, tr("Edit agreement “%1”").arg(after.title), before, after);
}

Result<void> UndoRecordWriter::updateMilestone(Database &db, const Milestone &before, const Milestone &after,
                                               const QString &reason)
{
    return update(db, tr("Edit milestone “%1”").arg(after.title), before, after, reason);
}

Result<void> UndoRecordWriter::updateEvent(Database &db, const Event &before, const Event &after)
{
    return update(db, tr("Edit event “%1”").arg(after.title), before, after);
}
