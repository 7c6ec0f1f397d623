// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/contact.h"

#include <QCoreApplication>
#include <QRegularExpression>

QString Contact::problem() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Contact", "A contact needs a name.");
    if (partnerId <= 0)
        return QCoreApplication::translate("Contact", "A contact belongs to a partner; choose one.");
    // Something, one @, and a domain with a dot: not a full check of RFC 5322, just what is clearly an address.
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    if (const QString typed = email.trimmed(); !typed.isEmpty() && !address.match(typed).hasMatch())
        return QCoreApplication::translate("Contact", "“%1” is not an e-mail address; type one like "
                                                      "name@example.org, or leave it empty.")
            .arg(typed);
    return {};
}

const QList<EntityField<Contact>> &Contact::fields()
{
    using F = EntityField<Contact>;
    static const QList<F> list{
        F::reference("partner_id", &Contact::partnerId, "partner")
            .named(QT_TRANSLATE_NOOP("Fields", "partner"), nullptr, nullptr, nullptr)
            .use(Required | Unsorted),
        F::line("name", &Contact::name)
            .json("name")
            .named(QT_TRANSLATE_NOOP("Fields", "name"), nullptr, nullptr, nullptr)
            .use(Required),
        F::line("role", &Contact::role)
            .json("role")
            .named(QT_TRANSLATE_NOOP("Fields", "role"), nullptr, nullptr, nullptr),
        F::line("email", &Contact::email)
            .json("email")
            .named(QT_TRANSLATE_NOOP("Fields", "e-mail"), nullptr, nullptr, nullptr)
            .use(PlainSort),
        F::line("phone", &Contact::phone)
            .json("phone")
            .named(QT_TRANSLATE_NOOP("Fields", "phone"), nullptr, nullptr, nullptr)
            .use(Unsorted),
        F::longText("notes", &Contact::notes)
            .json("notes")
            .named(QT_TRANSLATE_NOOP("Fields", "notes"), nullptr, nullptr, nullptr)
            .use(Unsorted),
    };
    return list;
}
