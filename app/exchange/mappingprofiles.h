// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/columnmapping.h"
#include "exchange/csvreader.h"
#include "store/storeerror.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// A saved column mapping for a kind of file that comes back ("Finance office milestones"): which
// field each header goes into, and optionally the file's encoding and delimiter.
struct MappingProfile
{
    QString name;
    ImportTarget target = ImportTarget::Partners;
    QHash<QString, QString> fieldsByHeader; // TextKey::words(header) -> field key ("" = not imported)
    std::optional<CsvTable::Encoding> encoding;
    std::optional<QChar> delimiter;

    // The mapping for a header: the profile's choice for the headers it knows, guesses for the rest.
    ColumnMapping apply(const QStringList &header) const;
    static MappingProfile fromMapping(const QString &name, const QStringList &header, const ColumnMapping &mapping);
};

// The named profiles, kept in a JSON file in the user's application data folder.
class MappingProfiles
{
public:
    static QString defaultPath();
    // A missing file is no profiles; an unreadable or damaged one is an error.
    static Result<MappingProfiles> load(const QString &path = defaultPath());
    Result<void> save(const QString &path = defaultPath()) const;

    QStringList names() const;
    std::optional<MappingProfile> find(const QString &name) const;
    // Adds the profile, replacing one of the same name.
    void insert(const MappingProfile &profile);
    bool remove(const QString &name);

private:
    QList<MappingProfile> m_profiles;
};
