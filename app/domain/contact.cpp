// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/contact.h"

#include <QCoreApplication>
#include <QRegularExpression>

QString Contact::problem() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Contact", "A contact needs a name.");
    if (partnerId <= 0)
        return QCoreApplication::translate("Contact", "A contact belongs to a partner; choose one.");
    // Something, one @, and a domain with a dot: not a full check of RFC 5322, just what is clearly an address.
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    if (const QString typed = email.trimmed(); !typed.isEmpty() && !address.match(typed).hasMatch())
        return QCoreApplication::translate("Contact", "“%1” is not an e-mail address; type one like "
                                                      "name@example.org, or leave it empty.")
            .arg(typed);
    return {};
}
