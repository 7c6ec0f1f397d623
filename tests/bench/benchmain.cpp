// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// pactline-bench: performance figures, one line each: BENCH <name> <value> <unit>.
#include "benchcontext.h"
#include "benchgroup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

QList<BenchGroup> &BenchGroup::all()
{
    static QList<BenchGroup> groups;
    return groups;
}

BenchGroup::Registrar::Registrar(const char *name, std::function<void(BenchContext &)> run)
{
    BenchGroup::all().append({QString::fromLatin1(name), std::move(run)});
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Pactline benchmarks; prints BENCH <name> <value> <unit> lines."));
    parser.addHelpOption();
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Run only this group."),
                                  QStringLiteral("GROUP"));
    const QCommandLineOption work(QStringLiteral("work"),
                                  QStringLiteral("Folder for generated portfolios (kept between runs)."),
                                  QStringLiteral("DIR"),
                                  QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                      .filePath(QStringLiteral("pactline-bench")));
    parser.addOptions({only, work});
    parser.process(app);

    QList<BenchGroup> groups = BenchGroup::all();
    std::sort(groups.begin(), groups.end(), [](const BenchGroup &a, const BenchGroup &b) { return a.name < b.name; });
    QStringList names;
    for (const BenchGroup &group : groups)
        names << group.name;
    names.removeDuplicates(); // a group may have parts in several files
    const QString wanted = parser.value(only);
    if (!wanted.isEmpty() && !names.contains(wanted)) {
        QTextStream(stderr) << "pactline-bench: no group “" << wanted
                            << "”; groups: " << names.join(QStringLiteral(", ")) << "\n";
        return 2;
    }
    QDir().mkpath(parser.value(work));
    BenchContext context(parser.value(work));
    for (const BenchGroup &group : groups)
        if (wanted.isEmpty() || group.name == wanted)
            group.run(context);
    return 0;
}
