// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"
#include "timeline/timelinelanes.h"

#include <QObject>

#include <memory>

class BackgroundCounter;

// Reads a timeline's lane index and date extent off the GUI thread: on a thread of its own, through a
// read-only connection of its own to the portfolio file (a BackgroundCounter's), so that a portfolio
// of any size opens, regroups and refilters without blocking the window. A load asked for while
// another waits or runs replaces it: only the latest one's result is reported. Destroying the loader
// drops what is still on its way (it waits for a read already running to end).
class TimelineLoader final : public QObject
{
    Q_OBJECT

public:
    struct Loaded
    {
        TimelineLanes lanes;
        std::pair<QDate, QDate> extent;
    };

    explicit TimelineLoader(const QString &path, QObject *parent = nullptr);
    ~TimelineLoader() override;

    void load(TimelineGroupBy groupBy, const ListQuery &filter, QDate today);
    // Whether a load is waiting, running or not yet reported.
    bool isLoading() const { return m_loading; }

signals:
    // The latest load's result (arrives on the loader's thread).
    void loaded(const std::shared_ptr<TimelineLoader::Loaded> &result);
    void failed(const QString &message);

private:
    std::unique_ptr<BackgroundCounter> m_reader;
    bool m_loading = false;
};
