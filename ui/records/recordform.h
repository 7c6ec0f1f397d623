// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storeerror.h"

#include <QWidget>

class Database;
class NoticeOverlay;
class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;
class RecordWriter;
class UndoRecordWriter;

// What the detail forms share: the record shown (by id), Apply and Revert with the changes made
// in the fields, a message over the bottom of the form for refusals (it moves nothing, and goes
// when its cause does: the fields are fixed, the list edit succeeds, another record is shown),
// reloading when the store changes (unless there are changes not applied yet), and read-only mode.
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    explicit RecordForm(QWidget *parent = nullptr);

    void setContext(Database *db, UndoRecordWriter *writer);
    Database *database() const { return m_db; }
    // Shows a record (0: none). Changes not applied are dropped.
    void showRecord(qint64 id);
    qint64 recordId() const { return m_id; }
    bool isDirty() const { return m_dirty; }
    // The record's name or title, as loaded (for questions about it).
    virtual QString recordTitle() const = 0;
    // The fields of the record someone else changed since the form loaded it, as changeLine()s
    // (empty when none, or when it is gone).
    virtual QStringList changesSinceLoaded() const = 0;
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // Writes the changes made in the fields; false (with the message shown) when refused or failed.
    bool apply();
    void revert();
    QString message() const;
    // At least as wide as its fields: the form scrolls down, never sideways, so the Details pane
    // gives it that width (in every language, at any scale).
    QSize minimumSizeHint() const override;

signals:
    // The message of a refused edit (what to type), or of a store failure.
    void refused(const QString &message);
    void storeFailed(const QString &message);
    // An edit was saved after merging it with someone else's change of the record; the message says so.
    void changesMerged(const QString &message);

protected:
    // Subclasses: fill the fields from the store (false: the record is gone), write them back
    // through the writer after checking them (an Invalid error is a refusal: the form also runs
    // save() with a writer that writes nothing, to see whether a refusal still holds), and say
    // which tables they show.
    virtual bool load(Database &db, qint64 id) = 0;
    virtual Result<void> save(Database &db, RecordWriter &writer) = 0;
    virtual QStringList watchedTables() const = 0;
    virtual void applyReadOnly(bool readOnly) = 0;
    // After a conflict: the fields' changes merged with the stored record (asking the user about
    // fields both changed) and written over it; cancelled, the fields stay as they are.
    struct MergeOutcome
    {
        enum class Kind
        {
            Saved,
            Cancelled,
            Failed
        };
        Kind kind = Kind::Failed;
        StoreError error = {};            // Failed
        QStringList takenFromTheirs = {}; // Saved: the fields only the other change changed
    };
    virtual MergeOutcome mergeWithStored(Database &db, RecordWriter &writer) = 0;
    // One field someone else changed: "status: Draft → Signed".
    static QString changeLine(const QString &label, const QString &before, const QString &after);
    // The portfolio changed (nullptr: closed): parts that hold on to it (inner lists, pickers) follow.
    virtual void bindDatabase(Database *db) { Q_UNUSED(db) }

    // Connect field edits here.
    void markDirty();
    QVBoxLayout *body() const { return m_body; }
    QFormLayout *addFormSection();
    // Adds a row to a form section: `field`, named `objectName` (tests find it by that name), with
    // its edits marking the form dirty, Return in a line applying it and Tab leaving a text box.
    void addField(QFormLayout *form, const QString &label, QWidget *field, const QString &objectName);
    UndoRecordWriter *writer() const { return m_writer; }
    // A refusal of the fields (gone once they pass), or of an edit in one of the form's lists (gone
    // when a list edit succeeds: call listEdited()), or information.
    enum class Cause
    {
        Fields,
        List,
        Info
    };
    void showMessage(const QString &text, Cause cause);
    void clearMessage();
    void listEdited();

private:
    void onStoreChanged(const QStringList &tables);
    void setDirty(bool dirty);
    void reloadRecord();
    void recheckFields();
    bool resolveConflict();

    Database *m_db = nullptr;
    UndoRecordWriter *m_writer = nullptr;
    qint64 m_id = 0;
    bool m_dirty = false;
    bool m_readOnly = false;
    bool m_loading = false;
    QVBoxLayout *m_body;
    NoticeOverlay *m_message = nullptr;
    Cause m_cause = Cause::Info;
    QLabel *m_gone;
    QWidget *m_content;
    QWidget *m_scroll;
    QPushButton *m_apply;
    QPushButton *m_revert;
};
