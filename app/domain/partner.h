#pragma once

#include "domain/enums.h"
#include "domain/rowmeta.h"

struct Partner
{
    RowMeta meta;
    QString name;
    QString shortName;
    PartnerKind kind = PartnerKind::Other;
    QString country; // ISO 3166-1 alpha-2, upper case
    QString city;
    QString website;
    QString notes;
};
