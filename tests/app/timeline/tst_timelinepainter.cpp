// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Rendering: paints the sample portfolio and checks pixels where known marks must be; the same
// painter on vector devices (SVG, PDF). QTEST_MAIN: painting text needs a QGuiApplication.
#include "store/database.h"
#include "store/milestonerepository.h"
#include "testsupport.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinesource.h"
#include "timeline/timelinestyle.h"
#include "timeline/timelinesymbols.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

namespace {

const QDate Today(2026, 11, 25);
const QDate From(2021, 10, 1);
const QDate To(2027, 3, 31);
constexpr int Width = 1400;

bool reddish(QRgb c)
{
    return qRed(c) > 140 && qGreen(c) < 90 && qBlue(c) < 100;
}

bool greenish(QRgb c)
{
    return qGreen(c) > qRed(c) + 50 && qGreen(c) > qBlue(c) + 30;
}

bool whiteish(QRgb c)
{
    return qRed(c) > 235 && qGreen(c) > 235 && qBlue(c) > 235;
}

QString describe(QRgb c)
{
    return QStringLiteral("rgb(%1, %2, %3)").arg(qRed(c)).arg(qGreen(c)).arg(qBlue(c));
}

} // namespace

class TestTimelinePainter final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void lundFacilityIsAnOverdueBandOverQ3();
    void necstGenIsDrawnAsAchieved();
    void todayLineAndSlipGhost();
    void laneTitlesStayInTheHeaderColumn();
    void svgOutputIsValidVector();
    void pdfOutputHasRealText();
    void bandsOnScreenLookAsStroked_data();
    void bandsOnScreenLookAsStroked();
    void keptTextLooksAsDrawText_data();
    void keptTextLooksAsDrawText();
    void labelsLookTheSameWhenKept();

private:
    // Paints the sample (no grouping) from From to To, Width wide; fills m_image and the geometry.
    void render();
    double xOf(QDate day) const; // middle of the day
    double laneMiddle(qint64 agreementId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TimelineSource> m_source;
    TimelineOptions m_options;
    QImage m_image;
    double m_plotLeft = 0;
    double m_pixelsPerDay = 0;
};

void TestTimelinePainter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = TestSupport::openSamplePortfolio(*m_dir);
    QVERIFY(m_db);
    m_source = std::make_unique<TimelineSource>(*m_db);
    QVERIFY(m_source->setGrouping(TimelineGroupBy::None).ok());
    m_options = TimelineOptions();
    m_options.today = Today;
}

void TestTimelinePainter::cleanup()
{
    m_source.reset();
    m_db.reset();
    m_dir.reset();
}

void TestTimelinePainter::render()
{
    const Result<TimelineScene> scene = m_source->wholeScene(From, To, Today);
    QVERIFY(scene.ok());
    const double height = TimelineLayout::heightFor(scene->rowCount(), Width, m_options);
    m_image = QImage(Width, int(std::ceil(height)), QImage::Format_ARGB32_Premultiplied);
    m_image.fill(Qt::transparent);
    QPainter painter(&m_image);
    TimelinePainter::paintFitted(painter, QRectF(0, 0, Width, height), *scene, m_options);
    painter.end();
    // Independent of the layout: the plot starts after the header column and fits [From, To].
    m_plotLeft = m_options.headerWidth;
    m_pixelsPerDay = (Width - m_plotLeft) / double(From.daysTo(To) + 1);
}

double TestTimelinePainter::xOf(QDate day) const
{
    return m_plotLeft + (From.daysTo(day) + 0.5) * m_pixelsPerDay;
}

double TestTimelinePainter::laneMiddle(qint64 agreementId) const
{
    return TimelineLayout::axisHeightFor(m_options) + m_source->rowOfAgreement(agreementId) * m_options.rowHeight +
           m_options.rowHeight / 2;
}

