// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The "report" group: the portfolio report (cover, contents, summary table, timeline figures, a
// section per agreement, partners by country) written as a PDF, end to end: opening the file,
// reading it through the repositories, the layout, the painting and the file written atomically.
// On a generated portfolio of 1,000 agreements with 10,000 milestones, and on one twice as big.
// The scaling ratio is also given in processor time (report.scaling_ratio_cpu): on a machine shared
// with other work the wall-clock ratio measures the neighbours as much as the report.
#include "benchcontext.h"
#include "benchgroup.h"

#include "report/pdfreportwriter.h"
#include "report/reportbuilder.h"
#include "store/agreementrepository.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

namespace {

constexpr int Runs = 3;

const QStringList &words()
{
    static const QStringList list =
        QStringLiteral("collaboration research clinical trial registry data cell gene therapy production facility "
                       "education doctoral programme partner university hospital institute company cardiology "
                       "device study early phase multicentre monitoring design adjudication publication "
                       "infrastructure laboratory patient competence network funding exchange mobility innovation "
                       "health life science manufacturing quality services joint")
            .split(QLatin1Char(' '));
    return list;
}

QString prose(QRandomGenerator &random, int characters)
{
    QString text;
    while (text.size() < characters) {
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += words().at(random.bounded(int(words().size())));
    }
    text[0] = text.at(0).toUpper();
    return text;
}

FuzzyDate randomDate(QRandomGenerator &random)
{
    const QDate day = QDate(2019, 1, 1).addDays(random.bounded(9 * 365));
    static const FuzzyDate::Precision precisions[] = {FuzzyDate::Precision::Day, FuzzyDate::Precision::Month,
                                                      FuzzyDate::Precision::Quarter, FuzzyDate::Precision::Half,
                                                      FuzzyDate::Precision::Year};
    return FuzzyDate(day, precisions[random.bounded(5)]);
}

template<typename E>
E randomValue(QRandomGenerator &random)
{
    const QList<E> values = allValues<E>();
    return values.at(random.bounded(int(values.size())));
}

void check(bool ok, const QString &what)
{
    if (!ok)
        qFatal("pactline-bench: %s", qPrintable(what));
}

// A portfolio of `agreements` agreements with ten milestones each (a fifth of them slipped once),
// 300 partners in twelve countries with one or two contacts each, through the repositories.
QString portfolio(const QString &folder, int agreements)
{
    const QString path = QDir(folder).filePath(QStringLiteral("report-%1.pactline").arg(agreements));
    if (QFile::exists(path))
        return path;
    const QString partial = path + QStringLiteral(".partial");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    {
        auto created = Database::create(partial);
        check(bool(created), QStringLiteral("cannot create %1").arg(partial));
        Database &db = **created;
        QRandomGenerator random(20230912 + agreements);
        static const char *countries[] = {"NL", "SE", "DE", "BE", "DK", "FI", "NO", "FR", "GB", "US", "ES", "IT"};
        const auto written = db.write([&]() -> Result<void> {
            const PartnerRepository partners(db);
            const ContactRepository contacts(db);
            const AgreementRepository agreementRepository(db);
            const MilestoneRepository milestones(db);
            QList<qint64> partnerIds;
            for (int i = 0; i < 300; ++i) {
                Partner partner;
                partner.name = prose(random, 24) + QStringLiteral(" %1").arg(i);
                partner.shortName = QStringLiteral("P%1").arg(i);
                partner.kind = randomValue<PartnerKind>(random);
                partner.country = QLatin1String(countries[random.bounded(12)]);
                partner.city = prose(random, 6);
                auto stored = partners.create(partner);
                if (!stored)
                    return stored.error();
                partnerIds << stored->meta.id;
                for (int c = 0; c < 1 + random.bounded(2); ++c) {
                    Contact contact;
                    contact.partnerId = stored->meta.id;
                    contact.name = QStringLiteral("Contact %1-%2").arg(i).arg(c);
                    contact.role = prose(random, 14);
                    contact.email = QStringLiteral("contact%1.%2@example.org").arg(i).arg(c);
                    if (auto r = contacts.create(contact); !r)
                        return r.error();
                }
            }
            for (int a = 0; a < agreements; ++a) {
                Agreement agreement;
                agreement.title = prose(random, 50);
                agreement.kind = randomValue<AgreementKind>(random);
                agreement.status = randomValue<AgreementStatus>(random);
                agreement.signedOn = randomDate(random);
                agreement.themes = {words().at(random.bounded(int(words().size())))};
                agreement.summary = prose(random, 420);
                agreement.notes = random.bounded(3) == 0 ? prose(random, 200) : QString();
                const int parties = 2 + random.bounded(3);
                for (int p = 0; p < parties; ++p) {
                    const qint64 id = partnerIds.at(random.bounded(int(partnerIds.size())));
                    if (std::none_of(agreement.parties.cbegin(), agreement.parties.cend(),
                                     [id](const AgreementParty &party) { return party.partnerId == id; }))
                        agreement.parties.append(
                            {id, p == parties - 1 ? PartyRole::Partner : PartyRole::Signatory, agreement.signedOn});
                }
                auto stored = agreementRepository.create(agreement);
                if (!stored)
                    return stored.error();
                for (int m = 0; m < 10; ++m) {
                    Milestone milestone;
                    milestone.agreementId = stored->meta.id;
                    milestone.title = prose(random, 45);
                    milestone.due = randomDate(random);
                    milestone.status = randomValue<MilestoneStatus>(random);
                    if (milestone.status == MilestoneStatus::Achieved)
                        milestone.achievedOn = milestone.due;
                    milestone.location = random.bounded(2) == 0 ? prose(random, 8) : QString();
                    milestone.notes = random.bounded(4) == 0 ? prose(random, 90) : QString();
                    auto created = milestones.create(milestone);
                    if (!created)
                        return created.error();
                    if (random.bounded(5) == 0) {
                        Milestone slipped = *created;
                        slipped.due = slipped.due.addUnits(1 + random.bounded(2));
                        if (auto r = milestones.update(slipped, prose(random, 20)); !r)
                            return r.error();
                    }
                }
            }
            return {};
        });
        check(written.ok(), written.ok() ? QString() : written.error().message);
    }
    check(QFile::rename(partial, path), QStringLiteral("cannot rename %1").arg(partial));
    return path;
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

// The medians of `runs` runs of `work`, in wall-clock and in processor time.
Timing medianTiming(int runs, const std::function<void()> &work)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t start = std::clock();
        work();
        cpu.push_back(double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC);
        wall.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall.at(wall.size() / 2), cpu.at(cpu.size() / 2)};
}

