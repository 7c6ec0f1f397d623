#pragma once

#include "store/storeerror.h"

#include <QWidget>

class Database;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;
class UndoRecordWriter;

// What the detail forms share: the record shown (by id), Apply and Revert with the changes made
// in the fields, a message line for refusals, reloading when the store changes (unless there are
// changes not applied yet), and read-only mode.
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
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // Writes the changes made in the fields; false (with the message shown) when refused or failed.
    bool apply();
    void revert();
    QString message() const;

signals:
    // The message of a refused edit (what to type), or of a store failure.
    void refused(const QString &message);
    void storeFailed(const QString &message);

protected:
    // Subclasses: fill the fields from the store (false: the record is gone), write them back
    // (an Invalid error is a refusal), and say which tables they show.
    virtual bool load(Database &db, qint64 id) = 0;
    virtual Result<void> save(Database &db, UndoRecordWriter &writer) = 0;
    virtual QStringList watchedTables() const = 0;
    virtual void applyReadOnly(bool readOnly) = 0;
    // The portfolio changed (nullptr: closed): parts that hold on to it (inner lists, pickers) follow.
    virtual void bindDatabase(Database *db) { Q_UNUSED(db) }

    // Connect field edits here.
    void markDirty();
    QVBoxLayout *body() const { return m_body; }
    QFormLayout *addFormSection();
    UndoRecordWriter *writer() const { return m_writer; }
    void showMessage(const QString &text, bool problem);

private:
    void onStoreChanged(const QStringList &tables);
    void setDirty(bool dirty);
    void reloadRecord();

    Database *m_db = nullptr;
    UndoRecordWriter *m_writer = nullptr;
    qint64 m_id = 0;
    bool m_dirty = false;
    bool m_readOnly = false;
    bool m_loading = false;
    QVBoxLayout *m_body;
    QLabel *m_message;
    QLabel *m_gone;
    QWidget *m_content;
    QWidget *m_scroll;
    QPushButton *m_apply;
    QPushButton *m_revert;
};
