#pragma once

#include "domain/countries.h"

#include <QLineEdit>

class QLabel;

// A line edit for a country: a name in English, Dutch or Swedish or an ISO code, read with
// Countries::parse() and completed as you type from the country names in the language of the user
// interface and the codes. A hint at the right shows the code the text stands for, or that it is
// not a country. Empty text is no country.
class CountryEdit final : public QLineEdit
{
    Q_OBJECT

public:
    explicit CountryEdit(QWidget *parent = nullptr);

    // Shows a stored country by its name (a code Pactline does not know as it is).
    void setCode(const QString &code);
    // The code the text stands for (empty: no country, or not a country).
    QString code() const { return m_parsed.code; }
    // Whether the text is empty or a country; when not, problem() says what to type.
    bool isAcceptable() const { return m_parsed.isAcceptable(); }
    QString problem() const { return m_parsed.problem; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void parseText();
    void placeHint();

    QLabel *m_hint;
    Countries::Parsed m_parsed;
};
