// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/helppages.h"

#include "domain/fuzzydate.h"
#include "help/helpwindow.h"
#include "help/licences.h"
#include "help/userguide.h"
#include "store/database.h"
#include "version/pactlineversion.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

// One kind of date: how it is stored and printed (from FuzzyDate) and more spellings it reads.
struct DateForm
{
    const char *precision;
    FuzzyDate date;
    QStringList alsoRead;
};

QList<DateForm> dateForms()
{
    return {
        {QT_TRANSLATE_NOOP("HelpPages", "A day"),
         FuzzyDate::day(2023, 9, 12),
         {QStringLiteral("12/09/2023"), QStringLiteral("12-9-2023"), QStringLiteral("12 Sep 2023"),
          QStringLiteral("September 12, 2023")}},
        {QT_TRANSLATE_NOOP("HelpPages", "A month"),
         FuzzyDate::month(2023, 9),
         {QStringLiteral("09/2023"), QStringLiteral("Sep 2023"), QStringLiteral("sept. 2023")}},
        {QT_TRANSLATE_NOOP("HelpPages", "A quarter"),
         FuzzyDate::quarter(2024, 3),
         {QStringLiteral("Q3-2024"), QStringLiteral("third quarter of 2024"), QStringLiteral("derde kwartaal 2024"),
          QStringLiteral("2024 K3"), QStringLiteral("tredje kvartalet 2024")}},
        {QT_TRANSLATE_NOOP("HelpPages", "A half year"),
         FuzzyDate::half(2025, 2),
         {QStringLiteral("second half of 2025"), QStringLiteral("tweede helft 2025"),
          QStringLiteral("andra halvåret 2025")}},
        {QT_TRANSLATE_NOOP("HelpPages", "A year"), FuzzyDate::year(2022), {}},
    };
}

// How Pactline stores and prints a date: its code, then its text in each language (each once).
QStringList printedForms(const FuzzyDate &date)
{
    QStringList forms;
    for (const QString &text : {date.code(), date.toString(FuzzyDate::Language::English),
                                date.toString(FuzzyDate::Language::Dutch), date.toString(FuzzyDate::Language::Swedish)})
        if (!forms.contains(text))
            forms << text;
    return forms;
}

// The other spellings listed for a form: only those the parser reads as this very date.
QStringList alsoReadOf(const DateForm &form)
{
    const QStringList printed = printedForms(form.date);
    QStringList spellings;
    for (const QString &text : form.alsoRead)
        if (!printed.contains(text) && FuzzyDate::parse(text) == form.date)
            spellings << text;
    return spellings;
}

QString cell(const QString &text)
{
    return QStringLiteral("<td style=\"white-space: nowrap\">%1</td>").arg(text.toHtmlEscaped());
}

QString cellOfLines(const QStringList &lines)
{
    QStringList escaped;
    for (const QString &line : lines)
        escaped << line.toHtmlEscaped();
    return QStringLiteral("<td style=\"white-space: nowrap\">%1</td>").arg(escaped.join(QStringLiteral("<br>")));
}

void showDateFormats(QMainWindow &window)
{
    // Room for the table, within the screen (with its frame).
    HelpWindow::show(window, QStringLiteral("dateFormatsDialog"), QSize(800, 600), [&window] {
        auto *dialog = new QDialog(&window);
        dialog->setWindowTitle(HelpPages::tr("Date Formats"));
        auto *layout = new QVBoxLayout(dialog);
        auto *page = new QTextBrowser(dialog);
        page->setObjectName(QStringLiteral("dateFormatsPage"));
        page->setHtml(HelpPages::dateFormatsPage());
        layout->addWidget(page);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        layout->addWidget(buttons);
        return dialog;
    });
}

