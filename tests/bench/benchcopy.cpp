// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Group "copy": `pactline copy` (PortfolioCopy) of the sample portfolio and of the big portfolio,
// file to file, with the rows per second of the big one.
#include "benchcontext.h"
#include "benchgroup.h"

#include "exchange/sampleportfolio.h"
#include "store/database.h"
#include "store/portfoliocopy.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

namespace {

void removePortfolio(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

static BenchGroup::Registrar registrar("copy", [](BenchContext &c) {
    const QDir work(c.workDir());
    const QString sample = work.filePath(QStringLiteral("copy-sample.pactline"));
    const QString target = work.filePath(QStringLiteral("copy-target.pactline"));
    removePortfolio(sample);
    removePortfolio(target);
    {
        auto db = Database::create(sample);
        if (!db || !SamplePortfolio::loadInto(**db))
            qFatal("copy: cannot make the sample portfolio");
    }
    const double sampleMs = BenchContext::medianMs(
        9,
        [&] {
            if (!PortfolioCopy::copy(sample, target))
                qFatal("copy: the sample was not copied");
        },
        [&] { removePortfolio(target); });
    BenchContext::report(QStringLiteral("copy.sample_ms"), sampleMs, QStringLiteral("ms"));
    removePortfolio(target);

    const QString big = c.bigPortfolio();
    qint64 rows = 0;
    QElapsedTimer timer;
    timer.start();
    const auto copied = PortfolioCopy::copy(big, target, [&rows](qint64, qint64 total) {
        rows = total;
        return true;
    });
    if (!copied)
        qFatal("copy: %s", qPrintable(copied.error().message));
    const double seconds = timer.elapsed() / 1000.0;
    BenchContext::report(QStringLiteral("copy.big_file_s"), seconds, QStringLiteral("s"));
    BenchContext::report(QStringLiteral("copy.big_rows_per_s"), rows / seconds, QStringLiteral("rows/s"));
    removePortfolio(target);
    removePortfolio(sample);
});
