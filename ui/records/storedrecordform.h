// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/recordmerge.h"
#include "models/fieldtext.h"
#include "models/historytext.h"
#include "models/recordwriter.h"
#include "records/fieldeditor.h"
#include "records/mergedialog.h"
#include "records/recordform.h"

#include <QHash>
#include <QList>

// A RecordForm over one entity's repository: it keeps the record as loaded (m_loaded), reads it
// from the store (to show it, and again after a conflict, to merge the edit with what is stored
// then: RecordMerge, with MergeDialog for the fields both changed) and writes an edit after the
// repository's checks. The editors of the record's fields (Record::fields() marked InForm) it
// makes, shows, reads and locks itself.
template<typename Record, typename Repository>
class StoredRecordForm : public RecordForm
{
public:
    using RecordForm::RecordForm;

    QString recordTitle() const final { return m_loaded.*(titleFieldOf<Record>()->text); }
    QStringList changesSinceLoaded() const final
    {
        if (!database() || !m_loaded.meta.isStored())
            return {};
        const Result<Record> stored = Repository(*database()).get(m_loaded.meta.id);
        if (!stored)
            return {};
        HistoryText names(*database());
        QStringList lines;
        // Held here: a range-for over a temporary's member list would read it after its end.
        const RecordMerge<Record> merge(m_loaded, m_loaded, *stored);
        for (const EntityField<Record> *field : merge.theirsOnly())
            lines << changeLine(field->translatedLabel(), FieldText::of(*field, m_loaded, names),
                                FieldText::of(*field, *stored, names));
        return lines;
    }

protected:
    // Fills the fields from m_loaded, just read from the store.
    virtual void showLoaded(Database &db) = 0;

    bool load(Database &db, qint64 id) final
    {
        if (!read(db, id))
            return false;
        showLoaded(db);
        return true;
    }
    MergeOutcome mergeWithStored(Database &db, RecordWriter &writer) final
    {
        using Merge = RecordMerge<Record>;
        const Result<Record> stored = Repository(db).get(m_loaded.meta.id);
        if (!stored)
            return {MergeOutcome::Kind::Failed, stored.error()};
        const Result<Record> mine = edited(m_loaded);
        if (!mine)
            return {MergeOutcome::Kind::Failed, mine.error()};
        const Merge merge(m_loaded, *mine, *stored);
        HistoryText names(db);
        QStringList taken;
        for (const EntityField<Record> *field : merge.theirsOnly())
            taken << field->translatedLabel();
        QList<typename Merge::Side> choices;
        if (merge.hasConflicts()) {
            QList<MergeDialog::Conflict> conflicts;
            for (const EntityField<Record> *field : merge.conflicts())
                conflicts.append(
                    {field->key(), field->translatedLabel(), FieldText::of(*field, merge.original(), names),
                     FieldText::of(*field, merge.mine(), names), FieldText::of(*field, merge.theirs(), names)});
            MergeDialog dialog(recordTitle(), conflicts, taken, this);
            if (dialog.exec() != QDialog::Accepted)
                return {MergeOutcome::Kind::Cancelled};
            for (bool keepMine : dialog.keepsMine())
                choices << (keepMine ? Merge::Side::Mine : Merge::Side::Theirs);
        }
        if (const Result<void> saved = write(db, writer, *stored, merge.resolved(choices)); !saved)
            return {MergeOutcome::Kind::Failed, saved.error()};
        return {MergeOutcome::Kind::Saved, {}, taken};
    }
    // Writes the record as the fields have it over the one loaded.
    Result<void> save(Database &db, RecordWriter &writer) override
    {
        const Result<Record> after = edited(m_loaded);
        if (!after)
            return after.error();
        return write(db, writer, m_loaded, *after);
    }
    // The record as the form's fields have it, over `base` (or the first value that is not one).
    virtual Result<Record> edited(const Record &base) const { return editedRecord(base); }
    // Writes `after` over `before` when it passes the repository's checks.
    virtual Result<void> write(Database &db, RecordWriter &writer, const Record &before, const Record &after) const
    {
        if (const Result<void> valid = Repository::validate(after); !valid)
            return valid;
        return writer.update(db, before, after);
    }

    // Adds the editors of the record's form fields to `form`, in their order; `own` gives the widget
    // of a field the form shows its own way (a link; a combo box of events it fills), by key.
    void addRecordFields(QFormLayout *form, const QHash<QString, QWidget *> &own = {})
    {
        for (const EntityField<Record> &field : Record::fields()) {
            if (!field.has(InForm))
                continue;
            QWidget *editor = own.value(field.csvKey());
            QString name = editor ? editor->objectName() : QString();
            if (name.isEmpty())
                name = FieldEditor::objectName(field.column);
            if (!editor)
                editor = FieldEditor::create(field.kind, field.choice, this);
            addField(form, field.translatedFormLabel(), editor, name);
            m_editors.append({&field, editor});
        }
    }
    // The editor of a field, by key.
    QWidget *editorOf(const QString &key) const
    {
        for (const auto &[field, editor] : m_editors)
            if (field->csvKey() == key)
                return editor;
        return nullptr;
    }
    // Shows m_loaded in the editors.
    void showFields()
    {
        for (const auto &[field, editor] : m_editors)
            FieldEditor::show(editor, field->kind, field->value(m_loaded));
    }
    // `base` with the edited values, or the first value that is not one.
    Result<Record> editedRecord(const Record &base) const
    {
        Record after = base;
        for (const auto &[field, editor] : m_editors) {
            const Result<QVariant> value = FieldEditor::read(editor, field->kind);
            if (!value)
                return value.error();
            field->setValue(after, *value);
        }
        return after;
    }
    // Whether two versions of the record hold the same in the fields the form edits.
    bool sameFields(const Record &a, const Record &b) const
    {
        for (const auto &[field, editor] : m_editors)
            if (!field->same(a, b))
                return false;
        return true;
    }
    void setFieldsReadOnly(bool readOnly)
    {
        for (const auto &[field, editor] : m_editors)
            FieldEditor::setReadOnly(editor, readOnly);
    }

    Record m_loaded;

private:
    QList<std::pair<const EntityField<Record> *, QWidget *>> m_editors;

    bool read(Database &db, qint64 id)
    {
        const Result<Record> stored = Repository(db).get(id);
        if (!stored)
            return false;
        m_loaded = *stored;
        return true;
    }
};
