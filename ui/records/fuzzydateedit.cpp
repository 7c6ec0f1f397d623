#include "records/fuzzydateedit.h"

#include <QLabel>
#include <QLocale>
#include <QStyle>

FuzzyDateEdit::FuzzyDateEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("fuzzyDateEdit"));
    m_hint->setObjectName(QStringLiteral("fuzzyDateHint"));
    m_hint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setPlaceholderText(tr("e.g. Q3 2024, 2023-09-12, H2 2025"));
    connect(this, &QLineEdit::textChanged, this, &FuzzyDateEdit::parseText);
    parseText();
}

void FuzzyDateEdit::setDate(const FuzzyDate &date)
{
    setText(date.isValid() ? date.toString() : QString());
}

QString FuzzyDateEdit::hint() const
{
    if (!m_problem.isEmpty())
        return tr("not a date");
    if (!m_date.isValid())
        return {};
    const QLocale locale; // the language of the user interface
    const QString format = QStringLiteral("d MMM yyyy");
    if (m_date.precision() == FuzzyDate::Precision::Day)
        return locale.toString(m_date.first(), QStringLiteral("ddd d MMM yyyy"));
    return tr("%1 – %2").arg(locale.toString(m_date.first(), format), locale.toString(m_date.last(), format));
}

void FuzzyDateEdit::parseText()
{
    const bool wasAcceptable = isAcceptable();
    const QString typed = text().trimmed();
    m_problem.clear();
    m_date = FuzzyDate();
    if (!typed.isEmpty()) {
        QString error;
        m_date = FuzzyDate::parse(typed, &error);
        if (!m_date.isValid())
            m_problem = error.isEmpty() ? tr("“%1” is not a date.").arg(typed) : error;
    }
    m_hint->setText(hint());
    QPalette hintPalette = m_hint->palette();
    hintPalette.setColor(QPalette::WindowText,
                         isAcceptable() ? palette().color(QPalette::PlaceholderText) : QColor(0xb0, 0x1b, 0x1b));
    m_hint->setPalette(hintPalette);
    setToolTip(isAcceptable() ? m_hint->text() : m_problem);
    QPalette own = palette();
    own.setColor(QPalette::Base, isAcceptable() ? QPalette().color(QPalette::Base) : QColor(0xff, 0xe4, 0xe1));
    setPalette(own);
    placeHint();
    if (wasAcceptable != isAcceptable())
        emit acceptableChanged(isAcceptable());
}

void FuzzyDateEdit::placeHint()
{
    // The hint sits at the right end while there is room for it next to the text; otherwise
    // only the tooltip and the colour say it.
    const int width = m_hint->text().isEmpty() ? 0 : m_hint->sizeHint().width() + 6;
    const int typed = fontMetrics().horizontalAdvance(text()) + 16;
    const bool fits = width > 0 && typed + width <= this->width();
    m_hint->setVisible(fits);
    const int frame = style()->pixelMetric(QStyle::PM_DefaultFrameWidth);
    m_hint->setGeometry(rect().adjusted(frame, 0, -frame - 3, 0));
    setTextMargins(0, 0, fits ? width : 0, 0);
}

void FuzzyDateEdit::resizeEvent(QResizeEvent *event)
{
    QLineEdit::resizeEvent(event);
    placeHint();
}
