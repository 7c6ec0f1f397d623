// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

// Writes CSV as spreadsheets read it: UTF-8 with a byte-order mark, comma-separated, CRLF line ends,
// fields quoted when they hold the delimiter, a quote or a line break (quotes doubled).
//
// Formula neutralisation: a cell that starts with =, +, -, @, a tab or a carriage return would be run
// as a formula by spreadsheets, so it is written with a leading apostrophe ("=1+1" -> "'=1+1"). A
// cell that already starts with apostrophes followed by one of those gets one more, so that the CSV
// importer, which removes one leading apostrophe before those characters, restores every cell exactly.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice &device, QChar delimiter = QLatin1Char(','));
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void writeRow(const QStringList &cells);
    // Writes what is buffered; false when the device refused some of it.
    bool flush();

    static QString neutralised(const QString &cell);
    static QString unneutralised(const QString &cell);

private:
    void append(const QString &cell);

    QIODevice &m_device;
    QChar m_delimiter;
    QString m_buffer;
    bool m_ok = true;
};
