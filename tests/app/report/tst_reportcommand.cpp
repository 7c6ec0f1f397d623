// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `pactline report` end to end: the real binary on the sample portfolio, the PDF checked with
// poppler's pdftotext/pdfinfo/pdffonts and qpdf; every bad input refused with no file left behind.
#include "domain/fuzzydate.h"
#include "domain/osuser.h"
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace TestSupport;

namespace {

QDateTime utc(int year, int month, int day, int hour = 12, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

// Whitespace (line breaks of wrapped text included) folded to single spaces.
QString folded(const QString &text)
{
    return text.simplified();
}

} // namespace

class TestReportCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void portfolioReportOnTheSample();
    void portfolioReportOnLetterPaper();
    void contentsAndOutlineLinkToTheHeadings();
    void agreementSummary();
    void progressReportReadsLikeTheNews();
    void progressReportListsExactlyThePeriodsChanges();
    void reportsNameWhoMadeEachChange();
    void progressReportDefaultsToTheLastTwelveMonths();
    void datesFollowTheLanguage_data();
    void datesFollowTheLanguage();
    void timelineFiguresShowEveryLane();
    void badInputLeavesNoFile_data();
    void badInputLeavesNoFile();
    void outputThatIsAFolder();
    void outputInAReadOnlyFolder();
    void failureKeepsAnExistingFile();
    void emptyPortfolio();

private:
    // The path of a tool, or empty (and the test skipped) when it is not installed.
    QString tool(const QString &name);
    // Runs a tool; fails the test unless it exits with `expectedExit`.
    QString runTool(const QString &name, const QStringList &arguments, int expectedExit = 0);
    QString pdfText(const QString &pdf);
    // Fails the test unless the parts occur in `text` in this order.
    static void expectInOrder(const QString &text, const QStringList &parts);
    QString report(const QStringList &arguments, const QString &name);
    void expectRefused(const QStringList &arguments, int exitCode, const QString &message, const QString &output);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_sample;
};

void TestReportCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sample = createSamplePortfolio(*m_dir);
}

QString TestReportCommand::tool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        QTest::qSkip(qPrintable(QStringLiteral("%1 is not installed (poppler-utils / qpdf)").arg(name)), __FILE__,
                     __LINE__);
    return path;
}

QString TestReportCommand::runTool(const QString &name, const QStringList &arguments, int expectedExit)
{
    const QString path = tool(name);
    if (path.isEmpty())
        return {};
    QProcess process;
    process.start(path, arguments);
    if (!process.waitForFinished(60000)) {
        QTest::qFail(qPrintable(name + QStringLiteral(" timed out")), __FILE__, __LINE__);
        return {};
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    if (process.exitCode() != expectedExit)
        QTest::qFail(qPrintable(QStringLiteral("%1 exited with %2: %3%4")
                                    .arg(name)
                                    .arg(process.exitCode())
                                    .arg(out, QString::fromUtf8(process.readAllStandardError()))),
                     __FILE__, __LINE__);
    return out;
}

QString TestReportCommand::pdfText(const QString &pdf)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
}

void TestReportCommand::expectInOrder(const QString &text, const QStringList &parts)
{
    qsizetype at = 0;
    for (const QString &part : parts) {
        const qsizetype found = text.indexOf(part, at);
        if (found < 0) {
            const QString problem =
                text.indexOf(part) < 0 ? QStringLiteral("“%1” is missing") : QStringLiteral("“%1” is out of order");
            QTest::qFail(qPrintable(problem.arg(part) + QStringLiteral(" in: ") + text), __FILE__, __LINE__);
            return;
        }
        at = found + part.size();
    }
}

QString TestReportCommand::report(const QStringList &arguments, const QString &name)
{
    const QString out = m_dir->filePath(name);
    const ProcessResult r =
        runPactline(QStringList{QStringLiteral("report"), m_sample, QStringLiteral("-o"), out} + arguments);
    if (r.exitCode != 0)
        QTest::qFail(qPrintable(QStringLiteral("pactline report exited with %1: %2").arg(r.exitCode).arg(r.err)),
                     __FILE__, __LINE__);
    return out;
}

