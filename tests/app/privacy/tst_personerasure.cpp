// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/personaldata.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/partnerrepository.h"
#include "store/personerasure.h"
#include "store/portfoliocheck.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The right of access and the right to erasure for one contact: what the export holds, what an
// erasure removes and leaves, and that the erased person is gone from the file's bytes.
class TestPersonErasure : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportHoldsEverythingAboutThePerson();
    void eraseRemovesThePersonOnly();
    void eraseRefusesAStaleVersionUntouched();
    void eraseRefusesReadOnly();
    void erasedBytesAreGoneFromFileAndLog();
    void pagesFreedBeforeSecureDeleteAreRewritten();
    void copiesAreListed();
    void commandLineFindsExportsAndErases();

private:
    // The file's and its write-ahead log's bytes, lower-cased (the search index keeps words so).
    QByteArray fileBytes() const;
    qint64 countOf(const QString &sql) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    Contact m_person;
    Contact m_colleague;
    Event m_event;
};

static const QString PersonName = QStringLiteral("Ingrid Zyxwåberg");
static const QString PersonEmail = QStringLiteral("ingrid.qwertyson@example.se");

void TestPersonErasure::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("privacy.pactline"));
    auto db = Database::create(m_path);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);

    Partner partner;
    partner.name = QStringLiteral("Karolinska Institutet");
    partner.kind = PartnerKind::University;
    partner.country = QStringLiteral("SE");
    partner.notes = QStringLiteral("Our contact there is %1.").arg(PersonName);
    auto storedPartner = PartnerRepository(*m_db).create(partner);
    QVERIFY(storedPartner);

    const ContactRepository contacts(*m_db);
    Contact person;
    person.partnerId = storedPartner->meta.id;
    person.name = PersonName;
    person.role = QStringLiteral("Grants officer");
    person.email = PersonEmail;
    person.phone = QStringLiteral("+46 8 524 800 00");
    person.notes = QStringLiteral("Prefers e-mail.");
    auto storedPerson = contacts.create(person);
    QVERIFY(storedPerson);
    // Two edits, so that older versions of the row were written and freed.
    storedPerson->notes = QStringLiteral("Prefers e-mail; on leave in July.");
    storedPerson = contacts.update(*storedPerson);
    QVERIFY(storedPerson);
    storedPerson->role = QStringLiteral("Senior grants officer");
    storedPerson = contacts.update(*storedPerson);
    QVERIFY(storedPerson);
    m_person = *storedPerson;

    Contact colleague;
    colleague.partnerId = storedPartner->meta.id;
    colleague.name = QStringLiteral("Lars Berg");
    auto storedColleague = contacts.create(colleague);
    QVERIFY(storedColleague);
    m_colleague = *storedColleague;

    Event event;
    event.title = QStringLiteral("Kick-off in Solna");
    event.date = FuzzyDate::fromCode(QStringLiteral("2024-03-12"));
    event.place = QStringLiteral("Solna");
    event.partnerIds = {storedPartner->meta.id};
    event.contactIds = {m_person.meta.id, m_colleague.meta.id};
    auto storedEvent = EventRepository(*m_db).create(event);
    QVERIFY(storedEvent);
    m_event = *storedEvent;
}

