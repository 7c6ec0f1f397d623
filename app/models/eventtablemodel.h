#pragma once

#include "domain/event.h"
#include "models/recordtablemodel.h"

// Events: title, date, place and the participating organisations.
class EventTableModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum ColumnIndex
    {
        TitleColumn,
        DateColumn,
        PlaceColumn,
        ParticipantsColumn,
    };

    explicit EventTableModel(QObject *parent = nullptr);

protected:
    QStringList watchedTables() const override;
    std::function<Result<QList<qint64>>(Database &db)> countJob(const ListQuery &query) const override;
    Result<QList<qint64>> fetchIds(Database &db, const ListQuery &query, const ListWindow &window) const override;
    Result<qint64> fetchPosition(Database &db, const ListQuery &query, qint64 id) const override;
    Result<void> loadRows(Database &db, const QList<qint64> &ids) override;
    void dropRows(const QList<qint64> &ids) override;
    void dropAllRows() override;
    QVariant cellData(qint64 id, int column, int role) const override;
    Result<void> writeCell(Database &db, RecordWriter &writer, qint64 id, int column, const QVariant &value) override;

private:
    struct Row
    {
        Event event;
        QStringList participants;
    };
    QHash<qint64, Row> m_rows;
};
