// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QStringList>
#include <QTranslator>

#include <memory>
#include <utility>

namespace {

const QString ChoiceKey = QStringLiteral("ui/language");

bool isSpoken(QLocale::Language language)
{
    return language == QLocale::English || language == QLocale::Dutch || language == QLocale::Swedish;
}

} // namespace

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

QString chosen()
{
    const QString choice = QSettings().value(ChoiceKey).toString();
    for (const Language language : {Language::English, Language::Dutch, Language::Swedish})
        if (choice == code(language))
            return choice;
    return {};
}

void choose(const QString &languageCode)
{
    QSettings settings;
    if (languageCode.isEmpty())
        settings.remove(ChoiceKey);
    else
        settings.setValue(ChoiceKey, languageCode);
}

QLocale preferred(const QString &choice)
{
    const QLocale system = QLocale::system();
    QStringList candidates = system.uiLanguages();
    if (!choice.isEmpty())
        candidates = {choice};
    for (const QString &name : std::as_const(candidates)) {
        const QLocale locale(name);
        if (isSpoken(locale.language()))
            return locale.language() == system.language() ? system : locale;
    }
    return system;
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

void apply(const QString &choice)
{
    const QLocale locale = preferred(choice);
    QLocale::setDefault(locale);
    install(locale);
}

} // namespace UiLanguage
