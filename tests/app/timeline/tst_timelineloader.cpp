// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineLoader: the lane index and date extent read on a thread of its own are what
// TimelineSource reads on the caller's connection; a newer load replaces an older one; a loader
// destroyed while it reads reports nothing and does not crash.
#include "store/database.h"
#include "testsupport.h"
#include "timeline/timelineloader.h"
#include "timeline/timelinesource.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

namespace {

const QDate Today(2026, 11, 25);

} // namespace

class TestTimelineLoader final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readsWhatTheSourceReads_data();
    void readsWhatTheSourceReads();
    void aNewerLoadReplacesAnOlderOne();
    void destroyedWhileReadingReportsNothing();
    void anUnreadableFileIsReported();

private:
    std::shared_ptr<TimelineLoader::Loaded> loadOnce(TimelineLoader &loader, TimelineGroupBy groupBy,
                                                     const ListQuery &filter);

    TestSupport::SampleFixture m_sample;
};

void TestTimelineLoader::init()
{
    QVERIFY(m_sample.open());
}

void TestTimelineLoader::cleanup()
{
    m_sample.close();
}

std::shared_ptr<TimelineLoader::Loaded> TestTimelineLoader::loadOnce(TimelineLoader &loader, TimelineGroupBy groupBy,
                                                                     const ListQuery &filter)
{
    std::shared_ptr<TimelineLoader::Loaded> result;
    connect(&loader, &TimelineLoader::loaded, this,
            [&result](const std::shared_ptr<TimelineLoader::Loaded> &loaded) { result = loaded; });
    loader.load(groupBy, filter, Today);
    if (!QTest::qWaitFor([&] { return result != nullptr; }, 5000))
        return nullptr;
    return result;
}

void TestTimelineLoader::readsWhatTheSourceReads_data()
{
    QTest::addColumn<int>("groupBy");
    QTest::addColumn<QString>("status");
    for (const TimelineGroupBy groupBy : {TimelineGroupBy::None, TimelineGroupBy::Partner, TimelineGroupBy::Country,
                                          TimelineGroupBy::Theme, TimelineGroupBy::Kind, TimelineGroupBy::Status}) {
        QTest::addRow("%s", qPrintable(TimelineScene::groupByCode(groupBy))) << int(groupBy) << QString();
        QTest::addRow("%s, signed", qPrintable(TimelineScene::groupByCode(groupBy)))
            << int(groupBy) << QStringLiteral("signed");
    }
}

void TestTimelineLoader::readsWhatTheSourceReads()
{
    QFETCH(int, groupBy);
    QFETCH(QString, status);
    ListQuery filter;
    if (!status.isEmpty())
        filter.filters.insert(QStringLiteral("status"), status);
    TimelineLoader loader(m_sample.db->path());
    QVERIFY(!loader.isLoading());
    const auto loaded = loadOnce(loader, TimelineGroupBy(groupBy), filter);
    QVERIFY(loaded);
    QVERIFY(!loader.isLoading());

    TimelineSource source(*m_sample.db);
    QVERIFY(source.setGrouping(TimelineGroupBy(groupBy), filter).ok());
    QVERIFY(source.rowCount() > 0);
    QCOMPARE(int(loaded->lanes.rows.size()), source.rowCount());
    QCOMPARE(loaded->lanes.laneCount, source.laneCount());
    QCOMPARE(int(loaded->lanes.groups.size()), source.groupCount());
    for (int row = 0; row < source.rowCount(); ++row)
        QCOMPARE(loaded->lanes.rows.at(row).agreementId, source.agreementOfRow(row));
    const auto extent = source.extent(Today);
    QVERIFY(extent.ok());
    QCOMPARE(loaded->extent, *extent);
}

void TestTimelineLoader::aNewerLoadReplacesAnOlderOne()
{
    TimelineLoader loader(m_sample.db->path());
    QList<std::shared_ptr<TimelineLoader::Loaded>> loaded;
    connect(&loader, &TimelineLoader::loaded, this,
            [&loaded](const std::shared_ptr<TimelineLoader::Loaded> &result) { loaded << result; });
    ListQuery completed;
    completed.filters.insert(QStringLiteral("status"), QStringLiteral("completed"));
    loader.load(TimelineGroupBy::Partner, {}, Today);
    loader.load(TimelineGroupBy::None, completed, Today);
    QVERIFY(loader.isLoading());
    QTRY_VERIFY(!loader.isLoading());
    QTest::qWait(50);
    // Only the latest is reported (the older may have been read already, but is not handed over).
    QCOMPARE(loaded.size(), 1);
    const auto result = loaded.at(0);
    QVERIFY(result);
    QCOMPARE(result->lanes.groupBy, TimelineGroupBy::None);
    QCOMPARE(result->lanes.laneCount, 1);
    QCOMPARE(int(result->lanes.rows.size()), 1);
}

void TestTimelineLoader::destroyedWhileReadingReportsNothing()
{
    int reported = 0;
    for (int round = 0; round < 20; ++round) {
        auto loader = std::make_unique<TimelineLoader>(m_sample.db->path());
        connect(loader.get(), &TimelineLoader::loaded, this, [&reported] { ++reported; });
        loader->load(TimelineGroupBy::Partner, {}, Today);
        if (round % 2)
            QThread::msleep(2);
        loader.reset();
        QTest::qWait(1);
    }
    QTest::qWait(50);
    QCOMPARE(reported, 0);
}

void TestTimelineLoader::anUnreadableFileIsReported()
{
    TimelineLoader loader(m_sample.dir->filePath(QStringLiteral("missing.pactline")));
    QSignalSpy failed(&loader, &TimelineLoader::failed);
    loader.load(TimelineGroupBy::Status, {}, Today);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    QVERIFY(!loader.isLoading());
}

QTEST_GUILESS_MAIN(TestTimelineLoader)
#include "tst_timelineloader.moc"
