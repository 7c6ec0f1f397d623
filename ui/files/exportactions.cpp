// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/exportactions.h"

#include "exchange/icalendarexport.h"
#include "exchange/portfoliojson.h"
#include "exchange/savefile.h"
#include "exchange/tableexport.h"
#include "mainwindow.h"
#include "models/recordtablemodel.h"
#include "records/recordview.h"
#include "store/database.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>
#include <QTableView>

ExportActions::ExportActions(MainWindow &window)
    : QObject(&window)
    , m_window(window)
    , m_csv(new QAction(tr("Export Table as &CSV…"), this))
    , m_json(new QAction(tr("Export Portfolio as &JSON…"), this))
    , m_calendar(new QAction(tr("Export &Calendar (.ics)…"), this))
{
    setObjectName(QStringLiteral("exportActions"));
    m_csv->setObjectName(QStringLiteral("actionExportCsv"));
    m_json->setObjectName(QStringLiteral("actionExportJson"));
    m_calendar->setObjectName(QStringLiteral("actionExportCalendar"));
    m_csv->setStatusTip(tr("The list on screen, with its filter, sort and columns, for a spreadsheet."));
    m_json->setStatusTip(tr("The whole portfolio in Pactline's JSON format, which imports back as it is."));
    m_calendar->setStatusTip(tr("Milestones and events as all-day events for a calendar."));
    connect(m_csv, &QAction::triggered, this, &ExportActions::exportCsv);
    connect(m_json, &QAction::triggered, this, &ExportActions::exportJson);
    connect(m_calendar, &QAction::triggered, this, &ExportActions::exportCalendar);
    m_chooseFile = [this](const QString &caption, const QString &suggestedName, const QString &filter) {
        return QFileDialog::getSaveFileName(&m_window, caption, suggestedName, filter);
    };
    m_reportError = [this](const QString &title, const QString &message) {
        QMessageBox::warning(&m_window, title, message);
    };
}

ExportActions *ExportActions::addTo(MainWindow &window)
{
    auto *actions = new ExportActions(window);
    window.addFileActions({actions->m_csv, actions->m_json, actions->m_calendar});
    connect(&window, &MainWindow::portfolioOpened, actions, &ExportActions::updateEnabled);
    connect(&window, &MainWindow::portfolioClosed, actions, &ExportActions::updateEnabled);
    // The CSV action follows the view: it exports lists, not the timeline.
    connect(window.fileMenu(), &QMenu::aboutToShow, actions, &ExportActions::updateEnabled);
    actions->updateEnabled();
    return actions;
}

void ExportActions::updateEnabled()
{
    const bool open = m_window.database() != nullptr;
    m_json->setEnabled(open);
    m_calendar->setEnabled(open);
    m_csv->setEnabled(open && m_window.recordView(m_window.currentViewId()) &&
                      TableExport::tableFromCode(m_window.currentViewId()));
}

bool ExportActions::save(const QString &caption, const QString &suggestedName, const QString &filter,
                         const std::function<bool(QIODevice &device, QString *error)> &write)
{
    const QString path = m_chooseFile(caption, suggestedName, filter);
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool opened = SaveFile::open(file);
    const bool written = opened && write(file, &error) && file.commit();
    QApplication::restoreOverrideCursor();
    if (!written) {
        if (opened)
            file.cancelWriting();
        m_reportError(caption, error.isEmpty() ? tr("Could not write “%1”: %2").arg(path, file.errorString()) : error);
        return false;
    }
    m_window.statusBar()->showMessage(tr("Exported to %1").arg(path), 10000);
    emit exported(path);
    return true;
}

void ExportActions::exportCsv()
{
    Database *db = m_window.database();
    const QString viewId = m_window.currentViewId();
    RecordView *view = m_window.recordView(viewId);
    const std::optional<TableExport::Table> table = TableExport::tableFromCode(viewId);
    if (!db || !view || !table)
        return;
    // The visible columns in the order on screen, as far as they are data the table export knows.
    QStringList keys;
    const QHeaderView *header = view->table()->horizontalHeader();
    QStringList known;
    for (const TableExport::Column &column : TableExport::columns(*table))
        known << column.key;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical) || logical >= view->model()->columns().size())
            continue;
        QString key = view->model()->columns().at(logical).key;
        if (key == QLatin1String("participants"))
            key = QStringLiteral("partners");
        if (known.contains(key) && !keys.contains(key))
            keys << key;
    }
    if (keys.isEmpty())
        keys = known;
    const ListQuery query = view->model()->query();
    save(tr("Export Table as CSV"), QStringLiteral("%1-%2.csv").arg(db->displayName(), viewId), tr("CSV files (*.csv)"),
         [&](QIODevice &device, QString *error) {
             const Result<qsizetype> rows = TableExport::writeCsv(*db, *table, device, query, keys);
             if (!rows)
                 *error = rows.error().message;
             return bool(rows);
         });
}

void ExportActions::exportJson()
{
    Database *db = m_window.database();
    if (!db)
        return;
    save(tr("Export Portfolio as JSON"), db->displayName() + QStringLiteral(".json"),
         tr("Pactline portfolio JSON (*.json)"), [&](QIODevice &device, QString *error) {
             const Result<PortfolioData> data = PortfolioJson::load(*db);
             if (!data) {
                 *error = data.error().message;
                 return false;
             }
             const QByteArray json = PortfolioJson::write(*data);
             return device.write(json) == json.size();
         });
}

void ExportActions::exportCalendar()
{
    Database *db = m_window.database();
    if (!db)
        return;
    save(tr("Export Calendar"), db->displayName() + QStringLiteral(".ics"), tr("iCalendar files (*.ics)"),
         [&](QIODevice &device, QString *error) {
             const Result<QByteArray> calendar = ICalendarExport::write(*db);
             if (!calendar) {
                 *error = calendar.error().message;
                 return false;
             }
             return device.write(*calendar) == calendar->size();
         });
}
