// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/recordpicker.h"

// Picks a partner by typing: completes names (and short names).
class PartnerPicker final : public RecordPicker<qint64>
{
    Q_OBJECT

public:
    explicit PartnerPicker(QWidget *parent = nullptr);

    // The chosen partner (0: none or the text names no partner).
    qint64 partnerId() const;
    void setPartnerId(qint64 id);
    // How a partner is shown: "Lund University (SE)".
    static QString labelFor(const QString &name, const QString &country);

signals:
    // A partner was picked (0: the field was cleared).
    void partnerChosen(qint64 id);

private:
    QStringList offer(Database &db, const QString &typed) override;
    void choose();
};
