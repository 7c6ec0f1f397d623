// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/csvimport.h"
#include "exchange/csvreader.h"
#include "pgserver.h"
#include "store/agreementrepository.h"
#include "store/bulkrepository.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/findanything.h"
#include "store/migrations.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"
#include "store/portfoliocheck.h"
#include "store/schemacheck.h"
#include "store/serveraddress.h"
#include "store/textsearch.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace TestSupport;

// The full-text search of the lists: what typed text finds, and the indexes staying in step with
// the rows whoever writes them. On both backends (tests/CMakeLists.txt): a file's FTS5 indexes and a
// server's text search over folded text find the same; what only one engine has is tested on it.
class TestTextSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typedTextBecomesSafeExpressions_data();
    void typedTextBecomesSafeExpressions();
    void termsBecomeTrigrams();
    void quotesInsideATermAreEscaped();
    void wordsMatchByPrefixIgnoringCaseAndAccents();
    void shortFieldsMatchInsideWords();
    void quotedWordsMatchAsAPhrase();
    void everyTermMustMatch();
    void punctuationAndOperatorsAreText_data();
    void punctuationAndOperatorsAreText();
    void cjkTextDoesNotBreak();
    void everySearchedTableIsIndexed();
    void indexFollowsEditsAndUndo();
    void indexFollowsBulkWritesAndTheirUndo();
    void indexFollowsTheCsvImport();
    void indexFollowsOtherProgramsWrites();
    void untrustedSchemaSearchesButRefusesWrites();
    void searchUsesTheIndex();
    void searchesManyAgreementsQuickly();
    void migratesTheVersionBefore();
    void serverMigratesTheVersionBefore();
    void serverSplitsTheSameWordsAfterTheFasterStep();
    void missingFts5GivesAClearMessage();
    void serverExtensionsAreCreatedByTheOwnerOnly();
    void checkFindsABrokenIndex();

private:
    QStringList partnerNames(const QString &search) const;
    QStringList agreementTitles(const QString &search) const;
    Partner partner(const QString &name, const QString &city = {}, const QString &notes = {});
    Agreement agreement(const QString &title, const QString &summary = {});
    void sqlite(const QString &sql) const;
    // Writes through psql on the server, past Pactline (the run on the server only).
    void psql(const QString &sql) const;
    QStringList integrityProblems() const;
    // A new server portfolio with the partner Skåne Universitetssjukhus, the agreement Samarbetsavtal
    // and those `titles` (with `summaries`), taken back to `version`; its URL, empty when it failed.
    QString serverPortfolioAt(int version, const QString &name, const QStringList &titles = {},
                              const QStringList &summaries = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_partnerId = 0;
};

void TestTextSearch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = createPortfolio(*m_dir);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);
    m_partnerId = partner(QStringLiteral("Lund University"), QStringLiteral("Lund")).meta.id;
}

void TestTextSearch::cleanup()
{
    m_db.reset();
}

namespace {

// What a search lists, as the records' `field`, sorted; an error text when the search fails or its
// count differs from the list.
template<typename Repository, typename Record>
QStringList found(Database &db, const QString &search, QString Record::*field)
{
    ListQuery query;
    query.search = search;
    const auto rows = Repository(db).list(query);
    if (!rows)
        return {QStringLiteral("error: ") + rows.error().message};
    QStringList texts;
    for (const Record &row : *rows)
        texts << row.*field;
    texts.sort();
    const auto counted = Repository(db).count(query);
    if (!counted || *counted != texts.size())
        return {QStringLiteral("count differs")};
    return texts;
}

} // namespace

QStringList TestTextSearch::partnerNames(const QString &search) const
{
    return found<PartnerRepository>(*m_db, search, &Partner::name);
}

QStringList TestTextSearch::agreementTitles(const QString &search) const
{
    return found<AgreementRepository>(*m_db, search, &Agreement::title);
}

Partner TestTextSearch::partner(const QString &name, const QString &city, const QString &notes)
{
    Partner p;
    p.name = name;
    p.country = QStringLiteral("SE");
    p.kind = PartnerKind::University;
    p.city = city;
    p.notes = notes;
    return storedOrWarn(PartnerRepository(*m_db).create(p));
}

Agreement TestTextSearch::agreement(const QString &title, const QString &summary)
{
    Agreement a;
    a.title = title;
    a.summary = summary;
    a.kind = AgreementKind::DeclarationOfIntent;
    a.status = AgreementStatus::Signed;
    a.parties.append({m_partnerId, PartyRole::Signatory, FuzzyDate::month(2022, 10)});
    return storedOrWarn(AgreementRepository(*m_db).create(a));
}

void TestTextSearch::sqlite(const QString &sql) const
{
    const ProcessResult shell = runSqlite({m_db->path(), sql});
    QVERIFY2(shell.exitCode == 0, qPrintable(shell.err));
}

void TestTextSearch::psql(const QString &sql) const
{
    QString output;
    QVERIFY2(TestBackend::server().psql(ServerAddress::parse(m_db->path())->database, sql, &output),
             qPrintable(output));
}

