#include "exchange/savefile.h"

#include <QSaveFile>

bool SaveFile::open(QSaveFile &file)
{
    return file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}
