// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/cellvalue.h"

#include <QRegularExpression>

Result<FuzzyDate> CellValue::date(const QVariant &value)
{
    const QString typed = value.toString().trimmed();
    if (typed.isEmpty())
        return FuzzyDate();
    QString error;
    const FuzzyDate parsed = FuzzyDate::parse(typed, &error);
    if (!parsed.isValid())
        return StoreError{StoreError::Kind::Invalid, error};
    return parsed;
}

QString CellValue::dateText(const FuzzyDate &date)
{
    return date.isValid() ? date.toString() : QString();
}

QString CellValue::dateInterval(const FuzzyDate &date)
{
    if (!date.isValid())
        return {};
    if (date.precision() == FuzzyDate::Precision::Day)
        return date.first().toString(Qt::ISODate);
    return QCoreApplication::translate("CellValue", "%1 to %2")
        .arg(date.first().toString(Qt::ISODate), date.last().toString(Qt::ISODate));
}

QString CellValue::titleTip(const QString &title, const QString &more)
{
    constexpr int Shown = 400;
    const QString start = more.trimmed();
    if (start.isEmpty())
        return title;
    return title + QStringLiteral("\n\n") + (start.size() > Shown ? start.left(Shown) + QChar(0x2026) : start);
}

QVariant CellValue::header(const QAbstractItemModel &model, const QStringList &titles, int section,
                           Qt::Orientation orientation, int role)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return model.QAbstractItemModel::headerData(section, orientation, role);
    return section >= 0 && section < titles.size() ? QVariant(titles.at(section)) : QVariant();
}

QStringList CellValue::list(const QVariant &value)
{
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    QStringList items;
    for (const QString &part : value.toString().split(separators, Qt::SkipEmptyParts))
        if (const QString item = part.trimmed(); !item.isEmpty() && !items.contains(item, Qt::CaseInsensitive))
            items << item;
    return items;
}

Result<QString> CellValue::choice(const QVariant &value, const ChoiceType &type, const QString &what)
{
    if (const QString code = type.codeFromText(value.toString()); !code.isEmpty())
        return code;
    QStringList names;
    for (const QString &code : type.codes())
        names << type.displayName(code);
    return StoreError{StoreError::Kind::Invalid,
                      QCoreApplication::translate("CellValue", "“%1” is not a %2; choose one of: %3.")
                          .arg(value.toString(), what, names.join(QStringLiteral(", ")))};
}

QVariantList CellValue::choices(const ChoiceType &type)
{
    QVariantList list;
    for (const QString &code : type.codes())
        list << QVariant(QStringList{code, type.displayName(code)});
    return list;
}