QString TestTextSearch::serverPortfolioAt(int version, const QString &name, const QStringList &titles,
                                          const QStringList &summaries)
{
    const QString url = TestBackend::newServerDatabase(name);
    auto db = Database::create(url);
    if (!db) {
        qWarning("%s", qPrintable(db.error().message));
        return {};
    }
    m_db = std::move(*db);
    m_partnerId = partner(QStringLiteral("Skåne Universitetssjukhus"), QStringLiteral("Lund")).meta.id;
    for (qsizetype i = 0; i < titles.size(); ++i)
        agreement(titles.at(i), summaries.value(i));
    agreement(QStringLiteral("Samarbetsavtal"), QStringLiteral("Clinical research"));
    m_db.reset();
    if (!TestBackend::server().psql(ServerAddress::parse(url)->database, TestBackend::schemaBackTo(version)))
        return {};
    return url;
}

QStringList TestTextSearch::integrityProblems() const
{
    return TextSearch::integrityProblems(m_db->connection(), m_db->path());
}

void TestTextSearch::typedTextBecomesSafeExpressions_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("word") << QStringLiteral("clin") << QStringList{QStringLiteral("\"clin\"*")};
    QTest::newRow("words") << QStringLiteral("  clinical   trial ")
                           << QStringList{QStringLiteral("\"clinical\"*"), QStringLiteral("\"trial\"*")};
    QTest::newRow("phrase") << QStringLiteral("\"joint research\" lund")
                            << QStringList{QStringLiteral("\"joint research\""), QStringLiteral("\"lund\"*")};
    QTest::newRow("open phrase") << QStringLiteral("say \"hi there")
                                 << QStringList{QStringLiteral("\"say\"*"), QStringLiteral("\"hi there\"")};
    QTest::newRow("empty phrase") << QStringLiteral("\"\" x") << QStringList{QStringLiteral("\"x\"*")};
    QTest::newRow("operators") << QStringLiteral("a AND b OR NOT c*")
                               << QStringList{QStringLiteral("\"a\"*"),   QStringLiteral("\"AND\"*"),
                                              QStringLiteral("\"b\"*"),   QStringLiteral("\"OR\"*"),
                                              QStringLiteral("\"NOT\"*"), QStringLiteral("\"c*\"*")};
    QTest::newRow("column filter") << QStringLiteral("title:x") << QStringList{QStringLiteral("\"title:x\"*")};
}

void TestTextSearch::typedTextBecomesSafeExpressions()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, words);
    QStringList found;
    for (const TextSearch::Term &term : TextSearch::terms(typed))
        found << TextSearch::wordExpression(term);
    QCOMPARE(found, words);
    QCOMPARE(agreementTitles(typed), QStringList()); // valid FTS5 (or server query), finding nothing here
}

void TestTextSearch::termsBecomeTrigrams()
{
    const auto trigrams = [](const QString &text) { return TextSearch::trigramExpression({text, false}); };
    QCOMPARE(trigrams(QStringLiteral("avtal")), QStringLiteral("\"avt\" AND \"vta\" AND \"tal\""));
    QCOMPARE(trigrams(QStringLiteral("Åre")), QStringLiteral("\"Åre\""));
    QCOMPARE(trigrams(QStringLiteral("aaaa")), QStringLiteral("\"aaa\""));
    QCOMPARE(trigrams(QStringLiteral("ab")), QString());
    // Characters, not UTF-16 units: two characters are no trigram.
    QCOMPARE(trigrams(QStringLiteral("𝔸b")), QString());
    QCOMPARE(trigrams(QStringLiteral("𝔸bc")), QStringLiteral("\"𝔸bc\""));
}

void TestTextSearch::quotesInsideATermAreEscaped()
{
    QCOMPARE(TextSearch::wordExpression({QStringLiteral("a\"b"), false}), QStringLiteral("\"a\"\"b\"*"));
    QCOMPARE(TextSearch::wordExpression({QStringLiteral("a\"b"), true}), QStringLiteral("\"a\"\"b\""));
    QCOMPARE(TextSearch::trigramExpression({QStringLiteral("a\"b"), false}), QStringLiteral("\"a\"\"b\""));
}

void TestTextSearch::wordsMatchByPrefixIgnoringCaseAndAccents()
{
    partner(QStringLiteral("Skåne University Hospital"), QStringLiteral("Malmö"));
    partner(QStringLiteral("Region Skane"));
    agreement(QStringLiteral("ATMP"), QStringLiteral("Clinical trials in advanced therapies"));
    agreement(QStringLiteral("Biobank"), QStringLiteral("Sample exchange for CLINICIANS"));
    QCOMPARE(partnerNames(QStringLiteral("skane")),
             QStringList({QStringLiteral("Region Skane"), QStringLiteral("Skåne University Hospital")}));
    QCOMPARE(partnerNames(QStringLiteral("SKÅNE")), partnerNames(QStringLiteral("skane")));
    QCOMPARE(partnerNames(QStringLiteral("malmo")), QStringList{QStringLiteral("Skåne University Hospital")});
    QCOMPARE(agreementTitles(QStringLiteral("clin")), QStringList({QStringLiteral("ATMP"), QStringLiteral("Biobank")}));
    QCOMPARE(agreementTitles(QStringLiteral("Clinical")), QStringList{QStringLiteral("ATMP")});
    QCOMPARE(agreementTitles(QStringLiteral("thera")), QStringList{QStringLiteral("ATMP")});
    // Long texts match at the start of words only.
    QCOMPARE(agreementTitles(QStringLiteral("herapies")), QStringList());
}

