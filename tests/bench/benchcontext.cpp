// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchcontext.h"

#include "domain/enums.h"
#include "domain/fuzzydate.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/rowcodec.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

constexpr int Partners = 100000;
constexpr int Agreements = 100000;
constexpr int MilestonesPerAgreement = 10;

const QStringList &words()
{
    static const QStringList list =
        QStringLiteral(
            "collaboration research clinical trial registry data cell gene therapy production facility education "
            "doctoral programme partner university hospital institute company cardiology device study early phase "
            "multicentre monitoring design adjudication publication infrastructure laboratory patient competence "
            "network funding exchange mobility innovation health life science manufacturing quality services joint "
            "declaration intent memorandum understanding agreement milestone review visit residence strategy")
            .split(QLatin1Char(' '));
    return list;
}

QString prose(QRandomGenerator &random, int characters)
{
    QString text;
    text.reserve(characters + 16);
    while (text.size() < characters) {
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += words().at(random.bounded(int(words().size())));
    }
    return text;
}

FuzzyDate randomDate(QRandomGenerator &random)
{
    const QDate day = QDate(2015, 1, 1).addDays(random.bounded(20 * 365));
    static const FuzzyDate::Precision precisions[] = {FuzzyDate::Precision::Day, FuzzyDate::Precision::Month,
                                                      FuzzyDate::Precision::Quarter, FuzzyDate::Precision::Half,
                                                      FuzzyDate::Precision::Year};
    return FuzzyDate(day, precisions[random.bounded(5)]);
}

template<typename E>
QString randomCode(QRandomGenerator &random)
{
    const QList<E> values = allValues<E>();
    return codeOf(values.at(random.bounded(int(values.size()))));
}

// An agreement's summary: prose, with the rare word planted in the agreements that should have it.
QString summary(QRandomGenerator &random, qint64 id)
{
    const QString text = prose(random, 1400);
    return BenchContext::rareWordAgreements().contains(id) ? text + QLatin1Char(' ') + BenchContext::rareWord() : text;
}

bool run(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return query.exec();
}

