// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/sampleportfolio.h"

#include "exchange/portfoliojson.h"
#include "store/database.h"

#include <QDir>

#include <QCoreApplication>
#include <QFile>

Result<void> SamplePortfolio::loadInto(Database &db)
{
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly))
        return StoreError{StoreError::Kind::NotFound, file.errorString()};
    const Result<PortfolioData> data = PortfolioJson::parse(file.readAll());
    if (!data)
        return data.error();
    return PortfolioJson::importInto(db, *data);
}

Result<QString> SamplePortfolio::ensureDefaultPortfolio(const QString &folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("Portfolio.pactline"));
    if (QFile::exists(path))
        return path;
    if (!QDir().mkpath(folder))
        return StoreError{StoreError::Kind::Unreadable,
                          QCoreApplication::translate("SamplePortfolio", "Cannot create the folder “%1”.").arg(folder)};
    auto db = Database::create(path);
    if (!db)
        return db.error();
    if (auto loaded = loadInto(**db); !loaded) {
        db->reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return loaded.error();
    }
    return path;
}
