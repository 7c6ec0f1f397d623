// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordwriter.h"
#include "records/recordform.h"

// A RecordForm over one entity's repository: it keeps the record as loaded (m_loaded), reads it
// from the store (to show it, and again after a conflict) and writes an edit after the
// repository's checks.
template<typename Record, typename Repository>
class StoredRecordForm : public RecordForm
{
public:
    using RecordForm::RecordForm;

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
    bool refreshBase(Database &db) final { return read(db, m_loaded.meta.id); }
    // Writes `after` over `before` when it passes the repository's checks.
    static Result<void> write(Database &db, RecordWriter &writer, const Record &before, const Record &after)
    {
        if (const Result<void> valid = Repository::validate(after); !valid)
            return valid;
        return writer.update(db, before, after);
    }

    Record m_loaded;

private:
    bool read(Database &db, qint64 id)
    {
        const Result<Record> stored = Repository(db).get(id);
        if (!stored)
            return false;
        m_loaded = *stored;
        return true;
    }
};
