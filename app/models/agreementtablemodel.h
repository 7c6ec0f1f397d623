#pragma once

#include "domain/agreement.h"
#include "models/recordtablemodel.h"
#include "store/agreementrepository.h"

// Agreements: title, kind, status, dates, parties, themes, and their milestones (how many, how many overdue).
class AgreementTableModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum ColumnIndex
    {
        TitleColumn,
        KindColumn,
        StatusColumn,
        SignedColumn,
        StartsColumn,
        EndsColumn,
        PartiesColumn,
        ThemesColumn,
        MilestonesColumn,
        OverdueColumn,
    };

    explicit AgreementTableModel(QObject *parent = nullptr);

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
        Agreement agreement;
        QStringList parties; // names, in the agreement's order
        MilestoneTally milestones;
    };
    QHash<qint64, Row> m_rows;
};
