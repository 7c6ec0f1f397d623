// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A portfolio on a server comes with two roles, <database>_editor and <database>_reader. A colleague
// given the editor's role (the README's lines, typed here through psql) edits; one given the reader's
// role sees the portfolio read-only, and the server itself refuses their writes.
#include "pgserver.h"
#include "store/database.h"
#include "store/partnerrepository.h"
#include "store/postgresdialect.h"
#include "store/serveraddress.h"
#include "store/trashrepository.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestServerRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { PG_SERVER_OR_SKIP(TestBackend::server()); }

    void editorsEditAndReadersOnlyRead()
    {
        const QString url = TestBackend::newServerDatabase(QStringLiteral("roles"));
        ServerAddress address = *ServerAddress::parse(url);
        {
            auto owner = Database::create(url);
            QVERIFY2(owner, owner ? "" : qPrintable(owner.error().message));
            QVERIFY(PartnerRepository(**owner).create(TestSupport::newPartner(QStringLiteral("Philips"))));
        }
        // What an administrator types to add a colleague of either kind (README).
        const QString db = address.database;
        QString output;
        QVERIFY2(TestBackend::server().psql(
                     db,
                     QStringLiteral("CREATE ROLE anna LOGIN PASSWORD 'anna-secret'; GRANT %1 TO anna; "
                                    "CREATE ROLE bert LOGIN PASSWORD 'bert-secret'; GRANT %2 TO bert;")
                         .arg(PostgresDialect::editorRole(db), PostgresDialect::readerRole(db)),
                     &output),
                 qPrintable(output));

        address.user = QStringLiteral("anna");
        address.password = QStringLiteral("anna-secret");
        {
            auto anna = Database::open(address);
            QVERIFY2(anna, anna ? "" : qPrintable(anna.error().message));
            QVERIFY(!(*anna)->isReadOnly());
            const Result<Partner> created =
                PartnerRepository(**anna).create(TestSupport::newPartner(QStringLiteral("Karolinska")));
            QVERIFY2(created, created ? "" : qPrintable(created.error().message));
            Partner renamed = *created;
            renamed.name = QStringLiteral("Karolinska Institutet");
            QVERIFY(PartnerRepository(**anna).update(renamed));
            // The history names the database user who made each change.
            QSqlQuery who((*anna)->connection());
            QVERIFY(who.exec(QStringLiteral("SELECT DISTINCT changed_by FROM history WHERE record_table = 'partner' "
                                            "AND record_id = %1")
                                 .arg(created->meta.id)));
            QVERIFY(who.next());
            QCOMPARE(who.value(0).toString(), QStringLiteral("anna"));
            QVERIFY(!who.next());
            // An editor deletes and restores: the row comes back with its own id.
            const TrashRepository trash(**anna);
            const Result<qint64> trashed = trash.moveToTrash(QStringLiteral("partner"), {created->meta.id});
            QVERIFY2(trashed, trashed ? "" : qPrintable(trashed.error().message));
            const Result<void> restored = trash.restore(*trashed);
            QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
            QVERIFY(PartnerRepository(**anna).get(created->meta.id));
        }

        address.user = QStringLiteral("bert");
        address.password = QStringLiteral("bert-secret");
        auto bert = Database::open(address);
        QVERIFY2(bert, bert ? "" : qPrintable(bert.error().message));
        QVERIFY((*bert)->isReadOnly());
        const Result<QList<Partner>> seen = PartnerRepository(**bert).list();
        QVERIFY(seen);
        QCOMPARE(seen->size(), 2);
        QVERIFY(!PartnerRepository(**bert).create(TestSupport::newPartner(QStringLiteral("Refused"))));
        // Not only the client: the server refuses a reader's write however it comes.
        QSqlQuery sneak((*bert)->connection());
        QVERIFY(!sneak.exec(QStringLiteral("UPDATE partner SET name = 'Overwritten'")));
        QVERIFY2(sneak.lastError().databaseText().contains(QStringLiteral("permission denied")),
                 qPrintable(sneak.lastError().databaseText()));
        QVERIFY(!sneak.exec(QStringLiteral("DELETE FROM partner")));
    }
};

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