void TestReportCommand::portfolioReportOnTheSample()
{
    const QString pdf = report({}, QStringLiteral("portfolio.pdf"));
    if (QTest::currentTestFailed() || tool(QStringLiteral("pdftotext")).isEmpty())
        return;
    const QString text = folded(pdfText(pdf));
    expectInOrder(text, {QStringLiteral("Portfolio report"), QStringLiteral("sample"), QStringLiteral("Contents"),
                         QStringLiteral("1 Summary"), QStringLiteral("2 Timeline"), QStringLiteral("3 Agreements"),
                         QStringLiteral("3.1 ATMP, cell and gene therapy: Lund, Skåne and Leiden"),
                         QStringLiteral("4 Appendix: partners by country")});
    if (QTest::currentTestFailed())
        return;
    // After the contents: the summary lists the agreements by signing date; then come the timeline,
    // the sections and the appendix.
    const QString body = text.mid(text.indexOf(QStringLiteral("This report covers 6 agreements")));
    expectInOrder(body, {QStringLiteral("ATMP, cell and gene"),
                         QStringLiteral("Clinical trials: Uppsala"),
                         QStringLiteral("Early-phase clinical"),
                         QStringLiteral("Cardiology services"),
                         QStringLiteral("Master Service"),
                         QStringLiteral("Further declarations"),
                         QStringLiteral("2 Timeline"),
                         QStringLiteral("3 Agreements"),
                         QStringLiteral("3.1 ATMP, cell and gene therapy: Lund, Skåne and Leiden"),
                         QStringLiteral("Lund University"),
                         QStringLiteral("Leiden University Medical Center"),
                         QStringLiteral("Milestones reached"),
                         QStringLiteral("NecstGen production infrastructure"),
                         QStringLiteral("Milestones still due"),
                         QStringLiteral("Production facility in Lund ready"),
                         QStringLiteral("Q3 2024"),
                         QStringLiteral("Lund"),
                         QStringLiteral("3.2 Clinical trials: Uppsala Clinical Research Center and ECRI"),
                         QStringLiteral("Joint articles submitted for publication"),
                         QStringLiteral("12 September 2023"),
                         QStringLiteral("3.5 Master Service Agreement: multicentre early-phase trials, CTC and QPS"),
                         QStringLiteral("Master service agreement"),
                         QStringLiteral("Follows"),
                         QStringLiteral("Early-phase clinical research: CTC and QPS"),
                         QStringLiteral("3.6 Further declarations of intent"),
                         QStringLiteral("4 Appendix: partners by country"),
                         QStringLiteral("Netherlands"),
                         QStringLiteral("Health~Holland"),
                         QStringLiteral("Hans Schikan"),
                         QStringLiteral("Leiden University Medical Center (LUMC)"),
                         QStringLiteral("Sweden"),
                         QStringLiteral("Government Offices of Sweden"),
                         QStringLiteral("Jeanette Edblad"),
                         QStringLiteral("Lund University (LU)")});
    if (QTest::currentTestFailed())
        return;
    // Every page: the running header and "Page n of m" with the portfolio's name.
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY(pages.hasMatch());
    const int pageCount = pages.captured(1).toInt();
    QVERIFY2(pageCount >= 6, qPrintable(info));
    for (int page = 1; page <= pageCount; ++page)
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pageCount)),
                 qPrintable(QString::number(page)));
    QCOMPARE(text.count(QStringLiteral("sample · ")), pageCount);

    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Title:\\s+Portfolio report: sample\\n"))),
             qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Author:\\s+\\S"))), qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Creator:\\s+Pactline "))), qPrintable(info));
    QVERIFY2(
        info.contains(QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x 842(\\.\\d+)? pts \\(A4\\)"))),
        qPrintable(info));

    // Every font embedded; real text, so at least one font at all.
    const QStringList fonts = runTool(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(fonts.size() > 2, qPrintable(fonts.join(QLatin1Char('\n'))));
    for (const QString &line : fonts.mid(2)) {
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(columns.size() >= 6 && columns.at(columns.size() - 5) == QLatin1String("yes"), qPrintable(line));
    }
    runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
}

void TestReportCommand::portfolioReportOnLetterPaper()
{
    const QString pdf = report({QStringLiteral("--paper"), QStringLiteral("letter")}, QStringLiteral("letter.pdf"));
    if (QTest::currentTestFailed())
        return;
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(
                 QRegularExpression(QStringLiteral("Page size:\\s+612(\\.\\d+)? x 792(\\.\\d+)? pts \\(letter\\)"))),
             qPrintable(info));
    runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
}