void TestTimelinePainter::lundFacilityIsAnOverdueBandOverQ3()
{
    render();
    const int y = int(laneMiddle(1));
    // Inside Q3 2024 (July to September): the overdue red, hatched in a darker red.
    for (const QDate &day : {QDate(2024, 7, 6), QDate(2024, 8, 15), QDate(2024, 9, 25)})
        for (int dy : {-3, 0, 3}) {
            const QRgb c = m_image.pixel(int(xOf(day)), y + dy);
            QVERIFY2(reddish(c), qPrintable(day.toString(Qt::ISODate) + QLatin1Char(' ') + describe(c)));
        }
    // Not before July, not above or below the band.
    for (const QDate &day : {QDate(2024, 6, 20), QDate(2024, 5, 1)})
        QVERIFY2(!reddish(m_image.pixel(int(xOf(day)), y)), qPrintable(day.toString(Qt::ISODate)));
    QVERIFY(!reddish(m_image.pixel(int(xOf(QDate(2024, 8, 15))), y - 12)));
    QVERIFY(!reddish(m_image.pixel(int(xOf(QDate(2024, 8, 15))), y + 12)));
    // The other lanes have nothing red in Q3 2024.
    QVERIFY(!reddish(m_image.pixel(int(xOf(QDate(2024, 8, 15))), int(laneMiddle(4)))));
}

void TestTimelinePainter::necstGenIsDrawnAsAchieved()
{
    render();
    const int y = int(laneMiddle(1));
    // The 2022 band in the achieved green, left and right of the achieved mark...
    for (const QDate &day : {QDate(2022, 2, 15), QDate(2022, 4, 1), QDate(2022, 10, 1), QDate(2022, 12, 15)}) {
        const QRgb c = m_image.pixel(int(xOf(day)), y);
        QVERIFY2(greenish(c), qPrintable(day.toString(Qt::ISODate) + QLatin1Char(' ') + describe(c)));
    }
    // ... and the achieved mark in the middle of 2022: a white disc with a green ring and check.
    const double centre = (xOf(QDate(2022, 1, 1)) + xOf(QDate(2022, 12, 31))) / 2;
    const QRgb middle = m_image.pixel(int(centre), y - 3);
    QVERIFY2(whiteish(middle), qPrintable(describe(middle)));
    int green = 0;
    for (int dx = -8; dx <= 8; ++dx)
        for (int dy = -8; dy <= 8; ++dy)
            if (greenish(m_image.pixel(int(centre) + dx, y + dy)) &&
                qGreen(m_image.pixel(int(centre) + dx, y + dy)) < 140)
                ++green; // the darker green of ring and check
    QVERIFY2(green > 20, qPrintable(QString::number(green)));
    // Not green after 2022 in that lane.
    QVERIFY(!greenish(m_image.pixel(int(xOf(QDate(2023, 2, 15))), y)));
}

void TestTimelinePainter::todayLineAndSlipGhost()
{
    MilestoneRepository milestones(*m_db);
    Milestone lund = *milestones.get(2);
    lund.due = FuzzyDate::quarter(2025, 1);
    QVERIFY(milestones.update(lund, QStringLiteral("permit delay")).ok());
    render();
    const int y = int(laneMiddle(1));
    // Now due Q1 2025 (red), with Q3 2024 as a faint ghost: neither red nor plain background.
    QVERIFY(reddish(m_image.pixel(int(xOf(QDate(2025, 2, 15))), y)));
    const QRgb ghost = m_image.pixel(int(xOf(QDate(2024, 8, 15))), y);
    QVERIFY2(!reddish(ghost) && !whiteish(ghost), qPrintable(describe(ghost)));
    QVERIFY(qAbs(qRed(ghost) - qBlue(ghost)) < 60); // greyish
    // Today: a vertical line in the today colour through every lane.
    const QColor today = TimelineStyle::todayColor();
    for (qint64 agreement : {1, 2, 6}) {
        bool found = false;
        for (int dx = -1; dx <= 1 && !found; ++dx) {
            const QRgb c = m_image.pixel(int(xOf(Today)) + dx, int(laneMiddle(agreement)) + 9);
            found = qAbs(qRed(c) - today.red()) < 40 && qAbs(qGreen(c) - today.green()) < 40 &&
                    qAbs(qBlue(c) - today.blue()) < 40;
        }
        QVERIFY2(found, qPrintable(QString::number(agreement)));
    }
}

void TestTimelinePainter::laneTitlesStayInTheHeaderColumn()
{
    render();
    // Dark text pixels in the header cell of every lane, none in an empty stretch of the plot's lane.
    for (qint64 agreement : {1, 2, 3, 4, 5, 6}) {
        const int y = int(laneMiddle(agreement));
        int dark = 0;
        for (int x = 10; x < int(m_options.headerWidth) - 10; ++x)
            for (int dy = -5; dy <= 5; ++dy)
                if (qGray(m_image.pixel(x, y + dy)) < 110)
                    ++dark;
        QVERIFY2(dark > 40, qPrintable(QString::number(agreement)));
    }
}

