// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelineloader.h"

#include "models/backgroundcounter.h"

TimelineLoader::TimelineLoader(const QString &path, QObject *parent)
    : QObject(parent)
    , m_reader(std::make_unique<BackgroundCounter>(path, Database::Mode::ReadOnly))
{}

TimelineLoader::~TimelineLoader() = default;

void TimelineLoader::load(TimelineGroupBy groupBy, const ListQuery &filter, QDate today)
{
    // The reading thread fills `result`; it is handed over with the (queued) report that it is done.
    auto result = std::make_shared<Loaded>();
    m_loading = true;
    m_reader->submit(
        QStringLiteral("lanes"), this,
        [result, groupBy, filter, today](Database &db) -> BackgroundCounter::Counts {
            Result<TimelineLanes> lanes = TimelineLanes::read(db, groupBy, filter);
            if (!lanes)
                return lanes.error();
            const Result<std::pair<QDate, QDate>> extent = TimelineLanes::readExtent(db, filter, today);
            if (!extent)
                return extent.error();
            result->lanes = std::move(*lanes);
            result->extent = *extent;
            return QList<qint64>{};
        },
        [this, result](const BackgroundCounter::Counts &done) {
            m_loading = false;
            if (done)
                emit loaded(result);
            else
                emit failed(done.error().message);
        });
}
