// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/progressreport.h"

#include "report/progressdigest.h"
#include "report/reportdata.h"
#include "report/reportformat.h"

#include <QCoreApplication>

namespace {

// A reason from the history as the end of a sentence.
QString asSentence(const QString &text)
{
    QString sentence = text.trimmed();
    if (sentence.isEmpty())
        return {};
    sentence[0] = sentence.at(0).toUpper();
    if (!sentence.endsWith(QLatin1Char('.')) && !sentence.endsWith(QLatin1Char('!')) &&
        !sentence.endsWith(QLatin1Char('?')))
        sentence += QLatin1Char('.');
    return QLatin1Char(' ') + sentence;
}

const Milestone *findMilestone(const ReportData &data, qint64 agreementId, qint64 milestoneId)
{
    const auto list = data.milestones.constFind(agreementId);
    if (list == data.milestones.cend())
        return nullptr;
    for (const Milestone &milestone : *list)
        if (milestone.meta.id == milestoneId)
            return &milestone;
    return nullptr;
}

} // namespace

QList<ReportText> ProgressReport::sentences(const ProgressDigest &digest, int agreementIndex, const ReportData &data,
                                            const ReportFormat &format)
{
    using Kind = ProgressDigest::Item::Kind;
    const ProgressDigest::AgreementNews &news = digest.agreements().at(agreementIndex);
    Agreement agreement;
    for (const Agreement &candidate : data.agreements)
        if (candidate.meta.id == news.agreementId)
            agreement = candidate;

    QList<ReportText> result;
    for (const ProgressDigest::Item &item : news.items) {
        const Milestone *milestone = findMilestone(data, item.agreementId, item.milestoneId);
        const QString title = milestone ? milestone->title : QString();
        const QString place = milestone && !milestone->location.trimmed().isEmpty()
                                  ? QStringLiteral(" (%1)").arg(milestone->location)
                                  : QString();
        ReportText text;
        switch (item.kind) {
        case Kind::Signed: {
            QStringList names;
            QStringList everyone;
            for (const AgreementParty &party : agreement.parties) {
                everyone << data.partnerName(party.partnerId);
                if (party.role == PartyRole::Signatory || party.role == PartyRole::Lead)
                    names << data.partnerName(party.partnerId);
            }
            if (names.isEmpty())
                names = everyone;
            QString rest = QLatin1Char(' ') + format.onOrIn(item.date);
            if (!names.isEmpty())
                rest += QLatin1Char(' ') +
                        QCoreApplication::translate("ProgressReport", "by %1").arg(ReportFormat::list(names));
            if (const auto event = data.events.constFind(agreement.signingEventId); event != data.events.cend())
                rest += QLatin1Char(' ') + QCoreApplication::translate("ProgressReport", "at “%1”").arg(event->title);
            text.add(QCoreApplication::translate("ProgressReport", "Signed"), ReportText::Bold)
                .add(rest + QLatin1Char('.'));
            break;
        }
        case Kind::AgreementAdded:
            text.add(QCoreApplication::translate("ProgressReport", "Added"), ReportText::Bold)
                .add(QLatin1Char(' ') +
                     QCoreApplication::translate("ProgressReport", "to the portfolio on %1, %2.")
                         .arg(format.date(item.when.toUTC().date()), displayNameOf(agreement.status).toLower()));
            break;
        case Kind::MilestoneAdded: {
            QString rest = QLatin1Char(' ') + title + place;
            if (milestone && milestone->status == MilestoneStatus::Achieved)
                rest += QCoreApplication::translate("ProgressReport", ", already achieved %1")
                            .arg(format.onOrIn(milestone->achievedOn));
            else if (milestone && !isOpen(milestone->status))
                rest += QStringLiteral(", ") + displayNameOf(milestone->status).toLower();
            else if (item.date.isValid())
                rest += QCoreApplication::translate("ProgressReport", ", due %1").arg(format.fuzzy(item.date));
            else
                rest += QCoreApplication::translate("ProgressReport", ", not yet dated");
            text.add(QCoreApplication::translate("ProgressReport", "New milestone:"), ReportText::Bold)
                .add(rest + QLatin1Char('.'));
            break;
        }
        case Kind::Achieved:
            text.add(QCoreApplication::translate("ProgressReport", "Achieved"), ReportText::Bold)
                .add(QLatin1Char(' ') + format.onOrIn(item.date) + QStringLiteral(": ") + title + place +
                     (item.author.isEmpty()
                          ? QString()
                          : QCoreApplication::translate("ProgressReport", ", recorded by %1").arg(item.author)) +
                     QLatin1Char('.') + asSentence(item.reason));
            break;
        case Kind::Slipped: {
            const bool earlier = item.date.first() < item.oldDue.first();
            text.add(earlier ? QCoreApplication::translate("ProgressReport", "Brought forward")
                             : QCoreApplication::translate("ProgressReport", "Slipped"),
                     ReportText::Bold)
                .add(QLatin1Char(' ') +
                     (item.author.isEmpty()
                          ? QCoreApplication::translate("ProgressReport", "from %1 to %2: %3.")
                                .arg(format.fuzzy(item.oldDue), format.fuzzy(item.date), title)
                          : QCoreApplication::translate("ProgressReport", "from %1 to %2 by %3 on %4: %5.")
                                .arg(format.fuzzy(item.oldDue), format.fuzzy(item.date), item.author,
                                     format.date(item.when.toUTC().date()), title)) +
                     asSentence(item.reason));
            break;
        }
        case Kind::StatusChanged: {
            const bool bad = item.newStatus == MilestoneStatus::Missed || item.newStatus == MilestoneStatus::AtRisk;
            text.add(displayNameOf(*item.newStatus), bad ? ReportText::Bold | ReportText::Alert : int(ReportText::Bold))
                .add(QLatin1Char(' ') +
                     (item.author.isEmpty() ? QCoreApplication::translate("ProgressReport", "since %1: %2.")
                                                  .arg(format.date(item.when.toUTC().date()), title)
                                            : QCoreApplication::translate("ProgressReport", "since %1, set by %2: %3.")
                                                  .arg(format.date(item.when.toUTC().date()), item.author, title)) +
                     asSentence(item.reason));
            break;
        }
        case Kind::Overdue:
            text.add(QCoreApplication::translate("ProgressReport", "Overdue"), ReportText::Bold | ReportText::Alert)
                .add(QLatin1Char(' ') + QCoreApplication::translate("ProgressReport", "(due %1): %2.")
                                            .arg(format.fuzzy(item.date), title + place));
            break;
        case Kind::DueNext:
            text.add(QCoreApplication::translate("ProgressReport", "Due %1:").arg(format.fuzzy(item.date)),
                     ReportText::Bold)
                .add(QLatin1Char(' ') + title + place + QLatin1Char('.'));
            break;
        }
        result.append(text);
    }
    return result;
}