void TestPersonErasure::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QByteArray TestPersonErasure::fileBytes() const
{
    QByteArray bytes;
    for (const QString &path : QStringList{m_path, m_path + QStringLiteral("-wal")}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes.toLower();
}

qint64 TestPersonErasure::countOf(const QString &sql) const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestPersonErasure::exportHoldsEverythingAboutThePerson()
{
    const Result<QByteArray> json = PersonalData::exportJson(*m_db, m_person.meta.id);
    QVERIFY2(json, qPrintable(json ? QString() : json.error().message));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(*json, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("pactline-personal-data"));
    const QJsonObject person = root.value(QLatin1String("person")).toObject();
    QCOMPARE(person.value(QLatin1String("name")).toString(), PersonName);
    QCOMPARE(person.value(QLatin1String("email")).toString(), PersonEmail);
    QCOMPARE(person.value(QLatin1String("role")).toString(), QStringLiteral("Senior grants officer"));
    QCOMPARE(person.value(QLatin1String("notes")).toString(), QStringLiteral("Prefers e-mail; on leave in July."));
    QCOMPARE(person.value(QLatin1String("version")).toInt(), 3);
    QCOMPARE(person.value(QLatin1String("organisation")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Karolinska Institutet"));
    const QJsonArray events = root.value(QLatin1String("events")).toArray();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).toObject().value(QLatin1String("title")).toString(), QStringLiteral("Kick-off in Solna"));
    QCOMPARE(events.at(0).toObject().value(QLatin1String("date")).toString(), QStringLiteral("2024-03-12"));
    // The partner's notes name the person; the colleague's record does not.
    const QJsonArray mentions = root.value(QLatin1String("mentionedIn")).toArray();
    QCOMPARE(mentions.size(), 1);
    QCOMPARE(mentions.at(0).toObject().value(QLatin1String("record")).toString(), QStringLiteral("partner"));
    QCOMPARE(mentions.at(0).toObject().value(QLatin1String("label")).toString(),
             QStringLiteral("Karolinska Institutet"));

    // Their record's recorded changes (created, then two edits), newest first, with old and new values.
    const QJsonArray history = root.value(QLatin1String("history")).toArray();
    QCOMPARE(history.size(), 3);
    const QJsonObject roleChange = history.at(0).toObject();
    QCOMPARE(roleChange.value(QLatin1String("record")).toString(), QStringLiteral("contact"));
    QCOMPARE(roleChange.value(QLatin1String("action")).toString(), QStringLiteral("update"));
    QCOMPARE(roleChange.value(QLatin1String("changes")).toObject().value(QLatin1String("role")).toArray(),
             (QJsonArray{QStringLiteral("Grants officer"), QStringLiteral("Senior grants officer")}));
    QCOMPARE(history.at(2).toObject().value(QLatin1String("action")).toString(), QStringLiteral("create"));

    QVERIFY(!PersonalData::exportJson(*m_db, 999999));
}

void TestPersonErasure::eraseRemovesThePersonOnly()
{
    const Result<PersonErasure::Plan> plan = PersonErasure::plan(*m_db, m_person.meta.id);
    QVERIFY(plan);
    QCOMPARE(plan->eventCount, 1);
    QCOMPARE(plan->partnerName, QStringLiteral("Karolinska Institutet"));
    QCOMPARE(plan->mentions.size(), 1);

    QSignalSpy changed(m_db.get(), &Database::changed);
    const Result<void> erased = PersonErasure::erase(*m_db, m_person.meta.id, m_person.meta.version);
    QVERIFY2(erased, qPrintable(erased ? QString() : erased.error().message));
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.at(0).at(0).toStringList().contains(QStringLiteral("contact")));

    QVERIFY(!ContactRepository(*m_db).get(m_person.meta.id));
    QVERIFY(ContactRepository(*m_db).get(m_colleague.meta.id));
    const Result<Event> event = EventRepository(*m_db).get(m_event.meta.id);
    QVERIFY(event);
    QCOMPARE(event->contactIds, QList<qint64>{m_colleague.meta.id});
    QCOMPARE(event->partnerIds, m_event.partnerIds);
    ListQuery search;
    search.search = QStringLiteral("zyxwåberg");
    QCOMPARE(*ContactRepository(*m_db).count(search), 0);
    const PortfolioCheck check = PortfolioCheck::run(m_path);
    QVERIFY2(check.outcome == PortfolioCheck::Outcome::Healthy, qPrintable(check.findings.join(QLatin1Char('\n'))));
}

