// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/flowlayout.h"

#include <QWidget>

FlowLayout::FlowLayout(QWidget *parent, int spacing)
    : QLayout(parent)
{
    setSpacing(spacing);
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addStretchWidget(QWidget *widget, int minimumWidth)
{
    addWidget(widget);
    m_stretching << m_items.constLast();
    m_minimumWidths << minimumWidth;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items << item;
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    if (const qsizetype at = m_stretching.indexOf(item); at >= 0) {
        m_stretching.removeAt(at);
        m_minimumWidths.removeAt(at);
    }
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest single item: everything else wraps.
    QSize size;
    for (int i = 0; i < m_items.size(); ++i) {
        const qsizetype stretch = m_stretching.indexOf(m_items.at(i));
        const int width = stretch >= 0 ? m_minimumWidths.at(stretch) : m_items.at(i)->sizeHint().width();
        size = size.expandedTo(QSize(width, m_items.at(i)->sizeHint().height()));
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    QSize size;
    for (const QLayoutItem *item : m_items) {
        size.rwidth() += item->sizeHint().width() + spacing();
        size.setHeight(qMax(size.height(), item->sizeHint().height()));
    }
    return size;
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const auto widthOf = [this](QLayoutItem *item) {
        const qsizetype stretch = m_stretching.indexOf(item);
        return stretch >= 0 ? m_minimumWidths.at(stretch) : item->sizeHint().width();
    };
    // Break the items into lines, then give each line's spare width to its stretching items.
    QList<QList<QLayoutItem *>> lines{{}};
    int used = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int width = widthOf(item);
        if (!lines.constLast().isEmpty() && used + spacing() + width > area.width()) {
            lines.append(QList<QLayoutItem *>());
            used = 0;
        }
        used += (lines.constLast().isEmpty() ? 0 : spacing()) + width;
        lines.last() << item;
    }
    int y = area.y();
    for (const QList<QLayoutItem *> &line : std::as_const(lines)) {
        if (line.isEmpty())
            continue;
        int natural = 0;
        int height = 0;
        int stretchers = 0;
        for (QLayoutItem *item : line) {
            natural += widthOf(item);
            height = qMax(height, item->sizeHint().height());
            stretchers += m_stretching.contains(item) ? 1 : 0;
        }
        natural += spacing() * int(line.size() - 1);
        const int spare = qMax(0, area.width() - natural);
        int x = area.x();
        for (QLayoutItem *item : line) {
            int width = widthOf(item);
            if (m_stretching.contains(item))
                width += spare / stretchers;
            if (apply)
                item->setGeometry(
                    QRect(x, y + (height - item->sizeHint().height()) / 2, width, item->sizeHint().height()));
            x += width + spacing();
        }
        y += height + spacing();
    }
    return y - spacing() - rect.y() + contentsMargins().bottom();
}