// One portfolio report of the file at `path` into `pdf`; returns the number of pages.
int writeReport(const QString &path, const QString &pdf)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    check(bool(db), QStringLiteral("cannot open %1").arg(path));
    ReportOptions options;
    options.today = QDate(2024, 6, 30);
    options.author = QStringLiteral("pactline-bench");
    auto document = ReportBuilder::build(**db, options);
    check(bool(document), document ? QString() : document.error().message);
    auto pages = PdfReportWriter::write(*document, options.pageSize, pdf);
    check(bool(pages), pages ? QString() : pages.error().message);
    // The file holds the pages the writer counted, and an agreement takes at least a page.
    QFile written(pdf);
    check(written.open(QIODevice::ReadOnly), QStringLiteral("cannot read %1").arg(pdf));
    const QByteArray bytes = written.readAll();
    const int pageObjects = int(bytes.count("/Type /Page\n"));
    check(pageObjects == *pages,
          QStringLiteral("%1 holds %2 pages, the writer says %3").arg(pdf).arg(pageObjects).arg(*pages));
    const auto agreements = AgreementRepository(**db).count();
    check(agreements && *pages >= *agreements,
          QStringLiteral("%1 pages for %2 agreements").arg(*pages).arg(agreements ? *agreements : -1));
    return *pages;
}

} // namespace

static BenchGroup::Registrar registrar("report", [](BenchContext &context) {
    const QString pdf = QDir(context.workDir()).filePath(QStringLiteral("report-bench.pdf"));
    const QString small = portfolio(context.workDir(), 1000);
    int pages = 0;
    const Timing once = medianTiming(Runs, [&] { pages = writeReport(small, pdf); });
    QTextStream(stderr) << "pactline-bench: portfolio report of 1,000 agreements: " << pages << " pages, "
                        << QFileInfo(pdf).size() / 1024 << " KiB, " << once.cpuMs / 1000 << " s of processor time\n";
    BenchContext::report(QStringLiteral("report.portfolio_1k_s"), once.wallMs / 1000, QStringLiteral("s"));
    BenchContext::report(QStringLiteral("report.peak_rss_mb"), BenchContext::peakResidentMiB(), QStringLiteral("MB"));

    const QString large = portfolio(context.workDir(), 2000);
    const Timing twice = medianTiming(Runs, [&] { pages = writeReport(large, pdf); });
    QTextStream(stderr) << "pactline-bench: portfolio report of 2,000 agreements: " << pages << " pages, "
                        << QFileInfo(pdf).size() / 1024 << " KiB, " << twice.wallMs / 1000 << " s, "
                        << twice.cpuMs / 1000 << " s of processor time\n";
    BenchContext::report(QStringLiteral("report.scaling_ratio"), twice.wallMs / once.wallMs, QStringLiteral("x"));
    BenchContext::report(QStringLiteral("report.scaling_ratio_cpu"), twice.cpuMs / once.cpuMs, QStringLiteral("x"));
    QFile::remove(pdf);
});
