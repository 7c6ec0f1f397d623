#pragma once

#include "domain/rowmeta.h"

#include <QString>

struct Contact
{
    RowMeta meta;
    qint64 partnerId = 0;
    QString name;
    QString role;
    QString email;
    QString phone;
    QString notes;
};
