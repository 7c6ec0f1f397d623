// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Dutch and Swedish translations are complete: every text in the sources is in each .ts file
// (lupdate on a copy finds nothing new and nothing gone), translated, with the placeholders of its
// source, and few are the English text copied.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; // the translation, or its numerus forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (xml.readNextStartElement()) {
        if (xml.name() == u"TS")
            continue;
        if (xml.name() != u"context") {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"message") {
                Message message;
                message.context = context;
                message.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"source") {
                        message.source = xml.readElementText();
                    } else if (xml.name() == u"translation") {
                        message.unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
                        if (message.numerus) {
                            while (xml.readNextStartElement()) // the numerusforms
                                message.forms << xml.readElementText();
                        } else {
                            message.forms << xml.readElementText();
                        }
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                messages << message;
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QStringList placeholders(const QString &text, bool withCount)
{
    static const QRegularExpression marker(QStringLiteral("%[1-9n]"));
    QStringList found;
    for (const QRegularExpressionMatch &match : marker.globalMatch(text))
        if (withCount || match.captured() != QStringLiteral("%n"))
            found << match.captured();
    std::sort(found.begin(), found.end());
    return found;
}

QString describe(const Message &message)
{
    return QStringLiteral("%1: “%2”").arg(message.context, message.source);
}

QString translationsDir()
{
    return TestSupport::sourceDir() + QStringLiteral("/resources/translations");
}

// Every translation but English, which holds only the plural forms.
void addTranslatedLanguages()
{
    QTest::addColumn<QString>("path");
    const QStringList files =
        QDir(translationsDir()).entryList({QStringLiteral("pactline_*.ts")}, QDir::Files, QDir::Name);
    for (const QString &name : files)
        if (name != QStringLiteral("pactline_en.ts"))
            QTest::newRow(qPrintable(name)) << QDir(translationsDir()).filePath(name);
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void dutchAndSwedishExist();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void everyTextInTheSourcesIsInTheFile_data();
    void everyTextInTheSourcesIsInTheFile();
};

void TestTranslations::dutchAndSwedishExist()
{
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("sv")}) {
        const QString path = translationsDir() + QStringLiteral("/pactline_%1.ts").arg(language);
        QVERIFY2(QFileInfo::exists(path), qPrintable(path + QStringLiteral(" is missing")));
    }
}

void TestTranslations::everyMessageIsTranslated_data()
{
    addTranslatedLanguages();
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, path);
    QString error;
    const QList<Message> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 500);
    QStringList problems;
    int copied = 0;
    for (const Message &message : messages) {
        const int wanted = message.numerus ? 2 : 1;
        const bool empty = std::any_of(message.forms.cbegin(), message.forms.cend(),
                                       [](const QString &form) { return form.isEmpty(); });
        if (message.unfinished || empty || message.forms.size() != wanted) {
            problems << QStringLiteral("untranslated: ") + describe(message);
            continue;
        }
        // A plural form may say "one" instead of %n ("Its contact goes with it"); the other
        // placeholders stay in every form, and the many-form keeps %n.
        for (qsizetype i = 0; i < message.forms.size(); ++i) {
            const bool withCount = !message.numerus || i == message.forms.size() - 1;
            if (placeholders(message.forms.at(i), withCount) != placeholders(message.source, withCount))
                problems
                    << QStringLiteral("placeholders differ: %1 → “%2”").arg(describe(message), message.forms.at(i));
        }
        if (!message.numerus && message.forms.constFirst() == message.source)
            ++copied;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Names such as "Partner", "Status" or "Pactline" are the same in every language, but not many.
    QVERIFY2(copied * 10 <= messages.size(),
             qPrintable(QStringLiteral("%1 of %2 translations are the English text").arg(copied).arg(messages.size())));
}

void TestTranslations::everyTextInTheSourcesIsInTheFile_data()
{
    addTranslatedLanguages();
}

void TestTranslations::everyTextInTheSourcesIsInTheFile()
{
    QFETCH(QString, path);
    const QString lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
    QVERIFY2(QFileInfo(lupdate).isExecutable(), qPrintable(lupdate + QStringLiteral(" is missing")));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(path).fileName());
    QVERIFY(QFile::copy(path, copy));
    QProcess process;
    process.setWorkingDirectory(TestSupport::sourceDir());
    process.start(lupdate, {QStringLiteral("-recursive"), QStringLiteral("app"), QStringLiteral("ui"),
                            QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                            QStringLiteral("-ts"), copy});
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QString error;
    const auto keys = [&error](const QString &file) {
        QSet<QString> set;
        for (const Message &message : readTs(file, &error))
            set.insert(describe(message));
        return set;
    };
    const QSet<QString> before = keys(path);
    const QSet<QString> after = keys(copy);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList added = QStringList((after - before).values());
    const QStringList gone = QStringList((before - after).values());
    QVERIFY2(added.isEmpty(), qPrintable(QStringLiteral("not in %1 (run the update_translations target):\n%2")
                                             .arg(QFileInfo(path).fileName(), added.join(QLatin1Char('\n')))));
    QVERIFY2(gone.isEmpty(), qPrintable(QStringLiteral("in %1 but no longer in the sources:\n%2")
                                            .arg(QFileInfo(path).fileName(), gone.join(QLatin1Char('\n')))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
