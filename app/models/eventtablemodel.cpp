#include "models/eventtablemodel.h"

#include "models/cellvalue.h"
#include "models/recordwriter.h"
#include "store/eventrepository.h"
#include "store/partnerrepository.h"

#include <QSet>

EventTableModel::EventTableModel(QObject *parent)
    : RecordTableModel(parent)
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

std::function<Result<QList<qint64>>(Database &db)> EventTableModel::countJob(const ListQuery &query) const
{
    return [query](Database &db) -> Result<QList<qint64>> {
        const Result<qint64> count = EventRepository(db).count(query);
        if (!count)
            return count.error();
        return QList<qint64>{*count};
    };
}

Result<QList<qint64>> EventTableModel::fetchIds(Database &db, const ListQuery &query, const ListWindow &window) const
{
    return EventRepository(db).ids(query, window);
}

Result<qint64> EventTableModel::fetchPosition(Database &db, const ListQuery &query, qint64 id) const
{
    return EventRepository(db).position(query, id);
}

Result<void> EventTableModel::loadRows(Database &db, const QList<qint64> &ids)
{
    const Result<QList<Event>> events = EventRepository(db).getMany(ids);
    if (!events)
        return events.error();
    QSet<qint64> partnerIds;
    for (const Event &event : *events)
        for (qint64 id : event.partnerIds)
            partnerIds.insert(id);
    const Result<QList<Partner>> partners =
        PartnerRepository(db).getMany(QList<qint64>(partnerIds.cbegin(), partnerIds.cend()));
    if (!partners)
        return partners.error();
    QHash<qint64, QString> names;
    for (const Partner &partner : *partners)
        names.insert(partner.meta.id, partner.shortName.isEmpty() ? partner.name : partner.shortName);
    for (const Event &event : *events) {
        Row row{event, {}};
        for (qint64 id : event.partnerIds)
            row.participants << names.value(id);
        m_rows.insert(event.meta.id, row);
    }
    return {};
}

void EventTableModel::dropRows(const QList<qint64> &ids)
{
    for (qint64 id : ids)
        m_rows.remove(id);
}

void EventTableModel::dropAllRows()
{
    m_rows.clear();
}

QVariant EventTableModel::cellData(qint64 id, int column, int role) const
{
    const auto it = m_rows.constFind(id);
    if (it == m_rows.constEnd())
        return {};
    const Event &e = it->event;
    if (role == Qt::ToolTipRole) {
        if (column == DateColumn)
            return CellValue::dateInterval(e.date);
        if (column == ParticipantsColumn)
            return it->participants.join(QLatin1Char('\n'));
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
        return it->participants.join(QStringLiteral(", "));
    default:
        return {};
    }
}

Result<void> EventTableModel::writeCell(Database &db, RecordWriter &writer, qint64 id, int column,
                                        const QVariant &value)
{
    const auto it = m_rows.constFind(id);
    if (it == m_rows.constEnd())
        return StoreError{StoreError::Kind::NotFound, tr("The event is no longer listed.")};
    const Event before = it->event;
    Event after = before;
    switch (column) {
    case TitleColumn:
        after.title = CellValue::text(value);
        break;
    case DateColumn: {
        const Result<FuzzyDate> date = CellValue::date(value);
        if (!date)
            return date.error();
        after.date = *date;
        break;
    }
    case PlaceColumn:
        after.place = CellValue::text(value);
        break;
    default:
        return StoreError{StoreError::Kind::Invalid, tr("This column cannot be edited.")};
    }
    if (after.title == before.title && after.date == before.date && after.place == before.place)
        return {};
    if (const Result<void> valid = EventRepository::validate(after); !valid)
        return valid;
    return writer.updateEvent(db, before, after);
}
