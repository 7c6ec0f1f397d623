// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/portfoliojson.h"

#include "store/agreementrepository.h"
#include "store/contactrepository.h"
#include "store/contentcheck.h"
#include "store/eventrepository.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"
#include "store/rowcodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace {

// Reads one JSON object, remembering the first problem and where it was.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, QString *error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
    {}

    QString text(const char *key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(key, QCoreApplication::translate("PortfolioJson", "expected text"));
        return v.toString();
    }
    QString required(const char *key) const
    {
        const QString value = text(key);
        if (value.trimmed().isEmpty())
            fail(key, QCoreApplication::translate("PortfolioJson", "is required"));
        return value;
    }
    qint64 id(const char *key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return 0;
        if (!isId(v)) {
            fail(key, QCoreApplication::translate("PortfolioJson", "expected a positive whole number"));
            return 0;
        }
        return qint64(v.toDouble());
    }
    FuzzyDate date(const char *key) const
    {
        const QString code = text(key);
        if (code.isEmpty())
            return {};
        const FuzzyDate date = FuzzyDate::fromCode(code);
        if (date.isNull())
            fail(key,
                 QCoreApplication::translate(
                     "PortfolioJson", "“%1” is not a date code such as 2023-09-12, 2023-09, 2024-Q3, 2025-H2 or 2022")
                     .arg(code));
        return date;
    }
    template<typename E>
    E code(const char *key, E fallback) const
    {
        const QString value = text(key);
        if (value.isEmpty())
            return fallback;
        const std::optional<E> parsed = enumFromCode<E>(value);
        if (!parsed)
            fail(key, QCoreApplication::translate("PortfolioJson", "“%1” is not one of: %2").arg(value, codes<E>()));
        return parsed.value_or(fallback);
    }
    RowMeta meta() const
    {
        RowMeta meta;
        meta.id = id("id");
        meta.createdAt = timestamp("createdAt");
        meta.updatedAt = timestamp("updatedAt");
        const QJsonValue v = m_object.value(QLatin1String("version"));
        meta.version = v.isDouble() ? v.toInt() : 1;
        return meta;
    }
    QDateTime timestamp(const char *key) const
    {
        const QString value = text(key);
        if (value.isEmpty())
            return {};
        const QDateTime time = RowCodec::timestampFrom(value);
        if (!time.isValid())
            fail(key,
                 QCoreApplication::translate("PortfolioJson", "“%1” is not a time such as 2023-09-12T10:00:00.000Z")
                     .arg(value));
        return time;
    }
    QJsonArray array(const char *key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isArray())
            fail(key, QCoreApplication::translate("PortfolioJson", "expected a list"));
        return v.toArray();
    }
    QList<qint64> ids(const char *key) const
    {
        QList<qint64> result;
        for (const QJsonValue &v : array(key)) {
            if (!isId(v)) {
                fail(key, QCoreApplication::translate("PortfolioJson", "expected a list of ids"));
                continue;
            }
            result << qint64(v.toDouble());
        }
        return result;
    }
    QString path() const { return m_path; }

private:
    // A whole number from 1 to 2^53, which a JSON number holds exactly (and a qint64 too).
    static bool isId(const QJsonValue &v)
    {
        const double d = v.isDouble() ? v.toDouble() : 0;
        return d >= 1 && d <= 9007199254740992.0 && d == std::floor(d);
    }
    template<typename E>
    static QString codes()
    {
        QStringList all;
        for (E value : allValues<E>())
            all << codeOf(value);
        return all.join(QStringLiteral(", "));
    }
    void fail(const char *key, const QString &why) const
    {
        if (m_error->isEmpty())
            *m_error = m_path + QLatin1Char('.') + QLatin1String(key) + QStringLiteral(": ") + why;
    }

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

QList<QJsonObject> objects(const QJsonArray &array, const QString &path, QString *error)
{
    QList<QJsonObject> result;
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject() && error->isEmpty())
            *error = QStringLiteral("%1[%2]: ").arg(path).arg(i) +
                     QCoreApplication::translate("PortfolioJson", "expected an object");
        result << array.at(i).toObject();
    }
    return result;
}

QString at(const QString &path, int index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

} // namespace

