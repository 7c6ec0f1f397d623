// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Where a CSV file could not be read and why. Rows and columns count from 1 as a spreadsheet
// shows them (the header is row 1); 0 when the problem is the file as a whole.
struct CsvProblem
{
    int row = 0;
    int column = 0;
    QString message;
};

// A CSV file read into memory: the header, the records and how the file was written.
struct CsvTable
{
    enum class Encoding
    {
        Utf8,
        Utf8WithBom,
        Utf16LittleEndian,
        Utf16BigEndian,
        Windows1252
    };

    Encoding encoding = Encoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    QStringList header;
    QList<QStringList> rows; // rows.at(i) is spreadsheet row i + 2
    std::optional<CsvProblem> problem;

    bool ok() const { return !problem.has_value(); }
    static QString encodingName(Encoding encoding);
    static QString delimiterName(QChar delimiter);
};

// Reads CSV as spreadsheets write it: detects the encoding (UTF-8 with or without a byte-order
// mark, UTF-16 LE/BE, Windows-1252) and the delimiter (comma, semicolon, tab); handles quoted
// fields with embedded delimiters, doubled quotes and line breaks; CRLF, LF or CR line ends.
// Unreadable input (a binary file with NUL bytes, invalid UTF-8, an unterminated quote,
// text after a closing quote) gives a CsvProblem with its row and column.
class CsvReader
{
public:
    struct Options
    {
        std::optional<CsvTable::Encoding> encoding; // detected when unset
        std::optional<QChar> delimiter;             // detected when unset
    };

    static CsvTable read(const QByteArray &bytes, const Options &options = {});

    static CsvTable::Encoding detectEncoding(const QByteArray &bytes);
    static QChar detectDelimiter(const QString &text);
    // Decodes Windows-1252 (bytes 0x80-0x9F as Windows maps them).
    static QString fromWindows1252(const QByteArray &bytes);
};
