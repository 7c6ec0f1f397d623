#include "testsupport.h"

#include "domain/uilanguage.h"
#include "exchange/sampleportfolio.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QProcessEnvironment>
#include <QTest>

namespace {

// Every test runs with Pactline's translations for its locale, as the application does (English
// needs them too, for its plural forms).
void installTranslations()
{
    UiLanguage::install(QLocale());
}
Q_COREAPP_STARTUP_FUNCTION(installTranslations)

} // namespace

namespace TestSupport {

QString pactlineBinary()
{
    return QStringLiteral(PACTLINE_BINARY);
}

QString sourceDir()
{
    return QStringLiteral(PACTLINE_SOURCE_DIR);
}

QByteArray fileChecksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

ProcessResult runPactline(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(pactlineBinary(), arguments);
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString createSamplePortfolio(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    auto db = Database::create(path);
    if (!db) {
        QTest::qFail(qPrintable(db.error().message), __FILE__, __LINE__);
        return {};
    }
    if (auto loaded = SamplePortfolio::loadInto(**db); !loaded) {
        QTest::qFail(qPrintable(loaded.error().message), __FILE__, __LINE__);
        return {};
    }
    return path;
}

} // namespace TestSupport
