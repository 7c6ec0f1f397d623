#pragma once

#include "domain/partner.h"
#include "models/recordtablemodel.h"

// Partners: name, short name, kind, country, city, website and how many agreements each is party to.
class PartnerTableModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum ColumnIndex
    {
        NameColumn,
        ShortNameColumn,
        KindColumn,
        CountryColumn,
        CityColumn,
        WebsiteColumn,
        AgreementsColumn,
    };

    explicit PartnerTableModel(QObject *parent = nullptr);

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
        Partner partner;
        int agreements = 0;
    };
    QHash<qint64, Row> m_rows;
};
