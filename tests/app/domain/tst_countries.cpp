// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The country catalogue built from iso-codes: every country's names in English, Dutch and Swedish
// read back as its code, codes in any case, accents and case ignored, what is not a country refused
// with a sentence that says what to type, and the language that follows the user interface's.
#include "domain/countries.h"
#include "domain/uilanguage.h"

#include <QtTest>

using Language = Countries::Language;

class TestCountries : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void catalogueHoldsEveryIsoCountry();
    void everyNameReadsBackAsItsCode();
    void codesInAnyCase();
    void namesWithoutAccentsOrCase_data();
    void namesWithoutAccentsOrCase();
    void refusesWhatIsNotACountry_data();
    void refusesWhatIsNotACountry();
    void emptyIsNoCountry();
    void namesInTheThreeLanguages();
    void languageFollowsTheUserInterface();
};

void TestCountries::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestCountries::catalogueHoldsEveryIsoCountry()
{
    const QStringList codes = Countries::codes();
    QVERIFY2(codes.size() >= 249, qPrintable(QString::number(codes.size())));
    QStringList sorted = codes;
    sorted.sort();
    QCOMPARE(codes, sorted);
    for (const QString &code : codes) {
        QVERIFY2(code.size() == 2 && code == code.toUpper(), qPrintable(code));
        QVERIFY(Countries::isCode(code));
    }
    for (const char *code : {"NL", "SE", "BE", "DE", "GB", "US", "NE", "CI", "AX", "XK"})
        QCOMPARE(Countries::isCode(QLatin1String(code)), qstrcmp(code, "XK") != 0); // Kosovo has no ISO code
    QVERIFY(!Countries::isCode(QStringLiteral("se")));                              // stored codes are upper case
    QVERIFY(!Countries::isCode(QStringLiteral("ZZ")));
    QVERIFY(!Countries::isCode(QString()));
}

void TestCountries::everyNameReadsBackAsItsCode()
{
    int names = 0;
    for (const QString &code : Countries::codes()) {
        for (Language language : {Language::English, Language::Dutch, Language::Swedish}) {
            const QStringList all = Countries::namesOf(code, language);
            QVERIFY2(!all.isEmpty(), qPrintable(code));
            QCOMPARE(all.first(), Countries::nameOf(code, language));
            for (const QString &name : all) {
                for (const QString &typed : {name, name.toUpper(), name.toLower()}) {
                    const Countries::Parsed parsed = Countries::parse(typed);
                    QVERIFY2(parsed.isAcceptable(), qPrintable(typed + QStringLiteral(": ") + parsed.problem));
                    QVERIFY2(parsed.code == code, qPrintable(typed + QStringLiteral(" -> ") + parsed.code));
                }
                ++names;
            }
        }
    }
    QVERIFY2(names > 3 * 249, qPrintable(QString::number(names)));
}

void TestCountries::codesInAnyCase()
{
    for (const QString &code : Countries::codes()) {
        QCOMPARE(Countries::parse(code).code, code);
        QCOMPARE(Countries::parse(code.toLower()).code, code);
    }
    QCOMPARE(Countries::parse(QStringLiteral("Se")).code, QStringLiteral("SE"));
    QCOMPARE(Countries::parse(QStringLiteral(" nl ")).code, QStringLiteral("NL"));
    // Three-letter codes too.
    QCOMPARE(Countries::parse(QStringLiteral("SWE")).code, QStringLiteral("SE"));
    QCOMPARE(Countries::parse(QStringLiteral("nld")).code, QStringLiteral("NL"));
    QCOMPARE(Countries::parse(QStringLiteral("USA")).code, QStringLiteral("US"));
    // Two letters are a code, not the start of a name: "Ne" is Niger.
    QCOMPARE(Countries::parse(QStringLiteral("Ne")).code, QStringLiteral("NE"));
}

void TestCountries::namesWithoutAccentsOrCase_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    QTest::newRow("Dutch without accent") << QStringLiteral("belgie") << QStringLiteral("BE");
    QTest::newRow("Dutch with accent") << QStringLiteral("België") << QStringLiteral("BE");
    QTest::newRow("Swedish in capitals") << QStringLiteral("SVERIGE") << QStringLiteral("SE");
    QTest::newRow("Sweden in Dutch") << QStringLiteral("Zweden") << QStringLiteral("SE");
    QTest::newRow("Netherlands in Swedish") << QStringLiteral("Nederländerna") << QStringLiteral("NL");
    QTest::newRow("Swedish without accent") << QStringLiteral("nederlanderna") << QStringLiteral("NL");
    QTest::newRow("English article") << QStringLiteral("the Netherlands") << QStringLiteral("NL");
    QTest::newRow("official name") << QStringLiteral("Kingdom of the Netherlands") << QStringLiteral("NL");
    QTest::newRow("Dutch official name") << QStringLiteral("koninkrijk der nederlanden") << QStringLiteral("NL");
    QTest::newRow("The Gambia") << QStringLiteral("The Gambia") << QStringLiteral("GM");
    QTest::newRow("common name") << QStringLiteral("South Korea") << QStringLiteral("KR");
    QTest::newRow("full name") << QStringLiteral("Korea, Republic of") << QStringLiteral("KR");
    QTest::newRow("Swedish common name") << QStringLiteral("Sydkorea") << QStringLiteral("KR");
    QTest::newRow("apostrophe and circumflex") << QStringLiteral("cote d'ivoire") << QStringLiteral("CI");
    QTest::newRow("Ivory Coast in Dutch") << QStringLiteral("Ivoorkust") << QStringLiteral("CI");
    QTest::newRow("hyphen as space") << QStringLiteral("Guinea Bissau") << QStringLiteral("GW");
    QTest::newRow("ring above") << QStringLiteral("aland islands") << QStringLiteral("AX");
    QTest::newRow("spaces") << QStringLiteral("  United   Kingdom ") << QStringLiteral("GB");
    QTest::newRow("Germany in Swedish") << QStringLiteral("tyskland") << QStringLiteral("DE");
    QTest::newRow("Germany in Dutch") << QStringLiteral("Duitsland") << QStringLiteral("DE");
}