void TestTextSearch::shortFieldsMatchInsideWords()
{
    agreement(QStringLiteral("Samarbetsavtal Lund–Malmö"));
    agreement(QStringLiteral("Samenwerkingsovereenkomst LUMC"));
    agreement(QStringLiteral("Memorandum"), QStringLiteral("A samarbetsavtal in the summary"));
    partner(QStringLiteral("Karolinska Institutet"), QStringLiteral("Stockholm"));
    QCOMPARE(agreementTitles(QStringLiteral("avtal")), QStringList{QStringLiteral("Samarbetsavtal Lund–Malmö")});
    QCOMPARE(agreementTitles(QStringLiteral("OVEREENKOMST")),
             QStringList{QStringLiteral("Samenwerkingsovereenkomst LUMC")});
    QCOMPARE(partnerNames(QStringLiteral("linska")), QStringList{QStringLiteral("Karolinska Institutet")});
    QCOMPARE(partnerNames(QStringLiteral("kholm")), QStringList{QStringLiteral("Karolinska Institutet")});
    // Shorter than a trigram: by substring, as before the indexes.
    QCOMPARE(partnerNames(QStringLiteral("ol")), QStringList{QStringLiteral("Karolinska Institutet")});
}

void TestTextSearch::quotedWordsMatchAsAPhrase()
{
    agreement(QStringLiteral("One"), QStringLiteral("A joint research programme"));
    agreement(QStringLiteral("Two"), QStringLiteral("Research done jointly, not a joint effort"));
    QCOMPARE(agreementTitles(QStringLiteral("joint research")),
             QStringList({QStringLiteral("One"), QStringLiteral("Two")}));
    QCOMPARE(agreementTitles(QStringLiteral("\"joint research\"")), QStringList{QStringLiteral("One")});
    QCOMPARE(agreementTitles(QStringLiteral("\"JOINT Research\"")), QStringList{QStringLiteral("One")});
}

void TestTextSearch::everyTermMustMatch()
{
    agreement(QStringLiteral("Samarbetsavtal"), QStringLiteral("clinical research"));
    agreement(QStringLiteral("Data sharing"), QStringLiteral("clinical registries"));
    // One term in the title (inside a word), the other in the summary (a prefix).
    QCOMPARE(agreementTitles(QStringLiteral("avtal clin")), QStringList{QStringLiteral("Samarbetsavtal")});
    QCOMPARE(agreementTitles(QStringLiteral("clin regis")), QStringList{QStringLiteral("Data sharing")});
}

void TestTextSearch::punctuationAndOperatorsAreText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("found");
    const QString quoted = QStringLiteral("The \"Skåne\" deal");
    const QString star = QStringLiteral("Star* rating");
    const QString dash = QStringLiteral("X-ray imaging");
    const QString andTitle = QStringLiteral("Andersson AND partners");
    const QString colon = QStringLiteral("title: colons");
    QTest::newRow("quote") << QStringLiteral("\"skane\"") << QStringList{quoted};
    QTest::newRow("lone quote") << QStringLiteral("\"") << QStringList{andTitle, colon, dash, star, quoted};
    QTest::newRow("star") << QStringLiteral("star*") << QStringList{star};
    QTest::newRow("lone star") << QStringLiteral("*") << QStringList{star};
    QTest::newRow("dash") << QStringLiteral("x-ray") << QStringList{dash};
    QTest::newRow("lone dash") << QStringLiteral("-") << QStringList{dash};
    QTest::newRow("minus operator") << QStringLiteral("-ray") << QStringList{dash};
    QTest::newRow("AND") << QStringLiteral("AND") << QStringList{andTitle};
    QTest::newRow("and lower case") << QStringLiteral("and") << QStringList{andTitle};
    QTest::newRow("colon") << QStringLiteral("title:") << QStringList{colon};
    QTest::newRow("lone colon") << QStringLiteral(":") << QStringList{colon};
    QTest::newRow("parenthesis") << QStringLiteral("NEAR(a b)") << QStringList();
    QTest::newRow("caret") << QStringLiteral("^x-") << QStringList{dash};
}

void TestTextSearch::punctuationAndOperatorsAreText()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, found);
    for (const char *title :
         {"The \"Skåne\" deal", "Star* rating", "X-ray imaging", "Andersson AND partners", "title: colons"})
        agreement(QString::fromUtf8(title));
    found.sort();
    QCOMPARE(agreementTitles(typed), found);
}

void TestTextSearch::cjkTextDoesNotBreak()
{
    partner(QStringLiteral("東京大学"), QStringLiteral("東京"));
    partner(QStringLiteral("서울대학교"));
    QCOMPARE(partnerNames(QStringLiteral("東京")), QStringList{QStringLiteral("東京大学")});
    QCOMPARE(partnerNames(QStringLiteral("大学")), QStringList{QStringLiteral("東京大学")});
    QCOMPARE(partnerNames(QStringLiteral("京大学")), QStringList{QStringLiteral("東京大学")});
    QCOMPARE(partnerNames(QStringLiteral("대학")), QStringList{QStringLiteral("서울대학교")});
    QCOMPARE(partnerNames(QStringLiteral("大阪")), QStringList());
    QCOMPARE(partnerNames(QStringLiteral("🙂")), QStringList());
}

