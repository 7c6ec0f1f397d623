// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/csvwriter.h"

#include <QIODevice>

namespace {

constexpr qsizetype FlushSize = 1 << 20;

bool startsFormula(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// How many apostrophes the cell starts with, when a formula character follows them; -1 otherwise.
qsizetype apostrophesBeforeFormula(const QString &cell)
{
    qsizetype k = 0;
    while (k < cell.size() && cell.at(k) == QLatin1Char('\''))
        ++k;
    return k < cell.size() && startsFormula(cell.at(k)) ? k : -1;
}

} // namespace

CsvWriter::CsvWriter(QIODevice &device, QChar delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{
    m_ok = m_device.write("\xEF\xBB\xBF", 3) == 3;
}

CsvWriter::~CsvWriter()
{
    flush();
}

QString CsvWriter::neutralised(const QString &cell)
{
    return apostrophesBeforeFormula(cell) >= 0 ? QLatin1Char('\'') + cell : cell;
}

QString CsvWriter::unneutralised(const QString &cell)
{
    return apostrophesBeforeFormula(cell) >= 1 ? cell.mid(1) : cell;
}

void CsvWriter::append(const QString &raw)
{
    const QString cell = neutralised(raw);
    bool quote = false;
    for (const QChar c : cell) {
        if (c == m_delimiter || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            quote = true;
            break;
        }
    }
    if (!quote) {
        m_buffer += cell;
        return;
    }
    m_buffer += QLatin1Char('"');
    for (const QChar c : cell) {
        if (c == QLatin1Char('"'))
            m_buffer += QLatin1Char('"');
        m_buffer += c;
    }
    m_buffer += QLatin1Char('"');
}

void CsvWriter::writeRow(const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_buffer += m_delimiter;
        append(cells.at(i));
    }
    m_buffer += QLatin1String("\r\n");
    if (m_buffer.size() >= FlushSize)
        flush();
}

bool CsvWriter::flush()
{
    if (!m_buffer.isEmpty()) {
        const QByteArray bytes = m_buffer.toUtf8();
        m_ok = m_device.write(bytes) == bytes.size() && m_ok;
        m_buffer.clear();
    }
    return m_ok;
}