Result<PortfolioData> PortfolioJson::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return StoreError{StoreError::Kind::Invalid,
                          QCoreApplication::translate("PortfolioJson", "Not valid JSON at byte %1: %2")
                              .arg(parseError.offset)
                              .arg(parseError.errorString())};
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("pactline-portfolio"))
        return StoreError{
            StoreError::Kind::Invalid,
            QCoreApplication::translate(
                "PortfolioJson", "This JSON is not a Pactline portfolio (its “format” is not “pactline-portfolio”).")};
    const int version = root.value(QLatin1String("formatVersion")).toInt();
    if (version < 1 || version > FormatVersion)
        return StoreError{
            StoreError::Kind::NewerVersion,
            QCoreApplication::translate("PortfolioJson",
                                        "This portfolio file has format version %1; this Pactline reads version %2.")
                .arg(version)
                .arg(FormatVersion)};

    QString error;
    PortfolioData data;
    const Reader top(root, QString(), &error);
    const QList<QJsonObject> partners = objects(top.array("partners"), QStringLiteral("partners"), &error);
    for (int i = 0; i < partners.size(); ++i) {
        const Reader r(partners.at(i), at(QStringLiteral("partners"), i), &error);
        Partner p;
        p.meta = r.meta();
        p.name = r.required("name");
        p.shortName = r.text("shortName");
        p.kind = r.code<PartnerKind>("kind", PartnerKind::Other);
        p.country = r.text("country");
        p.city = r.text("city");
        p.website = r.text("website");
        p.notes = r.text("notes");
        const QList<QJsonObject> contacts =
            objects(r.array("contacts"), r.path() + QStringLiteral(".contacts"), &error);
        for (int j = 0; j < contacts.size(); ++j) {
            const Reader rc(contacts.at(j), at(r.path() + QStringLiteral(".contacts"), j), &error);
            Contact c;
            c.meta = rc.meta();
            c.partnerId = p.meta.id;
            c.name = rc.required("name");
            c.role = rc.text("role");
            c.email = rc.text("email");
            c.phone = rc.text("phone");
            c.notes = rc.text("notes");
            data.contacts << c;
        }
        data.partners << p;
    }
    const QList<QJsonObject> events = objects(top.array("events"), QStringLiteral("events"), &error);
    for (int i = 0; i < events.size(); ++i) {
        const Reader r(events.at(i), at(QStringLiteral("events"), i), &error);
        Event e;
        e.meta = r.meta();
        e.title = r.required("title");
        e.date = r.date("date");
        e.place = r.text("place");
        e.notes = r.text("notes");
        e.partnerIds = r.ids("partners");
        e.contactIds = r.ids("contacts");
        data.events << e;
    }
    const QList<QJsonObject> agreements = objects(top.array("agreements"), QStringLiteral("agreements"), &error);
    for (int i = 0; i < agreements.size(); ++i) {
        const Reader r(agreements.at(i), at(QStringLiteral("agreements"), i), &error);
        Agreement a;
        a.meta = r.meta();
        a.title = r.required("title");
        a.kind = r.code<AgreementKind>("kind", AgreementKind::Other);
        a.status = r.code<AgreementStatus>("status", AgreementStatus::Draft);
        a.signedOn = r.date("signedOn");
        a.startsOn = r.date("startsOn");
        a.endsOn = r.date("endsOn");
        a.signingEventId = r.id("signingEvent");
        a.predecessorId = r.id("predecessor");
        for (const QJsonValue &theme : r.array("themes"))
            a.themes << theme.toString();
        a.summary = r.text("summary");
        a.notes = r.text("notes");
        const QList<QJsonObject> parties = objects(r.array("parties"), r.path() + QStringLiteral(".parties"), &error);
        for (int j = 0; j < parties.size(); ++j) {
            const Reader rp(parties.at(j), at(r.path() + QStringLiteral(".parties"), j), &error);
            AgreementParty party;
            party.partnerId = rp.id("partner");
            party.role = rp.code<PartyRole>("role", PartyRole::Signatory);
            party.signedOn = rp.date("signedOn");
            a.parties << party;
        }
        const QList<QJsonObject> milestones =
            objects(r.array("milestones"), r.path() + QStringLiteral(".milestones"), &error);
        for (int j = 0; j < milestones.size(); ++j) {
            const Reader rm(milestones.at(j), at(r.path() + QStringLiteral(".milestones"), j), &error);
            PortfolioData::MilestoneEntry entry;
            Milestone &m = entry.milestone;
            m.meta = rm.meta();
            m.agreementId = a.meta.id;
            m.title = rm.required("title");
            m.due = rm.date("due");
            m.status = rm.code<MilestoneStatus>("status", MilestoneStatus::Planned);
            m.achievedOn = rm.date("achievedOn");
            m.location = rm.text("location");
            m.notes = rm.text("notes");
            const QList<QJsonObject> history =
                objects(rm.array("history"), rm.path() + QStringLiteral(".history"), &error);
            for (int k = 0; k < history.size(); ++k) {
                const Reader rh(history.at(k), at(rm.path() + QStringLiteral(".history"), k), &error);
                MilestoneChange change;
                change.changedAt = rh.timestamp("changedAt");
                change.oldDue = rh.date("oldDue");
                change.newDue = rh.date("newDue");
                if (!rh.text("oldStatus").isEmpty())
                    change.oldStatus = rh.code<MilestoneStatus>("oldStatus", MilestoneStatus::Planned);
                if (!rh.text("newStatus").isEmpty())
                    change.newStatus = rh.code<MilestoneStatus>("newStatus", MilestoneStatus::Planned);
                change.reason = rh.text("reason");
                entry.history << change;
            }
            data.milestones << entry;
        }
        data.agreements << a;
    }
    if (!error.isEmpty())
        return StoreError{StoreError::Kind::Invalid, error};
    return data;
}

