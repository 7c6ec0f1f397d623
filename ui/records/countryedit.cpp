// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/countryedit.h"

#include "domain/textkey.h"

#include <QAbstractItemView>
#include <QCollator>
#include <QCompleter>
#include <QStandardItemModel>

#include <algorithm>

namespace {

constexpr int CompletionRole = Qt::UserRole;

} // namespace

CountryEdit::CountryEdit(QWidget *parent)
    : HintedLineEdit(QStringLiteral("countryHint"), parent)
    , m_offered(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("countryEdit"));
    setPlaceholderText(tr("A name or a code, e.g. %1 or SE").arg(Countries::nameOf(QStringLiteral("SE"))));

    for (const QString &code : Countries::codes()) {
        const QString name = Countries::nameOf(code);
        m_choices.append({name, name, TextKey::words(name)});
        m_choices.append({QStringLiteral("%1 – %2").arg(code, name), code, TextKey::words(code)});
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(m_choices.begin(), m_choices.end(), [&](const Completion &a, const Completion &b) {
        return collator.compare(a.completion, b.completion) < 0;
    });
    // The completer shows what offerCompletions() chose, as it is.
    auto *completer = new QCompleter(m_offered, this);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCompletionRole(CompletionRole);
    completer->setMaxVisibleItems(10);
    setCompleter(completer);

    connect(this, &QLineEdit::textChanged, this, &CountryEdit::parseText);
    connect(this, &QLineEdit::textEdited, this, &CountryEdit::offerCompletions);
    parseText();
}

void CountryEdit::setCode(const QString &code)
{
    setText(Countries::nameOf(code));
    setCursorPosition(0);
}

void CountryEdit::offerCompletions(const QString &typed)
{
    const QString key = TextKey::words(typed);
    QList<const Completion *> starting;
    QList<const Completion *> inside;
    if (!key.isEmpty()) {
        const QString word = QLatin1Char(' ') + key;
        for (const Completion &choice : std::as_const(m_choices)) {
            if (choice.key.startsWith(key))
                starting.append(&choice);
            else if (choice.key.contains(word))
                inside.append(&choice);
        }
    }
    // Only what was typed in full: nothing to offer, so that Enter goes to the field, not to a popup.
    if (inside.isEmpty() && starting.size() == 1 && starting.first()->key == key)
        starting.clear();
    m_offered->clear();
    for (const Completion *choice : starting + inside) {
        auto *item = new QStandardItem(choice->display);
        item->setData(choice->completion, CompletionRole);
        item->setEditable(false);
        m_offered->appendRow(item);
    }
    // QLineEdit asks the completer to complete after every edit; the popup hides when there are no rows.
    completer()->complete();
}

void CountryEdit::parseText()
{
    m_parsed = Countries::parse(text());
    if (!isAcceptable()) {
        showHint(tr("not a country"), true);
        setToolTip(problem());
    } else {
        showHint(code(), false);
        setToolTip(code().isEmpty() ? QString() : QStringLiteral("%1 (%2)").arg(Countries::nameOf(code()), code()));
    }
}