void TestTextSearch::everySearchedTableIsIndexed()
{
    const Agreement a = agreement(QStringLiteral("Umbrella"));
    Contact c;
    c.partnerId = m_partnerId;
    c.name = QStringLiteral("Åsa Öberg");
    c.role = QStringLiteral("Innovationsrådgivare");
    c.email = QStringLiteral("asa.oberg@lu.se");
    QVERIFY(ContactRepository(*m_db).create(c));
    Event e;
    e.title = QStringLiteral("Nordic Life Science Days");
    e.place = QStringLiteral("Göteborg");
    e.notes = QStringLiteral("Partnering meetings");
    QVERIFY(EventRepository(*m_db).create(e));
    Milestone m;
    m.agreementId = a.meta.id;
    m.title = QStringLiteral("Första rapporten");
    m.location = QStringLiteral("Uppsala");
    m.notes = QStringLiteral("Reviewed by the steering committee");
    QVERIFY(MilestoneRepository(*m_db).create(m));
    const auto found = [](const auto &repository, const QString &text) {
        ListQuery query;
        query.search = text;
        return repository.count(query).value();
    };
    const ContactRepository contacts(*m_db);
    for (const char *text : {"asa", "oberg", "rådgivare", "oberg@lu", "lu.se"})
        QVERIFY2(found(contacts, QString::fromUtf8(text)) == 1, text);
    const EventRepository events(*m_db);
    for (const char *text : {"nordic", "science days", "\"life science\"", "goteborg", "teborg", "partner"})
        QVERIFY2(found(events, QString::fromUtf8(text)) == 1, text);
    const MilestoneRepository milestones(*m_db);
    for (const char *text : {"forsta", "rapport", "apporten", "psala", "steer"})
        QVERIFY2(found(milestones, QString::fromUtf8(text)) == 1, text);
    QCOMPARE(found(milestones, QStringLiteral("teering")), 0); // notes are long text
    QVERIFY(integrityProblems().isEmpty());
}

void TestTextSearch::indexFollowsEditsAndUndo()
{
    const AgreementRepository repo(*m_db);
    const Agreement before = agreement(QStringLiteral("Samarbetsavtal"), QStringLiteral("oncology"));
    Agreement edited = before;
    edited.title = QStringLiteral("Kooperationsvertrag");
    edited.summary = QStringLiteral("cardiology");
    const Agreement stored = repo.update(edited).value();
    QCOMPARE(agreementTitles(QStringLiteral("avtal")), QStringList());
    QCOMPARE(agreementTitles(QStringLiteral("onco")), QStringList());
    QCOMPARE(agreementTitles(QStringLiteral("vertrag")), QStringList{edited.title});
    QCOMPARE(agreementTitles(QStringLiteral("cardio")), QStringList{edited.title});
    QVERIFY(integrityProblems().isEmpty());

    // Undoing the edit writes the old values back.
    Agreement undone = before;
    undone.meta = stored.meta;
    const Agreement back = repo.update(undone).value();
    QCOMPARE(agreementTitles(QStringLiteral("avtal")), QStringList{before.title});
    QCOMPARE(agreementTitles(QStringLiteral("cardio")), QStringList());

    // Deleting, then undoing the delete, which creates the row again with its id.
    QVERIFY(repo.remove(back.meta.id, back.meta.version));
    QCOMPARE(agreementTitles(QStringLiteral("onco")), QStringList());
    QVERIFY(integrityProblems().isEmpty());
    QVERIFY(repo.create(back));
    QCOMPARE(agreementTitles(QStringLiteral("onco")), QStringList{before.title});

    // A partner's contacts go with it (a cascade, whose deletes fire the triggers too).
    Contact c;
    c.partnerId = partner(QStringLiteral("Temporary partner")).meta.id;
    c.name = QStringLiteral("Cascaded Person");
    QVERIFY(ContactRepository(*m_db).create(c));
    QVERIFY(PartnerRepository(*m_db).remove(c.partnerId));
    ListQuery cascaded;
    cascaded.search = QStringLiteral("cascaded");
    QCOMPARE(ContactRepository(*m_db).count(cascaded).value(), 0);
    QVERIFY(integrityProblems().isEmpty());
}

void TestTextSearch::indexFollowsBulkWritesAndTheirUndo()
{
    const BulkRepository bulk(*m_db);
    QList<Agreement> agreements;
    for (int i = 0; i < 3; ++i) {
        Agreement a;
        a.title = QStringLiteral("Ramavtal %1").arg(i);
        a.summary = QStringLiteral("bulk written");
        a.kind = AgreementKind::DeclarationOfIntent;
        a.status = AgreementStatus::Signed;
        a.parties.append({m_partnerId, PartyRole::Signatory, FuzzyDate()});
        agreements << a;
    }
    QVERIFY(bulk.createAgreements(agreements));
    QCOMPARE(agreementTitles(QStringLiteral("avtal bulk")).size(), 3);
    QVERIFY(bulk.removeAgreements({agreements.at(0).meta.id, agreements.at(2).meta.id}));
    QCOMPARE(agreementTitles(QStringLiteral("avtal bulk")), QStringList{QStringLiteral("Ramavtal 1")});
    QVERIFY(integrityProblems().isEmpty());
}

