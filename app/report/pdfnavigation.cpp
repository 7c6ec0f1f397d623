// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdfnavigation.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace {

// A PDF text string: UTF-16BE with its byte order mark, written in hex.
QByteArray textString(const QString &text)
{
    QByteArray bytes("<FEFF");
    for (const QChar c : text)
        bytes += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return bytes + '>';
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 2);
}

// Reads Qt's output: the cross-reference table and the objects it points to.
class PdfReader
{
public:
    explicit PdfReader(const QByteArray &pdf)
        : m_pdf(pdf)
    {}

    bool read()
    {
        const int startxref = int(m_pdf.lastIndexOf("startxref"));
        if (startxref < 0)
            return false;
        bool ok = false;
        m_xref = m_pdf.mid(startxref + 9, 32).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
        if (!ok || m_xref <= 0 || m_xref >= m_pdf.size() || !m_pdf.mid(m_xref).startsWith("xref"))
            return false;
        const int trailer = int(m_pdf.indexOf("trailer", m_xref));
        if (trailer < 0)
            return false;
        // One subsection "0 N" of 20-byte entries, as Qt writes it.
        const int sectionStart = int(m_pdf.indexOf('\n', m_xref)) + 1;
        const int sectionEnd = int(m_pdf.indexOf('\n', sectionStart));
        const QList<QByteArray> header = m_pdf.mid(sectionStart, sectionEnd - sectionStart).trimmed().split(' ');
        if (header.size() != 2 || header.at(0) != "0")
            return false;
        const int count = header.at(1).toInt(&ok);
        if (!ok || sectionEnd + 1 + qint64(count) * 20 > trailer)
            return false;
        for (int i = 0; i < count; ++i) {
            const QByteArray entry = m_pdf.mid(sectionEnd + 1 + qint64(i) * 20, 20);
            if (entry.at(17) == 'n')
                m_offsets.insert(i, entry.left(10).toLongLong());
        }
        const QByteArray trailerText = m_pdf.mid(trailer, startxref - trailer);
        m_size = reference(trailerText, "/Size", false).value_or(0);
        m_root = reference(trailerText, "/Root").value_or(0);
        m_info = reference(trailerText, "/Info").value_or(0);
        return m_size == count && m_root > 0 && m_info > 0;
    }

    // The text between "N 0 obj" and "endobj".
    QByteArray object(int number) const
    {
        const auto it = m_offsets.constFind(number);
        if (it == m_offsets.cend())
            return {};
        const QByteArray head = QByteArray::number(number) + " 0 obj";
        if (!m_pdf.mid(*it, head.size()).startsWith(head))
            return {};
        const int end = int(m_pdf.indexOf("endobj", *it));
        return end < 0 ? QByteArray() : m_pdf.mid(*it + head.size(), end - *it - head.size()).trimmed();
    }

    // "/Key N 0 R" (or "/Key N" when not a reference) in a dictionary's text.
    static std::optional<int> reference(const QByteArray &text, const char *key, bool isReference = true)
    {
        const QRegularExpression pattern(
            QRegularExpression::escape(QLatin1String(key)) +
            (isReference ? QStringLiteral("\\s+(\\d+)\\s+0\\s+R") : QStringLiteral("\\s+(\\d+)")));
        const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(text));
        if (!match.hasMatch())
            return std::nullopt;
        return match.captured(1).toInt();
    }

    static QList<int> references(const QByteArray &text)
    {
        QList<int> result;
        const QRegularExpression pattern(QStringLiteral("(\\d+)\\s+0\\s+R"));
        for (auto it = pattern.globalMatch(QString::fromLatin1(text)); it.hasNext();)
            result.append(it.next().captured(1).toInt());
        return result;
    }

    qint64 xref() const { return m_xref; }
    int size() const { return m_size; }
    int root() const { return m_root; }
    int info() const { return m_info; }

