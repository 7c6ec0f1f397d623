// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/exportactions.h"

#include "exchange/icalendarexport.h"
#include "exchange/portfoliojson.h"
#include "exchange/savefile.h"
#include "exchange/tableexport.h"
#include "models/recordtablemodel.h"
#include "records/recordview.h"
#include "store/database.h"
#include "windowcontext.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QSaveFile>
#include <QTableView>

ExportActions::ExportActions(WindowContext &context)
    : WindowActions(context, QStringLiteral("exportActions"))
    , m_csv(newAction(tr("Export Table as &CSV…"), QStringLiteral("actionExportCsv"),
                      tr("The list on screen, with its filter, sort and columns, for a spreadsheet."),
                      [this] { exportCsv(); }))
    , m_json(newAction(tr("Export Portfolio as &JSON…"), QStringLiteral("actionExportJson"),
                       tr("The whole portfolio in Pactline's JSON format, which imports back as it is."),
                       [this] { exportJson(); }))
    , m_calendar(newAction(tr("Export &Calendar (.ics)…"), QStringLiteral("actionExportCalendar"),
                           tr("Milestones and events as all-day events for a calendar."), [this] { exportCalendar(); }))
{
    QMainWindow *window = &context.mainWindow();
    m_chooseFile = [window](const QString &caption, const QString &suggestedName, const QString &filter) {
        return QFileDialog::getSaveFileName(window, caption, suggestedName, filter);
    };
    context.addFileActions({m_csv, m_json, m_calendar});
    // The CSV action follows the view: it exports lists, not the timeline.
    connect(context.fileMenu(), &QMenu::aboutToShow, this, &ExportActions::updateEnabled);
    context.followPortfolio(this, [this] { updateEnabled(); });
}

void ExportActions::updateEnabled()
{
    const bool open = context().database() != nullptr;
    m_json->setEnabled(open);
    m_calendar->setEnabled(open);
    m_csv->setEnabled(open && context().recordView(context().currentViewId()) &&
                      TableExport::tableFromCode(context().currentViewId()));
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
        reportError(caption, error.isEmpty() ? tr("Could not write “%1”: %2").arg(path, file.errorString()) : error);
        return false;
    }
    context().showStatusMessage(tr("Exported to %1").arg(path), 10000);
    emit exported(path);
    return true;
}

void ExportActions::exportCsv()
{
    Database *db = context().database();
    const QString viewId = context().currentViewId();
    RecordView *view = context().recordView(viewId);
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
    Database *db = context().database();
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
    Database *db = context().database();
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
