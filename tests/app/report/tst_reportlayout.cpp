// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The report layout engine: pages, tables that break with their header repeated, nothing outside
// the text area, headings kept with what follows, the contents, and the PDF's navigation update.
// Fonts need a QGuiApplication (offscreen), hence QTEST_MAIN for this core test.
#include "report/pdfnavigation.h"
#include "report/pdfreportwriter.h"
#include "report/reportdocument.h"
#include "report/reportlayout.h"
#include "report/reportstyle.h"
#include "testsupport.h"

#include <QBuffer>
#include <QMap>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using Op = ReportLayout::Op;

// A PDF writer on A4 with no margins, as the report writer sets it up.
struct Device
{
    QBuffer buffer;
    std::unique_ptr<QPdfWriter> writer;

    explicit Device(QPageSize::PageSizeId size = QPageSize::A4)
    {
        buffer.open(QIODevice::WriteOnly);
        writer = std::make_unique<QPdfWriter>(&buffer);
        writer->setPageSize(QPageSize(size));
        writer->setPageMargins(QMarginsF(0, 0, 0, 0));
        writer->setResolution(1200);
    }
};

// The document laid out on such a writer.
ReportLayout layOutOnA4(const ReportDocument &document)
{
    Device device;
    return ReportLayout::build(document, *device.writer);
}

QRectF textArea(const ReportLayout &layout)
{
    const double u = layout.unitsPerPoint();
    return QRectF(QPointF(ReportStyle::marginLeft * u, ReportStyle::marginTop * u),
                  QPointF(layout.pageSize().width() - ReportStyle::marginRight * u,
                          layout.pageSize().height() - ReportStyle::marginBottom * u));
}

// The texts of a page, top to bottom as laid out.
QStringList textsOf(const ReportLayout::Page &page)
{
    QStringList texts;
    for (const Op &op : page.ops)
        if (op.kind == Op::Kind::Text)
            texts << op.text;
    return texts;
}

// Where a text op first appears: (page, baseline), or page -1.
std::pair<int, double> find(const ReportLayout &layout, const QString &text)
{
    for (int p = 0; p < layout.pages().size(); ++p)
        for (const Op &op : layout.pages().at(p).ops)
            if (op.kind == Op::Kind::Text && op.text == text)
                return {p, op.rect.top()};
    return {-1, 0};
}

} // namespace

class TestReportLayout : public QObject
{
    Q_OBJECT

private slots:
    void longTableBreaksWithItsHeaderOnEveryPage();
    void rowTallerThanAPageIsSplitAcrossPages();
    void nothingLeavesTheTextArea();
    void shortColumnsKeepTheirNaturalWidth();
    void headingStaysWithWhatFollows();
    void paragraphsKeepTwoLinesTogether();
    void contentsPointsAtTheHeadingsPages();
    void letterPagesAreLetter();
    void navigationLeavesOtherPdfsAlone();
    void navigationWritesAValidUpdate();
};

void TestReportLayout::longTableBreaksWithItsHeaderOnEveryPage()
{
    ReportDocument document;
    document.addHeading(1, QStringLiteral("Milestones"));
    ReportTable table(
        {{QStringLiteral("Milestone title"), 4}, {QStringLiteral("Due"), 1}, {QStringLiteral("State"), 1}});
    for (int i = 1; i <= 150; ++i)
        table.addRow(
            {QStringLiteral("Row %1").arg(i), QStringLiteral("Q%1 2025").arg(i % 4 + 1), QStringLiteral("Planned")});
    document.addTable(std::move(table));
    const ReportLayout layout = layOutOnA4(document);

    QVERIFY2(layout.pages().size() >= 3, qPrintable(QString::number(layout.pages().size())));
    QStringList rows;
    for (const ReportLayout::Page &page : layout.pages()) {
        const QStringList texts = textsOf(page);
        QCOMPARE(texts.count(QStringLiteral("Milestone title")), 1);
        QCOMPARE(texts.count(QStringLiteral("Due")), 1);
        // The header comes before the rows of its page.
        const qsizetype header = texts.indexOf(QStringLiteral("Milestone title"));
        for (qsizetype i = 0; i < texts.size(); ++i)
            if (texts.at(i).startsWith(QLatin1String("Row "))) {
                QVERIFY(i > header);
                rows << texts.at(i);
            }
    }
    QCOMPARE(rows.size(), 150);
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(rows.at(i), QStringLiteral("Row %1").arg(i + 1));
}