void showAbout(QMainWindow &window)
{
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("aboutDialog"));
    if (!box) {
        box = new QMessageBox(QMessageBox::NoIcon, HelpPages::tr("About Pactline"), HelpPages::aboutText(),
                              QMessageBox::Close, &window);
        box->setObjectName(QStringLiteral("aboutDialog"));
        box->setTextFormat(Qt::RichText);
        QPushButton *licences = box->addButton(HelpPages::tr("&Licences…"), QMessageBox::ActionRole);
        licences->setObjectName(QStringLiteral("aboutLicences"));
        // The button closes the box, as any of its buttons does; the licences open in their own dialog.
        QObject::connect(licences, &QPushButton::clicked, &window, [&window] { Licences::showDialog(&window); });
    }
    box->open();
}

} // namespace

QMenu *HelpPages::addTo(QMainWindow &window)
{
    QMenu *menu = window.menuBar()->addMenu(tr("&Help"));
    menu->setObjectName(QStringLiteral("menuHelp"));
    menu->addAction(UserGuide::createAction(window));
    QAction *formats = menu->addAction(tr("&Date Formats"), &window, [&window] { showDateFormats(window); });
    formats->setObjectName(QStringLiteral("actionDateFormats"));
    menu->addSeparator();
    QAction *about = menu->addAction(tr("&About Pactline"), &window, [&window] { showAbout(window); });
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = menu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    return menu;
}

QString HelpPages::aboutText()
{
    return tr("<h3>Pactline %1</h3>"
              "<p>Keeps the partners, agreements, events and milestones of international collaborations, draws "
              "them on a timeline and reports on their progress.</p>"
              "<p>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</p>"
              "<p>Built with Qt %2, running on Qt %3.</p>")
               .arg(QStringLiteral(PACTLINE_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())) +
           tr("<p>Portfolios are stored with SQLite %1.</p>").arg(Database::sqliteVersion()) + Licences::summary();
}

QString HelpPages::dateFormatsPage()
{
    QString rows;
    for (const DateForm &form : dateForms())
        rows += QStringLiteral("<tr>") + QStringLiteral("<td>%1</td>").arg(tr(form.precision).toHtmlEscaped()) +
                cell(form.date.code()) + cell(form.date.toString(FuzzyDate::Language::English)) +
                cell(form.date.toString(FuzzyDate::Language::Dutch)) +
                cell(form.date.toString(FuzzyDate::Language::Swedish)) + cellOfLines(alsoReadOf(form)) +
                QStringLiteral("</tr>");
    return tr("<h3>Dates in Pactline</h3>"
              "<p>Agreements promise things for “Q3 2024” or “2022” as often as for a day, so a date in Pactline is "
              "a day, a month, a quarter, a half year or a year. Type it in any of the forms below, in English, "
              "Dutch or Swedish, in a date field or in a file you import; Pactline stores it in the first form and "
              "shows it in the language of the user interface, as in its column.</p>") +
           QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>") + tr("Period") +
           QStringLiteral("</th><th>") + tr("Stored as") + QStringLiteral("</th><th>") + tr("English") +
           QStringLiteral("</th><th>") + tr("Dutch") + QStringLiteral("</th><th>") + tr("Swedish") +
           QStringLiteral("</th><th>") + tr("Also read") + QStringLiteral("</th></tr>") + rows +
           QStringLiteral("</table>") +
           tr("<p>With the year last, numbers are read day first: 12/09/2023 is 12 September 2023.</p>"
              "<p>A date covers its whole period: “Q3 2024” runs from 1 July to 30 September 2024. Dates sort by "
              "their first day, a day before its month. A milestone is overdue once its whole period has passed "
              "and it is not achieved. On the timeline a day is a diamond and a longer period a band.</p>");
}

QList<HelpPages::DateExample> HelpPages::dateFormatExamples()
{
    QList<DateExample> examples;
    for (const DateForm &form : dateForms())
        for (const QString &text : printedForms(form.date) + alsoReadOf(form))
            examples.append({text, form.date});
    return examples;
}
