// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A person's rights of access and erasure (issue 11) in the real main window, offscreen: the partner
// form's Personal data button and the contacts' context menu, Export Personal Data and Erase Person.
#include "exchange/autobackup.h"
#include "mainwindow.h"
#include "models/contactlistmodel.h"
#include "privacy/personaldataactions.h"
#include "records/formtable.h"
#include "records/partnerform.h"
#include "records/recordview.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/partnerrepository.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QAction>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace TestSupport;

class TestPersonalData : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportWritesTheSelectedPersonsData();
    void eraseAfterConfirmationClearsUndoAndCopies();
    void cancelledEraseChangesNothing();
    void readOnlyExportsButDoesNotErase();

private:
    PartnerForm *openAndShowHans(MainWindow &window);
    static qint64 hansId(MainWindow &window);

    QStringList m_confirmations;
    TestSupport::WindowFixture m_ui;
};

void TestPersonalData::init()
{
    m_ui.start();
    m_confirmations.clear();
}

void TestPersonalData::cleanup()
{
    QCOMPARE(m_ui.errors, QStringList());
    m_ui.finish();
}

qint64 TestPersonalData::hansId(MainWindow &window)
{
    const auto partner = PartnerRepository(*window.database()).findByName(QStringLiteral("Health~Holland"));
    if (!partner)
        return 0;
    const auto contacts = ContactRepository(*window.database()).listForPartner(*partner);
    return contacts && contacts->size() == 1 ? contacts->first().meta.id : 0;
}

// Opens the sample (made already, or made now), shows the partner Health~Holland and makes its one contact current.
PartnerForm *TestPersonalData::openAndShowHans(MainWindow &window)
{
    if (m_ui.showSample(window).isEmpty())
        return nullptr;
    trigger(window, "actionView_partners");
    auto *partners = window.findChild<RecordView *>(QStringLiteral("partnersView"));
    const auto partner = PartnerRepository(*window.database()).findByName(QStringLiteral("Health~Holland"));
    if (!partners || !partner || !partners->selectId(*partner))
        return nullptr;
    auto *form = window.findChild<PartnerForm *>(QStringLiteral("partnerForm"));
    if (!form || !QTest::qWaitFor([form] { return form->isVisible(); }))
        return nullptr;
    auto *table = form->findChild<FormTable *>(QStringLiteral("contactsTable"));
    table->setFocus();
    table->setCurrentIndex(form->contactsModel()->index(0, ContactListModel::NameColumn));
    return form;
}

void TestPersonalData::exportWritesTheSelectedPersonsData()
{
    MainWindow window;
    PartnerForm *form = openAndShowHans(window);
    QVERIFY(form);
    auto *actions = window.findChild<PersonalDataActions *>(QStringLiteral("personalDataActions"));
    QVERIFY(actions);
    actions->setErrorReporter([this](const QString &, const QString &message) { m_ui.errors << message; });
    QString suggested;
    const QString target = m_ui.dir().filePath(QStringLiteral("hans.json"));
    actions->setFileChooser([&](const QString &, const QString &name) {
        suggested = name;
        return target;
    });
    QVERIFY(form->findChild<QPushButton *>(QStringLiteral("personalDataButton"))->isEnabled());
    auto *exportAction = form->findChild<QAction *>(QStringLiteral("exportPersonalDataAction"));
    QVERIFY(exportAction->isEnabled());
    exportAction->trigger();

    QCOMPARE(suggested, QStringLiteral("personal-data-Hans-Schikan.json"));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QLatin1String("person")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Hans Schikan"));
    QCOMPARE(root.value(QLatin1String("events")).toArray().size(), 1);
}

