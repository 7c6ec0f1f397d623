#include "records/countryedit.h"

#include <QCollator>
#include <QCompleter>
#include <QLabel>
#include <QStandardItemModel>
#include <QStyle>

#include <algorithm>

namespace {

constexpr int CompletionRole = Qt::UserRole;

// Every country twice, by its name in the language of the user interface ("Sweden") and by its code
// ("SE – Sweden"), in alphabetical order of what is typed.
QStandardItemModel *completionsModel(QObject *parent)
{
    struct Row
    {
        QString completion;
        QString display;
    };
    QList<Row> rows;
    const Countries::Language language = Countries::uiLanguage();
    for (const QString &code : Countries::codes()) {
        const QString name = Countries::nameOf(code, language);
        rows.append({name, name});
        rows.append({code, QStringLiteral("%1 – %2").arg(code, name)});
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(rows.begin(), rows.end(),
              [&](const Row &a, const Row &b) { return collator.compare(a.completion, b.completion) < 0; });
    auto *model = new QStandardItemModel(parent);
    for (const Row &row : std::as_const(rows)) {
        auto *item = new QStandardItem(row.display);
        item->setData(row.completion, CompletionRole);
        item->setEditable(false);
        model->appendRow(item);
    }
    return model;
}

} // namespace

CountryEdit::CountryEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("countryEdit"));
    m_hint->setObjectName(QStringLiteral("countryHint"));
    m_hint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setPlaceholderText(tr("A name or a code, e.g. %1 or SE").arg(Countries::nameOf(QStringLiteral("SE"))));
    auto *completer = new QCompleter(this);
    completer->setModel(completionsModel(completer));
    completer->setCompletionRole(CompletionRole);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(10);
    setCompleter(completer);
    connect(this, &QLineEdit::textChanged, this, &CountryEdit::parseText);
    parseText();
}

void CountryEdit::setCode(const QString &code)
{
    setText(Countries::nameOf(code));
    setCursorPosition(0);
}

void CountryEdit::parseText()
{
    m_parsed = Countries::parse(text());
    QPalette hintPalette = m_hint->palette();
    if (!isAcceptable()) {
        m_hint->setText(tr("not a country"));
        hintPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x1b, 0x1b));
        setToolTip(problem());
    } else {
        m_hint->setText(code());
        hintPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
        setToolTip(code().isEmpty() ? QString() : QStringLiteral("%1 (%2)").arg(Countries::nameOf(code()), code()));
    }
    m_hint->setPalette(hintPalette);
    placeHint();
}

void CountryEdit::placeHint()
{
    // The hint sits at the right end while there is room for it next to the text; otherwise only
    // the tooltip says it.
    const int width = m_hint->text().isEmpty() ? 0 : m_hint->sizeHint().width() + 6;
    const int typed = fontMetrics().horizontalAdvance(text()) + 16;
    const bool fits = width > 0 && typed + width <= this->width();
    m_hint->setVisible(fits);
    const int frame = style()->pixelMetric(QStyle::PM_DefaultFrameWidth);
    m_hint->setGeometry(rect().adjusted(frame, 0, -frame - 3, 0));
    setTextMargins(0, 0, fits ? width : 0, 0);
}

void CountryEdit::resizeEvent(QResizeEvent *event)
{
    QLineEdit::resizeEvent(event);
    placeHint();
}