void TestTextSearch::indexFollowsTheCsvImport()
{
    const CsvTable table = CsvReader::read("Name,Country,City\nSamarbetsforum Öresund,SE,Malmö\n");
    QVERIFY(table.ok());
    Result<ImportContext> context = ImportContext::load(*m_db);
    QVERIFY(context);
    CsvImport import(table, ColumnMapping::guess(ImportTarget::Partners, table.header), std::move(*context));
    QVERIFY(import.validate());
    ImportPlan plan = import.plan();
    QVERIFY(CsvImport::write(*m_db, plan));
    QCOMPARE(partnerNames(QStringLiteral("oresund")), QStringList{QStringLiteral("Samarbetsforum Öresund")});
    QCOMPARE(partnerNames(QStringLiteral("forum")), QStringList{QStringLiteral("Samarbetsforum Öresund")});
    QVERIFY(CsvImport::remove(*m_db, plan));
    QCOMPARE(partnerNames(QStringLiteral("oresund")), QStringList());
    QVERIFY(integrityProblems().isEmpty());
}

void TestTextSearch::indexFollowsOtherProgramsWrites()
{
    const Agreement a = agreement(QStringLiteral("Written here"));
    // The sqlite3 shell (psql on a server) knows nothing of Pactline; the schema's triggers (the
    // server's expression indexes) keep the index right.
    const auto write = [this](const QString &sql) { TestBackend::onServer() ? psql(sql) : sqlite(sql); };
    write(QStringLiteral("INSERT INTO agreement (title, kind, status, summary, created_at, updated_at) "
                         "VALUES ('Shell agreement', 'mou', 'signed', 'Written by hand in Göteborg', "
                         "'2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'); "
                         "UPDATE agreement SET title = 'Ändrat avtal' WHERE id = %1;")
              .arg(a.meta.id));
    QCOMPARE(agreementTitles(QStringLiteral("goteborg")), QStringList{QStringLiteral("Shell agreement")});
    QCOMPARE(agreementTitles(QStringLiteral("andrat")), QStringList{QStringLiteral("Ändrat avtal")});
    QCOMPARE(agreementTitles(QStringLiteral("written")), QStringList{QStringLiteral("Shell agreement")});
    write(QStringLiteral("DELETE FROM agreement WHERE title = 'Shell agreement';"));
    QCOMPARE(agreementTitles(QStringLiteral("goteborg")), QStringList());
    QVERIFY(integrityProblems().isEmpty());
}

void TestTextSearch::untrustedSchemaSearchesButRefusesWrites()
{
    if (TestBackend::onServer())
        QSKIP("SQLite's trusted_schema: a file's FTS5 triggers");
    Agreement a = agreement(QStringLiteral("Untrusted"), QStringLiteral("triggers writing virtual tables"));
    // A reading connection distrusts the schema, and searches all the same.
    auto reader = Database::open(m_db->path(), Database::Mode::ReadOnly);
    QVERIFY2(reader, reader ? "" : qPrintable(reader.error().message));
    QSqlQuery pragma((*reader)->connection());
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA trusted_schema")) && pragma.next());
    QCOMPARE(pragma.value(0).toInt(), 0);
    ListQuery query;
    query.search = QStringLiteral("virtual");
    QCOMPARE(AgreementRepository(**reader).count(query).value(), 1);

    // SQLite lets a trigger write an FTS5 table only in a trusted schema: a writer that distrusts it
    // (this connection now, or another program) is refused, and the index stays in step.
    QSqlQuery distrust(m_db->connection());
    QVERIFY(distrust.exec(QStringLiteral("PRAGMA trusted_schema = OFF")));
    a.summary = QStringLiteral("changed");
    const auto refused = AgreementRepository(*m_db).update(a);
    QVERIFY(!refused);
    QCOMPARE(AgreementRepository(**reader).count(query).value(), 1);
    QVERIFY(integrityProblems().isEmpty());
    const ProcessResult shell =
        runSqlite({m_db->path(), QStringLiteral("PRAGMA trusted_schema = OFF; DELETE FROM agreement;")});
    QVERIFY(shell.exitCode != 0);
    QVERIFY(shell.err.contains(QLatin1String("unsafe use of virtual table")));
    QCOMPARE(AgreementRepository(**reader).count(query).value(), 1);
    QVERIFY(distrust.exec(QStringLiteral("PRAGMA trusted_schema = ON")));
    QVERIFY(integrityProblems().isEmpty());
}