void TestReportCommand::contentsAndOutlineLinkToTheHeadings()
{
    const QString pdf = report({}, QStringLiteral("portfolio.pdf"));
    if (QTest::currentTestFailed() || tool(QStringLiteral("qpdf")).isEmpty())
        return;
    const QJsonObject json =
        QJsonDocument::fromJson(
            runTool(QStringLiteral("qpdf"), {QStringLiteral("--json"), QStringLiteral("--json-key=outlines"),
                                             QStringLiteral("--json-key=pages"), pdf})
                .toUtf8())
            .object();
    const QJsonArray outlines = json.value(QLatin1String("outlines")).toArray();
    QStringList titles;
    for (const QJsonValue &item : outlines)
        titles << item.toObject().value(QLatin1String("title")).toString();
    QCOMPARE(titles,
             QStringList({QStringLiteral("1  Summary"), QStringLiteral("2  Timeline"), QStringLiteral("3  Agreements"),
                          QStringLiteral("4  Appendix: partners by country")}));
    const QJsonObject agreements = outlines.at(2).toObject();
    const QJsonArray kids = agreements.value(QLatin1String("kids")).toArray();
    QCOMPARE(kids.size(), 6);
    QCOMPARE(kids.at(0).toObject().value(QLatin1String("title")).toString(),
             QStringLiteral("3.1  ATMP, cell and gene therapy: Lund, Skåne and Leiden"));
    // The bookmark lands on the page whose text starts the section.
    const int page = kids.at(4).toObject().value(QLatin1String("destpageposfrom1")).toInt();
    const QString pageText =
        folded(runTool(QStringLiteral("pdftotext"),
                       {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                        QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}));
    QVERIFY2(pageText.contains(QStringLiteral("3.5 Master Service Agreement")), qPrintable(pageText));

    // The contents' entries are links inside the document (no URI actions left in the current objects).
    const QString qdf = m_dir->filePath(QStringLiteral("qdf.pdf"));
    runTool(QStringLiteral("qpdf"), {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), pdf, qdf});
    QFile file(qdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("#pactline-heading"));
    int links = 0;
    const QStringList objects =
        QString::fromLatin1(bytes).replace(QLatin1Char('\n'), QLatin1Char(' ')).split(QStringLiteral("endobj"));
    for (const QString &object : objects) {
        if (!object.contains(QStringLiteral("/Subtype /Link")))
            continue;
        ++links;
        QVERIFY2(object.contains(QStringLiteral("/Dest [")) && !object.contains(QStringLiteral("/URI")),
                 qPrintable(object));
    }
    QVERIFY2(links >= 14, qPrintable(QString::number(links))); // 4 + 6 + 2 entries, some drawn in pieces
}

void TestReportCommand::agreementSummary()
{
    const QString pdf = report({QStringLiteral("--agreement"), QStringLiteral("1")}, QStringLiteral("agreement.pdf"));
    if (QTest::currentTestFailed())
        return;
    const QString text = folded(pdfText(pdf));
    expectInOrder(text,
                  {QStringLiteral("Agreement summary"),
                   QStringLiteral("ATMP, cell and gene therapy: Lund, Skåne and Leiden"),
                   QStringLiteral("Lund University (SE)"), QStringLiteral("Leiden University Medical Center (NL)"),
                   QStringLiteral("Declaration of intent"), QStringLiteral("October 2022"),
                   QStringLiteral("State visit from the Netherlands to Sweden"), QStringLiteral("Parties and roles"),
                   QStringLiteral("Production facility in Lund ready"), QStringLiteral("Q3 2024")});
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!text.contains(QStringLiteral("Cardiology services")));
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Title:\\s+Agreement summary: ATMP"))), qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+[12]\\n"))), qPrintable(info));
    runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
}