Result<ReportDocument> ProgressReport::build(Database &db, const ReportOptions &options)
{
    const auto [defaultFrom, defaultTo] = ReportOptions::defaultPeriod(options.effectiveToday());
    const QDate from = options.from.isValid() ? options.from : defaultFrom;
    const QDate to = options.to.isValid() ? options.to : defaultTo;
    const ReportFormat format(options.language);
    if (from > to)
        return StoreError{StoreError::Kind::Invalid,
                          QCoreApplication::translate("ProgressReport", "The period starts on %1, after its end on %2.")
                              .arg(format.date(from), format.date(to))};
    auto loaded = ReportData::loadToReport(db, options.filter);
    if (!loaded)
        return loaded.error();
    const ReportData &data = *loaded;
    auto computed = ProgressDigest::compute(db, data, from, to);
    if (!computed)
        return computed.error();
    const ProgressDigest &digest = *computed;
    using Kind = ProgressDigest::Item::Kind;

    ReportDocument document;
    const QString period = format.period(from, to);
    document.title =
        QCoreApplication::translate("ProgressReport", "Progress report: %1, %2").arg(data.portfolioName, period);
    document.subject = QCoreApplication::translate("ProgressReport", "What happened between %1 and %2")
                           .arg(format.date(from), format.date(to));
    document.author = options.author.isEmpty() ? ReportOptions::defaultAuthor() : options.author;
    document.runningTitle = QCoreApplication::translate("ProgressReport", "Progress report, %1").arg(period);
    document.portfolioName = data.portfolioName;
    document.reportDate = format.date(options.effectiveToday());

    QString subtitle = period;
    if (!data.wholePortfolio)
        subtitle += QStringLiteral(" · ") + ReportData::describeFilter(db, options.filter);
    document.addMasthead(
        {QCoreApplication::translate("ProgressReport", "Progress report"), data.portfolioName, subtitle});

    const auto figure = [](int n, const QString &one, const QString &many) {
        return ReportDocument::KeyFigure{QString::number(n), n == 1 ? one : many};
    };
    document.addKeyFigures(
        {figure(digest.count(Kind::Signed), QCoreApplication::translate("ProgressReport", "agreement signed"),
                QCoreApplication::translate("ProgressReport", "agreements signed")),
         figure(digest.count(Kind::Achieved), QCoreApplication::translate("ProgressReport", "milestone achieved"),
                QCoreApplication::translate("ProgressReport", "milestones achieved")),
         figure(digest.count(Kind::MilestoneAdded), QCoreApplication::translate("ProgressReport", "new milestone"),
                QCoreApplication::translate("ProgressReport", "new milestones")),
         figure(digest.count(Kind::Slipped), QCoreApplication::translate("ProgressReport", "date slipped"),
                QCoreApplication::translate("ProgressReport", "dates slipped")),
         figure(digest.count(Kind::Overdue),
                QCoreApplication::translate("ProgressReport", "overdue on %1").arg(format.date(to)),
                QCoreApplication::translate("ProgressReport", "overdue on %1").arg(format.date(to))),
         figure(digest.count(Kind::DueNext),
                QCoreApplication::translate("ProgressReport", "due by %1").arg(format.date(digest.nextUntil())),
                QCoreApplication::translate("ProgressReport", "due by %1").arg(format.date(digest.nextUntil())))});

    if (digest.isEmpty()) {
        document.addParagraph(QCoreApplication::translate(
            "ProgressReport", "Nothing was recorded for these agreements in this period, nothing was overdue at its "
                              "end and nothing is due in the twelve months after it."));
    }
    for (int i = 0; i < digest.agreements().size(); ++i) {
        const qint64 id = digest.agreements().at(i).agreementId;
        const auto agreement = std::find_if(data.agreements.cbegin(), data.agreements.cend(),
                                            [id](const Agreement &a) { return a.meta.id == id; });
        document.addHeading(2, agreement->title);
        document.addParagraph(QCoreApplication::translate("ProgressReport", "%1 · %2")
                                  .arg(displayNameOf(agreement->kind), displayNameOf(agreement->status)),
                              ReportDocument::ParagraphStyle::Small);
        for (ReportText &sentence : sentences(digest, i, data, format))
            document.addParagraph(std::move(sentence), ReportDocument::ParagraphStyle::Bullet);
    }

    document.addHeading(3, QCoreApplication::translate("ProgressReport", "About this report"), false, false);
    document.addParagraph(
        QCoreApplication::translate(
            "ProgressReport",
            "Built from the portfolio's change history: agreements whose signing date falls between %1 and %2, and the "
            "milestones added, achieved, moved or otherwise changed in that time. Overdue and due dates are as they "
            "stood on %2; “due” looks ahead to %3.")
            .arg(format.date(from), format.date(to), format.date(digest.nextUntil())),
        ReportDocument::ParagraphStyle::Small);
    return document;
}
