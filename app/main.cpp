// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The one file that sees both the core and the UI: parses the command line, then runs a
// headless command or opens the main window.
#include "cli/headlesscommand.h"
#include "domain/uilanguage.h"
#include "exchange/sampleportfolio.h"
#include "fileopenrequests.h"
#include "launchprobe.h"
#include "mainwindow.h"
#include "screenshotcommand.h"
#include "version/pactlineversion.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

// Names the application (and so its settings) and speaks the language of the system, or with a
// window, the one chosen in View > Language.
enum class LanguageFrom
{
    System,
    Settings
};

void setApplicationInfo(LanguageFrom languageFrom = LanguageFrom::System)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Pactline"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("pactline.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Pactline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PACTLINE_VERSION));
    UiLanguage::apply(languageFrom == LanguageFrom::Settings ? UiLanguage::chosen() : QString());
}

int runHeadless(const HeadlessCommand &command, int argc, char **argv)
{
    // Fonts need a QGuiApplication; the offscreen platform needs no display.
    if (command.paints)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        command.paints ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    setApplicationInfo();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return command.run(QCoreApplication::arguments().mid(2), out, err);
}

// Commands that render widgets without a display: a QApplication on the offscreen platform.
QList<HeadlessCommand> widgetCommands()
{
    return {screenshotCommand()};
}

int runWithWidgets(const HeadlessCommand &command, int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    setApplicationInfo();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return command.run(QCoreApplication::arguments().mid(2), out, err);
}

QString commandList()
{
    QString text = QCoreApplication::translate("Main", "\nCommands (run without a display):\n");
    for (const HeadlessCommand &command : headlessCommands() + widgetCommands())
        text += QStringLiteral("  pactline %1\n      %2\n").arg(command.synopsis, command.summary);
    text += QCoreApplication::translate("Main", "\nRun “pactline COMMAND --help” for a command's options.");
    return text;
}

void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("Main", "Pactline: partners, agreements and milestones of international "
                                            "collaborations.") +
        commandList());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("Main", "The portfolio to open (default: your own)."),
                                 QStringLiteral("[FILE]"));
}

// --help, --version and usage errors, answered without a display.
int runInfo(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setApplicationInfo();
    QCommandLineParser parser;
    setUpParser(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << "\n";
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QStringLiteral("pactline %1\n").arg(QCoreApplication::applicationVersion());
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    QTextStream(stderr) << QCoreApplication::translate("Main", "Give at most one portfolio file.\n");
    return ExitUsage;
}

// Whether the arguments ask for information or are wrong, so that no window is needed.
bool needsNoWindow(int argc, char **argv)
{
    int positional = 0;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith('-'))
            return true; // the window takes no options: --help, --version or a usage error
        ++positional;
    }
    return positional > 1;
}

// `sinceMain` started as main() began (the launch probe measures from there).
int runGui(int argc, char **argv, const QElapsedTimer &sinceMain)
{
    QApplication app(argc, argv);
    setApplicationInfo(LanguageFrom::Settings);
    // The desktop entry's name ties the windows to it (Wayland); the installed icon theme has the icon
    // at every size, the embedded SVG stands in where Pactline is not installed.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.pactline.Pactline"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.pactline.Pactline"),
                                                 QIcon(QStringLiteral(":/icons/org.pactline.Pactline.svg"))));
    QCommandLineParser parser;
    setUpParser(parser);
    parser.process(app);

    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        const auto created =
            SamplePortfolio::ensureDefaultPortfolio(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        if (!created) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("Main", "Pactline"), created.error().message);
            return ExitUsage;
        }
        path = *created;
    }
    MainWindow window;
    new FileOpenRequests(window);
    LaunchProbe::installFromEnvironment(window, sinceMain);
    if (!window.openFile(path))
        return ExitUsage;
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (argc > 1) {
        const QString name = QString::fromLocal8Bit(argv[1]);
        for (const HeadlessCommand &command : headlessCommands())
            if (command.name == name)
                return runHeadless(command, argc, argv);
        for (const HeadlessCommand &command : widgetCommands())
            if (command.name == name)
                return runWithWidgets(command, argc, argv);
    }
    if (needsNoWindow(argc, argv))
        return runInfo(argc, argv);
    return runGui(argc, argv, sinceMain);
}