Result<void> PortfolioJson::importInto(Database &db, const PortfolioData &data)
{
    const PartnerRepository partners(db);
    const ContactRepository contacts(db);
    const EventRepository events(db);
    const AgreementRepository agreements(db);
    const MilestoneRepository milestones(db);

    return db.write([&]() -> Result<void> {
        const Result<qint64> existing = partners.count();
        if (!existing)
            return existing.error();
        const bool keepIds = *existing == 0 && *agreements.count() == 0 && *events.count() == 0;
        QHash<qint64, qint64> partnerIds, contactIds, eventIds, agreementIds;
        const auto mapped = [](const QHash<qint64, qint64> &map, qint64 id, const char *what) -> Result<qint64> {
            if (id <= 0)
                return qint64(0);
            if (!map.contains(id))
                return StoreError{StoreError::Kind::Invalid,
                                  QCoreApplication::translate("PortfolioJson",
                                                              "The file refers to %1 #%2, which it does not contain.")
                                      .arg(QLatin1String(what))
                                      .arg(id)};
            return map.value(id);
        };
        const auto fresh = [&](RowMeta meta) {
            if (!keepIds)
                meta.id = 0;
            return meta;
        };

        for (Partner p : data.partners) {
            const qint64 fileId = p.meta.id;
            p.meta = fresh(p.meta);
            const Result<Partner> stored = partners.create(p);
            if (!stored)
                return StoreError{stored.error().kind, QCoreApplication::translate("PortfolioJson", "Partner “%1”: %2")
                                                           .arg(p.name, stored.error().message)};
            partnerIds.insert(fileId, stored->meta.id);
        }
        for (Contact c : data.contacts) {
            const qint64 fileId = c.meta.id;
            c.meta = fresh(c.meta);
            const Result<qint64> partner = mapped(partnerIds, c.partnerId, "partner");
            if (!partner)
                return partner.error();
            c.partnerId = *partner;
            const Result<Contact> stored = contacts.create(c);
            if (!stored)
                return StoreError{stored.error().kind, QCoreApplication::translate("PortfolioJson", "Contact “%1”: %2")
                                                           .arg(c.name, stored.error().message)};
            contactIds.insert(fileId, stored->meta.id);
        }
        for (Event e : data.events) {
            const qint64 fileId = e.meta.id;
            e.meta = fresh(e.meta);
            for (qint64 &id : e.partnerIds) {
                const Result<qint64> partner = mapped(partnerIds, id, "partner");
                if (!partner)
                    return partner.error();
                id = *partner;
            }
            for (qint64 &id : e.contactIds) {
                const Result<qint64> contact = mapped(contactIds, id, "contact");
                if (!contact)
                    return contact.error();
                id = *contact;
            }
            const Result<Event> stored = events.create(e);
            if (!stored)
                return StoreError{stored.error().kind, QCoreApplication::translate("PortfolioJson", "Event “%1”: %2")
                                                           .arg(e.title, stored.error().message)};
            eventIds.insert(fileId, stored->meta.id);
        }
        // An agreement is added after its predecessor, so that the link can be stored at once.
        QList<Agreement> pending = data.agreements;
        while (!pending.isEmpty()) {
            const int before = pending.size();
            for (auto it = pending.begin(); it != pending.end();) {
                if (it->predecessorId > 0 && !agreementIds.contains(it->predecessorId)) {
                    ++it;
                    continue;
                }
                Agreement a = *it;
                const qint64 fileId = a.meta.id;
                a.meta = fresh(a.meta);
                a.predecessorId = agreementIds.value(a.predecessorId);
                const Result<qint64> event = mapped(eventIds, a.signingEventId, "event");
                if (!event)
                    return event.error();
                a.signingEventId = *event;
                for (AgreementParty &party : a.parties) {
                    const Result<qint64> partner = mapped(partnerIds, party.partnerId, "partner");
                    if (!partner)
                        return partner.error();
                    party.partnerId = *partner;
                }
                const Result<Agreement> stored = agreements.create(a);
                if (!stored)
                    return StoreError{stored.error().kind,
                                      QCoreApplication::translate("PortfolioJson", "Agreement “%1”: %2")
                                          .arg(a.title, stored.error().message)};
                agreementIds.insert(fileId, stored->meta.id);
                it = pending.erase(it);
            }
            if (pending.size() == before)
                return StoreError{
                    StoreError::Kind::Invalid,
                    QCoreApplication::translate("PortfolioJson",
                                                "Agreement “%1” has a predecessor the file does not contain (or the "
                                                "predecessors form a loop).")
                        .arg(pending.first().title)};
        }
        for (const PortfolioData::MilestoneEntry &entry : data.milestones) {
            Milestone m = entry.milestone;
            m.meta = fresh(m.meta);
            const Result<qint64> agreement = mapped(agreementIds, m.agreementId, "agreement");
            if (!agreement)
                return agreement.error();
            m.agreementId = *agreement;
            const Result<Milestone> stored = milestones.create(m);
            if (!stored)
                return StoreError{stored.error().kind,
                                  QCoreApplication::translate("PortfolioJson", "Milestone “%1”: %2")
                                      .arg(m.title, stored.error().message)};
            for (MilestoneChange change : entry.history) {
                change.id = 0;
                change.milestoneId = stored->meta.id;
                if (const Result<MilestoneChange> added = milestones.addChange(change); !added)
                    return added.error();
            }
        }
        return {};
    });
}

