// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/filterbar.h"

#include "domain/countries.h"
#include "domain/enums.h"
#include "records/flowlayout.h"
#include "records/partnerpicker.h"
#include "store/agreementrepository.h"
#include "store/partnerrepository.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace {

template<typename E>
QList<std::pair<QString, QString>> choicesOf()
{
    QList<std::pair<QString, QString>> list;
    for (E value : allValues<E>())
        list.append({codeOf(value), displayNameOf(value)});
    return list;
}

} // namespace

FilterBar::FilterBar(const QString &records, QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("filterBar"));
    // The filters wrap onto a second line rather than make the window wider.
    auto *layout = new FlowLayout(this);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search names, titles and notes (Ctrl+F)"));
    layout->addStretchWidget(m_search, 220);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::announce);
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::announce);

    const bool partners = records == QLatin1String("partners");
    const bool agreements = records == QLatin1String("agreements");
    const bool milestones = records == QLatin1String("milestones");
    if (agreements)
        addChoice(QStringLiteral("status"), tr("Filter by status"), tr("Any status"), choicesOf<AgreementStatus>());
    if (milestones)
        addChoice(QStringLiteral("status"), tr("Filter by status"), tr("Any status"), choicesOf<MilestoneStatus>());
    if (partners)
        addChoice(QStringLiteral("kind"), tr("Filter by kind"), tr("Any kind"), choicesOf<PartnerKind>());
    if (agreements)
        addChoice(QStringLiteral("kind"), tr("Filter by kind"), tr("Any kind"), choicesOf<AgreementKind>());
    if (partners || agreements || milestones)
        addChoice(QStringLiteral("country"), tr("Filter by country"), tr("Any country"), {});
    if (!partners) {
        m_partner = new PartnerPicker(this);
        m_partner->setObjectName(QStringLiteral("partnerFilter"));
        m_partner->setPlaceholderText(tr("Any partner"));
        m_partner->setFixedWidth(180);
        m_partner->setClearButtonEnabled(true);
        layout->addWidget(m_partner);
        connect(m_partner, &PartnerPicker::partnerChosen, this, &FilterBar::announce);
    }
    if (agreements || milestones)
        addChoice(QStringLiteral("theme"), tr("Filter by theme"), tr("Any theme"), {});
    if (agreements || milestones) {
        m_overdue = new QCheckBox(tr("&Overdue"), this);
        m_overdue->setObjectName(QStringLiteral("overdueFilter"));
        m_overdue->setToolTip(agreements ? tr("Only agreements with an overdue milestone")
                                         : tr("Only milestones past their due period and not achieved"));
        layout->addWidget(m_overdue);
        connect(m_overdue, &QCheckBox::toggled, this, &FilterBar::announce);
    }
    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Show everything again"));
    m_clear->setEnabled(false);
    layout->addWidget(m_clear);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    setFocusProxy(m_search);
}

QComboBox *FilterBar::addChoice(const QString &key, const QString &name, const QString &any,
                                const QList<std::pair<QString, QString>> &values)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(key + QStringLiteral("Filter"));
    combo->setAccessibleName(name);
    combo->addItem(any, QString());
    for (const auto &[code, name] : values)
        combo->addItem(name, code);
    // Long choices ("Memorandum of understanding") must not widen the window.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(11);
    layout()->addWidget(combo);
    m_choices.insert(key, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::announce);
    return combo;
}

void FilterBar::setDatabase(Database *db)
{
    m_db = db;
    if (m_partner) {
        m_partner->setDatabase(db);
        m_partner->clear();
    }
    refreshChoices();
}

void FilterBar::fillCombo(QComboBox *combo, const QStringList &values)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const QString &value : values)
        combo->addItem(value, value);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void FilterBar::refreshChoices()
{
    if (QComboBox *country = m_choices.value(QStringLiteral("country"))) {
        const auto countries = m_db ? PartnerRepository(*m_db).countries() : Result<QStringList>(QStringList());
        // Countries by name in the language of the user interface; the filter value stays the code.
        QStringList codes = countries ? *countries : QStringList();
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(codes.begin(), codes.end(), [&](const QString &a, const QString &b) {
            return collator.compare(Countries::nameOf(a), Countries::nameOf(b)) < 0;
        });
        fillCombo(country, codes);
        for (int i = 1; i < country->count(); ++i) {
            const QString code = country->itemData(i).toString();
            country->setItemText(i, Countries::nameOf(code));
            country->setItemData(i, code, Qt::ToolTipRole);
        }
    }
    if (QComboBox *theme = m_choices.value(QStringLiteral("theme"))) {
        const auto themes = m_db ? AgreementRepository(*m_db).themes() : Result<QStringList>(QStringList());
        fillCombo(theme, themes ? *themes : QStringList());
    }
}

QString FilterBar::search() const
{
    return m_search->text().trimmed();
}

QMap<QString, QString> FilterBar::filters() const
{
    QMap<QString, QString> filters;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        if (const QString value = it.value()->currentData().toString(); !value.isEmpty())
            filters.insert(it.key(), value);
    if (m_partner)
        if (const qint64 partner = m_partner->partnerId(); partner > 0)
            filters.insert(QStringLiteral("partner"), QString::number(partner));
    if (m_overdue && m_overdue->isChecked())
        filters.insert(QStringLiteral("overdue"), QStringLiteral("1"));
    return filters;
}

void FilterBar::setFilter(const QString &key, const QString &value)
{
    if (key == QLatin1String("partner") && m_partner)
        m_partner->setPartnerId(value.toLongLong());
    else if (key == QLatin1String("overdue") && m_overdue)
        m_overdue->setChecked(value == QLatin1String("1"));
    else if (QComboBox *combo = m_choices.value(key))
        combo->setCurrentIndex(qMax(0, combo->findData(value)));
    announce();
}

void FilterBar::clear()
{
    {
        const QSignalBlocker blockSearch(m_search);
        m_search->clear();
        for (QComboBox *combo : std::as_const(m_choices)) {
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(0);
        }
        if (m_partner) {
            const QSignalBlocker block(m_partner);
            m_partner->clear();
        }
        if (m_overdue) {
            const QSignalBlocker block(m_overdue);
            m_overdue->setChecked(false);
        }
    }
    m_debounce->stop();
    announce();
}

void FilterBar::announce()
{
    m_debounce->stop();
    const QString text = search();
    const QMap<QString, QString> chosen = filters();
    m_clear->setEnabled(!text.isEmpty() || !chosen.isEmpty());
    if (text == m_announcedSearch && chosen == m_announcedFilters)
        return;
    m_announcedSearch = text;
    m_announcedFilters = chosen;
    emit queryChanged(text, chosen);
}
