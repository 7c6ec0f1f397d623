// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/personaldataactions.h"

#include "exchange/personaldata.h"
#include "exchange/savefile.h"
#include "records/partnerform.h"
#include "store/database.h"
#include "store/personerasure.h"
#include "windowcontext.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QUndoStack>

namespace {

// A file name from a person's name: letters, digits and dashes.
QString fileNameFor(const QString &name)
{
    QString base;
    for (const QChar c : name.trimmed())
        base += c.isLetterOrNumber() ? c : QLatin1Char('-');
    return QStringLiteral("personal-data-%1.json").arg(base.isEmpty() ? QStringLiteral("contact") : base);
}

QString tableName(const QString &table)
{
    if (table == QLatin1String("partner"))
        return PersonalDataActions::tr("partner");
    if (table == QLatin1String("contact"))
        return PersonalDataActions::tr("contact");
    if (table == QLatin1String("event"))
        return PersonalDataActions::tr("event");
    if (table == QLatin1String("agreement"))
        return PersonalDataActions::tr("agreement");
    return PersonalDataActions::tr("milestone");
}

} // namespace

PersonalDataActions::PersonalDataActions(WindowContext &context)
    : WindowActions(context, QStringLiteral("personalDataActions"))
{
    QMainWindow *window = &context.mainWindow();
    m_chooseFile = [window](const QString &caption, const QString &suggestedName) {
        return QFileDialog::getSaveFileName(window, caption, suggestedName, tr("JSON files (*.json)"));
    };
    m_confirm = [window](const QString &title, const QString &text, const QStringList &copies) {
        QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, window);
        QPushButton *erase = box.addButton(tr("Erase"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        QCheckBox *deleteCopies = nullptr;
        if (!copies.isEmpty()) {
            deleteCopies = new QCheckBox(tr("Also delete these %n older copies", nullptr, int(copies.size())), &box);
            box.setCheckBox(deleteCopies);
            box.setDetailedText(copies.join(QLatin1Char('\n')));
        }
        box.exec();
        return Confirmation{box.clickedButton() == static_cast<QAbstractButton *>(erase),
                            deleteCopies && deleteCopies->isChecked()};
    };
    if (auto *form = window->findChild<PartnerForm *>(QStringLiteral("partnerForm"))) {
        connect(form, &PartnerForm::personalDataExportRequested, this, &PersonalDataActions::exportPersonalData);
        connect(form, &PartnerForm::personErasureRequested, this, &PersonalDataActions::erasePerson);
    }
}

bool PersonalDataActions::exportPersonalData(qint64 contactId)
{
    Database *db = context().database();
    if (!db || contactId <= 0)
        return false;
    const QString caption = tr("Export Personal Data");
    const Result<PersonErasure::Plan> plan = PersonErasure::plan(*db, contactId);
    if (!plan) {
        reportError(caption, plan.error().message);
        return false;
    }
    const QString path = m_chooseFile(caption, fileNameFor(plan->contact.name));
    if (path.isEmpty())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<QByteArray> json = PersonalData::exportJson(*db, contactId);
    QSaveFile file(path);
    const bool opened = json && SaveFile::open(file);
    const bool written = opened && file.write(*json) == json->size() && file.commit();
    QApplication::restoreOverrideCursor();
    if (!written) {
        if (opened)
            file.cancelWriting();
        reportError(caption,
                    json ? tr("Could not write “%1”: %2").arg(path, file.errorString()) : json.error().message);
        return false;
    }
    context().showStatusMessage(tr("Exported the personal data of %1 to %2").arg(plan->contact.name, path), 10000);
    return true;
}

bool PersonalDataActions::erasePerson(qint64 contactId)
{
    Database *db = context().database();
    if (!db || contactId <= 0)
        return false;
    const QString title = tr("Erase Person");
    if (db->isReadOnly()) {
        reportError(title, tr("The portfolio is open read-only; nobody can be erased from it."));
        return false;
    }
    const Result<PersonErasure::Plan> plan = PersonErasure::plan(*db, contactId);
    if (!plan) {
        reportError(title, plan.error().message);
        return false;
    }
    QString text = tr("Erase %1 of %2 from this portfolio?").arg(plan->contact.name, plan->partnerName);
    text += QStringLiteral("\n\n") +
            tr("Their contact record and their attendance at %n event(s) go, with the traces the portfolio "
               "keeps of them. This cannot be undone, and the undo history of this window is cleared.",
               nullptr, plan->eventCount);
    if (!plan->mentions.isEmpty()) {
        QStringList names;
        for (const PersonErasure::Mention &mention : plan->mentions)
            names << QStringLiteral("• %1 (%2)").arg(mention.label, tableName(mention.table));
        text += QStringLiteral("\n\n") +
                tr("These records name them in their text and stay as they are. To change them, cancel and edit them "
                   "first: an edit after the erasure keeps their old text in the history.\n%1")
                    .arg(names.join(QLatin1Char('\n')));
    }
    const QStringList copies = PersonalData::copiesOf(db->path());
    if (!copies.isEmpty())
        text += QStringLiteral("\n\n") +
                tr("%n older copies of this portfolio (automatic backups and copies taken before upgrades) still "
                   "hold them until they are deleted or rotate out.",
                   nullptr, int(copies.size()));
    const Confirmation answer = m_confirm(title, text, copies);
    if (!answer.erase)
        return false;

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<void> erased = PersonErasure::erase(*db, contactId, plan->contact.meta.version);
    QApplication::restoreOverrideCursor();
    if (!erased) {
        reportError(title, erased.error().message);
        if (erased.error().kind != StoreError::Kind::Busy)
            return false;
    }
    // No undo step may bring the erased person back.
    context().undoStack()->clear();
    QStringList kept;
    if (answer.deleteCopies)
        for (const QString &copy : copies)
            if (!QFile::remove(copy))
                kept << copy;
    if (!kept.isEmpty())
        reportError(title, tr("These copies could not be deleted:\n%1").arg(kept.join(QLatin1Char('\n'))));
    context().showStatusMessage(tr("Erased %1").arg(plan->contact.name), 10000);
    return true;
}