void TestReportCommand::progressReportReadsLikeTheNews()
{
    const QString pdf =
        report({QStringLiteral("--kind"), QStringLiteral("progress"), QStringLiteral("--from"),
                QStringLiteral("October 2022"), QStringLiteral("--to"), QStringLiteral("September 2023")},
               QStringLiteral("progress.pdf"));
    if (QTest::currentTestFailed())
        return;
    const QString text = folded(pdfText(pdf));
    expectInOrder(
        text,
        {QStringLiteral("Progress report"), QStringLiteral("October 2022 – September 2023"),
         QStringLiteral("ATMP, cell and gene therapy: Lund, Skåne and Leiden"),
         QStringLiteral("Signed in October 2022 by Lund University, Skåne University Hospital and Leiden "
                        "University Medical Center at “State visit from the Netherlands to Sweden”."),
         QStringLiteral("New milestone: NecstGen production infrastructure in Leiden ready (Leiden), already "
                        "achieved in 2022."),
         QStringLiteral("New milestone: Production facility in Lund ready (Lund), due Q3 2024."),
         QStringLiteral("New milestone: Joint education programme for 30 doctoral students, not yet dated."),
         QStringLiteral("Due Q3 2024: Production facility in Lund ready (Lund)."),
         QStringLiteral("Clinical trials: Uppsala Clinical Research Center and ECRI"),
         QStringLiteral("Achieved on 12 September 2023: Joint articles submitted for publication. Reported at "
                        "the follow-up in Stockholm."),
         QStringLiteral("Early-phase clinical research: CTC and QPS"),
         QStringLiteral("Achieved in September 2023: Master Service Agreement for early-phase multicentre "
                        "studies signed."),
         QStringLiteral("Cardiology services: SCRO and Cardialysis"),
         QStringLiteral("New milestone: Septal-defect closure device tested in humans, not yet dated."),
         QStringLiteral("Master Service Agreement: multicentre early-phase trials, CTC and QPS"),
         QStringLiteral("Signed in September 2023 by CTC and QPS."),
         QStringLiteral("Further declarations of intent signed at the Stockholm follow-up"),
         QStringLiteral("Signed on 12 September 2023 at “Follow-up of the life-science declarations of intent”.")});
    if (QTest::currentTestFailed())
        return;
    // Six agreements signed (four in October 2022, two in September 2023), three milestones achieved.
    QCOMPARE(text.count(QStringLiteral("Signed in ")) + text.count(QStringLiteral("Signed on ")), 6);
    QCOMPARE(text.count(QStringLiteral("Achieved ")), 3);
    QVERIFY(!text.contains(QStringLiteral("Slipped")));
    QVERIFY(!text.contains(QStringLiteral("Overdue (due")));
    // The sample's changes name nobody, and the report names no one for them.
    QVERIFY(!text.contains(QStringLiteral("recorded by")));
}

