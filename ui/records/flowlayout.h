// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

// Lays its items out left to right and wraps to the next line when the width runs out (like
// words in a paragraph), so that a row of filters never forces its window wider. Items marked
// stretchable share what is left on their line.
class FlowLayout final : public QLayout
{
    Q_OBJECT

public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    // Adds a widget that takes a share of the spare width on its line (e.g. a search field).
    void addStretchWidget(QWidget *widget, int minimumWidth);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    QList<QLayoutItem *> m_stretching;
    QList<int> m_minimumWidths; // for the stretching items, parallel to m_stretching
};
