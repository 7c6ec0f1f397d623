// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/statuscounts.h"

#include "models/backgroundcounter.h"
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/milestonerepository.h"

#include <QDate>
#include <QStringList>

namespace {

// What the figures depend on: the list, its search and filters (not its order), and today.
QString keyOf(StatusCounts::List list, const ListQuery &query)
{
    QStringList parts{QString::number(int(list)), QDate::currentDate().toString(Qt::ISODate), query.search};
    for (auto filter = query.filters.cbegin(); filter != query.filters.cend(); ++filter)
        parts << filter.key() << filter.value();
    return parts.join(QChar(0x1f));
}

} // namespace

StatusCounts::StatusCounts(Database &db, BackgroundCounter &counter, QObject *parent)
    : QObject(parent)
    , m_counter(counter)
{
    connect(&db, &Database::changed, this, [this] {
        m_known.clear();
        m_counting.clear();
        ++m_generation;
    });
}

std::optional<StatusCounts::Figures> StatusCounts::figures(List list, const ListQuery &query)
{
    const QString key = keyOf(list, query);
    if (const auto known = m_known.constFind(key); known != m_known.constEnd())
        return *known;
    if (key == m_counting)
        return std::nullopt;
    m_counting = key;
    ++m_started;
    const quint64 generation = m_generation;
    m_counter.submit(
        QStringLiteral("status"), this,
        [list, query](Database &db) -> Result<QList<qint64>> {
            if (list == List::Agreements) {
                const auto tally = AgreementRepository(db).milestoneTally(query);
                if (!tally)
                    return tally.error();
                return QList<qint64>{tally->total, tally->overdue};
            }
            ListQuery overdue = query;
            overdue.filters.insert(QStringLiteral("overdue"), QStringLiteral("1"));
            const auto late = MilestoneRepository(db).count(overdue);
            if (!late)
                return late.error();
            return QList<qint64>{-1, *late};
        },
        [this, key, generation](const Result<QList<qint64>> &counts) {
            if (m_counting == key)
                m_counting.clear();
            // Counted before the portfolio changed: the next ask counts again.
            if (generation != m_generation)
                return;
            // A failed count shows no figures rather than asking again and again.
            m_known.insert(key, counts ? Figures{counts->value(0), counts->value(1)} : Figures{-1, -1});
            emit counted();
        });
    return std::nullopt;
}