// Both reports name who made each slip and change of status where the history knows it (an import
// keeps the name), and no one where it does not; in the language of the report.
void TestReportCommand::reportsNameWhoMadeEachChange()
{
    const QString path = m_dir->filePath(QStringLiteral("authors.pactline"));
    {
        auto db = Database::create(path);
        QVERIFY(db);
        Agreement agreement;
        agreement.title = QStringLiteral("Imaging collaboration");
        agreement.kind = AgreementKind::Mou;
        agreement.status = AgreementStatus::Active;
        agreement.meta.createdAt = utc(2026, 1, 5);
        const Agreement stored = storedOrWarn(AgreementRepository(**db).create(agreement));
        const MilestoneRepository milestones(**db);
        const auto milestone = [&](const char *title, const FuzzyDate &due,
                                   MilestoneStatus status = MilestoneStatus::Planned) {
            Milestone m;
            m.agreementId = stored.meta.id;
            m.title = QString::fromUtf8(title);
            m.due = due;
            m.status = status;
            m.meta.createdAt = utc(2026, 1, 5);
            return storedOrWarn(milestones.create(m));
        };
        const auto change = [&](const Milestone &m, const FuzzyDate &from, const FuzzyDate &to, const QDateTime &when,
                                const QString &author) {
            MilestoneChange c;
            c.milestoneId = m.meta.id;
            c.changedAt = when;
            c.oldDue = from;
            c.newDue = to;
            c.author = author;
            QVERIFY(milestones.addChange(c));
        };
        const Milestone scanner = milestone("Scanner installed", FuzzyDate::month(2027, 6));
        change(scanner, FuzzyDate::month(2027, 5), FuzzyDate::month(2027, 6), utc(2027, 3, 3), QStringLiteral("anna"));
        const Milestone protocol = milestone("Shared protocol agreed", FuzzyDate::quarter(2027, 4));
        change(protocol, FuzzyDate::quarter(2027, 3), FuzzyDate::quarter(2027, 4), utc(2027, 3, 10), QString());
        const Milestone site = milestone("Second site opened", FuzzyDate::year(2028), MilestoneStatus::AtRisk);
        MilestoneChange risk;
        risk.milestoneId = site.meta.id;
        risk.changedAt = utc(2027, 3, 20);
        risk.oldDue = site.due;
        risk.newDue = site.due;
        risk.oldStatus = MilestoneStatus::Planned;
        risk.newStatus = MilestoneStatus::AtRisk;
        risk.author = QStringLiteral("björn");
        QVERIFY(milestones.addChange(risk));
    }
    const auto reportOf = [&](const QStringList &arguments, const QString &name) {
        const QString out = m_dir->filePath(name);
        const ProcessResult r =
            runPactline(QStringList{QStringLiteral("report"), path, QStringLiteral("-o"), out} + arguments);
        if (r.exitCode != 0)
            QTest::qFail(qPrintable(r.err), __FILE__, __LINE__);
        return folded(pdfText(out));
    };
    const QStringList progress{QStringLiteral("--kind"),  QStringLiteral("progress"), QStringLiteral("--from"),
                               QStringLiteral("2027-03"), QStringLiteral("--to"),     QStringLiteral("2027-03")};
    const QString news = reportOf(progress, QStringLiteral("progress.pdf"));
    if (QTest::currentTestFailed())
        return;
    expectInOrder(news, {QStringLiteral("Slipped from May 2027 to June 2027 by anna on 3 March 2027: Scanner "
                                        "installed."),
                         QStringLiteral("Slipped from Q3 2027 to Q4 2027: Shared protocol agreed."),
                         QStringLiteral("At risk since 20 March 2027, set by björn: Second site opened.")});
    QVERIFY2(!news.contains(QStringLiteral("Q4 2027 by")), qPrintable(news));

    const QString summary =
        reportOf({QStringLiteral("--agreement"), QStringLiteral("1")}, QStringLiteral("agreement.pdf"));
    if (QTest::currentTestFailed())
        return;
    expectInOrder(summary, {QStringLiteral("Slips"),
                            QStringLiteral("Scanner installed: May 2027 → June 2027, changed by anna on 3 March 2027"),
                            QStringLiteral("Shared protocol agreed: Q3 2027 → Q4 2027, changed on 10 March 2027")});
    QCOMPARE(summary.count(QStringLiteral("changed by")), 1);

#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
    const QByteArray before = qgetenv("LC_ALL");
    qputenv("LC_ALL", "nl_NL.UTF-8");
    const QString dutch = reportOf(progress, QStringLiteral("voortgang.pdf"));
    qputenv("LC_ALL", "sv_SE.UTF-8");
    const QString swedish = reportOf(progress, QStringLiteral("framsteg.pdf"));
    qputenv("LC_ALL", before);
    QVERIFY2(dutch.contains(QStringLiteral("door anna op 3 maart 2027")), qPrintable(dutch));
    QVERIFY2(swedish.contains(QStringLiteral("av anna den 3 mars 2027")), qPrintable(swedish));
#endif
}

