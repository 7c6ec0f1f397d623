// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A partner's contacts edited in place: QAbstractItemModelTester, the core's contact rules (an
// empty name, an address that is not one), a draft row that is stored once named and keeps its row,
// edits handed to a writer, and rows that follow the store with precise signals.
#include "models/contactlistmodel.h"
#include "models/recordtablemodel.h"
#include "samplemodel.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/partnerrepository.h"

#include <QSignalSpy>
#include <QTest>

class TestContactListModel : public TestSupport::SampleModelTest<ContactListModel>
{
    Q_OBJECT

private slots:
    void contactRulesRefuseAnEmptyNameAndABadAddress_data();
    void contactRulesRefuseAnEmptyNameAndABadAddress();
    void listsThePartnersContactsAndFollowsTheStore();
    void editsCheckedAndWrittenThroughTheWriter();
    void aDraftIsStoredOnceNamedAndKeepsItsRow();
    void readOnlyAndStoreFailures();

private:
    qint64 partnerNamed(const QString &name) const;
    // Shows the contacts of the partner of that name; its id.
    qint64 showPartner(const QString &name);
};

qint64 TestContactListModel::partnerNamed(const QString &name) const
{
    const auto id = PartnerRepository(*m_sample.db).findByName(name);
    return id ? *id : 0;
}

qint64 TestContactListModel::showPartner(const QString &name)
{
    const qint64 id = partnerNamed(name);
    m_sample.model->setPartner(m_sample.db.get(), id);
    return id;
}

void TestContactListModel::contactRulesRefuseAnEmptyNameAndABadAddress_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("refusal"); // empty: accepted

    QTest::newRow("an address") << "Anna"
                                << "anna.svensson@med.lu.se"
                                << "";
    QTest::newRow("no address") << "Anna"
                                << ""
                                << "";
    QTest::newRow("spaces around") << "Anna"
                                   << "  anna@lu.se "
                                   << "";
    QTest::newRow("empty name") << ""
                                << ""
                                << "A contact needs a name.";
    QTest::newRow("blank name") << "   "
                                << "anna@lu.se"
                                << "A contact needs a name.";
    QTest::newRow("no at") << "Anna"
                           << "anna.lu.se"
                           << "“anna.lu.se” is not an e-mail address";
    QTest::newRow("no domain") << "Anna"
                               << "anna@"
                               << "is not an e-mail address";
    QTest::newRow("no dot") << "Anna"
                            << "anna@localhost"
                            << "is not an e-mail address";
    QTest::newRow("two ats") << "Anna"
                             << "anna@lu@se.se"
                             << "is not an e-mail address";
    QTest::newRow("a space") << "Anna"
                             << "anna svensson@lu.se"
                             << "is not an e-mail address";
    QTest::newRow("a phone number") << "Anna"
                                    << "+46 46 222 00 00"
                                    << "is not an e-mail address";
}

void TestContactListModel::contactRulesRefuseAnEmptyNameAndABadAddress()
{
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(QString, refusal);
    Contact contact;
    contact.partnerId = 1;
    contact.name = name;
    contact.email = email;
    const Result<void> valid = ContactRepository::validate(contact);
    if (refusal.isEmpty()) {
        QVERIFY2(valid, valid ? "" : qPrintable(valid.error().message));
        return;
    }
    QVERIFY(!valid);
    QCOMPARE(valid.error().kind, StoreError::Kind::Invalid);
    QVERIFY2(valid.error().message.contains(refusal), qPrintable(valid.error().message));
    // The repository refuses it too: nothing is stored.
    contact.partnerId = partnerNamed(QStringLiteral("Lund University"));
    QVERIFY(!ContactRepository(*m_sample.db).create(contact));
    QCOMPARE(ContactRepository(*m_sample.db).listForPartner(contact.partnerId)->size(), 0);
}