void TestReportLayout::rowTallerThanAPageIsSplitAcrossPages()
{
    QStringList lines;
    for (int i = 1; i <= 160; ++i)
        lines << QStringLiteral("Line %1 of a very long note").arg(i);
    ReportDocument document;
    ReportTable table({{QStringLiteral("Milestone"), 1}, {QStringLiteral("Notes"), 3}});
    table.addRow({QStringLiteral("Short"), QStringLiteral("Before")});
    table.addRow({QStringLiteral("Tall"), lines.join(QLatin1Char('\n'))});
    table.addRow({QStringLiteral("After"), QStringLiteral("End")});
    document.addTable(std::move(table));
    const ReportLayout layout = layOutOnA4(document);

    QVERIFY2(layout.pages().size() >= 3, qPrintable(QString::number(layout.pages().size())));
    QStringList seen;
    for (const ReportLayout::Page &page : layout.pages()) {
        const QStringList texts = textsOf(page);
        QCOMPARE(texts.count(QStringLiteral("Notes")), 1);
        for (const QString &text : texts)
            if (text.startsWith(QLatin1String("Line ")))
                seen << text;
    }
    QCOMPARE(seen, lines);
    QVERIFY(find(layout, QStringLiteral("After")).first == layout.pages().size() - 1);
}

void TestReportLayout::nothingLeavesTheTextArea()
{
    ReportDocument document;
    document.addMasthead({QStringLiteral("Kicker"),
                          QStringLiteral("A title long enough to wrap over more than one "
                                         "line of the masthead on an A4 page"),
                          QStringLiteral("Subtitle")});
    document.addKeyFigures({{QStringLiteral("12"), QStringLiteral("agreements signed in the period")},
                            {QStringLiteral("3"), QStringLiteral("milestones")},
                            {QStringLiteral("1000"), QStringLiteral("a label long enough to wrap in its box")},
                            {QStringLiteral("0"), QStringLiteral("overdue")},
                            {QStringLiteral("7"), QStringLiteral("due")}});
    const QString url = QStringLiteral("https://example.org/") + QString(300, QLatin1Char('x'));
    document.addParagraph(QStringLiteral("A paragraph with a very long address in it: ") + url +
                          QStringLiteral(" and some words after it."));
    document.addParagraph(ReportText(QStringLiteral("Bold lead: "), ReportText::Bold)
                              .add(QString(40, QLatin1Char('w')).replace(QLatin1Char('w'), QStringLiteral("word "))),
                          ReportDocument::ParagraphStyle::Bullet);
    ReportTable table({{QStringLiteral("Partner"), 2}, {QStringLiteral("Contact"), 2}, {QStringLiteral("n"), 1, true}});
    table.addRow(
        {ReportText(url),
         ReportText(QStringLiteral("someone@") + QString(80, QLatin1Char('e')) + QStringLiteral(".example.org")),
         ReportText(QStringLiteral("123456"))});
    document.addTable(std::move(table));
    const ReportLayout layout = layOutOnA4(document);
    const QRectF area = textArea(layout);
    const double tolerance = 0.5 * layout.unitsPerPoint();
    int texts = 0;
    for (const ReportLayout::Page &page : layout.pages())
        for (const Op &op : page.ops) {
            if (op.kind != Op::Kind::Text)
                continue;
            ++texts;
            QVERIFY2(op.rect.left() >= area.left() - tolerance, qPrintable(op.text));
            QVERIFY2(
                op.rect.left() + op.rect.width() <= area.right() + tolerance,
                qPrintable(QStringLiteral("%1 ends at %2 of %3").arg(op.text).arg(op.rect.right()).arg(area.right())));
            QVERIFY2(op.rect.top() <= area.bottom() && op.rect.top() >= area.top(), qPrintable(op.text));
        }
    QVERIFY(texts > 10);
}

