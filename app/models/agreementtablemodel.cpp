#include "models/agreementtablemodel.h"

#include "models/cellvalue.h"
#include "models/recordwriter.h"
#include "store/partnerrepository.h"

#include <QSet>

AgreementTableModel::AgreementTableModel(QObject *parent)
    : RecordTableModel(parent)
{
    setColumns({
        {QStringLiteral("title"), tr("Title"), QStringLiteral("title"), Editor::Text},
        {QStringLiteral("kind"), tr("Kind"), QStringLiteral("kind"), Editor::Choice},
        {QStringLiteral("status"), tr("Status"), QStringLiteral("status"), Editor::Choice},
        {QStringLiteral("signed_on"), tr("Signed"), QStringLiteral("signed_on"), Editor::FuzzyDate},
        {QStringLiteral("starts_on"), tr("Starts"), QStringLiteral("starts_on"), Editor::FuzzyDate},
        {QStringLiteral("ends_on"), tr("Ends"), QStringLiteral("ends_on"), Editor::FuzzyDate},
        {QStringLiteral("parties"), tr("Parties"), QString(), Editor::None},
        {QStringLiteral("themes"), tr("Themes"), QString(), Editor::Text},
        {QStringLiteral("milestones"), tr("Milestones"), QString(), Editor::None},
        {QStringLiteral("overdue"), tr("Overdue"), QString(), Editor::None},
    });
    setDefaultSort(TitleColumn);
}

QStringList AgreementTableModel::watchedTables() const
{
    return {QStringLiteral("agreement"), QStringLiteral("agreement_party"), QStringLiteral("agreement_theme"),
            QStringLiteral("partner"), QStringLiteral("milestone")};
}

std::function<Result<QList<qint64>>(Database &db)> AgreementTableModel::countJob(const ListQuery &query) const
{
    return [query](Database &db) -> Result<QList<qint64>> {
        const Result<qint64> count = AgreementRepository(db).count(query);
        if (!count)
            return count.error();
        return QList<qint64>{*count};
    };
}

Result<QList<qint64>> AgreementTableModel::fetchIds(Database &db, const ListQuery &query,
                                                    const ListWindow &window) const
{
    return AgreementRepository(db).ids(query, window);
}

Result<qint64> AgreementTableModel::fetchPosition(Database &db, const ListQuery &query, qint64 id) const
{
    return AgreementRepository(db).position(query, id);
}

Result<void> AgreementTableModel::loadRows(Database &db, const QList<qint64> &ids)
{
    const AgreementRepository agreements(db);
    const Result<QList<Agreement>> rows = agreements.getMany(ids);
    if (!rows)
        return rows.error();
    const Result<QHash<qint64, MilestoneTally>> tallies = agreements.milestoneTallies(ids);
    if (!tallies)
        return tallies.error();
    QSet<qint64> partnerIds;
    for (const Agreement &agreement : *rows)
        for (const AgreementParty &party : agreement.parties)
            partnerIds.insert(party.partnerId);
    const Result<QList<Partner>> partners =
        PartnerRepository(db).getMany(QList<qint64>(partnerIds.cbegin(), partnerIds.cend()));
    if (!partners)
        return partners.error();
    QHash<qint64, QString> names;
    for (const Partner &partner : *partners)
        names.insert(partner.meta.id, partner.shortName.isEmpty() ? partner.name : partner.shortName);
    for (const Agreement &agreement : *rows) {
        Row row{agreement, {}, tallies->value(agreement.meta.id)};
        for (const AgreementParty &party : agreement.parties)
            row.parties << names.value(party.partnerId);
        m_rows.insert(agreement.meta.id, row);
    }
    return {};
}

void AgreementTableModel::dropRows(const QList<qint64> &ids)
{
    for (qint64 id : ids)
        m_rows.remove(id);
}

void AgreementTableModel::dropAllRows()
{
    m_rows.clear();
}