void TestTextSearch::searchUsesTheIndex()
{
    const TextSearch::Condition condition =
        TextSearch::condition(m_db->dialect(), QStringLiteral("agreement"), QStringLiteral("clinical"));
    QSqlQuery plan(m_db->connection());
    if (TestBackend::onServer()) {
        // The few rows here would be read whole: the plan the server chooses where reading is dear.
        // The server prepares no EXPLAIN: the values go in as literals.
        QString sql = condition.sql;
        for (const QVariant &value : condition.values) {
            const QString literal = value.typeId() == QMetaType::Bool
                                        ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                        : QLatin1Char('\'') +
                                              value.toString().replace(QLatin1Char('\''), QStringLiteral("''")) +
                                              QLatin1Char('\'');
            sql.replace(sql.indexOf(QLatin1Char('?')), 1, literal);
        }
        QVERIFY(plan.exec(QStringLiteral("SET enable_seqscan = off")));
        QVERIFY2(plan.exec(QStringLiteral("EXPLAIN SELECT id FROM agreement WHERE ") + sql),
                 qPrintable(plan.lastError().text()));
        QString details;
        while (plan.next())
            details += plan.value(0).toString() + QLatin1Char('\n');
        QVERIFY(plan.exec(QStringLiteral("RESET enable_seqscan")));
        QVERIFY2(details.contains(QStringLiteral("Bitmap Index Scan on agreement_search_words")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Bitmap Index Scan on agreement_title_trigrams")),
                 qPrintable(details));
        // Never both in one bitmap: the trigram index's pages are tested again row by row, and the
        // words' condition with them, which folds and splits each row's long texts.
        QVERIFY2(!details.contains(QStringLiteral("BitmapOr")), qPrintable(details));
        return;
    }
    QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM agreement WHERE ") + condition.sql));
    for (const QVariant &value : condition.values)
        plan.addBindValue(value);
    QVERIFY(plan.exec());
    QString details;
    while (plan.next())
        details += plan.value(3).toString() + QLatin1Char('\n');
    QVERIFY2(details.contains(QStringLiteral("SCAN agreement_fts VIRTUAL TABLE INDEX")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("SCAN agreement_fts_trigram VIRTUAL TABLE INDEX")), qPrintable(details));
}

void TestTextSearch::searchesManyAgreementsQuickly()
{
    // What the filter bar asks of a list of 20,000 agreements with 2 KB of text each (one SQL
    // statement that both engines run writes them): its first window of rows, and their count, for
    // a word in five agreements and for a prefix in every one. The figures (the median of five, in
    // the test's output; on the server: ctest -R tst_textsearch_postgres -V) say how quick.
    constexpr int Rows = 20000;
    const QString text = QStringLiteral("Joint clinical research on advanced therapies, data sharing and "
                                        "doctoral training between the partners. ")
                             .repeated(16);
    QSqlQuery fill(m_db->connection());
    QElapsedTimer writing;
    writing.start();
    QVERIFY2(fill.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                      "INSERT INTO agreement (title, kind, status, summary, created_at, updated_at) "
                                      "SELECT 'Agreement ' || i, 'mou', 'signed', '%2' || CASE WHEN i % 4000 = 0 "
                                      "THEN ' Zebrafish' ELSE '' END, '2024-01-01T00:00:00.000Z', "
                                      "'2024-01-01T00:00:00.000Z' FROM n")
                           .arg(Rows)
                           .arg(text)),
             qPrintable(fill.lastError().text()));
    const double writeMs = writing.nsecsElapsed() / 1e6;
    if (TestBackend::onServer())
        QVERIFY(fill.exec(QStringLiteral("ANALYZE agreement")));
    const AgreementRepository repository(*m_db);
    const auto medianMs = [&](const QString &search, int rows, int count) {
        ListQuery query;
        query.search = search;
        query.limit = 100;
        QList<double> ms;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            const qsizetype listed = repository.list(query).value().size();
            const qint64 counted = repository.count(query).value();
            ms << timer.nsecsElapsed() / 1e6;
            if (listed != rows || counted != count)
                return -1.0;
        }
        std::sort(ms.begin(), ms.end());
        return ms.at(2);
    };
    const double rare = medianMs(QStringLiteral("zebrafish"), 5, 5);
    const double common = medianMs(QStringLiteral("clin"), 100, Rows);
    // Find anything (Ctrl+K) for the start of both.
    QList<double> find;
    for (const QString &typed : {QStringLiteral("zeb"), QStringLiteral("cli")}) {
        QElapsedTimer timer;
        timer.start();
        const auto hits = FindAnything::find(*m_db, typed);
        find << timer.nsecsElapsed() / 1e6;
        QVERIFY(hits && !hits->isEmpty());
    }
    qInfo("filter bar on %d agreements (%s, written with their indexes in %.0f ms): a rare word %.1f ms, a "
          "prefix in every one %.1f ms; find anything \"zeb\" %.1f ms, \"cli\" %.1f ms",
          Rows, TestBackend::onServer() ? "server" : "file", writeMs, rare, common, find.at(0), find.at(1));
    QVERIFY(rare >= 0);
    QVERIFY(common >= 0);
}

