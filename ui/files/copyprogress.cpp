// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/copyprogress.h"

#include "files/besideevents.h"

#include <QFileInfo>
#include <QProgressDialog>

#include <atomic>
#include <limits>
#include <optional>

namespace {

// The bar's steps (rows may outnumber an int).
constexpr int Steps = 1000;
// A copy that ends sooner shows no dialog.
constexpr int ShowAfterMs = 400;

} // namespace

CopyProgress::CopyProgress(QWidget *window)
    : m_window(window)
{}

Result<PortfolioCopy::Outcome> CopyProgress::copy(const QString &source, const QString &destination)
{
    QProgressDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("copyProgressDialog"));
    dialog.setWindowTitle(tr("Saving a Copy"));
    dialog.setLabelText(tr("Copying the portfolio to “%1”…").arg(QFileInfo(destination).fileName()));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(ShowAfterMs);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setRange(0, Steps);
    dialog.setValue(0);
    std::atomic<bool> cancelled{false};
    connect(&dialog, &QProgressDialog::canceled, &dialog, [&cancelled] { cancelled = true; });
    connect(this, &CopyProgress::progressed, &dialog, [&dialog, destination](qint64 done, qint64 total) {
        if (total > 0 && done >= total) {
            // Every record is in; the copy's indexes are made from them, for a time no count foretells.
            dialog.setLabelText(
                tr("Making the search indexes of “%1” from its records…").arg(QFileInfo(destination).fileName()));
            dialog.setRange(0, 0);
            return;
        }
        const int records = int(qMin<qint64>(total, std::numeric_limits<int>::max()));
        dialog.setLabelText(tr("Copying the portfolio to “%1”: %L2 of %Ln record(s)…", nullptr, records)
                                .arg(QFileInfo(destination).fileName())
                                .arg(done));
        if (total > 0)
            dialog.setValue(int(done * Steps / total));
    });

    std::optional<Result<PortfolioCopy::Outcome>> result;
    runBesideEvents(this, [this, source, destination, &cancelled, &result] {
        result = PortfolioCopy::copy(source, destination, [this, &cancelled](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progressed(done, total); }, Qt::QueuedConnection);
            return !cancelled;
        });
    });
    return *result;
}
