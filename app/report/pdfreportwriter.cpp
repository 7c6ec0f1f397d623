// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdfreportwriter.h"

#include "exchange/savefile.h"
#include "report/pdfnavigation.h"
#include "report/reportrenderer.h"
#include "version/pactlineversion.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

namespace {

QString creator()
{
    return QStringLiteral("Pactline %1").arg(QStringLiteral(PACTLINE_VERSION));
}

// Qt 6.4's QPdfWriter has no author field: the XMP packet carries it (dc:creator), with the rest.
QByteArray xmpMetadata(const ReportDocument &document, const QDateTime &created)
{
    const QString stamp = created.toString(Qt::ISODate);
    const QString xmp =
        QStringLiteral(
            "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
            "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
            "<dc:format>application/pdf</dc:format>\n"
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
            "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
            "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%3</rdf:li></rdf:Alt></dc:description>\n"
            "<xmp:CreatorTool>%4</xmp:CreatorTool>\n"
            "<xmp:CreateDate>%5</xmp:CreateDate>\n"
            "<xmp:ModifyDate>%5</xmp:ModifyDate>\n"
            "<pdf:Producer>%6</pdf:Producer>\n"
            "</rdf:Description>\n"
            "</rdf:RDF>\n"
            "</x:xmpmeta>\n"
            "<?xpacket end=\"w\"?>")
            .arg(document.title.toHtmlEscaped(), document.author.toHtmlEscaped(), document.subject.toHtmlEscaped(),
                 creator().toHtmlEscaped(), stamp, QStringLiteral("Qt " QT_VERSION_STR));
    return xmp.toUtf8();
}

} // namespace

Result<PdfReportWriter::Pdf> PdfReportWriter::toPdf(const ReportDocument &document, const QPageSize &pageSize)
{
    const QDateTime created = QDateTime::currentDateTimeUtc();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Result<ReportLayout> layout = StoreError{};
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(1200);
        writer.setTitle(document.title);
        writer.setCreator(creator());
        writer.setDocumentXmpMetadata(xmpMetadata(document, created));
        layout = ReportRenderer::render(document, writer);
    }
    if (!layout)
        return layout.error();
    QList<PdfNavigation::Heading> headings;
    for (const ReportLayout::Anchor &anchor : layout->anchors())
        headings.append(
            {anchor.text, anchor.level, anchor.page, anchor.y / layout->unitsPerPoint(), anchor.inContents});
    const PdfNavigation::Info info{
        document.title, document.author, document.subject, creator(), QStringLiteral("Qt " QT_VERSION_STR), created};
    return Pdf{PdfNavigation::addNavigation(buffer.data(), headings, info), int(layout->pages().size())};
}

Result<void> PdfReportWriter::checkOutputPath(const QString &path)
{
    if (path.trimmed().isEmpty())
        return StoreError{StoreError::Kind::Invalid,
                          QCoreApplication::translate("PdfReportWriter", "Give a file name for the PDF.")};
    const QFileInfo info(path);
    if (info.isDir())
        return StoreError{
            StoreError::Kind::Unreadable,
            QCoreApplication::translate("PdfReportWriter", "“%1” is a folder; give a file name for the PDF.")
                .arg(QDir::toNativeSeparators(path))};
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return StoreError{StoreError::Kind::NotFound,
                          QCoreApplication::translate("PdfReportWriter", "The folder “%1” does not exist.")
                              .arg(QDir::toNativeSeparators(info.absolutePath()))};
    if (info.exists() && !info.isWritable())
        return StoreError{
            StoreError::Kind::Unreadable,
            QCoreApplication::translate("PdfReportWriter", "“%1” is read-only; the PDF cannot replace it.")
                .arg(QDir::toNativeSeparators(path))};
    return {};
}

Result<int> PdfReportWriter::write(const ReportDocument &document, const QPageSize &pageSize, const QString &path)
{
    if (auto checked = checkOutputPath(path); !checked)
        return checked.error();
    auto pdf = toPdf(document, pageSize);
    if (!pdf)
        return pdf.error();
    QSaveFile file(path);
    if (!SaveFile::open(file))
        return StoreError{StoreError::Kind::Unreadable,
                          QCoreApplication::translate("PdfReportWriter", "Cannot write “%1”: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString())};
    if (file.write(pdf->bytes) != pdf->bytes.size() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return StoreError{StoreError::Kind::Unreadable,
                          QCoreApplication::translate("PdfReportWriter", "Cannot write “%1”: %2")
                              .arg(QDir::toNativeSeparators(path), reason)};
    }
    return pdf->pageCount;
}