void TestReportLayout::shortColumnsKeepTheirNaturalWidth()
{
    ReportDocument document;
    ReportTable table({{QStringLiteral("Milestone"), 4}, {QStringLiteral("Due"), 1}, {QStringLiteral("Achieved"), 1}});
    table.addRow({QString(60, QLatin1Char('m')).replace(QLatin1Char('m'), QStringLiteral("long ")),
                  QStringLiteral("Q3 2024"), QStringLiteral("12 September 2023")});
    document.addTable(std::move(table));
    const ReportLayout layout = layOutOnA4(document);
    const QStringList texts = textsOf(layout.pages().constFirst());
    // Dates are not broken over lines even though the first column could use all the space.
    QVERIFY2(texts.contains(QStringLiteral("Q3 2024")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.contains(QStringLiteral("12 September 2023")), qPrintable(texts.join(QLatin1Char('|'))));
}

void TestReportLayout::headingStaysWithWhatFollows()
{
    ReportDocument document;
    // Fill most of the first page, then a heading and its paragraph.
    const double lineHeight = ReportStyle::lineHeight(ReportStyle::Role::Body);
    const int lines = int((ReportStyle::textArea(QPageSize(QPageSize::A4)).height() - 3 * lineHeight) / lineHeight) - 2;
    for (int i = 0; i < lines; ++i)
        document.addParagraph(QStringLiteral("Filler %1").arg(i), ReportDocument::ParagraphStyle::Bullet);
    document.addHeading(2, QStringLiteral("Heading at the bottom"));
    document.addParagraph(QStringLiteral("First line of its section. ").repeated(12));
    const ReportLayout layout = layOutOnA4(document);
    const auto heading = find(layout, QStringLiteral("Heading at the bottom"));
    QVERIFY(heading.first >= 0);
    const QStringList texts = textsOf(layout.pages().at(heading.first));
    const qsizetype at = texts.indexOf(QStringLiteral("Heading at the bottom"));
    QVERIFY2(at + 1 < texts.size() && texts.at(at + 1).startsWith(QLatin1String("First line")),
             qPrintable(texts.join(QLatin1Char('|'))));
    QCOMPARE(layout.anchors().at(0).page, heading.first);
}

void TestReportLayout::paragraphsKeepTwoLinesTogether()
{
    ReportDocument document;
    for (int i = 0; i < 40; ++i) {
        QStringList lines;
        for (int j = 0; j < 4; ++j)
            lines << QStringLiteral("P%1 L%2").arg(i).arg(j);
        document.addParagraph(lines.join(QLatin1Char('\n')));
    }
    const ReportLayout layout = layOutOnA4(document);
    QVERIFY(layout.pages().size() >= 2);
    int split = 0;
    QStringList all;
    for (const ReportLayout::Page &page : layout.pages()) {
        QMap<QString, int> linesOfParagraph;
        for (const QString &text : textsOf(page)) {
            ++linesOfParagraph[text.section(QLatin1Char(' '), 0, 0)];
            all << text;
        }
        // A paragraph broken by the page leaves two lines or more on either side.
        for (auto it = linesOfParagraph.cbegin(); it != linesOfParagraph.cend(); ++it) {
            QVERIFY2(it.value() >= 2, qPrintable(it.key()));
            split += it.value() < 4 ? 1 : 0;
        }
    }
    QCOMPARE(all.size(), 160);
    QVERIFY(split <= 2 * (layout.pages().size() - 1));
}

void TestReportLayout::contentsPointsAtTheHeadingsPages()
{
    ReportDocument document;
    document.addContents(QStringLiteral("Contents"));
    document.addHeading(1, QStringLiteral("First part"), true);
    document.addParagraph(QStringLiteral("Text."));
    document.addHeading(1, QStringLiteral("Second part"), true);
    document.addHeading(2, QStringLiteral("A subsection"));
    document.addHeading(3, QStringLiteral("Not in the contents"));
    const ReportLayout layout = layOutOnA4(document);
    QCOMPARE(layout.pages().size(), 3);
    QList<int> targets;
    for (const Op &op : layout.pages().at(0).ops)
        if (op.kind == Op::Kind::ContentsLeader)
            targets << op.target;
    QCOMPARE(targets, QList<int>({0, 1, 2}));
    QCOMPARE(layout.anchors().at(0).page, 1);
    QCOMPARE(layout.anchors().at(1).page, 2);
    QCOMPARE(layout.anchors().at(2).page, 2);
    QVERIFY(!layout.anchors().at(3).inContents);
    QCOMPARE(layout.pages().at(2).section, QStringLiteral("Second part"));
    QVERIFY(!textsOf(layout.pages().at(0)).contains(QStringLiteral("Not in the contents")));
}

void TestReportLayout::letterPagesAreLetter()
{
    ReportDocument document;
    document.addParagraph(QStringLiteral("One line."));
    Device a4;
    Device letter(QPageSize::Letter);
    const ReportLayout onA4 = ReportLayout::build(document, *a4.writer);
    const ReportLayout onLetter = ReportLayout::build(document, *letter.writer);
    QCOMPARE(qRound(onA4.pageSize().width() / onA4.unitsPerPoint()), 595);
    QCOMPARE(qRound(onLetter.pageSize().width() / onLetter.unitsPerPoint()), 612);
    QCOMPARE(qRound(onLetter.pageSize().height() / onLetter.unitsPerPoint()), 792);
}

void TestReportLayout::navigationLeavesOtherPdfsAlone()
{
    const QByteArray notQt("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    QCOMPARE(PdfNavigation::addNavigation(notQt, {}, {}), notQt);
    QCOMPARE(PdfNavigation::addNavigation(QByteArray(), {}, {}), QByteArray());
}

void TestReportLayout::navigationWritesAValidUpdate()
{
    ReportDocument document;
    document.title = QStringLiteral("Navigation check");
    document.author = QStringLiteral("Åsa Öberg");
    document.subject = QStringLiteral("Links and bookmarks");
    document.addContents(QStringLiteral("Contents"));
    document.addHeading(1, QStringLiteral("Alpha"), true);
    document.addHeading(2, QStringLiteral("Alpha one"));
    document.addHeading(1, QStringLiteral("Beta"), true);
    const auto pdf = PdfReportWriter::toPdf(document, QPageSize(QPageSize::A4));
    QVERIFY(pdf);
    QCOMPARE(pdf->pageCount, 3);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nav.pdf"));
    QVERIFY(TestSupport::writeFile(path, pdf->bytes));
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    if (pdfinfo.isEmpty() || qpdf.isEmpty())
        QSKIP("pdfinfo (poppler-utils) or qpdf is not installed");
    QProcess check;
    check.start(qpdf, {QStringLiteral("--check"), path});
    QVERIFY(check.waitForFinished());
    QVERIFY2(check.exitCode() == 0, check.readAllStandardOutput().constData());
    QProcess info;
    info.start(pdfinfo, {path});
    QVERIFY(info.waitForFinished());
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("Author:          Åsa Öberg")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Subject:         Links and bookmarks")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Title:           Navigation check")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Pages:           3")), qPrintable(text));
    QProcess outline;
    outline.start(qpdf, {QStringLiteral("--json"), QStringLiteral("--json-key=outlines"), path});
    QVERIFY(outline.waitForFinished());
    const QByteArray json = outline.readAllStandardOutput();
    QVERIFY2(json.contains("\"title\": \"Alpha\"") && json.contains("\"title\": \"Alpha one\"") &&
                 json.contains("\"title\": \"Beta\""),
             json.constData());
    QVERIFY(json.contains("\"destpageposfrom1\": 3"));
}

QTEST_MAIN(TestReportLayout)
#include "tst_reportlayout.moc"