void TestTimelinePainter::svgOutputIsValidVector()
{
    const Result<TimelineScene> scene = m_source->wholeScene(From, To, Today);
    QVERIFY(scene.ok());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const double height = TimelineLayout::heightFor(scene->rowCount(), Width, m_options);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(Width, int(std::ceil(height))));
    svg.setViewBox(QRectF(0, 0, Width, height));
    QPainter painter(&svg);
    TimelinePainter::paintFitted(painter, QRectF(0, 0, Width, height), *scene, m_options);
    painter.end();

    QXmlStreamReader xml(buffer.data());
    QStringList texts;
    int shapes = 0;
    int images = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        else if (QStringList{QStringLiteral("path"), QStringLiteral("rect"), QStringLiteral("polygon"),
                             QStringLiteral("polyline"), QStringLiteral("line"), QStringLiteral("ellipse")}
                     .contains(xml.name().toString()))
            ++shapes;
        else if (xml.name() == QLatin1String("image"))
            ++images;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(texts.contains(QStringLiteral("Production facility in Lund ready")));
    QVERIFY(texts.contains(QStringLiteral("2024")));
    QVERIFY(shapes > 20);
    QCOMPARE(images, 0); // drawn as vectors, no embedded bitmaps
}

void TestTimelinePainter::pdfOutputHasRealText()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const Result<TimelineScene> scene = m_source->wholeScene(From, To, Today);
    QVERIFY(scene.ok());
    const QString path = m_dir->filePath(QStringLiteral("timeline.pdf"));
    {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setResolution(1200);
        QPainter painter(&pdf);
        // 96 units per inch on paper: the same sizes as on screen.
        const double scale = pdf.resolution() / 96.0;
        painter.scale(scale, scale);
        const double width = pdf.width() / scale;
        TimelinePainter::paintFitted(
            painter, QRectF(0, 0, width, TimelineLayout::heightFor(scene->rowCount(), width, m_options)), *scene,
            m_options);
    }
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("Production facility in Lund ready")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("ATMP, cell and gene therapy")));
    QVERIFY(text.contains(QStringLiteral("Overdue")));
}

void TestTimelinePainter::bandsOnScreenLookAsStroked_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("overdue");
    QTest::addColumn<double>("width");
    for (const double width : {12.0, 60.0}) {
        const char *size = width < 24 ? "narrow" : "wide";
        QTest::addRow("planned %s", size) << int(MilestoneStatus::Planned) << false << width;
        QTest::addRow("on track %s", size) << int(MilestoneStatus::OnTrack) << false << width;
        QTest::addRow("at risk %s", size) << int(MilestoneStatus::AtRisk) << false << width;
        QTest::addRow("overdue %s", size) << int(MilestoneStatus::Planned) << true << width;
    }
}

// On screen a band is drawn as fills (outline, inside, hatch texture) rather than stroked: the
// pixels are those of the stroked band drawn the way vector devices get it.
void TestTimelinePainter::bandsOnScreenLookAsStroked()
{
    QFETCH(int, status);
    QFETCH(bool, overdue);
    QFETCH(double, width);
    TimelineLayout::Mark mark;
    mark.kind = TimelineLayout::MarkKind::Band;
    mark.status = MilestoneStatus(status);
    mark.overdue = overdue;
    mark.rect = QRectF(17, 11, width, 16);
    const bool antialiased = width >= 24;

    QImage onScreen(100, 40, QImage::Format_ARGB32_Premultiplied);
    onScreen.fill(Qt::white);
    {
        QPainter p(&onScreen);
        p.setRenderHint(QPainter::Antialiasing, antialiased);
        TimelineSymbols::drawMilestone(p, mark);
    }
    // The same band stroked: through a picture (a device that is not pixels one to one), replayed.
    QPicture picture;
    {
        QPainter p(&picture);
        p.setRenderHint(QPainter::Antialiasing, antialiased);
        TimelineSymbols::drawMilestone(p, mark);
    }
    QImage stroked(100, 40, QImage::Format_ARGB32_Premultiplied);
    stroked.fill(Qt::white);
    {
        QPainter p(&stroked);
        p.setRenderHint(QPainter::Antialiasing, antialiased);
        picture.play(&p);
    }

    int differing = 0;
    int inked = 0;
    for (int y = 0; y < onScreen.height(); ++y)
        for (int x = 0; x < onScreen.width(); ++x) {
            const QRgb a = onScreen.pixel(x, y);
            const QRgb b = stroked.pixel(x, y);
            inked += whiteish(b) ? 0 : 1;
            const int delta =
                std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
            if (delta > 24)
                ++differing;
        }
    QVERIFY(inked > width * 10);
    // Antialiased edges and the ends of hatch lines may differ by a shade; nothing more.
    QVERIFY2(differing <= inked / 20, qPrintable(QStringLiteral("%1 of %2 pixels differ").arg(differing).arg(inked)));
}