void TestContactListModel::listsThePartnersContactsAndFollowsTheStore()
{
    const qint64 holland = partnerNamed(QStringLiteral("Health~Holland"));
    QSignalSpy reset(m_sample.model.get(), &QAbstractItemModel::modelReset);
    m_sample.model->setPartner(m_sample.db.get(), holland);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_sample.model->rowCount(), 1);
    QCOMPARE(m_sample.model->columnCount(), int(ContactListModel::ColumnCount));
    QCOMPARE(m_sample.model->index(0, ContactListModel::NameColumn).data().toString(), QStringLiteral("Hans Schikan"));
    QCOMPARE(m_sample.model->headerData(ContactListModel::EmailColumn, Qt::Horizontal).toString(),
             QStringLiteral("E-mail"));
    const qint64 hans = m_sample.model->idAt(0);
    QVERIFY(hans > 0);
    QCOMPARE(m_sample.model->index(0, 0).data(RecordTableModel::IdRole).toLongLong(), hans);
    QCOMPARE(m_sample.model->rowOfId(hans), 0);
    // The same partner again keeps the rows (no reset, so a view keeps its place).
    m_sample.model->setPartner(m_sample.db.get(), holland);
    QCOMPARE(reset.count(), 1);

    // A contact added, changed and removed elsewhere shows as an inserted, changed and removed row.
    QSignalSpy inserted(m_sample.model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_sample.model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_sample.model.get(), &QAbstractItemModel::rowsRemoved);
    Contact added;
    added.partnerId = holland;
    added.name = QStringLiteral("Ellen Hoog");
    added.notes = QStringLiteral("Two\nlines");
    auto stored = ContactRepository(*m_sample.db).create(added);
    QVERIFY(stored);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(m_sample.model->rowCount(), 2);
    QCOMPARE(m_sample.model->index(1, ContactListModel::NotesColumn).data().toString(), QStringLiteral("Two lines"));
    QCOMPARE(m_sample.model->index(1, ContactListModel::NotesColumn).data(Qt::EditRole).toString(),
             QStringLiteral("Two\nlines"));
    Contact renamed = *stored;
    renamed.role = QStringLiteral("Director");
    QVERIFY(ContactRepository(*m_sample.db).update(renamed));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(m_sample.model->index(1, ContactListModel::RoleColumn).data().toString(), QStringLiteral("Director"));
    QVERIFY(ContactRepository(*m_sample.db).remove(hans));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(m_sample.model->rowCount(), 1);
    QCOMPARE(m_sample.model->index(0, 0).data().toString(), QStringLiteral("Ellen Hoog"));
    QCOMPARE(reset.count(), 1);

    // Another partner's contacts are not this list's.
    Contact elsewhere;
    elsewhere.partnerId = partnerNamed(QStringLiteral("Lund University"));
    elsewhere.name = QStringLiteral("Someone else");
    QVERIFY(ContactRepository(*m_sample.db).create(elsewhere));
    QCOMPARE(m_sample.model->rowCount(), 1);
    m_sample.model->setPartner(m_sample.db.get(), elsewhere.partnerId);
    QCOMPARE(m_sample.model->rowCount(), 1);
    QCOMPARE(m_sample.model->index(0, 0).data().toString(), QStringLiteral("Someone else"));
    m_sample.model->setPartner(nullptr, 0);
    QCOMPARE(m_sample.model->rowCount(), 0);
}

