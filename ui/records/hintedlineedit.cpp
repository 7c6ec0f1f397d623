// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/hintedlineedit.h"

#include "themecolors.h"

#include <QLabel>
#include <QStyle>

HintedLineEdit::HintedLineEdit(const QString &hintName, QWidget *parent)
    : QLineEdit(parent)
    , m_hint(new QLabel(this))
{
    m_hint->setObjectName(hintName);
    m_hint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

void HintedLineEdit::showHint(const QString &text, bool problem)
{
    m_hint->setText(text);
    QPalette hintPalette = m_hint->palette();
    hintPalette.setColor(QPalette::WindowText,
                         problem ? ThemeColors::problemText(palette()) : palette().color(QPalette::PlaceholderText));
    m_hint->setPalette(hintPalette);
    placeHint();
}

QString HintedLineEdit::hintText() const
{
    return m_hint->text();
}

void HintedLineEdit::placeHint()
{
    const int width = m_hint->text().isEmpty() ? 0 : m_hint->sizeHint().width() + 6;
    const int typed = fontMetrics().horizontalAdvance(text()) + 16;
    const bool fits = width > 0 && typed + width <= this->width();
    m_hint->setVisible(fits);
    const int frame = style()->pixelMetric(QStyle::PM_DefaultFrameWidth);
    m_hint->setGeometry(rect().adjusted(frame, 0, -frame - 3, 0));
    setTextMargins(0, 0, fits ? width : 0, 0);
}

void HintedLineEdit::resizeEvent(QResizeEvent *event)
{
    QLineEdit::resizeEvent(event);
    placeHint();
}