void TestCountries::namesWithoutAccentsOrCase()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    const Countries::Parsed parsed = Countries::parse(typed);
    QVERIFY2(parsed.isAcceptable(), qPrintable(parsed.problem));
    QCOMPARE(parsed.code, code);
}

void TestCountries::refusesWhatIsNotACountry_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("unassigned code") << QStringLiteral("ZZ");
    QTest::newRow("lower-case unassigned code") << QStringLiteral("zz");
    QTest::newRow("no such country") << QStringLiteral("Atlantis");
    QTest::newRow("start of a name") << QStringLiteral("Nether");
    QTest::newRow("punctuation") << QStringLiteral("--");
    QTest::newRow("three letters, no code") << QStringLiteral("XYZ");
}

void TestCountries::refusesWhatIsNotACountry()
{
    QFETCH(QString, typed);
    const Countries::Parsed parsed = Countries::parse(typed);
    QVERIFY(!parsed.isAcceptable());
    QVERIFY(parsed.code.isEmpty());
    // The sentence names what was typed and says what to type instead.
    QVERIFY2(parsed.problem.contains(QStringLiteral("“%1”").arg(typed)), qPrintable(parsed.problem));
    QVERIFY2(parsed.problem.contains(QStringLiteral("two-letter ISO code, e.g. Sweden or SE")),
             qPrintable(parsed.problem));
}

void TestCountries::emptyIsNoCountry()
{
    for (const QString &typed : {QString(), QStringLiteral("   ")}) {
        const Countries::Parsed parsed = Countries::parse(typed);
        QVERIFY(parsed.isAcceptable());
        QVERIFY(parsed.code.isEmpty());
    }
}

void TestCountries::namesInTheThreeLanguages()
{
    const QString nl = QStringLiteral("NL");
    QCOMPARE(Countries::nameOf(nl, Language::English), QStringLiteral("Netherlands"));
    QCOMPARE(Countries::nameOf(nl, Language::Dutch), QStringLiteral("Nederland"));
    QCOMPARE(Countries::nameOf(nl, Language::Swedish), QStringLiteral("Nederländerna"));
    QCOMPARE(Countries::nameOf(QStringLiteral("SE"), Language::Dutch), QStringLiteral("Zweden"));
    QCOMPARE(Countries::nameOf(QStringLiteral("BE"), Language::Dutch), QStringLiteral("België"));
    // The common name is the one shown; the full name is still read.
    QCOMPARE(Countries::nameOf(QStringLiteral("KR"), Language::English), QStringLiteral("South Korea"));
    QVERIFY(Countries::namesOf(QStringLiteral("KR"), Language::English).contains(QStringLiteral("Korea, Republic of")));
    // Not a code: shown as it is.
    QCOMPARE(Countries::nameOf(QStringLiteral("ZZ"), Language::English), QStringLiteral("ZZ"));
    QCOMPARE(Countries::nameOf(QString(), Language::English), QString());
    QVERIFY(Countries::namesOf(QStringLiteral("ZZ"), Language::English).isEmpty());
}

void TestCountries::languageFollowsTheUserInterface()
{
    QCOMPARE(UiLanguage::of(QLocale(QLocale::Dutch, QLocale::Belgium)), Language::Dutch);
    QCOMPARE(UiLanguage::of(QLocale(QLocale::Swedish, QLocale::Finland)), Language::Swedish);
    QCOMPARE(UiLanguage::of(QLocale(QLocale::German)), Language::English);
    QCOMPARE(UiLanguage::of(QLocale::c()), Language::English);
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    QCOMPARE(UiLanguage::current(), Language::Swedish);
    QCOMPARE(Countries::nameOf(QStringLiteral("NL")), QStringLiteral("Nederländerna"));
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    QCOMPARE(Countries::nameOf(QStringLiteral("SE")), QStringLiteral("Zweden"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(Countries::nameOf(QStringLiteral("SE")), QStringLiteral("Sweden"));
}

QTEST_GUILESS_MAIN(TestCountries)
#include "tst_countries.moc"
