// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/eventtablemodel.h"

#include "models/cellvalue.h"
#include "models/recordwriter.h"
#include "store/eventrepository.h"
#include "store/partnerrepository.h"

EventTableModel::EventTableModel(QObject *parent)
    : RepositoryTableModel(parent)
{
    setColumns({
        {QStringLiteral("title"), tr("Event"), QStringLiteral("title"), Editor::Text},
        {QStringLiteral("date"), tr("Date"), QStringLiteral("date"), Editor::FuzzyDate},
        {QStringLiteral("place"), tr("Place"), QStringLiteral("place"), Editor::Text},
        {QStringLiteral("participants"), tr("Participants"), QString(), Editor::None},
    });
    setDefaultSort(DateColumn);
}

QStringList EventTableModel::watchedTables() const
{
    return {QStringLiteral("event"), QStringLiteral("event_partner"), QStringLiteral("event_contact"),
            QStringLiteral("partner")};
}

Result<QList<EventTableRow>> EventTableModel::rowsFor(Database &db, const QList<Event> &records) const
{
    QList<qint64> partnerIds;
    for (const Event &event : records)
        partnerIds << event.partnerIds;
    const Result<QHash<qint64, QString>> labels = PartnerRepository(db).labels(partnerIds);
    if (!labels)
        return labels.error();
    QList<EventTableRow> rows;
    for (const Event &event : records) {
        EventTableRow row{event, {}};
        for (qint64 id : event.partnerIds)
            row.participants << labels->value(id);
        rows.append(row);
    }
    return rows;
}

QVariant EventTableModel::cellData(qint64 id, int column, int role) const
{
    const EventTableRow *row = loadedRow(id);
    if (!row)
        return {};
    const Event &e = row->record;
    if (role == Qt::ToolTipRole) {
        if (column == DateColumn)
            return CellValue::dateInterval(e.date);
        if (column == ParticipantsColumn)
            return row->participants.join(QLatin1Char('\n'));
        if (column == TitleColumn)
            return CellValue::titleTip(e.title, e.notes);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case TitleColumn:
        return e.title;
    case DateColumn:
        return CellValue::dateText(e.date);
    case PlaceColumn:
        return e.place;
    case ParticipantsColumn:
        return row->participants.join(QStringLiteral(", "));
    default:
        return {};
    }
}

Result<void> EventTableModel::writeCell(Database &db, RecordWriter &writer, qint64 id, int column,
                                        const QVariant &value)
{
    const EventTableRow *row = loadedRow(id);
    if (!row)
        return StoreError{StoreError::Kind::NotFound, tr("The event is no longer listed.")};
    switch (column) {
    case TitleColumn:
        return writeField(db, writer, row->record, &Event::title, CellValue::text(value));
    case DateColumn:
        return writeField(db, writer, row->record, &Event::date, CellValue::date(value));
    case PlaceColumn:
        return writeField(db, writer, row->record, &Event::place, CellValue::text(value));
    default:
        return StoreError{StoreError::Kind::Invalid, tr("This column cannot be edited.")};
    }
}
