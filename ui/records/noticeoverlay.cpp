// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/noticeoverlay.h"

#include <QEvent>
#include <QStyle>

namespace {

constexpr int Margin = 6;

} // namespace

NoticeOverlay::NoticeOverlay(QWidget *host)
    : QLabel(host->parentWidget())
    , m_host(host)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAutoFillBackground(true);
    setFrameShape(QFrame::Box);
    setMargin(6);
    setForegroundRole(QPalette::ToolTipText);
    setBackgroundRole(QPalette::ToolTipBase);
    setToolTip(tr("Click to put this message away"));
    hide();
    host->installEventFilter(this);
}

void NoticeOverlay::showNotice(const QString &text, bool problem)
{
    m_problem = problem && !text.isEmpty();
    setText(text);
    setAccessibleName(m_problem ? tr("Problem") : tr("Message"));
    setAccessibleDescription(text);
    if (text.isEmpty()) {
        hide();
        return;
    }
    place();
    show();
    raise();
}

QString NoticeOverlay::notice() const
{
    return isVisibleTo(parentWidget()) ? text() : QString();
}

bool NoticeOverlay::eventFilter(QObject *object, QEvent *event)
{
    if (object == m_host && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        place();
    return QLabel::eventFilter(object, event);
}

void NoticeOverlay::mousePressEvent(QMouseEvent *event)
{
    QLabel::mousePressEvent(event);
    hide();
}

void NoticeOverlay::place()
{
    if (!m_host)
        return;
    const QRect area = m_host->geometry();
    const int width = qMax(60, area.width() - 2 * Margin);
    const int height = qMin(heightForWidth(width), qMax(area.height() / 2, fontMetrics().height() * 2));
    setGeometry(area.left() + Margin, area.bottom() - height - Margin + 1, width, height);
}
