// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// pactline copy between a file and a PostgreSQL server, both ways, and pactline backup of a server's
// portfolio: the JSON export of the file, of the server and of the file copied back are the same
// byte for byte, and the server's ids go on past the copied ones.
#include "pgserver.h"
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/partnerrepository.h"
#include "store/schemacheck.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray jsonExportOf(const QString &location, const QTemporaryDir &dir, const QString &name)
{
    const QString out = dir.filePath(name);
    const TestSupport::ProcessResult exported =
        TestSupport::runPactline({QStringLiteral("export"), location, QStringLiteral("--format"),
                                  QStringLiteral("json"), QStringLiteral("-o"), out});
    if (exported.exitCode != 0) {
        qWarning("%s", qPrintable(exported.err));
        return {};
    }
    QFile file(out);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The references of the portfolio at `location`, each with its definition.
QStringList referencesOf(const QString &location)
{
    auto db = Database::open(location, Database::Mode::ReadOnly);
    if (!db)
        return {db.error().message};
    QSqlQuery query((*db)->connection());
    QStringList references;
    if (!query.exec(QStringLiteral("SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) "
                                   "FROM pg_constraint WHERE contype = 'f' ORDER BY 1")))
        return {query.lastError().text()};
    while (query.next())
        references << query.value(0).toString();
    return references;
}

} // namespace

class TestServerCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { PG_SERVER_OR_SKIP(TestBackend::server()); }

    void fileToServerToFileIsLossless()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("sample.pactline"));
        QCOMPARE(TestSupport::runPactline({QStringLiteral("new"), file, QStringLiteral("--sample")}).exitCode, 0);
        const QString server = TestBackend::newServerDatabase(QStringLiteral("copied"));
        QVERIFY(!server.isEmpty());

        const TestSupport::ProcessResult up = TestSupport::runPactline({QStringLiteral("copy"), file, server});
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        const QString back = dir.filePath(QStringLiteral("back.pactline"));
        const TestSupport::ProcessResult down = TestSupport::runPactline({QStringLiteral("copy"), server, back});
        QVERIFY2(down.exitCode == 0, qPrintable(down.err));
        const QString backup = dir.filePath(QStringLiteral("backup.pactline"));
        const TestSupport::ProcessResult backedUp =
            TestSupport::runPactline({QStringLiteral("backup"), server, QStringLiteral("-o"), backup});
        QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));

        const QByteArray original = jsonExportOf(file, dir, QStringLiteral("file.json"));
        QVERIFY(original.size() > 1000);
        QCOMPARE(jsonExportOf(server, dir, QStringLiteral("server.json")), original);
        QCOMPARE(jsonExportOf(back, dir, QStringLiteral("back.json")), original);
        QCOMPARE(jsonExportOf(backup, dir, QStringLiteral("backup.json")), original);

        // The copy set the references aside while it loaded: they are back as `new` makes them, and hold.
        const QString made = TestBackend::newServerDatabase(QStringLiteral("made"));
        QCOMPARE(TestSupport::runPactline({QStringLiteral("new"), made}).exitCode, 0);
        QVERIFY(referencesOf(made).size() > 5);
        QCOMPARE(referencesOf(server), referencesOf(made));
        auto db = Database::open(server);
        QVERIFY(db);
        QCOMPARE(SchemaCheck::differences((*db)->connection(), (*db)->schemaVersion()), QStringList());
        QSqlQuery broken((*db)->connection());
        QVERIFY(!broken.exec(
            QStringLiteral("UPDATE milestone SET agreement_id = 999999 WHERE id = (SELECT min(id) FROM milestone)")));

        // The server's next partner gets the id after the copied ones.
        QSqlQuery largest((*db)->connection());
        QVERIFY(largest.exec(QStringLiteral("SELECT MAX(id) FROM partner")) && largest.next());
        const Result<Partner> added =
            PartnerRepository(**db).create(TestSupport::newPartner(QStringLiteral("Added after the copy")));
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(added->meta.id, largest.value(0).toLongLong() + 1);

        // An empty portfolio on a server (made by `new`, or left by a copy that failed) takes a copy.
        const QString empty = TestBackend::newServerDatabase(QStringLiteral("emptyfirst"));
        QCOMPARE(TestSupport::runPactline({QStringLiteral("new"), empty}).exitCode, 0);
        const TestSupport::ProcessResult intoEmpty = TestSupport::runPactline({QStringLiteral("copy"), file, empty});
        QVERIFY2(intoEmpty.exitCode == 0, qPrintable(intoEmpty.err));
        QCOMPARE(jsonExportOf(empty, dir, QStringLiteral("empty.json")), original);

        // A server that holds a portfolio with rows is refused, and left as it was.
        const TestSupport::ProcessResult again = TestSupport::runPactline({QStringLiteral("copy"), file, server});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(!again.err.isEmpty(), qPrintable(again.out));
    }

    // An agreement whose predecessor was written after it, and one signed at an event written after
    // it: the copy writes rows in the order of their ids, so those references point forward until
    // the later rows are in. The server checks them at the commit, as a file does.
    void referencesToRowsWrittenLaterAreCopied()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("forward.pactline"));
        {
            auto db = Database::create(file);
            QVERIFY(db);
            const AgreementRepository agreements(**db);
            Agreement first;
            first.title = QStringLiteral("Written first");
            first = agreements.create(first).value();
            // Far enough on that the copy writes it in a later statement.
            Agreement later;
            for (int i = 0; i < 300; ++i) {
                later = Agreement();
                later.title = QStringLiteral("Written later %1").arg(i);
                later = agreements.create(later).value();
            }
            Event signing;
            signing.title = QStringLiteral("Signed at an event written later");
            signing.date = FuzzyDate::day(2024, 5, 2);
            signing = EventRepository(**db).create(signing).value();
            first.predecessorId = later.meta.id;
            first.signingEventId = signing.meta.id;
            QVERIFY(agreements.update(first));
        }
        const QString server = TestBackend::newServerDatabase(QStringLiteral("forward"));
        QVERIFY(!server.isEmpty());
        const TestSupport::ProcessResult up = TestSupport::runPactline({QStringLiteral("copy"), file, server});
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        QCOMPARE(jsonExportOf(server, dir, QStringLiteral("server.json")),
                 jsonExportOf(file, dir, QStringLiteral("file.json")));
    }
};

QTEST_GUILESS_MAIN(TestServerCopy)
#include "tst_servercopy.moc"