void TestTextSearch::migratesTheVersionBefore()
{
    if (TestBackend::onServer())
        QSKIP("a file's FTS5 indexes (version 3); serverMigratesTheVersionBefore() on the server");
    // A portfolio as the version before the search indexes left it, with rows in it.
    const int before = Migrations::SearchIndexVersion - 1;
    const QString path = m_dir->filePath(QStringLiteral("before.pactline"));
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        old.setDatabaseName(path);
        QVERIFY(old.open());
        QSqlQuery q(old);
        for (const Migrations::Step &step : Migrations::steps(SqlDialect::sqlite()))
            if (step.toVersion <= before)
                for (const QString &statement : step.statements)
                    QVERIFY2(q.exec(statement), qPrintable(statement));
        for (const char *sql :
             {"INSERT INTO partner (name, kind, country, city, created_at, updated_at) VALUES ('Skåne "
              "Universitetssjukhus', 'university_hospital', 'SE', 'Lund', '2024-01-01T00:00:00.000Z', "
              "'2024-01-01T00:00:00.000Z')",
              "INSERT INTO agreement (title, kind, status, summary, created_at, updated_at) VALUES "
              "('Samarbetsavtal', 'mou', 'signed', 'Clinical research', '2024-01-01T00:00:00.000Z', "
              "'2024-01-01T00:00:00.000Z')"})
            QVERIFY2(q.exec(QString::fromUtf8(sql)), sql);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(before)));
        q.finish();
        old.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    m_db.reset();
    auto db = Database::open(path);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);
    QCOMPARE(m_db->schemaVersion(), Migrations::currentVersion());
    QVERIFY(SchemaCheck::differences(m_db->connection(), Migrations::currentVersion()).isEmpty());
    QCOMPARE(partnerNames(QStringLiteral("skane")), QStringList{QStringLiteral("Skåne Universitetssjukhus")});
    QCOMPARE(partnerNames(QStringLiteral("sjukhus")), QStringList{QStringLiteral("Skåne Universitetssjukhus")});
    QCOMPARE(agreementTitles(QStringLiteral("clin avtal")), QStringList{QStringLiteral("Samarbetsavtal")});
    QVERIFY(integrityProblems().isEmpty());
}

void TestTextSearch::serverMigratesTheVersionBefore()
{
    // A server portfolio as the last release left it (version 6, searched by substring), with rows in
    // it, upgrades to the server's search indexes on opening and then searches as a file does.
    if (!TestBackend::onServer())
        QSKIP("the server's search indexes (version 7)");
    const int before = Migrations::FoldedSearchVersion - 1;
    const QString url = serverPortfolioAt(before, QStringLiteral("before"));
    QVERIFY(!url.isEmpty());
    {
        auto old = Database::open(url, Database::Mode::ReadOnly);
        QVERIFY2(old, old ? "" : qPrintable(old.error().message));
        QCOMPARE((*old)->schemaVersion(), before);
        QVERIFY(!(*old)->hasSearchIndexes());
        m_db = std::move(*old);
        // Read as it is, by substring.
        QCOMPARE(partnerNames(QStringLiteral("sjukhus")), QStringList{QStringLiteral("Skåne Universitetssjukhus")});
        m_db.reset();
    }
    auto db = Database::open(url);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);
    QCOMPARE(m_db->schemaVersion(), Migrations::currentVersion());
    QVERIFY(m_db->hasSearchIndexes());
    QCOMPARE(SchemaCheck::differences(m_db->connection(), Migrations::currentVersion()), QStringList());
    QCOMPARE(partnerNames(QStringLiteral("skane")), QStringList{QStringLiteral("Skåne Universitetssjukhus")});
    QCOMPARE(partnerNames(QStringLiteral("sjukhus")), QStringList{QStringLiteral("Skåne Universitetssjukhus")});
    QCOMPARE(agreementTitles(QStringLiteral("clin avtal")), QStringList{QStringLiteral("Samarbetsavtal")});
}

void TestTextSearch::serverSplitsTheSameWordsAfterTheFasterStep()
{
    // Step 11 makes the server's splitting of text into words again with a regular expression instead of
    // translate(); the indexes built before it stay, so it must give the very same text for every
    // character, and a portfolio of the version before finds after it what it found before.
    if (!TestBackend::onServer())
        QSKIP("a server's search words (a file's FTS5 splits them itself)");
    const int before = Migrations::SearchWordsByPatternVersion - 1;
    const QString url =
        serverPortfolioAt(before, QStringLiteral("words"), {QStringLiteral("Röntgen/X-ray study (phase-2)")},
                          {QStringLiteral("e-mail: lab@example.org")});
    QVERIFY(!url.isEmpty());
    const QString database = ServerAddress::parse(url)->database;
    // Every character up to U+3000 alone and amid letters, and text with punctuation of every kind.
    const QString words = QStringLiteral(
        "SELECT md5(string_agg(pactline_search_words(chr(c)) || pactline_search_words('a' || chr(c) || 'b'), "
        "'|' ORDER BY c)) || ' ' || pactline_search_words('Ab-c, \"x/y\" [Z]\\q {é}~ ±§«»–—… 中文 x''y!') "
        "FROM generate_series(1, 12288) AS c");
    const QString usesTranslate =
        QStringLiteral("SELECT prosrc LIKE '%translate(%' FROM pg_proc WHERE proname = 'pactline_search_words'");
    QString wordsBefore;
    QString translated;
    QVERIFY(TestBackend::server().psql(database, words, &wordsBefore));
    QVERIFY(TestBackend::server().psql(database, usesTranslate, &translated));
    QCOMPARE(translated, QStringLiteral("t"));
    QVERIFY(wordsBefore.contains(QStringLiteral("ab c   x y   z  q  e")));
    {
        auto db = Database::open(url);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = std::move(*db);
    }
    QCOMPARE(m_db->schemaVersion(), Migrations::currentVersion());
    QCOMPARE(SchemaCheck::differences(m_db->connection(), Migrations::currentVersion()), QStringList());
    QString wordsAfter;
    QVERIFY(TestBackend::server().psql(database, words, &wordsAfter));
    QVERIFY(TestBackend::server().psql(database, usesTranslate, &translated));
    QCOMPARE(translated, QStringLiteral("f"));
    QCOMPARE(wordsAfter, wordsBefore);
    QCOMPARE(agreementTitles(QStringLiteral("ray phase 2")),
             QStringList{QStringLiteral("Röntgen/X-ray study (phase-2)")});
    QCOMPARE(agreementTitles(QStringLiteral("\"x-ray\"")),
             QStringList{QStringLiteral("Röntgen/X-ray study (phase-2)")});
    QCOMPARE(agreementTitles(QStringLiteral("example")), QStringList{QStringLiteral("Röntgen/X-ray study (phase-2)")});
    QCOMPARE(agreementTitles(QStringLiteral("clin avtal")), QStringList{QStringLiteral("Samarbetsavtal")});
    QVERIFY(integrityProblems().isEmpty());
}

