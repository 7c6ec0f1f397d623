// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/csvreader.h"

#include "domain/codetable.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>

namespace {

// Windows-1252 bytes 0x80-0x9F; the five bytes Windows leaves undefined map to C1 controls, as Windows does.
constexpr std::array<char16_t, 32> Cp1252High{0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                              0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                              0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                              0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

bool undefinedInCp1252(uchar byte)
{
    return byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D;
}

// Binary files (images, archives such as .xlsx, PDFs, programs) hold NUL bytes early on; text does not.
// Other control characters pass as text: a notes field may carry one.
bool isBinaryControl(char16_t c)
{
    return c == 0;
}

struct Utf8Scan
{
    qsizetype firstInvalid = -1; // byte offset of the first invalid sequence
    qsizetype multiByte = 0;     // valid sequences of two or more bytes
    bool undefinedCp1252 = false;
};

// The length of the valid UTF-8 sequence at data[i], or 0 when it is invalid.
int utf8SequenceLength(const uchar *data, qsizetype i, qsizetype size)
{
    const uchar c = data[i];
    if (c < 0x80)
        return 1;
    int length = 0;
    char32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (i + length > size)
        return 0;
    for (int k = 1; k < length; ++k) {
        const uchar cc = data[i + k];
        if ((cc & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    if (length == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
        return 0;
    if (length == 4 && (cp < 0x10000 || cp > 0x10FFFF))
        return 0;
    return length;
}

Utf8Scan scanUtf8(const QByteArray &bytes, qsizetype from)
{
    Utf8Scan scan;
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = from;
    while (i < size) {
        if (data[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = utf8SequenceLength(data, i, size);
        if (length == 0) {
            if (scan.firstInvalid < 0)
                scan.firstInvalid = i;
            if (undefinedInCp1252(data[i]))
                scan.undefinedCp1252 = true;
            ++i;
            continue;
        }
        ++scan.multiByte;
        i += length;
    }
    return scan;
}

// The spreadsheet row and column at the end of `text` (a prefix of the file).
std::pair<int, int> positionAtEnd(const QString &text, QChar delimiter)
{
    int row = 1;
    int column = 1;
    bool quoted = false;
    bool fieldStart = true;
    const QChar *p = text.constData();
    const QChar *end = p + text.size();
    for (; p < end; ++p) {
        const QChar c = *p;
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (p + 1 < end && p[1] == QLatin1Char('"'))
                    ++p;
                else
                    quoted = false;
            }
            continue;
        }
        if (c == QLatin1Char('"') && fieldStart) {
            quoted = true;
            fieldStart = false;
        } else if (c == delimiter) {
            ++column;
            fieldStart = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && p + 1 < end && p[1] == QLatin1Char('\n'))
                ++p;
            ++row;
            column = 1;
            fieldStart = true;
        } else {
            fieldStart = false;
        }
    }
    return {row, column};
}

CsvProblem problemAt(const QString &prefix, QChar delimiter, const QString &message)
{
    const auto [row, column] = positionAtEnd(prefix, delimiter);
    return {row, column, message.arg(row).arg(column)};
}

// Parses decoded text into records; stops at the first problem.
void parse(const QString &text, CsvTable &table)
{
    const QChar delimiter = table.delimiter;
    const QChar *p = text.constData();
    const QChar *end = p + text.size();
    QList<QStringList> records;
    QStringList current;
    int row = 1;
    const auto finishRecord = [&]() {
        records.append(std::move(current));
        current = QStringList();
        ++row;
    };

    while (p < end) {
        if (*p == QLatin1Char('"')) {
            const int startRow = row;
            const int startColumn = int(current.size()) + 1;
            ++p;
            QString field;
            for (;;) {
                const QChar *chunk = p;
                while (p < end && *p != QLatin1Char('"'))
                    ++p;
                if (p == end) {
                    table.problem =
                        CsvProblem{startRow, startColumn,
                                   QCoreApplication::translate(
                                       "CsvReader",
                                       "Row %1, column %2: the quoted field that starts here is never closed; add the "
                                       "missing closing quote (\").")
                                       .arg(startRow)
                                       .arg(startColumn)};
                    return;
                }
                field.append(chunk, p - chunk);
                ++p; // the quote
                if (p < end && *p == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++p;
                    continue;
                }
                break;
            }
            if (p < end && *p != delimiter && *p != QLatin1Char('\r') && *p != QLatin1Char('\n')) {
                table.problem =
                    CsvProblem{row, startColumn,
                               QCoreApplication::translate(
                                   "CsvReader", "Row %1, column %2: there is text after the closing quote of a "
                                                "quoted field; write a quote inside a quoted field as two quotes "
                                                "(\"\").")
                                   .arg(row)
                                   .arg(startColumn)};
                return;
            }
            current.append(field);
        } else {
            const QChar *start = p;
            while (p < end && *p != delimiter && *p != QLatin1Char('\r') && *p != QLatin1Char('\n'))
                ++p;
            current.append(QString(start, p - start));
        }

        if (p == end) {
            finishRecord();
            break;
        }
        if (*p == delimiter) {
            ++p;
            if (p == end) {
                current.append(QString());
                finishRecord();
            }
            continue;
        }
        if (*p == QLatin1Char('\r') && p + 1 < end && p[1] == QLatin1Char('\n'))
            ++p;
        ++p;
        finishRecord();
    }
    // Line ends at the end of the file are not rows.
    while (!records.isEmpty() && records.constLast().size() == 1 && records.constLast().constFirst().isEmpty())
        records.removeLast();
    if (records.isEmpty()) {
        table.problem = CsvProblem{
            0, 0, QCoreApplication::translate("CsvReader", "The file holds no text: there is no header row.")};
        return;
    }
    table.header = records.takeFirst();
    table.rows = std::move(records);
}

} // namespace

QString CsvTable::encodingName(Encoding encoding)
{
    static constexpr CodeTable<Encoding, 5> Names{{
        {Encoding::Utf8, "UTF-8"},
        {Encoding::Utf8WithBom, "UTF-8 (BOM)"},
        {Encoding::Utf16LittleEndian, "UTF-16 LE"},
        {Encoding::Utf16BigEndian, "UTF-16 BE"},
        {Encoding::Windows1252, "Windows-1252"},
    }};
    return codeIn(Names, encoding);
}

QString CsvTable::delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char(','))
        return QCoreApplication::translate("CsvReader", "comma");
    if (delimiter == QLatin1Char(';'))
        return QCoreApplication::translate("CsvReader", "semicolon");
    if (delimiter == QLatin1Char('\t'))
        return QCoreApplication::translate("CsvReader", "tab");
    return QString(delimiter);
}

QString CsvReader::fromWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto b = uchar(byte);
        *out++ = (b >= 0x80 && b < 0xA0) ? QChar(Cp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

CsvTable::Encoding CsvReader::detectEncoding(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return CsvTable::Encoding::Utf8WithBom;
    if (bytes.startsWith("\xFF\xFE"))
        return CsvTable::Encoding::Utf16LittleEndian;
    if (bytes.startsWith("\xFE\xFF"))
        return CsvTable::Encoding::Utf16BigEndian;
    // UTF-16 without a mark: text in Latin letters has a zero in every other byte.
    const qsizetype sample = qMin<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (sample >= 4) {
        qsizetype zerosEven = 0;
        qsizetype zerosOdd = 0;
        for (qsizetype i = 0; i < sample; i += 2) {
            zerosEven += bytes.at(i) == 0;
            zerosOdd += bytes.at(i + 1) == 0;
        }
        const qsizetype units = sample / 2;
        if (zerosOdd * 10 >= units * 4 && zerosEven * 20 <= units)
            return CsvTable::Encoding::Utf16LittleEndian;
        if (zerosEven * 10 >= units * 4 && zerosOdd * 20 <= units)
            return CsvTable::Encoding::Utf16BigEndian;
    }
    // Not UTF-8, no valid multi-byte sequence anywhere and only bytes Windows-1252 defines: Windows-1252.
    const Utf8Scan scan = scanUtf8(bytes, 0);
    if (scan.firstInvalid >= 0 && scan.multiByte == 0 && !scan.undefinedCp1252)
        return CsvTable::Encoding::Windows1252;
    return CsvTable::Encoding::Utf8;
}

QChar CsvReader::detectDelimiter(const QString &text)
{
    // Counts each candidate per line (outside quotes) in the first lines; the one whose count is
    // the same on most lines, and not zero in the header, wins.
    static const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    constexpr int MaxLines = 50;
    QList<std::array<int, 3>> lines;
    std::array<int, 3> counts{0, 0, 0};
    bool quoted = false;
    const QChar *p = text.constData();
    const QChar *end = p + qMin<qsizetype>(text.size(), 1 << 16);
    for (; p < end && lines.size() < MaxLines; ++p) {
        const QChar c = *p;
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && p + 1 < end && p[1] == QLatin1Char('\n'))
                ++p;
            lines.append(counts);
            counts = {0, 0, 0};
            continue;
        }
        for (int k = 0; k < 3; ++k)
            counts[k] += c == candidates[k];
    }
    if (counts != std::array<int, 3>{0, 0, 0} || lines.isEmpty())
        lines.append(counts);

    int best = 0;
    int bestConsistent = -1;
    int bestHeaderCount = 0;
    for (int k = 0; k < 3; ++k) {
        const int headerCount = lines.constFirst()[k];
        if (headerCount == 0)
            continue;
        int consistent = 0;
        for (const auto &line : lines)
            consistent += line[k] == headerCount;
        if (consistent > bestConsistent || (consistent == bestConsistent && headerCount > bestHeaderCount)) {
            best = k;
            bestConsistent = consistent;
            bestHeaderCount = headerCount;
        }
    }
    return candidates[best];
}

CsvTable CsvReader::read(const QByteArray &bytes, const Options &options)
{
    CsvTable table;
    if (bytes.isEmpty()) {
        table.problem =
            CsvProblem{0, 0, QCoreApplication::translate("CsvReader", "The file is empty: there is no header row.")};
        return table;
    }
    table.encoding = options.encoding.value_or(detectEncoding(bytes));
    // A refusal, placed where the text read so far (prefix) ends.
    const auto refuse = [&](const QString &prefix, const QString &message) {
        table.problem = problemAt(prefix, options.delimiter.value_or(detectDelimiter(prefix)), message);
        return table;
    };
    const auto refuseControl = [&](const QString &prefix, uint code) {
        return refuse(prefix, QCoreApplication::translate(
                                  "CsvReader", "This is not a text file: row %1, column %2 holds the control byte "
                                               "0x%3. Choose a CSV file saved as text.")
                                  .arg(QStringLiteral("%1"), QStringLiteral("%2"),
                                       QStringLiteral("%1").arg(code, 2, 16, QLatin1Char('0'))));
    };

    QString text;
    switch (table.encoding) {
    case CsvTable::Encoding::Utf8:
    case CsvTable::Encoding::Utf8WithBom:
    case CsvTable::Encoding::Windows1252: {
        const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        // A NUL byte: a binary file (or one in an encoding that is not one of ours).
        for (qsizetype i = start; i < bytes.size(); ++i) {
            const auto b = uchar(bytes.at(i));
            if (isBinaryControl(b))
                return refuseControl(QString::fromUtf8(bytes.constData() + start, i - start), b);
        }
        if (table.encoding == CsvTable::Encoding::Windows1252) {
            text = fromWindows1252(bytes);
            break;
        }
        const Utf8Scan scan = scanUtf8(bytes, start);
        if (scan.firstInvalid >= 0) {
            return refuse(
                QString::fromUtf8(bytes.constData() + start, scan.firstInvalid - start),
                QCoreApplication::translate(
                    "CsvReader", "The file is not valid UTF-8: row %1, column %2 holds the byte 0x%3 (byte %4 of the "
                                 "file), which does not belong there. Save the file as UTF-8, or choose its encoding.")
                    .arg(QStringLiteral("%1"), QStringLiteral("%2"),
                         QStringLiteral("%1").arg(uchar(bytes.at(scan.firstInvalid)), 2, 16, QLatin1Char('0')),
                         QString::number(scan.firstInvalid + 1)));
        }
        // The file's byte-order mark is gone; a U+FEFF after it is the data's own and stays.
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
        text = utf8.decode(QByteArrayView(bytes.constData() + start, bytes.size() - start));
        break;
    }
    case CsvTable::Encoding::Utf16LittleEndian:
    case CsvTable::Encoding::Utf16BigEndian: {
        QStringDecoder decoder(table.encoding == CsvTable::Encoding::Utf16LittleEndian ? QStringConverter::Utf16LE
                                                                                       : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
        const QByteArray body = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF") ? bytes.mid(2) : bytes;
        text = decoder.decode(body);
        qsizetype bad = -1;
        if (decoder.hasError() || body.size() % 2 != 0)
            bad = text.indexOf(QChar(QChar::ReplacementCharacter));
        // The decoder lets halves of surrogate pairs through on their own; they are not characters.
        for (qsizetype i = 0; bad < 0 && i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
                ++i;
            else if (c.isSurrogate())
                bad = i;
        }
        if (bad >= 0 || body.size() % 2 != 0)
            return refuse(text.left(bad < 0 ? text.size() : bad),
                          QCoreApplication::translate(
                              "CsvReader", "The file is not valid %1 text: row %2, column %3 holds bytes that are "
                                           "not a character. Save the file again as UTF-8 or UTF-16.")
                              .arg(CsvTable::encodingName(table.encoding), QStringLiteral("%1"), QStringLiteral("%2")));
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            if (isBinaryControl(c))
                return refuseControl(text.left(i), c);
        }
        break;
    }
    }

    table.delimiter = options.delimiter.value_or(detectDelimiter(text));
    parse(text, table);
    return table;
}
