// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/portfoliocopy.h"

#include <QObject>

class QWidget;

// File ▸ Save a Copy As…'s copy (PortfolioCopy, through connections of its own) on a thread of its
// own, while a progress dialog over the window (objectName "copyProgressDialog", shown when the copy
// takes more than a moment) shows how far it is; its Cancel stops the copy, leaving nothing behind.
class CopyProgress final : public QObject
{
    Q_OBJECT

public:
    explicit CopyProgress(QWidget *window);

    Result<PortfolioCopy::Outcome> copy(const QString &source, const QString &destination);

signals:
    // On the window's thread, as rows are copied.
    void progressed(qint64 done, qint64 total);

private:
    QWidget *m_window;
};
