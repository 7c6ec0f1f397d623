// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotcommand.h"

#include "cli/commandparser.h"
#include "exchange/autobackup.h"
#include "mainwindow.h"
#include "models/recordtablemodel.h"
#include "records/recordview.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

namespace {

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString synopsis = QStringLiteral("screenshot FILE --view VIEW -o OUT.png [--size 1280x800]");
    CommandParser command(
        synopsis,
        QCoreApplication::translate("Screenshot", "Renders the main window on one view to a PNG, without a display."));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QCoreApplication::translate("Screenshot",
                                    "The view to show: partners, agreements, milestones, events or timeline."),
        QStringLiteral("VIEW"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("Screenshot", "The PNG file to write."),
                                    QStringLiteral("OUT.png"));
    const QCommandLineOption size(
        QStringLiteral("size"), QCoreApplication::translate("Screenshot", "Window size in pixels (default 1280x800)."),
        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    command.parser().addOptions({view, output, size});
    command.parser().addPositionalArgument(
        QStringLiteral("FILE"), QCoreApplication::translate("Screenshot", "The portfolio file (.pactline)."));
    int exitCode = ExitOk;
    if (!command.parse(arguments, out, err, &exitCode) || !command.expectPositional(1, err, &exitCode))
        return exitCode;
    const QString path = command.parser().positionalArguments().constFirst();
    const QString target = command.parser().value(output);
    if (target.isEmpty()) {
        err << QCoreApplication::translate("Screenshot", "Give the PNG to write with -o OUT.png.") << "\n"
            << QCoreApplication::translate("Screenshot", "Usage: pactline ") << synopsis << "\n";
        return ExitUsage;
    }
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
    const QRegularExpressionMatch match = sizePattern.match(command.parser().value(size));
    const QSize pixels = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
    if (!pixels.isValid() || pixels.width() < 480 || pixels.height() < 320 || pixels.width() > 4096 ||
        pixels.height() > 4096) {
        err << QCoreApplication::translate(
                   "Screenshot",
                   "“%1” is not a window size: give WIDTHxHEIGHT in pixels between 480x320 and 4096x4096, e.g. "
                   "1280x800.")
                   .arg(command.parser().value(size))
            << "\n";
        return ExitUsage;
    }

    // The user's own window layout stays out of it (and untouched).
    const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    // A screenshot only looks: no automatic backup next to the portfolio.
    AutoBackup::setKeepSetting(0);
    MainWindow window;
    QString problem;
    window.setErrorReporter([&](const QString &, const QString &message) { problem = message; });
    const QString wanted = command.parser().value(view);
    if (!window.viewIds().contains(wanted)) {
        err << QCoreApplication::translate("Screenshot", "“%1” is not a view; choose one of: %2.")
                   .arg(wanted, window.viewIds().join(QStringLiteral(", ")))
            << "\n";
        return ExitUsage;
    }
    if (!window.openFile(path)) {
        err << problem << "\n";
        return ExitUsage;
    }
    const QImage image = renderWindow(window, wanted, pixels);
    if (image.isNull() || !image.save(target, "PNG")) {
        err << QCoreApplication::translate("Screenshot", "Could not write “%1”.").arg(target) << "\n";
        return ExitUsage;
    }
    out << QCoreApplication::translate("Screenshot", "Wrote %1 (%2x%3, view %4).")
               .arg(target)
               .arg(image.width())
               .arg(image.height())
               .arg(wanted)
        << "\n";
    return ExitOk;
}

} // namespace

QImage renderWindow(MainWindow &window, const QString &view, QSize size)
{
    window.resize(size);
    window.showView(view);
    window.show();
    if (RecordView *records = window.recordView(view); records && records->model()->rowCount() > 0) {
        records->table()->selectRow(0);
        records->table()->setFocus();
    }
    // Let the counts arrive and the layout settle.
    const QDeadlineTimer deadline(5000);
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    } while (!deadline.hasExpired() && window.statusText().contains(QStringLiteral("…")));
    QCoreApplication::processEvents();
    return window.grab().toImage();
}

HeadlessCommand screenshotCommand()
{
    return {QStringLiteral("screenshot"), QStringLiteral("screenshot FILE --view VIEW -o OUT.png [--size 1280x800]"),
            QCoreApplication::translate(
                "Screenshot",
                "Render the main window on a view (partners, agreements, milestones, events, timeline) to a PNG."),
            run};
}
