// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: renders one of Pactline's SVG icons at the sizes the desktops need, with Qt's own
// SVG renderer, so that every platform makes its icons the same way from the one drawing.
//   pactline-iconrender SVG OUT=SIZE[,SIZE...] [OUT=SIZE[,SIZE...] ...]
// An OUT ending in ".ico" becomes one Windows icon holding every size listed (PNG-compressed
// entries, read by Windows Vista and later); any other OUT becomes a PNG of its one size.
#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextStream>
#include <QtEndian>

#include <optional>

namespace {

QByteArray renderPng(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

void appendLittleEndian16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendLittleEndian32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

// ICONDIR, then one ICONDIRENTRY per image, then the images (PNG data as they are).
QByteArray icoFile(const QList<int> &sizes, const QList<QByteArray> &images)
{
    QByteArray out;
    appendLittleEndian16(out, 0); // reserved
    appendLittleEndian16(out, 1); // type: icon
    appendLittleEndian16(out, quint16(images.size()));
    quint32 offset = quint32(6 + 16 * images.size());
    for (int i = 0; i < images.size(); ++i) {
        const char side = char(sizes.at(i) >= 256 ? 0 : sizes.at(i)); // 0 means 256
        out.append(side).append(side).append('\0').append('\0');      // width, height, palette, reserved
        appendLittleEndian16(out, 1);                                 // colour planes
        appendLittleEndian16(out, 32);                                // bits per pixel
        appendLittleEndian32(out, quint32(images.at(i).size()));
        appendLittleEndian32(out, offset);
        offset += quint32(images.at(i).size());
    }
    for (const QByteArray &image : images)
        out.append(image);
    return out;
}

std::optional<QList<int>> parseSizes(const QString &text)
{
    QList<int> sizes;
    for (const QString &part : text.split(QLatin1Char(','))) {
        bool ok = false;
        const int size = part.toInt(&ok);
        if (!ok || size < 1 || size > 1024)
            return std::nullopt;
        sizes.append(size);
    }
    return sizes;
}

bool write(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.size() < 2) {
        err << "usage: pactline-iconrender SVG OUT=SIZE[,SIZE...]...\n";
        return 2;
    }
    QSvgRenderer svg(arguments.first());
    if (!svg.isValid()) {
        err << "pactline-iconrender: cannot read " << arguments.first() << "\n";
        return 1;
    }
    for (const QString &target : arguments.mid(1)) {
        const qsizetype equals = target.lastIndexOf(QLatin1Char('='));
        const std::optional<QList<int>> sizes = parseSizes(target.mid(equals + 1));
        const QString path = target.left(equals);
        const bool ico = path.endsWith(QStringLiteral(".ico"), Qt::CaseInsensitive);
        if (equals <= 0 || !sizes || (!ico && sizes->size() != 1)) {
            err << "pactline-iconrender: expected OUT=SIZE (or OUT.ico=SIZE,SIZE...), not " << target << "\n";
            return 2;
        }
        QList<QByteArray> images;
        for (int size : *sizes)
            images.append(renderPng(svg, size));
        if (!write(path, ico ? icoFile(*sizes, images) : images.first())) {
            err << "pactline-iconrender: cannot write " << path << "\n";
            return 1;
        }
    }
    return 0;
}