bool generate(const QString &path)
{
    auto created = Database::create(path);
    if (!created)
        return false;
    Database &db = **created;
    QRandomGenerator random(20221012);
    const QString now = RowCodec::timestamp(QDateTime(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC));
    static const char *countries[] = {"NL", "SE", "DE", "BE", "DK", "FI", "NO", "FR", "GB", "US"};
    static const char *themes[] = {
        "ATMP",      "Cell and gene therapy", "Clinical trials", "Cardiology",     "Registry data",
        "Education", "Medical devices",       "Oncology",        "Digital health", "Manufacturing"};

    const Result<void> done = db.write([&]() -> Result<void> {
        const auto fail = [](const QSqlQuery &q) -> Result<void> { return Database::sqlError(q); };
        QSqlQuery partner = db.prepare(QStringLiteral(
            "INSERT INTO partner (id, name, short_name, kind, country, city, website, notes, created_at, updated_at, "
            "version) VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?, 1)"));
        for (int i = 1; i <= Partners; ++i)
            if (!run(partner,
                     {i, QStringLiteral("Partner %1 %2").arg(prose(random, 12)).arg(i), QStringLiteral("P%1").arg(i),
                      randomCode<PartnerKind>(random), QString::fromLatin1(countries[random.bounded(10)]),
                      prose(random, 8), prose(random, 60), now, now}))
                return fail(partner);
        QSqlQuery theme = db.prepare(
            QStringLiteral("INSERT INTO theme (id, name, created_at, updated_at, version) VALUES (?, ?, ?, ?, 1)"));
        for (int i = 0; i < 10; ++i)
            if (!run(theme, {i + 1, QString::fromLatin1(themes[i]), now, now}))
                return fail(theme);

        QSqlQuery agreement = db.prepare(QStringLiteral(
            "INSERT INTO agreement (id, title, kind, status, signed_on, signed_first, starts_on, starts_first, "
            "ends_on, ends_last, summary, notes, created_at, updated_at, version) "
            "VALUES (?, ?, ?, ?, ?, ?, '', NULL, '', NULL, ?, ?, ?, ?, 1)"));
        QSqlQuery party = db.prepare(QStringLiteral(
            "INSERT INTO agreement_party (agreement_id, partner_id, role, signed_on, signed_first, position, "
            "created_at, updated_at, version) VALUES (?, ?, 'signatory', ?, ?, ?, ?, ?, 1)"));
        QSqlQuery agreementTheme = db.prepare(QStringLiteral(
            "INSERT INTO agreement_theme (agreement_id, theme_id, position, created_at, updated_at, version) "
            "VALUES (?, ?, 0, ?, ?, 1)"));
        QSqlQuery milestone = db.prepare(
            QStringLiteral("INSERT INTO milestone (agreement_id, title, due, due_first, due_last, status, achieved_on, "
                           "achieved_first, location, notes, created_at, updated_at, version) "
                           "VALUES (?, ?, ?, ?, ?, ?, '', NULL, ?, ?, ?, ?, 1)"));
        for (int i = 1; i <= Agreements; ++i) {
            const FuzzyDate signedOn = randomDate(random);
            if (!run(agreement,
                     {i, QStringLiteral("Agreement %1 on %2").arg(i).arg(prose(random, 30)),
                      randomCode<AgreementKind>(random), randomCode<AgreementStatus>(random), signedOn.code(),
                      RowCodec::dateFirst(signedOn), summary(random, i), prose(random, 600), now, now}))
                return fail(agreement);
            const int first = 1 + random.bounded(Partners);
            const int second = 1 + (first % Partners);
            for (int p : {first, second})
                if (!run(party, {i, p, signedOn.code(), RowCodec::dateFirst(signedOn), p == first ? 0 : 1, now, now}))
                    return fail(party);
            if (!run(agreementTheme, {i, 1 + random.bounded(10), now, now}))
                return fail(agreementTheme);
            for (int m = 0; m < MilestonesPerAgreement; ++m) {
                const FuzzyDate due = randomDate(random);
                if (!run(milestone,
                         {i, QStringLiteral("Milestone %1.%2 %3").arg(i).arg(m).arg(prose(random, 24)), due.code(),
                          RowCodec::dateFirst(due), RowCodec::dateLast(due), randomCode<MilestoneStatus>(random),
                          prose(random, 8), prose(random, 40), now, now}))
                    return fail(milestone);
            }
        }
        return {};
    });
    if (!done) {
        QTextStream(stderr) << "pactline-bench: generating failed: " << done.error().message << "\n";
        return false;
    }
    QSqlQuery(db.connection()).exec(QStringLiteral("ANALYZE"));
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

} // namespace

QString BenchContext::bigPortfolio()
{
    const QString path = QDir(m_workDir).filePath(
        QStringLiteral("big-v%1-%2.pactline").arg(Migrations::currentVersion()).arg(rareWord()));
    if (QFile::exists(path))
        return path;
    const QString partial = path + QStringLiteral(".partial");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    QElapsedTimer timer;
    timer.start();
    if (!generate(partial))
        qFatal("pactline-bench: could not generate the big portfolio");
    report(QStringLiteral("bench.generate_big_s"), timer.elapsed() / 1000.0, QStringLiteral("s"));
    QFile::rename(partial, path);
    return path;
}

QString BenchContext::rareWord()
{
    return QStringLiteral("quillwort");
}

QList<qint64> BenchContext::rareWordAgreements()
{
    return {7, 20007, 40007, 60007, 80007};
}

void BenchContext::report(const QString &name, double value, const QString &unit)
{
    QTextStream out(stdout);
    out << "BENCH " << name << ' ' << QString::number(value, 'f', value < 10 ? 3 : 1) << ' ' << unit << Qt::endl;
}

double BenchContext::medianMs(int runs, const std::function<void()> &work, const std::function<void()> &setup)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        if (setup)
            setup();
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.empty() ? 0.0 : times.at(times.size() / 2);
}

namespace {

double procStatusMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

} // namespace

double BenchContext::residentMiB()
{
    return procStatusMiB("VmRSS:");
}

double BenchContext::peakResidentMiB()
{
    return procStatusMiB("VmHWM:");
}
