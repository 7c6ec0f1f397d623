// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/autobackup.h"

#include "exchange/savefile.h"
#include "store/backupwriter.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString StampFormat = QStringLiteral("yyyy-MM-dd HHmmss");
// In each backup folder: the path of the portfolio its backups belong to.
const QString OwnerFile = QStringLiteral("portfolio.path");

QString ownerOf(const QDir &folder)
{
    QFile file(folder.filePath(OwnerFile));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

// Earlier releases kept the backups in a folder "NAME backups" beside the portfolio, where every
// file dialog showed it. They are still listed, restored and pruned from there.
QString legacyFolderFor(const QString &portfolioPath)
{
    const QFileInfo info(portfolioPath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(" backups"));
}

QString baseNameOf(const QString &portfolioPath)
{
    return QFileInfo(portfolioPath).completeBaseName();
}

QRegularExpression backupPattern(const QString &baseName)
{
    return QRegularExpression(QStringLiteral("^%1 ([0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{6})Z\\.%2$")
                                  .arg(QRegularExpression::escape(baseName), Database::fileSuffix()));
}

} // namespace

QString AutoBackup::folderFor(const QString &portfolioPath)
{
    // One folder per portfolio file in the user's data folder, named after the file and told apart
    // from same-named files elsewhere by a hash of where it is.
    const QFileInfo info(portfolioPath);
    const QString canonical = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex().left(10);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups/%1 %2").arg(info.completeBaseName(), QString::fromLatin1(hash)));
}

QList<AutoBackup::Backup> AutoBackup::list(const QString &portfolioPath)
{
    const QRegularExpression pattern = backupPattern(baseNameOf(portfolioPath));
    QList<Backup> backups;
    for (const QString &path : {folderFor(portfolioPath), legacyFolderFor(portfolioPath)}) {
        const QDir folder(path);
        for (const QString &name : folder.entryList(QDir::Files)) {
            const QRegularExpressionMatch match = pattern.match(name);
            if (!match.hasMatch())
                continue;
            QDateTime takenAt = QDateTime::fromString(match.captured(1), StampFormat);
            takenAt.setTimeSpec(Qt::UTC);
            if (takenAt.isValid())
                backups.append({folder.filePath(name), takenAt});
        }
    }
    std::sort(backups.begin(), backups.end(), [](const Backup &a, const Backup &b) { return a.takenAt > b.takenAt; });
    return backups;
}

std::optional<std::pair<QString, QDateTime>> AutoBackup::backupOf(const QString &path)
{
    const QFileInfo info(path);
    QString portfolio = ownerOf(info.absoluteDir());
    if (portfolio.isEmpty()) {
        const QString folderName = info.absoluteDir().dirName();
        const QString suffix = QStringLiteral(" backups");
        if (!folderName.endsWith(suffix) || folderName.size() == suffix.size())
            return std::nullopt;
        QDir parent = info.absoluteDir();
        parent.cdUp();
        portfolio = parent.filePath(folderName.left(folderName.size() - suffix.size()) + QLatin1Char('.') +
                                    Database::fileSuffix());
    }
    const QRegularExpressionMatch match = backupPattern(baseNameOf(portfolio)).match(info.fileName());
    if (!match.hasMatch())
        return std::nullopt;
    QDateTime takenAt = QDateTime::fromString(match.captured(1), StampFormat);
    takenAt.setTimeSpec(Qt::UTC);
    return std::pair(portfolio, takenAt);
}

Result<QString> AutoBackup::take(const Database &db, const QDateTime &now)
{
    const QString folder = folderFor(db.path());
    if (!QDir().mkpath(folder))
        return StoreError{
            StoreError::Kind::Unreadable,
            QCoreApplication::translate("AutoBackup", "Cannot create the backup folder “%1”.").arg(folder)};
    if (ownerOf(QDir(folder)).isEmpty()) {
        QSaveFile owner(QDir(folder).filePath(OwnerFile));
        if (!SaveFile::open(owner) || owner.write(QFileInfo(db.path()).absoluteFilePath().toUtf8()) < 0 ||
            !owner.commit())
            return StoreError{StoreError::Kind::Unreadable,
                              QCoreApplication::translate("AutoBackup", "Cannot write in the backup folder “%1”: %2")
                                  .arg(folder, owner.errorString())};
    }
    const QString path = QDir(folder).filePath(
        QStringLiteral("%1 %2Z.%3")
            .arg(baseNameOf(db.path()), now.toUTC().toString(StampFormat), Database::fileSuffix()));
    if (auto r = BackupWriter::write(db, path); !r)
        return r.error();
    return path;
}

Result<QString> AutoBackup::takeIfDue(const Database &db, int keep, const QDateTime &now)
{
    if (keep <= 0)
        return QString();
    const QList<Backup> backups = list(db.path());
    if (!backups.isEmpty() && backups.constFirst().takenAt.secsTo(now) < 24 * 60 * 60)
        return QString();
    Result<QString> taken = take(db, now);
    if (taken)
        prune(db.path(), keep);
    return taken;
}

void AutoBackup::prune(const QString &portfolioPath, int keep)
{
    const QList<Backup> backups = list(portfolioPath);
    for (qsizetype i = qMax(keep, 0); i < backups.size(); ++i)
        QFile::remove(backups.at(i).path);
}

Result<void> AutoBackup::restore(const QString &backupPath, const QString &portfolioPath, const QDateTime &now)
{
    {
        auto backup = Database::open(backupPath, Database::Mode::ReadOnly);
        if (!backup)
            return StoreError{backup.error().kind,
                              QCoreApplication::translate("AutoBackup", "The backup cannot be restored: %1")
                                  .arg(backup.error().message)};
    }
    if (QFileInfo::exists(portfolioPath)) {
        auto current = Database::open(portfolioPath, Database::Mode::ReadOnly);
        if (current) {
            const Result<QString> kept = take(**current, now);
            if (!kept)
                return StoreError{kept.error().kind,
                                  QCoreApplication::translate("AutoBackup",
                                                              "The portfolio as it is now could not be kept as a "
                                                              "backup, so nothing was restored: %1")
                                      .arg(kept.error().message)};
        }
    }
    QFile source(backupPath);
    if (!source.open(QIODevice::ReadOnly))
        return StoreError{StoreError::Kind::Unreadable,
                          QCoreApplication::translate("AutoBackup", "Cannot read the backup “%1”: %2")
                              .arg(backupPath, source.errorString())};
    QSaveFile target(portfolioPath);
    if (!SaveFile::open(target))
        return StoreError{StoreError::Kind::Unreadable,
                          QCoreApplication::translate("AutoBackup", "Cannot write “%1”: %2")
                              .arg(portfolioPath, target.errorString())};
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            target.cancelWriting();
            return StoreError{StoreError::Kind::Unreadable,
                              QCoreApplication::translate(
                                  "AutoBackup", "Could not copy the backup to “%1”; the portfolio was left as it was.")
                                  .arg(portfolioPath)};
        }
    }
    // The old write-ahead log belongs to the old file; it must not be replayed into the restored one.
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(portfolioPath + QLatin1String(suffix));
    if (!target.commit())
        return StoreError{StoreError::Kind::Unreadable,
                          QCoreApplication::translate("AutoBackup", "Could not put the restored portfolio in place: %1")
                              .arg(target.errorString())};
    return {};
}

int AutoBackup::keepSetting()
{
    return QSettings().value(QStringLiteral("backups/keep"), DefaultKeep).toInt();
}

void AutoBackup::setKeepSetting(int keep)
{
    QSettings().setValue(QStringLiteral("backups/keep"), qMax(0, keep));
}