private:
    const QByteArray &m_pdf;
    QHash<int, qint64> m_offsets;
    qint64 m_xref = 0;
    int m_size = 0;
    int m_root = 0;
    int m_info = 0;
};

struct OutlineItem
{
    int object = 0;
    int heading = -1;
    int parent = -1; // index into the items; -1: the outline root
    QList<int> children;
};

} // namespace

QByteArray PdfNavigation::addNavigation(const QByteArray &pdf, const QList<Heading> &headings, const Info &info)
{
    PdfReader reader(pdf);
    if (!reader.read())
        return pdf;
    const QByteArray catalog = reader.object(reader.root());
    const std::optional<int> pagesObject = PdfReader::reference(catalog, "/Pages");
    if (!catalog.startsWith("<<") || !catalog.endsWith(">>") || !pagesObject || catalog.contains("/Outlines"))
        return pdf;
    const QByteArray pagesTree = reader.object(*pagesObject);
    const int kids = int(pagesTree.indexOf("/Kids"));
    if (kids < 0)
        return pdf;
    const QList<int> pages = PdfReader::references(pagesTree.mid(kids, pagesTree.indexOf(']', kids) - kids));

    // Page heights (for the destinations) and the link annotations that point at headings.
    QList<double> heights;
    QMap<int, QByteArray> objects; // replaced or new objects of the update
    const QRegularExpression mediaBox(
        QStringLiteral("/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)"));
    const QRegularExpression linkPattern(QStringLiteral("/Rect\\s*\\[([^\\]]*)\\][\\s\\S]*/URI\\s*\\(") +
                                         QRegularExpression::escape(linkPrefix()) + QStringLiteral("(\\d+)\\)"));
    const auto destination = [&](int heading) -> QByteArray {
        const Heading &h = headings.at(heading);
        if (h.page < 0 || h.page >= pages.size())
            return {};
        const double top = heights.value(h.page) - std::max(0.0, h.top - 8);
        return "[" + QByteArray::number(pages.at(h.page)) + " 0 R /XYZ null " + number(top) + " null]";
    };
    for (const int page : pages) {
        const QByteArray dictionary = reader.object(page);
        if (!dictionary.contains("/Type /Page"))
            return pdf; // a nested page tree: not what Qt writes
        const QRegularExpressionMatch box = mediaBox.match(QString::fromLatin1(dictionary));
        heights.append(box.hasMatch() ? box.captured(4).toDouble() : 0);
    }
    for (const int page : pages) {
        const std::optional<int> annots = PdfReader::reference(reader.object(page), "/Annots");
        if (!annots)
            continue;
        for (const int annotation : PdfReader::references(reader.object(*annots))) {
            const QByteArray text = reader.object(annotation);
            const QRegularExpressionMatch link = linkPattern.match(QString::fromLatin1(text));
            if (!link.hasMatch())
                continue;
            const int heading = link.captured(2).toInt();
            if (heading < 0 || heading >= headings.size() || destination(heading).isEmpty())
                continue;
            objects.insert(annotation, "<<\n/Type /Annot\n/Subtype /Link\n/Rect [" + link.captured(1).toLatin1() +
                                           "]\n/Border [0 0 0]\n/Dest " + destination(heading) + "\n>>");
        }
    }

    // The outline: level-1 headings at the top, level-2 ones under the level-1 heading before them.
    int next = reader.size();
    const int outlineRoot = next++;
    QList<OutlineItem> items;
    QList<int> top;
    int lastTop = -1;
    for (int h = 0; h < headings.size(); ++h) {
        if (!headings.at(h).inOutline || destination(h).isEmpty())
            continue;
        OutlineItem item;
        item.object = next++;
        item.heading = h;
        const int index = int(items.size());
        if (headings.at(h).level >= 2 && lastTop >= 0) {
            item.parent = lastTop;
            items[lastTop].children.append(index);
        } else {
            top.append(index);
            lastTop = index;
        }
        items.append(item);
    }
    const auto siblingsOf = [&](int index) -> const QList<int> & {
        return items.at(index).parent < 0 ? top : items.at(items.at(index).parent).children;
    };
    for (int i = 0; i < items.size(); ++i) {
        const OutlineItem &item = items.at(i);
        const QList<int> &siblings = siblingsOf(i);
        const int position = int(siblings.indexOf(i));
        QByteArray text = "<<\n/Title " + textString(headings.at(item.heading).title) + "\n/Parent " +
                          QByteArray::number(item.parent < 0 ? outlineRoot : items.at(item.parent).object) + " 0 R";
        if (position > 0)
            text += "\n/Prev " + QByteArray::number(items.at(siblings.at(position - 1)).object) + " 0 R";
        if (position + 1 < siblings.size())
            text += "\n/Next " + QByteArray::number(items.at(siblings.at(position + 1)).object) + " 0 R";
        if (!item.children.isEmpty()) {
            // Long lists (hundreds of agreements) start folded.
            const qsizetype count = item.children.size();
            text += "\n/First " + QByteArray::number(items.at(item.children.first()).object) + " 0 R\n/Last " +
                    QByteArray::number(items.at(item.children.last()).object) + " 0 R\n/Count " +
                    QByteArray::number(count <= 30 ? count : -count);
        }
        text += "\n/Dest " + destination(item.heading) + "\n>>";
        objects.insert(item.object, text);
    }
    if (items.isEmpty())
        next = reader.size();
    QByteArray catalogText = catalog.left(catalog.size() - 2).trimmed();
    if (!top.isEmpty()) {
        int visible = int(top.size());
        for (const int index : std::as_const(top))
            visible += items.at(index).children.size() <= 30 ? int(items.at(index).children.size()) : 0;
        objects.insert(outlineRoot, "<<\n/Type /Outlines\n/First " + QByteArray::number(items.at(top.first()).object) +
                                        " 0 R\n/Last " + QByteArray::number(items.at(top.last()).object) +
                                        " 0 R\n/Count " + QByteArray::number(visible) + "\n>>");
        catalogText += "\n/Outlines " + QByteArray::number(outlineRoot) + " 0 R\n/PageMode /UseOutlines";
    }
    objects.insert(reader.root(), catalogText + "\n>>");
    objects.insert(reader.info(),
                   "<<\n/Title " + textString(info.title) + "\n/Author " + textString(info.author) + "\n/Subject " +
                       textString(info.subject) + "\n/Creator " + textString(info.creator) + "\n/Producer " +
                       textString(info.producer) + "\n/CreationDate (D:" +
                       info.created.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)\n>>");

    // Append the objects, then a cross-reference section with one subsection per run of numbers.
    QByteArray update = pdf;
    if (!update.endsWith('\n'))
        update += '\n';
    QMap<int, qint64> offsets;
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        offsets.insert(it.key(), update.size());
        update += QByteArray::number(it.key()) + " 0 obj\n" + it.value() + "\nendobj\n";
    }
    const qint64 xref = update.size();
    update += "xref\n";
    for (auto it = offsets.cbegin(); it != offsets.cend();) {
        auto end = it;
        int count = 0;
        while (end != offsets.cend() && end.key() == it.key() + count) {
            ++end;
            ++count;
        }
        update += QByteArray::number(it.key()) + ' ' + QByteArray::number(count) + '\n';
        for (; it != end; ++it)
            update += QByteArray::number(*it).rightJustified(10, '0') + " 00000 n \n";
    }
    update += "trailer\n<<\n/Size " + QByteArray::number(std::max(next, reader.size())) + "\n/Root " +
              QByteArray::number(reader.root()) + " 0 R\n/Info " + QByteArray::number(reader.info()) + " 0 R\n/Prev " +
              QByteArray::number(reader.xref()) + "\n>>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return update;
}
