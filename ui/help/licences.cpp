// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/licences.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScreen>
#include <QVBoxLayout>

QList<Licences::Component> Licences::all()
{
    const QString gpl = QStringLiteral(":/licences/LICENSE");
    return {
        {QStringLiteral("Pactline"), QStringLiteral("GPL-3.0-or-later"), gpl},
        {tr("Pactline's own icons (application, portfolio, zoom)"), QStringLiteral("GPL-3.0-or-later"), gpl},
        {QStringLiteral("Qt 6"), QStringLiteral("LGPL-3.0"), QStringLiteral(":/licences/LGPL-3.0.txt")},
        {QStringLiteral("SQLite"), tr("public domain"), QStringLiteral(":/licences/SQLite.txt")},
        {tr("libpq, the PostgreSQL client library (Windows and macOS packages)"), tr("PostgreSQL Licence"),
         QStringLiteral(":/licences/PostgreSQL.txt")},
        {tr("OpenSSL 3 (Windows and macOS packages)"), QStringLiteral("Apache-2.0"),
         QStringLiteral(":/licences/Apache-2.0.txt")},
        {tr("QtKeychain (Windows and macOS packages)"), QStringLiteral("BSD-3-Clause"),
         QStringLiteral(":/licences/BSD-3-Clause.txt")},
        {tr("Notices for everything bundled"), tr("all of the above"),
         QStringLiteral(":/licences/THIRD-PARTY-NOTICES.txt")},
    };
}

QString Licences::textOf(const Component &component)
{
    QFile file(component.text);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString Licences::summary()
{
    QString items;
    for (const Component &component : all())
        items +=
            QStringLiteral("<li>%1: %2</li>").arg(component.name.toHtmlEscaped(), component.licence.toHtmlEscaped());
    return tr("<p>Licences:</p>") + QStringLiteral("<ul>") + items + QStringLiteral("</ul>");
}

QDialog *Licences::showDialog(QWidget *parent)
{
    auto *dialog = parent->findChild<QDialog *>(QStringLiteral("licencesDialog"));
    if (!dialog) {
        dialog = new QDialog(parent);
        dialog->setObjectName(QStringLiteral("licencesDialog"));
        dialog->setWindowTitle(tr("Licences"));
        auto *list = new QListWidget(dialog);
        list->setObjectName(QStringLiteral("licenceList"));
        list->setAccessibleName(tr("Components"));
        auto *text = new QPlainTextEdit(dialog);
        text->setObjectName(QStringLiteral("licenceText"));
        text->setAccessibleName(tr("Licence text"));
        text->setReadOnly(true);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        const QList<Component> components = all();
        for (const Component &component : components)
            list->addItem(QStringLiteral("%1 (%2)").arg(component.name, component.licence));
        QObject::connect(list, &QListWidget::currentRowChanged, text, [text, components](int row) {
            text->setPlainText(row >= 0 && row < components.size() ? textOf(components.at(row)) : QString());
        });
        auto *panes = new QHBoxLayout;
        panes->addWidget(list, 2);
        panes->addWidget(text, 3);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        auto *layout = new QVBoxLayout(dialog);
        layout->addLayout(panes);
        layout->addWidget(buttons);
        list->setCurrentRow(0);
        const QSize available = dialog->screen()->availableGeometry().size();
        dialog->resize(QSize(900, 600).boundedTo(QSize(available.width() * 9 / 10, available.height() * 9 / 10)));
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}