void TestTimelinePainter::keptTextLooksAsDrawText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("alignment");
    QTest::addColumn<QRectF>("rect");
    QTest::addColumn<int>("pixelSize");
    const QStringList texts{QStringLiteral("2024"), QStringLiteral("Agreements by status"),
                            QStringLiteral("+3 undated"), QStringLiteral("Agreement signed → end"),
                            QStringLiteral("Skåne Jyväskylä")};
    const QList<QRectF> rects{QRectF(3, 0, 250, 15), QRectF(3.5, 0.25, 250, 18), QRectF(10.25, 7.3, 250, 21.5)};
    for (const QString &text : texts)
        for (int r = 0; r < rects.size(); ++r)
            for (const int alignment : {int(Qt::AlignLeft), int(Qt::AlignRight), int(Qt::AlignHCenter)})
                for (const int pixelSize : {11, 12})
                    QTest::addRow("%s %d %d %d", qPrintable(text), r, alignment, pixelSize)
                        << text << alignment << rects.at(r) << pixelSize;
    // Text taller or wider than its rectangle is clipped to it, as drawText() clips.
    QTest::addRow("too low") << QStringLiteral("Agreements") << int(Qt::AlignLeft) << QRectF(3, 2, 250, 9) << 12;
    QTest::addRow("too narrow") << QStringLiteral("Agreements") << int(Qt::AlignLeft) << QRectF(3, 2, 30, 18) << 12;
}

// The axis, legend and notes are drawn from kept, shaped text on screen: the same pixels as drawText().
void TestTimelinePainter::keptTextLooksAsDrawText()
{
    QFETCH(QString, text);
    QFETCH(int, alignment);
    QFETCH(QRectF, rect);
    QFETCH(int, pixelSize);
    TimelineOptions options;
    options.fontSize = pixelSize;
    const QFont font = TimelineLayout::labelFont(options);
    const auto paint = [&](bool kept) {
        QImage image(300, 40, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        p.setPen(Qt::black);
        if (kept) {
            TimelineSymbols::drawAligned(p, rect, Qt::Alignment(alignment), text, font);
        } else {
            p.setFont(font);
            p.drawText(rect, Qt::AlignVCenter | alignment, text);
        }
        return image;
    };
    const QImage expected = paint(false);
    QVERIFY(expected.pixel(0, 0) == qRgb(255, 255, 255));
    // Drawn as it is the first time, then prepared and kept, then from what was kept.
    QCOMPARE(paint(true), expected);
    QCOMPARE(paint(true), expected);
    QCOMPARE(paint(true), expected);
}

// A label is drawn as it is the first time and from kept, shaped text after: the same pixels.
void TestTimelinePainter::labelsLookTheSameWhenKept()
{
    const TimelineOptions options;
    const QFont font = TimelineLayout::labelFont(options);
    const QFontMetricsF metrics(font);
    const auto paint = [&](const QString &text, const QRectF &rect) {
        QImage image(300, 40, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        p.setPen(Qt::black);
        TimelineSymbols::drawLine(p, rect, text, font, font.key(), metrics);
        return image;
    };
    for (const QString &text :
         {QStringLiteral("Production facility in Lund ready"), QStringLiteral("Skåne, Jyväskylä")})
        for (const QRectF &rect : {QRectF(2, 3, 280, 18), QRectF(7.5, 10.25, 250, 17)}) {
            const QImage first = paint(text, rect);
            int inked = 0;
            for (int y = 0; y < first.height(); ++y)
                for (int x = 0; x < first.width(); ++x)
                    inked += qGray(first.pixel(x, y)) < 128 ? 1 : 0;
            QVERIFY(inked > 20);
            QCOMPARE(paint(text, rect), first);
            QCOMPARE(paint(text, rect), first);
        }
}

QTEST_MAIN(TestTimelinePainter)
#include "tst_timelinepainter.moc"
