#include "domain/uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace UiLanguage {

Language of(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Dutch:
        return Language::Dutch;
    case QLocale::Swedish:
        return Language::Swedish;
    default:
        return Language::English;
    }
}

Language current()
{
    return of(QLocale());
}

QString code(Language language)
{
    switch (language) {
    case Language::Dutch:
        return QStringLiteral("nl");
    case Language::Swedish:
        return QStringLiteral("sv");
    case Language::English:
        break;
    }
    return QStringLiteral("en");
}

void install(const QLocale &locale)
{
    static std::unique_ptr<QTranslator> own;
    static std::unique_ptr<QTranslator> qt;
    for (std::unique_ptr<QTranslator> *translator : {&own, &qt}) {
        if (*translator)
            QCoreApplication::removeTranslator(translator->get());
        translator->reset();
    }
    const QString language = code(of(locale));
    auto ours = std::make_unique<QTranslator>();
    if (ours->load(QStringLiteral(":/i18n/pactline_%1.qm").arg(language)) &&
        QCoreApplication::installTranslator(ours.get()))
        own = std::move(ours);
    auto theirs = std::make_unique<QTranslator>();
    if (theirs->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
        QCoreApplication::installTranslator(theirs.get()))
        qt = std::move(theirs);
}

} // namespace UiLanguage
