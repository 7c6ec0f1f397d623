// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A field's value as the tables show it (what the merge dialog and the question before a delete
// show): countries and choices by their names, dates as cells show them, lists joined, and the
// records a field refers to by their names or titles.
#include "models/fieldtext.h"
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

template<typename T>
const EntityField<T> &fieldOf(const char *column)
{
    for (const EntityField<T> &field : T::fields())
        if (qstrcmp(field.column, column) == 0)
            return field;
    qFatal("no field %s", column);
}

} // namespace

class TestFieldText : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void valuesShowAsInTheTables();
    void referencesShowByName();

private:
    TestSupport::SampleFixture m_sample;
};

void TestFieldText::init()
{
    QVERIFY(m_sample.open());
}

void TestFieldText::cleanup()
{
    m_sample.close();
}

void TestFieldText::valuesShowAsInTheTables()
{
    HistoryText names(*m_sample.db);
    Partner partner;
    partner.name = QStringLiteral("Karolinska Institutet");
    partner.country = QStringLiteral("SE");
    partner.kind = PartnerKind::University;
    QCOMPARE(FieldText::of(fieldOf<Partner>("name"), partner, names), partner.name);
    QCOMPARE(FieldText::of(fieldOf<Partner>("country"), partner, names), Countries::nameOf(QStringLiteral("SE")));
    QCOMPARE(FieldText::of(fieldOf<Partner>("kind"), partner, names), displayNameOf(PartnerKind::University));
    QCOMPARE(FieldText::of(fieldOf<Partner>("city"), partner, names), QString());

    Agreement agreement;
    agreement.signedOn = FuzzyDate::quarter(2024, 3);
    agreement.themes = {QStringLiteral("ATMP"), QStringLiteral("Vaccines")};
    QCOMPARE(FieldText::of(fieldOf<Agreement>("signed_on"), agreement, names), QStringLiteral("Q3 2024"));
    QCOMPARE(FieldText::of(fieldOf<Agreement>("ends_on"), agreement, names), QString());
    QCOMPARE(FieldText::of(fieldOf<Agreement>("themes"), agreement, names), QStringLiteral("ATMP, Vaccines"));
    QCOMPARE(FieldText::of(fieldOf<Agreement>("signing_event_id"), agreement, names), QString());
}

void TestFieldText::referencesShowByName()
{
    HistoryText names(*m_sample.db);
    const auto agreements = AgreementRepository(*m_sample.db).list();
    QVERIFY(agreements);
    std::optional<Agreement> withParties;
    for (const Agreement &listed : *agreements) // listed without their parties
        if (const auto agreement = AgreementRepository(*m_sample.db).get(listed.meta.id); agreement->parties.size() > 1)
            withParties = *agreement;
    QVERIFY(withParties);
    QStringList parties;
    for (const AgreementParty &party : withParties->parties)
        parties << names.labelOf(QStringLiteral("partner"), party.partnerId);
    QVERIFY(!parties.contains(QStringLiteral("#0")));
    QCOMPARE(FieldText::of(fieldOf<Agreement>("parties"), *withParties, names), parties.join(QStringLiteral(", ")));

    Milestone milestone;
    milestone.agreementId = withParties->meta.id;
    QCOMPARE(FieldText::of(fieldOf<Milestone>("agreement_id"), milestone, names), withParties->title);

    const auto events = EventRepository(*m_sample.db).list();
    QVERIFY(events && !events->isEmpty());
    Agreement signedAt;
    signedAt.signingEventId = events->constFirst().meta.id;
    QCOMPARE(FieldText::of(fieldOf<Agreement>("signing_event_id"), signedAt, names), events->constFirst().title);

    const auto partners = PartnerRepository(*m_sample.db).list();
    QVERIFY(partners && partners->size() > 1);
    Event event;
    event.partnerIds = {partners->at(0).meta.id, partners->at(1).meta.id};
    QCOMPARE(FieldText::of(fieldOf<Event>("partners"), event, names),
             names.labelOf(QStringLiteral("partner"), partners->at(0).meta.id) + QStringLiteral(", ") +
                 names.labelOf(QStringLiteral("partner"), partners->at(1).meta.id));
}

QTEST_GUILESS_MAIN(TestFieldText)
#include "tst_fieldtext.moc"