void TestPersonErasure::eraseRefusesAStaleVersionUntouched()
{
    const Result<void> erased = PersonErasure::erase(*m_db, m_person.meta.id, m_person.meta.version - 1);
    QVERIFY(!erased);
    QCOMPARE(erased.error().kind, StoreError::Kind::Conflict);
    QVERIFY(ContactRepository(*m_db).get(m_person.meta.id));
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM event_contact")), 2);
}

void TestPersonErasure::eraseRefusesReadOnly()
{
    m_db.reset();
    auto readOnly = Database::open(m_path, Database::Mode::ReadOnly);
    QVERIFY(readOnly);
    const QByteArray before = TestSupport::fileChecksum(m_path);
    const Result<void> erased = PersonErasure::erase(**readOnly, m_person.meta.id, m_person.meta.version);
    QVERIFY(!erased);
    QCOMPARE(erased.error().kind, StoreError::Kind::ReadOnly);
    QCOMPARE(TestSupport::fileChecksum(m_path), before);
}

void TestPersonErasure::erasedBytesAreGoneFromFileAndLog()
{
    // Every writing connection zeroes what it frees. (Debian builds SQLite so by default; the SQLite
    // that Qt ships on Windows and macOS does not, and Pactline turns it on itself.)
    QCOMPARE(countOf(QStringLiteral("PRAGMA secure_delete")), 1);
    const QByteArray surname = QStringLiteral("zyxwåberg").toUtf8();
    const QByteArray mailbox = QByteArrayLiteral("qwertyson");
    // Before: the person is in the bytes (so that the checks below can fail).
    QVERIFY(fileBytes().contains(surname));
    QVERIFY(fileBytes().contains(mailbox));
    QVERIFY(fileBytes().contains(QByteArrayLiteral("on leave in july")));

    // The surname is also written where the user wrote it: the partner's notes, which the plan names
    // as a mention. Rewritten before the erasure, their old text stays in the partner's history,
    // which the erasure clears of every entry naming the person.
    Result<Partner> partner = PartnerRepository(*m_db).get(m_person.partnerId);
    QVERIFY(partner);
    partner->notes = QStringLiteral("Ask the grants office.");
    QVERIFY(PartnerRepository(*m_db).update(*partner));
    const Result<void> erased = PersonErasure::erase(*m_db, m_person.meta.id, m_person.meta.version);
    QVERIFY2(erased, qPrintable(erased ? QString() : erased.error().message));
    QCOMPARE(QFileInfo(m_path + QStringLiteral("-wal")).size(), 0);
    const QByteArray after = fileBytes();
    QVERIFY(!after.contains(mailbox));
    QVERIFY(!after.contains(QByteArrayLiteral("on leave in july")));
    QVERIFY(!after.contains(QByteArrayLiteral("senior grants officer")));
    QVERIFY(!after.contains(surname));
    QVERIFY(PersonErasure::erase(*m_db, m_colleague.meta.id, m_colleague.meta.version));
    QVERIFY(!fileBytes().contains(surname));
    QVERIFY(!fileBytes().contains(QByteArrayLiteral("lars berg")));
}

void TestPersonErasure::pagesFreedBeforeSecureDeleteAreRewritten()
{
    m_db.reset();
    // Another tool (or an earlier release) with secure_delete off writes the person into long notes,
    // which take overflow pages, then shortens them: the freed pages keep the old text.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(m_path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("PRAGMA secure_delete = OFF")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA trusted_schema = ON")));
        QVERIFY(query.prepare(QStringLiteral("UPDATE contact SET notes = ? WHERE id = ?")));
        query.addBindValue(QStringLiteral("Travel diary of the mobility officer. ").repeated(400));
        query.addBindValue(m_person.meta.id);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY(
            query.prepare(QStringLiteral("UPDATE contact SET notes = 'short', version = version + 1 WHERE id = ?")));
        query.addBindValue(m_person.meta.id);
        QVERIFY(query.exec());
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QVERIFY(fileBytes().contains(QByteArrayLiteral("travel diary of the mobility officer")));

    auto db = Database::open(m_path);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    const Result<Contact> person = ContactRepository(*m_db).get(m_person.meta.id);
    QVERIFY(person);
    QVERIFY(PersonErasure::erase(*m_db, person->meta.id, person->meta.version));
    QVERIFY(!fileBytes().contains(QByteArrayLiteral("travel diary of the mobility officer")));
    QCOMPARE(PortfolioCheck::run(m_path).outcome, PortfolioCheck::Outcome::Healthy);
}