void TestReportCommand::progressReportListsExactlyThePeriodsChanges()
{
    // A portfolio whose history has known timestamps, inside and just outside January–March 2024.
    const QString path = m_dir->filePath(QStringLiteral("history.pactline"));
    {
        auto db = Database::create(path);
        QVERIFY(db);
        const auto storedPartner = PartnerRepository(**db).create(
            newPartner(QStringLiteral("Karolinska Institutet"), QStringLiteral("SE"), PartnerKind::University));
        QVERIFY(storedPartner);
        Agreement agreement;
        agreement.title = QStringLiteral("Imaging collaboration");
        agreement.kind = AgreementKind::Mou;
        agreement.status = AgreementStatus::Active;
        agreement.signedOn = FuzzyDate::day(2024, 3, 5);
        agreement.meta.createdAt = utc(2023, 11, 1);
        agreement.parties = {{storedPartner->meta.id, PartyRole::Signatory, FuzzyDate::day(2024, 3, 5)}};
        const auto storedAgreement = AgreementRepository(**db).create(agreement);
        QVERIFY(storedAgreement);
        const MilestoneRepository milestones(**db);
        const auto milestone = [&](const char *title, const QDateTime &created, const FuzzyDate &due,
                                   MilestoneStatus status = MilestoneStatus::Planned) {
            Milestone m;
            m.agreementId = storedAgreement->meta.id;
            m.title = QString::fromUtf8(title);
            m.due = due;
            m.status = status;
            m.meta.createdAt = created;
            auto stored = milestones.create(m);
            if (!stored)
                QTest::qFail(qPrintable(stored.error().message), __FILE__, __LINE__);
            return *stored;
        };
        Milestone scanner = milestone("Scanner installed", utc(2024, 1, 10), FuzzyDate::quarter(2024, 2));
        scanner.due = FuzzyDate::quarter(2024, 3);
        auto updated = milestones.update(scanner, QStringLiteral("permit delay"), utc(2024, 2, 15));
        QVERIFY(updated);
        Milestone later = *updated;
        later.status = MilestoneStatus::AtRisk;
        QVERIFY(milestones.update(later, QStringLiteral("supplier trouble"), utc(2024, 4, 2)));

        Milestone protocol = milestone("Shared protocol agreed", utc(2023, 12, 1), FuzzyDate::month(2024, 2));
        protocol.status = MilestoneStatus::Achieved;
        protocol.achievedOn = FuzzyDate::day(2024, 3, 31);
        QVERIFY(milestones.update(protocol, QStringLiteral("signed by both"), utc(2024, 3, 31, 23, 30)));

        milestone("Second site opened", utc(2024, 4, 1, 0, 0), FuzzyDate::year(2025));

        Milestone workshop = milestone("Joint workshop held", utc(2023, 11, 1), FuzzyDate::month(2023, 12));
        workshop.due = FuzzyDate::year(2026);
        auto moved = milestones.update(workshop, QStringLiteral("venue"), utc(2023, 12, 31, 23, 59));
        QVERIFY(moved);
        Milestone cancelled = *moved;
        cancelled.status = MilestoneStatus::Cancelled;
        QVERIFY(milestones.update(cancelled, QStringLiteral("merged"), utc(2024, 4, 20)));

        milestone("Data platform live", utc(2023, 10, 1), FuzzyDate::quarter(2023, 4));
        milestone("Training programme", utc(2023, 10, 1), FuzzyDate::month(2024, 5));
    }
    const QString out = m_dir->filePath(QStringLiteral("q1.pdf"));
    const ProcessResult r = runPactline(
        {QStringLiteral("report"), path, QStringLiteral("--kind"), QStringLiteral("progress"), QStringLiteral("--from"),
         QStringLiteral("2024-01"), QStringLiteral("--to"), QStringLiteral("Q1 2024"), QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = folded(pdfText(out));
    expectInOrder(text, {QStringLiteral("January 2024 – March 2024"), QStringLiteral("Imaging collaboration"),
                         QStringLiteral("Signed on 5 March 2024 by Karolinska Institutet."),
                         QStringLiteral("New milestone: Scanner installed, due Q3 2024."),
                         QStringLiteral("Achieved on 31 March 2024: Shared protocol agreed, recorded by %1. "
                                        "Signed by both.")
                             .arg(osUserName()),
                         QStringLiteral("Slipped from Q2 2024 to Q3 2024 by %1 on 15 February 2024: Scanner "
                                        "installed. Permit delay.")
                             .arg(osUserName()),
                         QStringLiteral("Overdue (due Q4 2023): Data platform live."),
                         QStringLiteral("Due May 2024: Training programme."),
                         QStringLiteral("Due Q3 2024: Scanner installed.")});
    if (QTest::currentTestFailed())
        return;
    // Outside the period: the April milestone and changes, the slip of 31 December.
    for (const char *absent :
         {"Second site opened", "At risk", "supplier", "Joint workshop held", "Cancelled", "venue"})
        QVERIFY2(!text.contains(QString::fromUtf8(absent), Qt::CaseInsensitive), absent);
    QCOMPARE(text.count(QStringLiteral("Slipped ")), 1);
    QCOMPARE(text.count(QStringLiteral("Achieved ")), 1);
    QCOMPARE(text.count(QStringLiteral("New milestone:")), 1);
}

void TestReportCommand::progressReportDefaultsToTheLastTwelveMonths()
{
    const QString pdf = report({QStringLiteral("--kind"), QStringLiteral("progress")}, QStringLiteral("recent.pdf"));
    if (QTest::currentTestFailed())
        return;
    const QDate today = QDate::currentDate();
    const QString from = FuzzyDate(today.addMonths(-12).addDays(1), FuzzyDate::Precision::Day).toString();
    const QString to = FuzzyDate(today, FuzzyDate::Precision::Day).toString();
    const QString text = folded(pdfText(pdf));
    QVERIFY2(text.contains(QStringLiteral("%1 – %2").arg(from, to)), qPrintable(text.left(400)));
}

void TestReportCommand::datesFollowTheLanguage_data()
{
    QTest::addColumn<QByteArray>("lcAll");
    QTest::addColumn<QString>("quarter");
    QTest::addColumn<QString>("month");
    QTest::newRow("Dutch") << QByteArray("nl_NL.UTF-8") << QStringLiteral("3e kwartaal 2024")
                           << QStringLiteral("oktober 2022");
    QTest::newRow("Swedish") << QByteArray("sv_SE.UTF-8") << QStringLiteral("K3 2024")
                             << QStringLiteral("oktober 2022");
}

void TestReportCommand::datesFollowTheLanguage()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    QSKIP("Windows and macOS take the language from the system's settings, not from LC_ALL");
#endif
    QFETCH(QByteArray, lcAll);
    QFETCH(QString, quarter);
    QFETCH(QString, month);
    const QByteArray before = qgetenv("LC_ALL");
    qputenv("LC_ALL", lcAll);
    const QString pdf = report({QStringLiteral("--agreement"), QStringLiteral("1")}, QStringLiteral("language.pdf"));
    qputenv("LC_ALL", before);
    if (QTest::currentTestFailed())
        return;
    const QString text = folded(pdfText(pdf));
    QVERIFY2(text.contains(quarter), qPrintable(text));
    QVERIFY2(text.contains(month), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Q3 2024")));
}

void TestReportCommand::timelineFiguresShowEveryLane()
{
    // More agreements than one page of the timeline holds: the figure goes on over several pages.
    const QString path = m_dir->filePath(QStringLiteral("lanes.pactline"));
    {
        auto db = Database::create(path);
        QVERIFY(db);
        const AgreementRepository agreements(**db);
        const MilestoneRepository milestones(**db);
        for (int i = 1; i <= 70; ++i) {
            Agreement agreement;
            agreement.title = QStringLiteral("Lane %1").arg(i, 3, 10, QLatin1Char('0'));
            agreement.status = AgreementStatus::Active;
            agreement.signedOn = FuzzyDate::month(2022, 1 + i % 12);
            const auto stored = agreements.create(agreement);
            QVERIFY(stored);
            Milestone milestone;
            milestone.agreementId = stored->meta.id;
            milestone.title = QStringLiteral("Step %1").arg(i);
            milestone.due = FuzzyDate::quarter(2024, 1 + i % 4);
            QVERIFY(milestones.create(milestone));
        }
    }
    const QString pdf = m_dir->filePath(QStringLiteral("lanes.pdf"));
    const ProcessResult r = runPactline({QStringLiteral("report"), path, QStringLiteral("-o"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    const int pages =
        info.mid(info.indexOf(QStringLiteral("Pages:")) + 6).section(QLatin1Char('\n'), 0, 0).trimmed().toInt();
    QString figures;
    int figurePages = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text =
            folded(runTool(QStringLiteral("pdftotext"),
                           {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                            QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}));
        if (text.contains(QStringLiteral("Timeline of the agreements as of"))) {
            figures += text;
            ++figurePages;
        }
    }
    QVERIFY2(figurePages >= 2, qPrintable(QString::number(figurePages)));
    for (int i = 1; i <= 70; ++i)
        QVERIFY2(figures.contains(QStringLiteral("Lane %1").arg(i, 3, 10, QLatin1Char('0'))),
                 qPrintable(QString::number(i)));
}

void TestReportCommand::expectRefused(const QStringList &arguments, int exitCode, const QString &message,
                                      const QString &output)
{
    const QStringList before = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    const ProcessResult r = runPactline(arguments);
    QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(!QFileInfo::exists(output) || QFileInfo(output).isDir(), qPrintable(output));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
}

void TestReportCommand::badInputLeavesNoFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, QStringList arguments, int exitCode, const char *message) {
        QTest::newRow(name) << arguments << exitCode << QString::fromUtf8(message);
    };
    const QString progress = QStringLiteral("--kind=progress");
    row("unknown agreement", {QStringLiteral("--agreement"), QStringLiteral("999")}, 2,
        "There is no agreement with id 999");
    row("agreement id not a number", {QStringLiteral("--agreement"), QStringLiteral("first")}, 2,
        "not an agreement id");
    row("agreement summary without id", {QStringLiteral("--kind"), QStringLiteral("agreement")}, 2, "--agreement ID");
    row("from after to",
        {progress, QStringLiteral("--from"), QStringLiteral("2024"), QStringLiteral("--to"), QStringLiteral("2023-06")},
        2, "--from (2024-01-01) is after --to (2023-06-30)");
    row("unreadable date", {progress, QStringLiteral("--from"), QStringLiteral("next spring")}, 2, "--from:");
    row("dates for a portfolio report", {QStringLiteral("--from"), QStringLiteral("2023")}, 2,
        "--from and --to go with --kind progress");
    row("unknown kind", {QStringLiteral("--kind"), QStringLiteral("summary")}, 2, "Unknown report kind “summary”");
    row("unknown paper", {QStringLiteral("--paper"), QStringLiteral("a5")}, 2, "Unknown paper “a5”");
}

void TestReportCommand::badInputLeavesNoFile()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString out = m_dir->filePath(QStringLiteral("out.pdf"));
    expectRefused(QStringList{QStringLiteral("report"), m_sample, QStringLiteral("-o"), out} + arguments, exitCode,
                  message, out);
}

void TestReportCommand::outputThatIsAFolder()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.pdf")));
    const QString folder = m_dir->filePath(QStringLiteral("folder.pdf"));
    expectRefused({QStringLiteral("report"), m_sample, QStringLiteral("-o"), folder}, 2, QStringLiteral("is a folder"),
                  folder);
    QVERIFY(QDir(folder).isEmpty());

    const QString missingFolder = m_dir->filePath(QStringLiteral("no/such/folder/out.pdf"));
    expectRefused({QStringLiteral("report"), m_sample, QStringLiteral("-o"), missingFolder}, 2,
                  QStringLiteral("does not exist"), missingFolder);

    expectRefused({QStringLiteral("report"), m_sample}, 2, QStringLiteral("-o OUT.pdf"), QString());
    const QString out = m_dir->filePath(QStringLiteral("out.pdf"));
    expectRefused(
        {QStringLiteral("report"), m_dir->filePath(QStringLiteral("nothing.pactline")), QStringLiteral("-o"), out}, 2,
        QStringLiteral("nothing.pactline"), out);
    const QString notes = m_dir->filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(notes, "these are not the portfolios you are looking for\n"));
    expectRefused({QStringLiteral("report"), notes, QStringLiteral("-o"), out}, 2, QStringLiteral("notes.txt"), out);
}

