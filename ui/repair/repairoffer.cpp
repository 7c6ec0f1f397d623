// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repair/repairoffer.h"

#include "repair/repairdialog.h"
#include "repair/repairundocommand.h"
#include "store/database.h"
#include "store/migrations.h"
#include "windowcontext.h"

#include <QAction>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace {

// What the content check finds in a portfolio, with what each value may become.
Result<QList<RepairOptions>> optionsOf(const Database &db)
{
    const Result<QList<ContentFinding>> findings = ContentCheck::run(db.connection());
    if (!findings)
        return findings.error();
    return ContentRepair::options(db.connection(), *findings);
}

} // namespace

RepairOffer::RepairOffer(WindowContext &context)
    : WindowActions(context, QStringLiteral("repairOffer"))
    , m_action(newAction(tr("&Repair Values…"), QStringLiteral("actionRepairValues"),
                         tr("Choose allowed values for the values another program wrote that Pactline does not "
                            "allow"),
                         [this] { repairOpenPortfolio(); }))
{
    context.followPortfolio(this, [this, &context] { m_action->setEnabled(context.database() != nullptr); });
    context.addFileActions({m_action});

    QMainWindow *window = &context.mainWindow();
    m_ask = [window](const QString &refusal) {
        QMessageBox box(QMessageBox::Warning, tr("Portfolio not upgraded"),
                        tr("This portfolio holds values this version of Pactline does not allow, so it was not "
                           "upgraded. You can open it read-only as it is, or repair the values first."),
                        QMessageBox::NoButton, window);
        box.setDetailedText(refusal);
        QPushButton *readOnly = box.addButton(tr("Open Read-Only"), QMessageBox::AcceptRole);
        QPushButton *repair = box.addButton(tr("Repair…"), QMessageBox::ActionRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(repair);
        box.exec();
        if (box.clickedButton() == readOnly)
            return Answer::OpenReadOnly;
        return box.clickedButton() == repair ? Answer::Repair : Answer::Cancel;
    };
    m_runDialog = [](RepairDialog &dialog) { return dialog.exec() == QDialog::Accepted; };
}

RepairOffer::Answer RepairOffer::offer(const QString &path, const QString &refusal)
{
    const Answer answer = m_ask(refusal);
    return answer == Answer::Repair ? repairFile(path) : answer;
}

RepairOffer::Answer RepairOffer::repairFile(const QString &path)
{
    Result<QList<RepairOptions>> options = StoreError{};
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        options = db ? optionsOf(**db) : Result<QList<RepairOptions>>(db.error());
    }
    if (!options) {
        reportError(tr("Cannot repair"), options.error().message);
        return Answer::Cancel;
    }
    RepairDialog dialog(*options,
                        tr("The values chosen are repaired in one transaction in the file as it is; once no value "
                           "is left that stops it, the file is upgraded and opens for editing. This cannot be undone "
                           "in the window, as the upgrade follows the repair."),
                        &context().mainWindow());
    if (!m_runDialog(dialog))
        return Answer::Cancel;
    const Result<ContentRepair::FileOutcome> outcome = ContentRepair::repairFile(path, dialog.changes());
    if (!outcome) {
        reportError(tr("Cannot repair"), outcome.error().message);
        return Answer::Cancel;
    }
    if (outcome->remaining.isEmpty())
        return Answer::Repair;
    reportError(tr("Portfolio not upgraded"),
                tr("Not repaired: %n value(s). The portfolio was not upgraded, so it opens read-only.", nullptr,
                   int(outcome->remaining.size())));
    return Answer::OpenReadOnly;
}

void RepairOffer::repairOpenPortfolio()
{
    Database *db = context().database();
    if (!db)
        return;
    // An older file opened read-only for its values: repaired as a file, then opened again.
    if (db->isReadOnly()) {
        const QString path = db->path();
        if (db->schemaVersion() >= Migrations::currentVersion()) {
            reportError(tr("Cannot repair"), tr("The portfolio is open read-only."));
            return;
        }
        if (!context().closePortfolio())
            return;
        const Answer answer = repairFile(path);
        if (answer != Answer::Cancel)
            context().openFile(path);
        return;
    }
    const Result<QList<RepairOptions>> options = optionsOf(*db);
    if (!options) {
        reportError(tr("Cannot repair"), options.error().message);
        return;
    }
    if (options->isEmpty()) {
        reportError(tr("Repair Values"), tr("Every value in the portfolio is allowed: there is nothing to repair."));
        return;
    }
    RepairDialog dialog(*options, tr("The values chosen are repaired in one transaction; Edit ▸ Undo puts them back."),
                        &context().mainWindow());
    if (!m_runDialog(dialog) || dialog.changes().isEmpty())
        return;
    const Result<QList<RepairChange>> done = ContentRepair::apply(*db, dialog.changes());
    if (!done) {
        reportError(tr("Cannot repair"), done.error().message);
        return;
    }
    context().undoStack()->push(new RepairUndoCommand(
        *db, *done, [this](const StoreError &error) { reportError(tr("Cannot repair"), error.message); }));
}