void TestPersonalData::eraseAfterConfirmationClearsUndoAndCopies()
{
    const QString path = createSamplePortfolio(m_ui.dir());
    // No automatic backup on open: one taken before the erasure starts (on its own thread) would make
    // the copies offered two now and then, one other times.
    AutoBackup::setKeepSetting(0);
    QVERIFY(TestSupport::writeFile(path + QStringLiteral(".before-v2"), {}));
    MainWindow window;
    PartnerForm *form = openAndShowHans(window);
    QVERIFY(form);
    const qint64 hans = hansId(window);
    QVERIFY(hans > 0);
    const EventRepository events(*window.database());
    ListQuery attended;
    attended.filters.insert(QStringLiteral("contact"), QString::number(hans));
    QCOMPARE(events.list(attended)->size(), 1);
    const qint64 eventId = events.list(attended)->first().meta.id;

    // An undoable edit of the person first: undoing it after the erasure must not be possible.
    ContactListModel *model = form->contactsModel();
    QVERIFY(model->setData(model->index(0, ContactListModel::RoleColumn), QStringLiteral("Director")));
    QCOMPARE(window.undoStack()->count(), 1);

    auto *actions = window.findChild<PersonalDataActions *>(QStringLiteral("personalDataActions"));
    actions->setErrorReporter([this](const QString &, const QString &message) { m_ui.errors << message; });
    QStringList offeredCopies;
    actions->setEraseConfirmer([&](const QString &, const QString &text, const QStringList &copies) {
        m_confirmations << text;
        offeredCopies = copies;
        return PersonalDataActions::Confirmation{true, true};
    });
    form->findChild<QAction *>(QStringLiteral("erasePersonAction"))->trigger();

    QCOMPARE(m_confirmations.size(), 1);
    QVERIFY2(m_confirmations.first().contains(QStringLiteral("Erase Hans Schikan of Health~Holland")),
             qPrintable(m_confirmations.first()));
    QVERIFY2(m_confirmations.first().contains(QStringLiteral("1 event")), qPrintable(m_confirmations.first()));
    QVERIFY(offeredCopies.contains(path + QStringLiteral(".before-v2")));
    // One copy is said in the singular (the English plural forms are filled by fill_english_plurals.py).
    QVERIFY2(m_confirmations.first().contains(QStringLiteral("1 older copy of this portfolio")),
             qPrintable(m_confirmations.first()));
    QVERIFY(!ContactRepository(*window.database()).get(hans));
    QVERIFY(!events.get(eventId)->contactIds.contains(hans));
    QCOMPARE(window.undoStack()->count(), 0);
    QVERIFY(!QFile::exists(path + QStringLiteral(".before-v2")));
    QVERIFY(QTest::qWaitFor([model] { return model->rowCount() == 0; }));
}

void TestPersonalData::cancelledEraseChangesNothing()
{
    const QString path = createSamplePortfolio(m_ui.dir());
    MainWindow window;
    PartnerForm *form = openAndShowHans(window);
    QVERIFY(form);
    const qint64 hans = hansId(window);
    auto *actions = window.findChild<PersonalDataActions *>(QStringLiteral("personalDataActions"));
    actions->setEraseConfirmer([&](const QString &, const QString &text, const QStringList &) {
        m_confirmations << text;
        return PersonalDataActions::Confirmation{false, true};
    });
    form->findChild<QAction *>(QStringLiteral("erasePersonAction"))->trigger();
    QCOMPARE(m_confirmations.size(), 1);
    QCOMPARE(ContactRepository(*window.database()).get(hans)->name, QStringLiteral("Hans Schikan"));
    QCOMPARE(form->contactsModel()->rowCount(), 1);
}

void TestPersonalData::readOnlyExportsButDoesNotErase()
{
    const QString path = createSamplePortfolio(m_ui.dir());
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    MainWindow window;
    PartnerForm *form = openAndShowHans(window);
    QVERIFY(form);
    QVERIFY(window.isReadOnly());
    QVERIFY(form->findChild<QPushButton *>(QStringLiteral("personalDataButton"))->isEnabled());
    QVERIFY(form->findChild<QAction *>(QStringLiteral("exportPersonalDataAction"))->isEnabled());
    QVERIFY(!form->findChild<QAction *>(QStringLiteral("erasePersonAction"))->isEnabled());
}

QTEST_MAIN(TestPersonalData)
#include "tst_personaldata.moc"