namespace {

// Writes JSON with keys in the order given, two-space indentation and one value per line; lists of
// ids and of names stay on one line.
class JsonEmitter
{
public:
    QByteArray take()
    {
        m_out.append('\n');
        return std::move(m_out);
    }

    void beginObject(const char *key = nullptr) { open(key, '{'); }
    void endObject() { close('}'); }
    void beginArray(const char *key = nullptr) { open(key, '['); }
    void endArray() { close(']'); }

    void number(const char *key, qint64 value)
    {
        member(key);
        m_out.append(QByteArray::number(value));
    }
    void string(const char *key, const QString &value)
    {
        member(key);
        appendString(value);
    }
    // Left out when empty.
    void text(const char *key, const QString &value)
    {
        if (!value.isEmpty())
            string(key, value);
    }
    void date(const char *key, const FuzzyDate &value) { text(key, value.code()); }
    void id(const char *key, qint64 value)
    {
        if (value > 0)
            number(key, value);
    }
    void ids(const char *key, const QList<qint64> &values)
    {
        if (values.isEmpty())
            return;
        member(key);
        m_out.append('[');
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_out.append(", ");
            m_out.append(QByteArray::number(values.at(i)));
        }
        m_out.append(']');
    }
    void strings(const char *key, const QStringList &values)
    {
        if (values.isEmpty())
            return;
        member(key);
        m_out.append('[');
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_out.append(", ");
            appendString(values.at(i));
        }
        m_out.append(']');
    }
    void meta(const RowMeta &meta)
    {
        if (meta.createdAt.isValid())
            string("createdAt", RowCodec::timestamp(meta.createdAt));
        if (meta.updatedAt.isValid())
            string("updatedAt", RowCodec::timestamp(meta.updatedAt));
        number("version", meta.version);
    }

