// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportstyle.h"

#include <QStringList>

namespace {

QFont make(double pointSize, QFont::Weight weight = QFont::Normal, int stretch = QFont::Unstretched)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Liberation Sans"),
                      QStringLiteral("Arial"), QStringLiteral("Helvetica")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    font.setWeight(weight);
    font.setStretch(stretch);
    // No shaping: shaping would draw "ffi" as one ligature glyph, which PDF readers then extract and
    // search as "ﬃ" instead of "ffi" (Qt 6.4 cannot switch off the ligatures alone).
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace

QFont ReportStyle::font(Role role)
{
    switch (role) {
    case Role::Body:
        return make(9.4);
    case Role::Small:
        return make(8.2);
    case Role::Table:
        return make(8.2, QFont::Normal, QFont::SemiCondensed);
    case Role::TableHeader:
        return make(7.6, QFont::Bold, QFont::SemiCondensed);
    case Role::Heading1:
        return make(17, QFont::Bold);
    case Role::Heading2:
        return make(12.5, QFont::Bold);
    case Role::Heading3:
        return make(9.8, QFont::Bold);
    case Role::CoverKicker:
        return make(11, QFont::Bold);
    case Role::CoverTitle:
        return make(30, QFont::Bold);
    case Role::MastheadTitle:
        return make(20, QFont::Bold);
    case Role::CoverSubtitle:
        return make(14);
    case Role::CoverFact:
        return make(9.4);
    case Role::KeyFigure:
        return make(22, QFont::Bold);
    case Role::KeyFigureLabel:
        return make(7.8, QFont::Normal, QFont::SemiCondensed);
    case Role::RunningHeader:
    case Role::Footer:
        return make(7.4);
    case Role::Caption:
        return make(7.8);
    case Role::Toc1:
        return make(10, QFont::Bold);
    case Role::Toc2:
        return make(9.2);
    }
    return make(9.4);
}

double ReportStyle::lineHeight(Role role)
{
    const bool display = role == Role::CoverTitle || role == Role::MastheadTitle || role == Role::KeyFigure;
    return font(role).pointSizeF() * (display ? 1.2 : 1.42);
}

QColor ReportStyle::color(Role role)
{
    switch (role) {
    case Role::Heading1:
    case Role::Heading2:
    case Role::CoverTitle:
    case Role::MastheadTitle:
    case Role::KeyFigure:
    case Role::Toc1:
        return accentColor();
    case Role::CoverKicker:
        return accentSoftColor();
    case Role::TableHeader:
    case Role::Heading3:
        return inkColor();
    case Role::RunningHeader:
    case Role::Footer:
    case Role::Caption:
    case Role::KeyFigureLabel:
    case Role::CoverSubtitle:
        return mutedColor();
    case Role::Body:
    case Role::Small:
    case Role::Table:
    case Role::CoverFact:
    case Role::Toc2:
        return inkColor();
    }
    return inkColor();
}

QSizeF ReportStyle::textArea(const QPageSize &pageSize)
{
    const QSizeF page = pageSize.size(QPageSize::Point);
    return {page.width() - marginLeft - marginRight, page.height() - marginTop - marginBottom};
}
