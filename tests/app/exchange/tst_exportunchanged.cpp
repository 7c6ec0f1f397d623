// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON export stays byte for byte what it was when the store, the entity specs and the emitter
// were refactored: the sample portfolio and a generated one of 10,000 agreements, each exported from a
// file whose times are set to one instant, have the SHA-256 recorded here. A change of the format
// changes these on purpose, and says so in its commit.
#include "domain/enums.h"
#include "exchange/portfoliojson.h"
#include "store/database.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

namespace {

template<typename E>
E pick(QRandomGenerator &random)
{
    const QList<E> values = allValues<E>();
    return values.at(int(random.bounded(int(values.size()))));
}

FuzzyDate dateOf(QRandomGenerator &random)
{
    const int year = 2015 + int(random.bounded(15));
    switch (random.bounded(4)) {
    case 0:
        return FuzzyDate::year(year);
    case 1:
        return FuzzyDate::quarter(year, 1 + int(random.bounded(4)));
    case 2:
        return FuzzyDate::month(year, 1 + int(random.bounded(12)));
    default:
        return FuzzyDate::day(year, 1 + int(random.bounded(12)), 1 + int(random.bounded(28)));
    }
}

QString wordsOf(QRandomGenerator &random, int count)
{
    static const QStringList words{QStringLiteral("clinical"),  QStringLiteral("Skåne"),
                                   QStringLiteral("samarbete"), QStringLiteral("onderzoek"),
                                   QStringLiteral("trial"),     QStringLiteral("\"quoted\""),
                                   QStringLiteral("data"),      QStringLiteral("line\nbreak"),
                                   QStringLiteral("Ω"),         QStringLiteral("zorg")};
    QStringList text;
    for (int i = 0; i < count; ++i)
        text << words.at(int(random.bounded(int(words.size()))));
    return text.join(QLatin1Char(' '));
}

// 300 partners with two contacts each, 100 events, 2,000 agreements with two or three parties,
// themes and three milestones, from a fixed seed.
PortfolioData generated()
{
    QRandomGenerator random(20261207);
    static const QStringList countries{QStringLiteral("NL"), QStringLiteral("SE"), QStringLiteral("DE"),
                                       QStringLiteral("BE"), QStringLiteral("")};
    PortfolioData data;
    for (qint64 id = 1; id <= 300; ++id) {
        Partner p;
        p.meta.id = id;
        p.name = QStringLiteral("Partner %1 %2").arg(id).arg(wordsOf(random, 2));
        p.shortName = id % 3 ? QStringLiteral("P%1").arg(id) : QString();
        p.kind = pick<PartnerKind>(random);
        p.country = countries.at(int(random.bounded(int(countries.size()))));
        p.city = wordsOf(random, 1);
        p.notes = id % 4 ? QString() : wordsOf(random, 5);
        data.partners << p;
        for (int k = 0; k < 2; ++k) {
            Contact c;
            c.meta.id = 2 * id - 1 + k;
            c.partnerId = id;
            c.name = QStringLiteral("Person %1").arg(c.meta.id);
            c.email = QStringLiteral("person%1@example.org").arg(c.meta.id);
            c.role = wordsOf(random, 1);
            data.contacts << c;
        }
    }
    for (qint64 id = 1; id <= 100; ++id) {
        Event e;
        e.meta.id = id;
        e.title = QStringLiteral("Event %1 %2").arg(id).arg(wordsOf(random, 2));
        e.date = dateOf(random);
        e.place = wordsOf(random, 1);
        e.partnerIds = {1 + qint64(random.bounded(300))};
        e.contactIds = {1 + qint64(random.bounded(600))};
        data.events << e;
    }
    static const QStringList themes{QStringLiteral("Oncology"), QStringLiteral("Diagnostics"),
                                    QStringLiteral("Life science"), QStringLiteral("Education")};
    qint64 milestoneId = 0;
    for (qint64 id = 1; id <= 2000; ++id) {
        Agreement a;
        a.meta.id = id;
        a.title = QStringLiteral("Agreement %1 %2").arg(id).arg(wordsOf(random, 3));
        a.kind = pick<AgreementKind>(random);
        a.status = pick<AgreementStatus>(random);
        a.signedOn = dateOf(random);
        a.startsOn = a.signedOn;
        a.endsOn = id % 2 ? FuzzyDate::year(2031) : FuzzyDate();
        a.signingEventId = id % 7 ? 0 : 1 + qint64(random.bounded(100));
        a.predecessorId = id > 1 && id % 5 == 0 ? id - 1 : 0;
        a.themes = {themes.at(int(id % themes.size()))};
        a.summary = wordsOf(random, 20);
        const qint64 first = 1 + qint64(random.bounded(298));
        for (qint64 partner : {first, first + 1, first + 2}) {
            if (partner == first + 2 && id % 2)
                continue;
            a.parties << AgreementParty{partner, pick<PartyRole>(random), dateOf(random)};
        }
        data.agreements << a;
        for (int k = 0; k < 3; ++k) {
            Milestone m;
            m.meta.id = ++milestoneId;
            m.agreementId = id;
            m.title = QStringLiteral("Milestone %1").arg(milestoneId);
            m.due = dateOf(random);
            m.status = pick<MilestoneStatus>(random);
            m.location = k ? QString() : wordsOf(random, 1);
            data.milestones << PortfolioData::MilestoneEntry{m, {}};
        }
    }
    return data;
}

// Every time in the file set to one instant, so that the export depends on the data alone.
void fixTimes(Database &db)
{
    QSqlQuery query(db.connection());
    for (const QString &table : Database::allTables()) {
        const QString set = table == QLatin1String("milestone_change")
                                ? QStringLiteral("UPDATE %1 SET changed_at = '2026-01-02T03:04:05.000Z'")
                                : QStringLiteral("UPDATE %1 SET created_at = '2026-01-02T03:04:05.000Z', "
                                                 "updated_at = '2026-01-02T03:04:05.000Z'");
        QVERIFY2(query.exec(set.arg(table)), qPrintable(table));
    }
}

QByteArray exportedHash(Database &db)
{
    const Result<PortfolioData> loaded = PortfolioJson::load(db);
    if (!loaded)
        return loaded.error().message.toUtf8();
    return QCryptographicHash::hash(PortfolioJson::write(*loaded), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestExportUnchanged : public QObject
{
    Q_OBJECT

private slots:
    void sampleExportIsUnchanged();
    void generatedExportIsUnchanged();
};

void TestExportUnchanged::sampleExportIsUnchanged()
{
    QTemporaryDir dir;
    const QString path = createSamplePortfolio(dir);
    auto db = Database::open(path);
    QVERIFY(db);
    fixTimes(**db);
    QCOMPARE(exportedHash(**db), QByteArray("327e168ffb9bfeaf8db4f8fa1fb9414b5701c364dfd48bbd4b6752f5869f6697"));
}

void TestExportUnchanged::generatedExportIsUnchanged()
{
    QTemporaryDir dir;
    auto db = Database::create(dir.filePath(QStringLiteral("generated.pactline")));
    QVERIFY(db);
    const PortfolioData data = generated();
    QVERIFY2(PortfolioJson::problems(data).isEmpty(),
             qPrintable(PortfolioJson::problems(data).join(QLatin1Char('\n'))));
    const Result<void> imported = PortfolioJson::importInto(**db, data);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    fixTimes(**db);
    QCOMPARE(exportedHash(**db), QByteArray("73a7b6cdc8cf6e9b135d8f9bdfede3218056342a358fc70b73b36bb51dc029a8"));
}

QTEST_GUILESS_MAIN(TestExportUnchanged)
#include "tst_exportunchanged.moc"
