// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QLabel;

// A line edit with a hint at its right end: what the text stands for, or that it is not what the
// field takes. The hint shows while there is room for it beside the text; the tooltip says the same.
class HintedLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    // `hintName` is the hint label's object name (for tests and style sheets).
    explicit HintedLineEdit(const QString &hintName, QWidget *parent = nullptr);

protected:
    // Shows `text` in the hint, in the palette's problem colour when `problem`.
    void showHint(const QString &text, bool problem);
    QString hintText() const;
    void resizeEvent(QResizeEvent *event) override;

private:
    void placeHint();

    QLabel *m_hint;
};