private:
    void member(const char *key)
    {
        if (!m_first.isEmpty()) {
            if (!m_first.last())
                m_out.append(',');
            m_first.last() = false;
            m_out.append('\n');
            m_out.append(QByteArray(2 * m_first.size(), ' '));
        }
        if (key) {
            m_out.append('"');
            m_out.append(key);
            m_out.append("\": ");
        }
    }
    void open(const char *key, char bracket)
    {
        member(key);
        m_out.append(bracket);
        m_first.append(true);
    }
    void close(char bracket)
    {
        const bool empty = m_first.takeLast();
        if (!empty) {
            m_out.append('\n');
            m_out.append(QByteArray(2 * m_first.size(), ' '));
        }
        m_out.append(bracket);
    }
    void appendString(const QString &value)
    {
        m_out.append('"');
        const qsizetype size = value.size();
        qsizetype i = 0;
        while (i < size) {
            const char16_t u = value.at(i).unicode();
            if (u >= 0x80) {
                // A run of non-ASCII characters goes to UTF-8 at once, so surrogate pairs stay whole.
                qsizetype end = i;
                while (end < size && value.at(end).unicode() >= 0x80)
                    ++end;
                m_out.append(QStringView(value).mid(i, end - i).toUtf8());
                i = end;
                continue;
            }
            switch (u) {
            case u'"':
                m_out.append("\\\"");
                break;
            case u'\\':
                m_out.append("\\\\");
                break;
            case u'\n':
                m_out.append("\\n");
                break;
            case u'\r':
                m_out.append("\\r");
                break;
            case u'\t':
                m_out.append("\\t");
                break;
            case u'\b':
                m_out.append("\\b");
                break;
            case u'\f':
                m_out.append("\\f");
                break;
            default:
                if (u < 0x20)
                    m_out.append(QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0')).toLatin1());
                else
                    m_out.append(char(u));
                break;
            }
            ++i;
        }
        m_out.append('"');
    }

    QByteArray m_out;
    QList<bool> m_first; // per open bracket: nothing written in it yet
};

template<typename T>
void sortById(QList<T> &rows)
{
    std::sort(rows.begin(), rows.end(), [](const T &a, const T &b) { return a.meta.id < b.meta.id; });
}

} // namespace

Result<PortfolioData> PortfolioJson::load(Database &db)
{
    if (auto refused = ContentCheck::refuseUnknownCodes(db.connection()); !refused)
        return refused.error();
    PortfolioData data;
    Result<QList<Partner>> partners = PartnerRepository(db).list();
    if (!partners)
        return partners.error();
    data.partners = std::move(*partners);
    sortById(data.partners);
    Result<QList<Contact>> contacts = ContactRepository(db).list();
    if (!contacts)
        return contacts.error();
    data.contacts = std::move(*contacts);
    sortById(data.contacts);
    Result<QList<Event>> events = EventRepository(db).list();
    if (!events)
        return events.error();
    data.events = std::move(*events);
    sortById(data.events);
    // Agreements with their parties and themes, a window at a time.
    const AgreementRepository agreements(db);
    ListQuery window;
    window.limit = 2000;
    for (;; window.offset += window.limit) {
        Result<QList<Agreement>> page = agreements.listWithDetails(window);
        if (!page)
            return page.error();
        data.agreements.append(*page);
        if (page->size() < window.limit)
            break;
    }
    sortById(data.agreements);
    const MilestoneRepository milestoneRepository(db);
    Result<QList<Milestone>> milestones = milestoneRepository.list();
    if (!milestones)
        return milestones.error();
    sortById(*milestones);
    const Result<QList<MilestoneChange>> changes = milestoneRepository.changesBetween(
        QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC), QDateTime(QDate(9999, 12, 31), QTime(23, 59), Qt::UTC));
    if (!changes)
        return changes.error();
    QHash<qint64, QList<MilestoneChange>> history;
    for (const MilestoneChange &change : *changes)
        history[change.milestoneId].append(change);
    for (const Milestone &milestone : std::as_const(*milestones))
        data.milestones.append({milestone, history.value(milestone.meta.id)});
    return data;
}