void TestPersonErasure::copiesAreListed()
{
    QVERIFY(TestSupport::writeFile(m_path + QStringLiteral(".before-v2"), {}));
    const QString unrelated = m_dir->filePath(QStringLiteral("other.pactline.before-v2"));
    QVERIFY(TestSupport::writeFile(unrelated, {}));
    const QStringList copies = PersonalData::copiesOf(m_path);
    QVERIFY(copies.contains(m_path + QStringLiteral(".before-v2")));
    QVERIFY(!copies.contains(unrelated));
}

void TestPersonErasure::commandLineFindsExportsAndErases()
{
    m_db.reset();
    using TestSupport::runPactline;
    const QString id = QString::number(m_person.meta.id);
    const TestSupport::ProcessResult found =
        runPactline({QStringLiteral("person"), m_path, QStringLiteral("--find"), QStringLiteral("zyxw")});
    QCOMPARE(found.exitCode, 0);
    QCOMPARE(found.out, QStringLiteral("%1\t%2\t%3\tKarolinska Institutet\n").arg(id, PersonName, PersonEmail));

    const QString target = m_dir->filePath(QStringLiteral("person.json"));
    const TestSupport::ProcessResult exported = runPactline(
        {QStringLiteral("person"), m_path, QStringLiteral("--contact"), id, QStringLiteral("--export"), target});
    QCOMPARE(exported.exitCode, 0);
    QFile json(target);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(json.readAll())
                 .object()
                 .value(QLatin1String("person"))
                 .toObject()
                 .value(QLatin1String("email")),
             QJsonValue(PersonEmail));

    // Both --export and --erase, or neither, or no id: a usage error, nothing touched.
    const QByteArray before = TestSupport::fileChecksum(m_path);
    for (const QStringList &wrong :
         {QStringList{QStringLiteral("--contact"), id}, QStringList{QStringLiteral("--erase")},
          QStringList{QStringLiteral("--contact"), QStringLiteral("x"), QStringLiteral("--erase")},
          QStringList{QStringLiteral("--contact"), id, QStringLiteral("--erase"), QStringLiteral("--export"), target},
          QStringList{QStringLiteral("--contact"), id, QStringLiteral("--export"), target,
                      QStringLiteral("--delete-copies")}}) {
        const TestSupport::ProcessResult refused = runPactline(QStringList{QStringLiteral("person"), m_path} + wrong);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("Usage: pactline person")), qPrintable(refused.err));
    }
    QCOMPARE(TestSupport::fileChecksum(m_path), before);

    QVERIFY(TestSupport::writeFile(m_path + QStringLiteral(".before-v2"), {}));
    const TestSupport::ProcessResult erased =
        runPactline({QStringLiteral("person"), m_path, QStringLiteral("--contact"), id, QStringLiteral("--erase"),
                     QStringLiteral("--delete-copies")});
    QCOMPARE(erased.exitCode, 0);
    QVERIFY2(erased.out.contains(
                 QStringLiteral("Erased %1 of Karolinska Institutet and their attendance at 1 event.").arg(PersonName)),
             qPrintable(erased.out));
    QVERIFY2(erased.out.contains(QStringLiteral("Still named in the text of partner")), qPrintable(erased.out));
    QVERIFY(!QFile::exists(m_path + QStringLiteral(".before-v2")));
    const TestSupport::ProcessResult again =
        runPactline({QStringLiteral("person"), m_path, QStringLiteral("--contact"), id, QStringLiteral("--erase")});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(!again.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestPersonErasure)
#include "tst_personerasure.moc"
