// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/partner.h"

#include "domain/countries.h"

#include <QCoreApplication>

QString Partner::problem() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Partner", "A partner needs a name, e.g. “Lund University”.");
    const QString code = country.trimmed();
    if (!code.isEmpty() && !Countries::isCode(code.toUpper()))
        return QCoreApplication::translate("Partner",
                                           "“%1” is not a country code: type the two-letter ISO code, e.g. NL or SE.")
            .arg(code);
    return {};
}