void TestReportCommand::outputInAReadOnlyFolder()
{
    const QString folder = m_dir->filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkdir(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    QFile probe(folder + QStringLiteral("/probe"));
    if (probe.open(QIODevice::WriteOnly)) {
        probe.remove();
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QSKIP("this user can write into read-only folders (root): no unwritable folder to test with");
    }
    const QString out = folder + QStringLiteral("/out.pdf");
    const ProcessResult r = runPactline({QStringLiteral("report"), m_sample, QStringLiteral("-o"), out});
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("Cannot write")), qPrintable(r.err));
    QVERIFY(QDir(folder).isEmpty());
}

void TestReportCommand::failureKeepsAnExistingFile()
{
    const QString out = m_dir->filePath(QStringLiteral("kept.pdf"));
    QVERIFY(writeFile(out, "an earlier report"));
    const QByteArray before = fileChecksum(out);
    const ProcessResult r = runPactline({QStringLiteral("report"), m_sample, QStringLiteral("-o"), out,
                                         QStringLiteral("--agreement"), QStringLiteral("4242")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(fileChecksum(out), before);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("kept*")}), QStringList{QStringLiteral("kept.pdf")});
}

void TestReportCommand::emptyPortfolio()
{
    const QString empty = m_dir->filePath(QStringLiteral("empty.pactline"));
    QCOMPARE(runPactline({QStringLiteral("new"), empty}).exitCode, 0);
    for (const QString &kind : {QStringLiteral("portfolio"), QStringLiteral("progress")}) {
        const QString out = m_dir->filePath(kind + QStringLiteral(".pdf"));
        expectRefused({QStringLiteral("report"), empty, QStringLiteral("--kind"), kind, QStringLiteral("-o"), out}, 1,
                      QStringLiteral("no agreements yet"), out);
    }
}

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
