// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entityfield.h"

#include <QList>

// The three-way merge of an edit with someone else's change of the same record, field by field
// (T::fields(), figures aside): the record as the edit started from it (original), as edited
// (mine) and as stored now (theirs). A field only one side changed takes that side's value without
// asking; a field both changed, each to something else, is a conflict for the user to decide.
template<typename T>
class RecordMerge
{
public:
    enum class Side
    {
        Mine,
        Theirs
    };
    using Fields = QList<const EntityField<T> *>;

    RecordMerge(const T &original, const T &mine, const T &theirs)
        : m_original(original)
        , m_mine(mine)
        , m_theirs(theirs)
    {
        for (const EntityField<T> &field : T::fields()) {
            if (field.kind == FieldKind::Figure)
                continue;
            const bool mineChanged = !field.same(original, mine);
            const bool theirsChanged = !field.same(original, theirs);
            if (mineChanged && theirsChanged && !field.same(mine, theirs))
                m_conflicts << &field;
            else if (mineChanged && !theirsChanged)
                m_mineOnly << &field;
            else if (theirsChanged)
                m_theirsOnly << &field;
        }
    }

    const T &original() const { return m_original; }
    const T &mine() const { return m_mine; }
    const T &theirs() const { return m_theirs; }
    // The fields both sides changed, each to another value, in the order of T::fields().
    const Fields &conflicts() const { return m_conflicts; }
    // The fields only the edit changed, and those only the stored record changed (or both alike).
    const Fields &mineOnly() const { return m_mineOnly; }
    const Fields &theirsOnly() const { return m_theirsOnly; }
    bool hasConflicts() const { return !m_conflicts.isEmpty(); }

    // The record to write over theirs: the stored record (its id and version, so that the write
    // conflicts again when a third change came in between) with the fields only the edit changed,
    // and each conflict's value from the side chosen for it (`choices` in the order of conflicts();
    // a conflict without a choice keeps mine).
    T resolved(const QList<Side> &choices = {}) const
    {
        T merged = m_theirs;
        for (const EntityField<T> *field : m_mineOnly)
            field->copy(merged, m_mine);
        for (qsizetype i = 0; i < m_conflicts.size(); ++i)
            if (choices.value(i, Side::Mine) == Side::Mine)
                m_conflicts.at(i)->copy(merged, m_mine);
        return merged;
    }

private:
    T m_original;
    T m_mine;
    T m_theirs;
    Fields m_conflicts;
    Fields m_mineOnly;
    Fields m_theirsOnly;
};
