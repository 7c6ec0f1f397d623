#pragma once

#include "domain/milestone.h"
#include "models/recordtablemodel.h"

// Milestones: title, agreement, due period, status, when achieved, location; overdue ones flagged.
class MilestoneTableModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum ColumnIndex
    {
        TitleColumn,
        AgreementColumn,
        DueColumn,
        StatusColumn,
        AchievedColumn,
        LocationColumn,
    };

    explicit MilestoneTableModel(QObject *parent = nullptr);

    // The loaded row of a milestone shown in the model.
    Milestone milestoneAt(int row) const;
    // "Today" for overdue flags (tests pin it; default: the current date).
    void setToday(QDate today) { m_today = today; }

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
        Milestone milestone;
        QString agreement;
    };
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    QHash<qint64, Row> m_rows;
    QDate m_today;
};