void TestContactListModel::editsCheckedAndWrittenThroughTheWriter()
{
    showPartner(QStringLiteral("Health~Holland"));
    QList<std::pair<Contact, Contact>> written;
    m_sample.model->setWriter([&](const Contact &before, const Contact &after) -> Result<void> {
        written.append({before, after});
        const auto stored = ContactRepository(*m_sample.db).update(after);
        if (!stored)
            return stored.error();
        return {};
    });
    const QModelIndex email = m_sample.model->index(0, ContactListModel::EmailColumn);
    QVERIFY(m_sample.model->flags(email) & Qt::ItemIsEditable);
    QSignalSpy refused(m_sample.model.get(), &ContactListModel::editRefused);
    QSignalSpy changed(m_sample.model.get(), &QAbstractItemModel::dataChanged);

    QVERIFY(m_sample.model->problem(email, QStringLiteral("hans@healthholland.com")).isEmpty());
    QVERIFY(m_sample.model->setData(email, QStringLiteral(" hans@healthholland.com ")));
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.first().first.email, QString());
    QCOMPARE(written.first().second.email, QStringLiteral("hans@healthholland.com"));
    QCOMPARE(written.first().second.name, QStringLiteral("Hans Schikan"));
    QCOMPARE(ContactRepository(*m_sample.db).get(m_sample.model->idAt(0))->email,
             QStringLiteral("hans@healthholland.com"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(email.data().toString(), QStringLiteral("hans@healthholland.com"));
    // The same value again writes nothing.
    QVERIFY(m_sample.model->setData(email, QStringLiteral("hans@healthholland.com")));
    QCOMPARE(written.size(), 1);

    // Refused before the writer: the message says why, nothing changes.
    QVERIFY(m_sample.model->problem(email, QStringLiteral("hans at health holland"))
                .contains(QStringLiteral("is not an e-mail address")));
    QVERIFY(!m_sample.model->setData(email, QStringLiteral("hans at health holland")));
    QVERIFY(!m_sample.model->setData(m_sample.model->index(0, ContactListModel::NameColumn), QStringLiteral("  ")));
    QCOMPARE(refused.count(), 2);
    QVERIFY(refused.first().first().toString().contains(QStringLiteral("is not an e-mail address")));
    QCOMPARE(refused.last().first().toString(), QStringLiteral("A contact needs a name."));
    QCOMPARE(written.size(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(ContactRepository(*m_sample.db).get(m_sample.model->idAt(0))->name, QStringLiteral("Hans Schikan"));

    // Each field, notes with their lines.
    QVERIFY(
        m_sample.model->setData(m_sample.model->index(0, ContactListModel::RoleColumn), QStringLiteral("Director")));
    QVERIFY(m_sample.model->setData(m_sample.model->index(0, ContactListModel::PhoneColumn),
                                    QStringLiteral("+31 70 000 00 00")));
    QVERIFY(m_sample.model->setData(m_sample.model->index(0, ContactListModel::NotesColumn),
                                    QStringLiteral("Met in\nStockholm")));
    const auto stored = ContactRepository(*m_sample.db).get(m_sample.model->idAt(0));
    QCOMPARE(stored->role, QStringLiteral("Director"));
    QCOMPARE(stored->phone, QStringLiteral("+31 70 000 00 00"));
    QCOMPARE(stored->notes, QStringLiteral("Met in\nStockholm"));
    QCOMPARE(written.size(), 4);
}

void TestContactListModel::aDraftIsStoredOnceNamedAndKeepsItsRow()
{
    const qint64 lund = showPartner(QStringLiteral("Lund University"));
    QCOMPARE(m_sample.model->rowCount(), 0);
    QSignalSpy inserted(m_sample.model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_sample.model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_sample.model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy refused(m_sample.model.get(), &ContactListModel::editRefused);

    const QModelIndex name = m_sample.model->addDraft();
    QVERIFY(name.isValid());
    QCOMPARE(name.row(), 0);
    QCOMPARE(name.column(), int(ContactListModel::NameColumn));
    QCOMPARE(inserted.count(), 1);
    QVERIFY(m_sample.model->hasDraft());
    QVERIFY(m_sample.model->isDraft(0));
    QCOMPARE(m_sample.model->idAt(0), qint64(0));
    // A second Add keeps the one draft.
    QCOMPARE(m_sample.model->addDraft(), name);
    QCOMPARE(m_sample.model->rowCount(), 1);
    // Its name first; the rest once it is stored.
    QVERIFY(m_sample.model->flags(name) & Qt::ItemIsEditable);
    QVERIFY(!(m_sample.model->flags(m_sample.model->index(0, ContactListModel::EmailColumn)) & Qt::ItemIsEditable));
    QVERIFY(!m_sample.model->index(0, 0).data(Qt::ToolTipRole).toString().isEmpty());

    // No name: refused, nothing stored, the draft stays.
    QVERIFY(!m_sample.model->problem(name, QString()).isEmpty());
    QVERIFY(!m_sample.model->setData(name, QString()));
    QCOMPARE(refused.count(), 1);
    QVERIFY(m_sample.model->hasDraft());
    QCOMPARE(ContactRepository(*m_sample.db).listForPartner(lund)->size(), 0);

    // Named: stored, in the same row (no rows come or go).
    QVERIFY(m_sample.model->setData(name, QStringLiteral("Anna Svensson")));
    QVERIFY(!m_sample.model->hasDraft());
    QCOMPARE(m_sample.model->rowCount(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 1);
    const auto stored = ContactRepository(*m_sample.db).listForPartner(lund);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().name, QStringLiteral("Anna Svensson"));
    QCOMPARE(stored->first().partnerId, lund);
    QCOMPARE(m_sample.model->idAt(0), stored->first().meta.id);
    QVERIFY(m_sample.model->flags(m_sample.model->index(0, ContactListModel::EmailColumn)) & Qt::ItemIsEditable);

    // A draft left without a name goes again.
    QCOMPARE(m_sample.model->addDraft().row(), 1);
    m_sample.model->discardDraft();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_sample.model->rowCount(), 1);
    QVERIFY(!m_sample.model->hasDraft());

    // A draft stays last while the store adds a contact before it.
    m_sample.model->addDraft();
    Contact other;
    other.partnerId = lund;
    other.name = QStringLiteral("Per Nilsson");
    QVERIFY(ContactRepository(*m_sample.db).create(other));
    QCOMPARE(m_sample.model->rowCount(), 3);
    QCOMPARE(m_sample.model->index(1, 0).data().toString(), QStringLiteral("Per Nilsson"));
    QVERIFY(m_sample.model->isDraft(2));
    // Another partner drops the draft.
    showPartner(QStringLiteral("Health~Holland"));
    QVERIFY(!m_sample.model->hasDraft());
    QCOMPARE(m_sample.model->rowCount(), 1);
}

void TestContactListModel::readOnlyAndStoreFailures()
{
    showPartner(QStringLiteral("Health~Holland"));
    m_sample.model->addDraft();
    m_sample.model->setReadOnly(true);
    QVERIFY(!m_sample.model->hasDraft());
    QVERIFY(!(m_sample.model->flags(m_sample.model->index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!m_sample.model->addDraft().isValid());
    QVERIFY(
        !m_sample.model->setData(m_sample.model->index(0, ContactListModel::RoleColumn), QStringLiteral("Director")));
    m_sample.model->setReadOnly(false);

    // A failure of the store (here: someone else changed the row) is reported; the row shows the store.
    m_sample.model->setWriter([](const Contact &, const Contact &) -> Result<void> {
        return StoreError{StoreError::Kind::Conflict, QStringLiteral("Someone else changed this contact.")};
    });
    QSignalSpy failed(m_sample.model.get(), &ContactListModel::storeFailed);
    QSignalSpy refused(m_sample.model.get(), &ContactListModel::editRefused);
    QVERIFY(
        !m_sample.model->setData(m_sample.model->index(0, ContactListModel::RoleColumn), QStringLiteral("Director")));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(refused.count(), 0);
    QCOMPARE(m_sample.model->index(0, ContactListModel::RoleColumn).data().toString(), QString());
}

QTEST_GUILESS_MAIN(TestContactListModel)
#include "tst_contactlistmodel.moc"