void TestTextSearch::missingFts5GivesAClearMessage()
{
    if (TestBackend::onServer())
        QSKIP("SQLite's FTS5; serverExtensionsAreCreatedByTheOwnerOnly() on the server");
    QVERIFY(TextSearch::checkAvailable(m_db->connection()));
    const Result<void> missing = TextSearch::checkAvailable(m_db->connection(), QStringLiteral("no_such_module()"));
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(QStringLiteral("FTS5")), qPrintable(missing.error().message));
    QVERIFY2(missing.error().message.contains(Database::sqliteVersion()), qPrintable(missing.error().message));
}

void TestTextSearch::serverExtensionsAreCreatedByTheOwnerOnly()
{
    // The search needs unaccent and pg_trgm. They are trusted: a database's owner may create them, a
    // user who may not create objects in the database is told what to ask for, and nothing is made.
    if (!TestBackend::onServer())
        QSKIP("a server's extensions");
    const QString url = TestBackend::newServerDatabase(QStringLiteral("owner"));
    ServerAddress address = *ServerAddress::parse(url);
    const QString role = address.database + QStringLiteral("_maker");
    QString output;
    QVERIFY2(TestBackend::server().psql(address.database,
                                        QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE PASSWORD 'maker-secret'; "
                                                       "GRANT CONNECT ON DATABASE %2 TO %1")
                                            .arg(role, address.database),
                                        &output),
             qPrintable(output));
    address.user = role;
    address.password = QStringLiteral("maker-secret");
    const auto refused = Database::create(address);
    QVERIFY(!refused);
    for (const char *part :
         {"unaccent, pg_trgm", "CREATE EXTENSION unaccent SCHEMA public;", "CREATE EXTENSION pg_trgm SCHEMA public;"})
        QVERIFY2(refused.error().message.contains(QString::fromUtf8(part)), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(address.database), qPrintable(refused.error().message));
    QVERIFY(TestBackend::server().psql(address.database,
                                       QStringLiteral("SELECT count(*) FROM pg_class c JOIN "
                                                      "pg_namespace n ON n.oid = c.relnamespace "
                                                      "WHERE n.nspname = 'public'"),
                                       &output));
    QCOMPARE(output, QStringLiteral("0"));

    QVERIFY(TestBackend::server().psql(QStringLiteral("postgres"),
                                       QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(address.database, role)));
    auto created = Database::create(address);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    m_db = std::move(*created);
    QVERIFY(m_db->hasSearchIndexes());
    partner(QStringLiteral("Region Skåne"));
    QCOMPARE(partnerNames(QStringLiteral("skane")), QStringList{QStringLiteral("Region Skåne")});
}

void TestTextSearch::checkFindsABrokenIndex()
{
    if (TestBackend::onServer())
        QSKIP("FTS5's integrity check of a file's indexes");
    agreement(QStringLiteral("Indexed"), QStringLiteral("clinical"));
    const QString path = m_db->path();
    QCOMPARE(PortfolioCheck::run(path).outcome, PortfolioCheck::Outcome::Healthy);
    // An index written past its table (a row that does not exist) fails FTS5's integrity check.
    sqlite(QStringLiteral("INSERT INTO agreement_fts (rowid, title, summary, notes) VALUES (999, 'ghost', '', '');"));
    m_db.reset();
    const QByteArray before = fileChecksum(path);
    const PortfolioCheck check = PortfolioCheck::run(path);
    QCOMPARE(check.outcome, PortfolioCheck::Outcome::Problems);
    QCOMPARE(check.findings.size(), 1);
    QVERIFY2(check.findings.first().contains(QStringLiteral("agreement_fts")) &&
                 check.findings.first().contains(QStringLiteral("'rebuild'")),
             qPrintable(check.findings.first()));
    QCOMPARE(fileChecksum(path), before);
    // Its advice mends it.
    QVERIFY(QProcess::execute(QStringLiteral("sqlite3"),
                              {path, QStringLiteral("INSERT INTO agreement_fts (agreement_fts) VALUES ('rebuild')")}) ==
            0);
    QCOMPARE(PortfolioCheck::run(path).outcome, PortfolioCheck::Outcome::Healthy);
}

QTEST_GUILESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
