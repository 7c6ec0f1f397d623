// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportoptions.h"

#include "domain/osuser.h"

#include <QCoreApplication>
#include <QLocale>

std::pair<QDate, QDate> ReportOptions::defaultPeriod(QDate today)
{
    return {today.addMonths(-12).addDays(1), today};
}

QString ReportOptions::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Portfolio:
        return QStringLiteral("portfolio");
    case Kind::Agreement:
        return QStringLiteral("agreement");
    case Kind::Progress:
        return QStringLiteral("progress");
    }
    return {};
}

std::optional<ReportOptions::Kind> ReportOptions::kindFromCode(const QString &code)
{
    for (const Kind kind : {Kind::Portfolio, Kind::Agreement, Kind::Progress})
        if (kindCode(kind).compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return kind;
    return std::nullopt;
}

QString ReportOptions::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Portfolio:
        return QCoreApplication::translate("ReportOptions", "Portfolio report");
    case Kind::Agreement:
        return QCoreApplication::translate("ReportOptions", "Agreement summary");
    case Kind::Progress:
        return QCoreApplication::translate("ReportOptions", "Progress report");
    }
    return {};
}

QString ReportOptions::defaultAuthor()
{
    const QString user = osUserName();
    return user.isEmpty() ? QStringLiteral("Pactline") : user;
}