QByteArray PortfolioJson::write(const PortfolioData &data)
{
    QHash<qint64, QList<const Contact *>> contactsOf;
    for (const Contact &contact : data.contacts)
        contactsOf[contact.partnerId].append(&contact);
    QHash<qint64, QList<const PortfolioData::MilestoneEntry *>> milestonesOf;
    for (const PortfolioData::MilestoneEntry &entry : data.milestones)
        milestonesOf[entry.milestone.agreementId].append(&entry);

    JsonEmitter json;
    json.beginObject();
    json.string("format", QStringLiteral("pactline-portfolio"));
    json.number("formatVersion", FormatVersion);
    json.beginArray("partners");
    for (const Partner &p : data.partners) {
        json.beginObject();
        json.id("id", p.meta.id);
        json.string("name", p.name);
        json.text("shortName", p.shortName);
        json.string("kind", codeOf(p.kind));
        json.text("country", p.country);
        json.text("city", p.city);
        json.text("website", p.website);
        json.text("notes", p.notes);
        json.meta(p.meta);
        const QList<const Contact *> contacts = contactsOf.value(p.meta.id);
        if (!contacts.isEmpty()) {
            json.beginArray("contacts");
            for (const Contact *c : contacts) {
                json.beginObject();
                json.id("id", c->meta.id);
                json.string("name", c->name);
                json.text("role", c->role);
                json.text("email", c->email);
                json.text("phone", c->phone);
                json.text("notes", c->notes);
                json.meta(c->meta);
                json.endObject();
            }
            json.endArray();
        }
        json.endObject();
    }
    json.endArray();
    json.beginArray("events");
    for (const Event &e : data.events) {
        json.beginObject();
        json.id("id", e.meta.id);
        json.string("title", e.title);
        json.date("date", e.date);
        json.text("place", e.place);
        json.text("notes", e.notes);
        json.ids("partners", e.partnerIds);
        json.ids("contacts", e.contactIds);
        json.meta(e.meta);
        json.endObject();
    }
    json.endArray();
    json.beginArray("agreements");
    for (const Agreement &a : data.agreements) {
        json.beginObject();
        json.id("id", a.meta.id);
        json.string("title", a.title);
        json.string("kind", codeOf(a.kind));
        json.string("status", codeOf(a.status));
        json.date("signedOn", a.signedOn);
        json.date("startsOn", a.startsOn);
        json.date("endsOn", a.endsOn);
        json.id("signingEvent", a.signingEventId);
        json.id("predecessor", a.predecessorId);
        json.strings("themes", a.themes);
        json.text("summary", a.summary);
        json.text("notes", a.notes);
        if (!a.parties.isEmpty()) {
            json.beginArray("parties");
            for (const AgreementParty &party : a.parties) {
                json.beginObject();
                json.id("partner", party.partnerId);
                json.string("role", codeOf(party.role));
                json.date("signedOn", party.signedOn);
                json.endObject();
            }
            json.endArray();
        }
        const QList<const PortfolioData::MilestoneEntry *> milestones = milestonesOf.value(a.meta.id);
        if (!milestones.isEmpty()) {
            json.beginArray("milestones");
            for (const PortfolioData::MilestoneEntry *entry : milestones) {
                const Milestone &m = entry->milestone;
                json.beginObject();
                json.id("id", m.meta.id);
                json.string("title", m.title);
                json.date("due", m.due);
                json.string("status", codeOf(m.status));
                json.date("achievedOn", m.achievedOn);
                json.text("location", m.location);
                json.text("notes", m.notes);
                if (!entry->history.isEmpty()) {
                    json.beginArray("history");
                    for (const MilestoneChange &change : entry->history) {
                        json.beginObject();
                        json.string("changedAt", RowCodec::timestamp(change.changedAt));
                        json.date("oldDue", change.oldDue);
                        json.date("newDue", change.newDue);
                        if (change.oldStatus)
                            json.string("oldStatus", codeOf(*change.oldStatus));
                        if (change.newStatus)
                            json.string("newStatus", codeOf(*change.newStatus));
                        json.text("reason", change.reason);
                        json.endObject();
                    }
                    json.endArray();
                }
                json.meta(m.meta);
                json.endObject();
            }
            json.endArray();
        }
        json.meta(a.meta);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.take();
}

QStringList PortfolioJson::problems(const PortfolioData &data)
{
    QStringList found;
    const auto at = [](const char *list, qsizetype index) {
        return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(index);
    };
    const auto collectIds = [&](const auto &rows, const char *list) {
        QSet<qint64> ids;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const qint64 id = rows.at(i).meta.id;
            if (id > 0 && ids.contains(id))
                found << at(list, i) + QStringLiteral(".id: ") +
                             QCoreApplication::translate("PortfolioJson", "%1 is used by another row too.").arg(id);
            ids.insert(id);
        }
        return ids;
    };
    const QSet<qint64> partnerIds = collectIds(data.partners, "partners");
    const QSet<qint64> contactIds = collectIds(data.contacts, "contacts");
    const QSet<qint64> eventIds = collectIds(data.events, "events");
    const QSet<qint64> agreementIds = collectIds(data.agreements, "agreements");
    const auto missing = [&](const QString &place, const char *what, qint64 id) {
        found << place + QStringLiteral(": ") +
                     QCoreApplication::translate("PortfolioJson", "refers to %1 #%2, which the file does not contain.")
                         .arg(QLatin1String(what))
                         .arg(id);
    };

    QSet<QString> names;
    for (qsizetype i = 0; i < data.partners.size(); ++i) {
        const Partner &p = data.partners.at(i);
        if (auto r = PartnerRepository::validate(p); !r)
            found << at("partners", i) + QStringLiteral(": ") + r.error().message;
        const QString key = p.name.trimmed().toLower() + QLatin1Char('|') + p.country.trimmed().toUpper();
        if (names.contains(key))
            found << at("partners", i) + QStringLiteral(".name: ") +
                         QCoreApplication::translate("PortfolioJson", "another partner in %1 has the same name.")
                             .arg(p.country.isEmpty() ? QCoreApplication::translate("PortfolioJson", "no country")
                                                      : p.country);
        names.insert(key);
    }
    for (qsizetype i = 0; i < data.contacts.size(); ++i)
        if (auto r = ContactRepository::validate(data.contacts.at(i)); !r)
            found << at("contacts", i) + QStringLiteral(": ") + r.error().message;
    for (qsizetype i = 0; i < data.events.size(); ++i) {
        const Event &e = data.events.at(i);
        if (auto r = EventRepository::validate(e); !r)
            found << at("events", i) + QStringLiteral(": ") + r.error().message;
        for (qint64 id : e.partnerIds)
            if (!partnerIds.contains(id))
                missing(at("events", i) + QStringLiteral(".partners"), "partner", id);
        for (qint64 id : e.contactIds)
            if (!contactIds.contains(id))
                missing(at("events", i) + QStringLiteral(".contacts"), "contact", id);
    }
    QHash<qint64, qint64> predecessorOf;
    for (qsizetype i = 0; i < data.agreements.size(); ++i) {
        const Agreement &a = data.agreements.at(i);
        Agreement checked = a;
        for (AgreementParty &party : checked.parties)
            party.partnerId = qMax<qint64>(party.partnerId, 1); // missing partners are reported below
        if (auto r = AgreementRepository::validate(checked); !r)
            found << at("agreements", i) + QStringLiteral(": ") + r.error().message;
        if (a.signingEventId > 0 && !eventIds.contains(a.signingEventId))
            missing(at("agreements", i) + QStringLiteral(".signingEvent"), "event", a.signingEventId);
        if (a.predecessorId > 0 && !agreementIds.contains(a.predecessorId))
            missing(at("agreements", i) + QStringLiteral(".predecessor"), "agreement", a.predecessorId);
        for (qsizetype j = 0; j < a.parties.size(); ++j)
            if (!partnerIds.contains(a.parties.at(j).partnerId))
                missing(at("agreements", i) + QStringLiteral(".parties[%1].partner").arg(j), "partner",
                        a.parties.at(j).partnerId);
        if (a.meta.id > 0 && a.predecessorId > 0)
            predecessorOf.insert(a.meta.id, a.predecessorId);
    }
    for (qsizetype i = 0; i < data.agreements.size(); ++i) {
        qint64 current = data.agreements.at(i).meta.id;
        for (qsizetype steps = 0; current > 0 && steps <= data.agreements.size(); ++steps) {
            current = predecessorOf.value(current);
            if (current == data.agreements.at(i).meta.id) {
                found << at("agreements", i) + QStringLiteral(".predecessor: ") +
                             QCoreApplication::translate("PortfolioJson", "the predecessors go round in a circle.");
                break;
            }
        }
    }
    for (qsizetype i = 0; i < data.milestones.size(); ++i) {
        const Milestone &m = data.milestones.at(i).milestone;
        if (m.agreementId <= 0) {
            found << QCoreApplication::translate("PortfolioJson", "milestone “%1”: its agreement has no id.")
                         .arg(m.title);
            continue;
        }
        if (auto r = MilestoneRepository::validate(m); !r)
            found << QCoreApplication::translate("PortfolioJson", "milestone “%1”: %2").arg(m.title, r.error().message);
    }
    return found;
}