QVariant AgreementTableModel::cellData(qint64 id, int column, int role) const
{
    const auto it = m_rows.constFind(id);
    if (it == m_rows.constEnd())
        return {};
    const Agreement &a = it->agreement;
    switch (role) {
    case ChoicesRole:
        if (column == KindColumn)
            return CellValue::choices<AgreementKind>();
        if (column == StatusColumn)
            return CellValue::choices<AgreementStatus>();
        return {};
    case OverdueRole:
        return it->milestones.overdue > 0;
    case Qt::TextAlignmentRole:
        if (column == MilestonesColumn || column == OverdueColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case TitleColumn:
            return CellValue::titleTip(a.title, a.summary);
        case SignedColumn:
            return CellValue::dateInterval(a.signedOn);
        case StartsColumn:
            return CellValue::dateInterval(a.startsOn);
        case EndsColumn:
            return CellValue::dateInterval(a.endsOn);
        case PartiesColumn:
            return it->parties.join(QLatin1Char('\n'));
        default:
            return {};
        }
    case Qt::DisplayRole:
    case Qt::EditRole: {
        const bool edit = role == Qt::EditRole;
        switch (column) {
        case TitleColumn:
            return a.title;
        case KindColumn:
            return edit ? codeOf(a.kind) : displayNameOf(a.kind);
        case StatusColumn:
            return edit ? codeOf(a.status) : displayNameOf(a.status);
        case SignedColumn:
            return CellValue::dateText(a.signedOn);
        case StartsColumn:
            return CellValue::dateText(a.startsOn);
        case EndsColumn:
            return CellValue::dateText(a.endsOn);
        case PartiesColumn:
            return it->parties.join(QStringLiteral(", "));
        case ThemesColumn:
            return a.themes.join(QStringLiteral(", "));
        case MilestonesColumn:
            return it->milestones.total;
        case OverdueColumn:
            return it->milestones.overdue;
        default:
            return {};
        }
    }
    default:
        return {};
    }
}

Result<void> AgreementTableModel::writeCell(Database &db, RecordWriter &writer, qint64 id, int column,
                                            const QVariant &value)
{
    const auto it = m_rows.constFind(id);
    if (it == m_rows.constEnd())
        return StoreError{StoreError::Kind::NotFound, tr("The agreement is no longer listed.")};
    const Agreement before = it->agreement;
    Agreement after = before;
    const auto setDate = [&](FuzzyDate &field) -> Result<void> {
        const Result<FuzzyDate> date = CellValue::date(value);
        if (!date)
            return date.error();
        field = *date;
        return {};
    };
    switch (column) {
    case TitleColumn:
        after.title = CellValue::text(value);
        break;
    case KindColumn: {
        const Result<AgreementKind> kind = CellValue::choice<AgreementKind>(value, tr("kind of agreement"));
        if (!kind)
            return kind.error();
        after.kind = *kind;
        break;
    }
    case StatusColumn: {
        const Result<AgreementStatus> status = CellValue::choice<AgreementStatus>(value, tr("status"));
        if (!status)
            return status.error();
        after.status = *status;
        break;
    }
    case SignedColumn:
        if (auto r = setDate(after.signedOn); !r)
            return r;
        break;
    case StartsColumn:
        if (auto r = setDate(after.startsOn); !r)
            return r;
        break;
    case EndsColumn:
        if (auto r = setDate(after.endsOn); !r)
            return r;
        break;
    case ThemesColumn:
        after.themes = CellValue::list(value);
        break;
    default:
        return StoreError{StoreError::Kind::Invalid, tr("This column cannot be edited.")};
    }
    if (after.title == before.title && after.kind == before.kind && after.status == before.status &&
        after.signedOn == before.signedOn && after.startsOn == before.startsOn && after.endsOn == before.endsOn &&
        after.themes == before.themes)
        return {};
    if (const Result<void> valid = AgreementRepository::validate(after); !valid)
        return valid;
    return writer.updateAgreement(db, before, after);
}
