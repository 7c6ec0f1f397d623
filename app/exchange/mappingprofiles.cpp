// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/mappingprofiles.h"

#include "domain/textkey.h"
#include "exchange/savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

constexpr CsvTable::Encoding AllEncodings[] = {CsvTable::Encoding::Utf8, CsvTable::Encoding::Utf8WithBom,
                                               CsvTable::Encoding::Utf16LittleEndian,
                                               CsvTable::Encoding::Utf16BigEndian, CsvTable::Encoding::Windows1252};

} // namespace

ColumnMapping MappingProfile::apply(const QStringList &header) const
{
    ColumnMapping mapping = ColumnMapping::guess(target, header);
    // The profile's own choices win over guesses; each field still goes to one column only.
    for (qsizetype i = 0; i < header.size(); ++i) {
        const auto it = fieldsByHeader.constFind(TextKey::words(header.at(i)));
        if (it == fieldsByHeader.constEnd())
            continue;
        if (it.value().isEmpty() || ColumnMapping::field(target, it.value()))
            mapping.setField(i, it.value());
    }
    return mapping;
}

MappingProfile MappingProfile::fromMapping(const QString &name, const QStringList &header, const ColumnMapping &mapping)
{
    MappingProfile profile;
    profile.name = name;
    profile.target = mapping.target();
    for (qsizetype i = 0; i < header.size() && i < mapping.columnCount(); ++i) {
        const QString key = TextKey::words(header.at(i));
        if (!key.isEmpty() && !profile.fieldsByHeader.contains(key))
            profile.fieldsByHeader.insert(key, mapping.fieldAt(i));
    }
    return profile;
}

QString MappingProfiles::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("import-profiles.json"));
}

Result<MappingProfiles> MappingProfiles::load(const QString &path)
{
    MappingProfiles profiles;
    QFile file(path);
    if (!file.exists())
        return profiles;
    if (!file.open(QIODevice::ReadOnly))
        return StoreError{StoreError::Kind::Unreadable,
                          QCoreApplication::translate("MappingProfiles", "Cannot read the import profiles in “%1”: %2")
                              .arg(path, file.errorString())};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return StoreError{
            StoreError::Kind::Corrupt,
            QCoreApplication::translate("MappingProfiles",
                                        "The import profiles in “%1” are damaged (%2); fix or remove the file.")
                .arg(path, error.errorString())};
    for (const QJsonValue &value : document.object().value(QLatin1String("profiles")).toArray()) {
        const QJsonObject object = value.toObject();
        MappingProfile profile;
        profile.name = object.value(QLatin1String("name")).toString();
        const auto target = ColumnMapping::targetFromCode(object.value(QLatin1String("target")).toString());
        if (profile.name.isEmpty() || !target)
            continue;
        profile.target = *target;
        const QJsonObject columns = object.value(QLatin1String("columns")).toObject();
        for (auto it = columns.constBegin(); it != columns.constEnd(); ++it)
            profile.fieldsByHeader.insert(it.key(), it.value().toString());
        const QString encoding = object.value(QLatin1String("encoding")).toString();
        for (CsvTable::Encoding e : AllEncodings)
            if (CsvTable::encodingName(e) == encoding)
                profile.encoding = e;
        const QString delimiter = object.value(QLatin1String("delimiter")).toString();
        if (delimiter.size() == 1)
            profile.delimiter = delimiter.at(0);
        profiles.insert(profile);
    }
    return profiles;
}

Result<void> MappingProfiles::save(const QString &path) const
{
    QJsonArray list;
    for (const MappingProfile &profile : m_profiles) {
        QJsonObject columns;
        for (auto it = profile.fieldsByHeader.constBegin(); it != profile.fieldsByHeader.constEnd(); ++it)
            columns.insert(it.key(), it.value());
        QJsonObject object{{QStringLiteral("name"), profile.name},
                           {QStringLiteral("target"), ColumnMapping::targetCode(profile.target)},
                           {QStringLiteral("columns"), columns}};
        if (profile.encoding)
            object.insert(QStringLiteral("encoding"), CsvTable::encodingName(*profile.encoding));
        if (profile.delimiter)
            object.insert(QStringLiteral("delimiter"), QString(*profile.delimiter));
        list.append(object);
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!SaveFile::open(file))
        return StoreError{StoreError::Kind::Unreadable,
                          QCoreApplication::translate("MappingProfiles", "Cannot save the import profiles to “%1”: %2")
                              .arg(path, file.errorString())};
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("profiles"), list}}).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return StoreError{StoreError::Kind::Unreadable,
                          QCoreApplication::translate("MappingProfiles", "Cannot save the import profiles to “%1”: %2")
                              .arg(path, file.errorString())};
    return {};
}

QStringList MappingProfiles::names() const
{
    QStringList result;
    for (const MappingProfile &profile : m_profiles)
        result << profile.name;
    return result;
}

std::optional<MappingProfile> MappingProfiles::find(const QString &name) const
{
    for (const MappingProfile &profile : m_profiles)
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
            return profile;
    return std::nullopt;
}

void MappingProfiles::insert(const MappingProfile &profile)
{
    remove(profile.name);
    m_profiles.append(profile);
    std::sort(m_profiles.begin(), m_profiles.end(),
              [](const MappingProfile &a, const MappingProfile &b) { return a.name.localeAwareCompare(b.name) < 0; });
}

bool MappingProfiles::remove(const QString &name)
{
    return m_profiles.removeIf(
               [&](const MappingProfile &p) { return p.name.compare(name, Qt::CaseInsensitive) == 0; }) > 0;
}
