// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportoptions.h"

#include "domain/codetable.h"
#include "domain/osuser.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

constexpr CodeTable<ReportOptions::Kind, 3> Kinds{{
    {ReportOptions::Kind::Portfolio, "portfolio", QT_TRANSLATE_NOOP("ReportOptions", "Portfolio report")},
    {ReportOptions::Kind::Agreement, "agreement", QT_TRANSLATE_NOOP("ReportOptions", "Agreement summary")},
    {ReportOptions::Kind::Progress, "progress", QT_TRANSLATE_NOOP("ReportOptions", "Progress report")},
}};

} // namespace

std::pair<QDate, QDate> ReportOptions::defaultPeriod(QDate today)
{
    return {today.addMonths(-12).addDays(1), today};
}

QString ReportOptions::kindCode(Kind kind)
{
    return codeIn(Kinds, kind);
}

std::optional<ReportOptions::Kind> ReportOptions::kindFromCode(const QString &code)
{
    return valueIn(Kinds, code.trimmed(), Qt::CaseInsensitive);
}

QString ReportOptions::kindName(Kind kind)
{
    return nameIn(Kinds, kind, "ReportOptions");
}

QString ReportOptions::defaultAuthor()
{
    const QString user = osUserName();
    return user.isEmpty() ? QStringLiteral("Pactline") : user;
}
