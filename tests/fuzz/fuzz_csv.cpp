// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness for the CSV reader: no input may crash it, and whatever it reads, CsvWriter
// writes back so that reading that again gives the same header and rows (formula neutralisation
// undone), which also checks that neutralisation is undone exactly.
#include "exchange/csvreader.h"
#include "exchange/csvwriter.h"

#include <QBuffer>

#include <cstdlib>

namespace {

QList<QStringList> restored(const QList<QStringList> &rows)
{
    QList<QStringList> result;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells << CsvWriter::unneutralised(cell);
        result << cells;
    }
    return result;
}

bool isEmptyLine(const QStringList &row)
{
    return row.size() == 1 && row.constFirst().isEmpty();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const CsvTable table = CsvReader::read(bytes);
    for (CsvTable::Encoding encoding : {CsvTable::Encoding::Utf8, CsvTable::Encoding::Utf16LittleEndian,
                                        CsvTable::Encoding::Utf16BigEndian, CsvTable::Encoding::Windows1252}) {
        CsvReader::Options options;
        options.encoding = encoding;
        options.delimiter = QLatin1Char(';');
        const CsvTable forced = CsvReader::read(bytes, options);
        if (!forced.ok() &&
            (forced.problem->row < 0 || forced.problem->column < 0 || forced.problem->message.isEmpty()))
            abort();
    }
    if (!table.ok()) {
        if (table.problem->message.isEmpty() || table.problem->row < 0 || table.problem->column < 0)
            abort();
        return 0;
    }
    // Trailing empty lines are not rows when read back; a header of one empty field is no header.
    QList<QStringList> rows = table.rows;
    while (!rows.isEmpty() && isEmptyLine(rows.constLast()))
        rows.removeLast();
    if (isEmptyLine(table.header))
        return 0;

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(buffer);
        writer.writeRow(table.header);
        for (const QStringList &row : std::as_const(rows))
            writer.writeRow(row);
    }
    CsvReader::Options comma;
    comma.delimiter = QLatin1Char(',');
    const CsvTable again = CsvReader::read(buffer.data(), comma);
    if (!again.ok() || again.encoding != CsvTable::Encoding::Utf8WithBom)
        abort();
    if (restored({again.header}) != QList<QStringList>{table.header} || restored(again.rows) != rows)
        abort();
    return 0;
}
