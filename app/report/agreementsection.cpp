// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/agreementsection.h"

#include <QCoreApplication>

AgreementSection::AgreementSection(const ReportData &data, const ReportFormat &format, QDate today)
    : m_data(data)
    , m_format(format)
    , m_today(today)
{}

ReportText AgreementSection::parties(const Agreement &agreement) const
{
    ReportText text;
    for (int i = 0; i < agreement.parties.size(); ++i) {
        const Partner partner = m_data.partners.value(agreement.parties.at(i).partnerId);
        if (i > 0)
            text.add(i + 1 == agreement.parties.size() ? QCoreApplication::translate("AgreementSection", " and ")
                                                       : QStringLiteral(", "));
        text.add(partner.name);
        if (!partner.country.isEmpty())
            text.add(QStringLiteral(" (%1)").arg(partner.country), ReportText::Muted);
    }
    return text;
}

ReportText AgreementSection::milestoneCell(const Milestone &milestone) const
{
    ReportText text(milestone.title);
    if (!milestone.notes.trimmed().isEmpty())
        text.add(QStringLiteral("\n") + milestone.notes.trimmed(), ReportText::Muted);
    return text;
}

ReportText AgreementSection::statusCell(const Milestone &milestone) const
{
    ReportText text(displayNameOf(milestone.status),
                    milestone.status == MilestoneStatus::Missed ? int(ReportText::Alert) : int(ReportText::Plain));
    if (milestone.isOverdueOn(m_today))
        text.add(QStringLiteral(" · "))
            .add(QCoreApplication::translate("AgreementSection", "overdue"), ReportText::Alert | ReportText::Bold);
    return text;
}

QString AgreementSection::slipText(const MilestoneChange &change) const
{
    const QString when = m_format.date(change.changedAt.toUTC().date());
    const QString dates =
        QCoreApplication::translate("AgreementSection", "%1 → %2")
            .arg(m_format.fuzzy(change.oldDue, QCoreApplication::translate("AgreementSection", "no date")),
                 m_format.fuzzy(change.newDue, QCoreApplication::translate("AgreementSection", "no date")));
    const QString author = change.author.trimmed();
    const QString reason = change.reason.trimmed();
    if (author.isEmpty())
        return reason.isEmpty()
                   ? QCoreApplication::translate("AgreementSection", "%1, changed on %2").arg(dates, when)
                   : QCoreApplication::translate("AgreementSection", "%1, changed on %2: %3").arg(dates, when, reason);
    return reason.isEmpty()
               ? QCoreApplication::translate("AgreementSection", "%1, changed by %2 on %3").arg(dates, author, when)
               : QCoreApplication::translate("AgreementSection", "%1, changed by %2 on %3: %4")
                     .arg(dates, author, when, reason);
}

void AgreementSection::addBody(ReportDocument &document, const Agreement &agreement) const
{
    ReportTable facts({{QCoreApplication::translate("AgreementSection", "Fact"), 1},
                       {QCoreApplication::translate("AgreementSection", "Value"), 4}},
                      ReportTable::Look::KeyValue);
    facts.addRow({ReportText(QCoreApplication::translate("AgreementSection", "Kind")),
                  ReportText(displayNameOf(agreement.kind))});
    facts.addRow({ReportText(QCoreApplication::translate("AgreementSection", "Status")),
                  ReportText(displayNameOf(agreement.status))});
    if (agreement.signedOn.isValid()) {
        QString signedText = m_format.fuzzy(agreement.signedOn);
        if (const auto event = m_data.events.constFind(agreement.signingEventId); event != m_data.events.cend()) {
            const QString place = event->place.trimmed().isEmpty() ? QString() : QStringLiteral(", ") + event->place;
            signedText =
                QCoreApplication::translate("AgreementSection", "%1, at %2").arg(signedText, event->title + place);
        }
        facts.addRow({ReportText(QCoreApplication::translate("AgreementSection", "Signed")), ReportText(signedText)});
    }
    if (agreement.startsOn.isValid() || agreement.endsOn.isValid()) {
        const QString runs =
            QCoreApplication::translate("AgreementSection", "%1 to %2")
                .arg(m_format.fuzzy(agreement.startsOn, QCoreApplication::translate("AgreementSection", "open start")),
                     m_format.fuzzy(agreement.endsOn, QCoreApplication::translate("AgreementSection", "open end")));
        facts.addRow({ReportText(QCoreApplication::translate("AgreementSection", "Runs")), ReportText(runs)});
    }
    if (agreement.predecessorId > 0 && m_data.predecessorTitles.contains(agreement.predecessorId))
        facts.addRow({ReportText(QCoreApplication::translate("AgreementSection", "Follows")),
                      ReportText(m_data.predecessorTitles.value(agreement.predecessorId))});
    if (!agreement.themes.isEmpty())
        facts.addRow({ReportText(QCoreApplication::translate("AgreementSection", "Themes")),
                      ReportText(agreement.themes.join(QStringLiteral(", ")))});
    document.addTable(std::move(facts));

    if (!agreement.summary.trimmed().isEmpty()) {
        document.addHeading(3, QCoreApplication::translate("AgreementSection", "Summary"));
        for (const QString &paragraph : agreement.summary.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            document.addParagraph(paragraph.trimmed());
    }

    document.addHeading(3, QCoreApplication::translate("AgreementSection", "Parties and roles"));
    if (agreement.parties.isEmpty()) {
        document.addParagraph(QCoreApplication::translate("AgreementSection", "No parties recorded yet."),
                              ReportDocument::ParagraphStyle::Small);
    } else {
        ReportTable table({{QCoreApplication::translate("AgreementSection", "Partner"), 3},
                           {QCoreApplication::translate("AgreementSection", "Country"), 1.4},
                           {QCoreApplication::translate("AgreementSection", "Kind"), 1.5},
                           {QCoreApplication::translate("AgreementSection", "Role"), 1},
                           {QCoreApplication::translate("AgreementSection", "Signed"), 1}});
        for (const AgreementParty &party : agreement.parties) {
            const Partner partner = m_data.partners.value(party.partnerId);
            ReportText name(partner.name);
            if (!partner.city.trimmed().isEmpty())
                name.add(QStringLiteral(", ") + partner.city.trimmed(), ReportText::Muted);
            table.addRow({name, ReportText(ReportFormat::countryName(partner.country)),
                          ReportText(displayNameOf(partner.kind)), ReportText(displayNameOf(party.role)),
                          ReportText(m_format.fuzzy(party.signedOn, QStringLiteral("—")))});
        }
        document.addTable(std::move(table));
    }

    const QList<Milestone> milestones = m_data.milestones.value(agreement.meta.id);
    ReportTable reached({{QCoreApplication::translate("AgreementSection", "Milestone reached"), 4},
                         {QCoreApplication::translate("AgreementSection", "Due"), 1},
                         {QCoreApplication::translate("AgreementSection", "Achieved"), 1},
                         {QCoreApplication::translate("AgreementSection", "Location"), 1}});
    ReportTable due({{QCoreApplication::translate("AgreementSection", "Milestone still due"), 4},
                     {QCoreApplication::translate("AgreementSection", "Due"), 1},
                     {QCoreApplication::translate("AgreementSection", "Status"), 1},
                     {QCoreApplication::translate("AgreementSection", "Location"), 1}});
    ReportTable closed({{QCoreApplication::translate("AgreementSection", "Milestone missed or cancelled"), 4},
                        {QCoreApplication::translate("AgreementSection", "Due"), 1},
                        {QCoreApplication::translate("AgreementSection", "Status"), 1},
                        {QCoreApplication::translate("AgreementSection", "Location"), 1}});
    for (const Milestone &milestone : milestones) {
        const ReportText dueText(
            m_format.fuzzy(milestone.due, QCoreApplication::translate("AgreementSection", "not dated")),
            milestone.due.isValid() ? int(ReportText::Plain) : int(ReportText::Muted));
        const ReportText location(milestone.location);
        if (milestone.status == MilestoneStatus::Achieved)
            reached.addRow({milestoneCell(milestone), dueText,
                            ReportText(m_format.fuzzy(milestone.achievedOn, QStringLiteral("—"))), location});
        else if (isOpen(milestone.status))
            due.addRow({milestoneCell(milestone), dueText, statusCell(milestone), location});
        else
            closed.addRow({milestoneCell(milestone), dueText, statusCell(milestone), location});
    }
    if (milestones.isEmpty()) {
        document.addHeading(3, QCoreApplication::translate("AgreementSection", "Milestones"));
        document.addParagraph(QCoreApplication::translate("AgreementSection", "No milestones recorded yet."),
                              ReportDocument::ParagraphStyle::Small);
    }
    if (!reached.isEmpty()) {
        document.addHeading(3, QCoreApplication::translate("AgreementSection", "Milestones reached"));
        document.addTable(std::move(reached));
    }
    if (!due.isEmpty()) {
        document.addHeading(3, QCoreApplication::translate("AgreementSection", "Milestones still due"));
        document.addTable(std::move(due));
    }
    if (!closed.isEmpty()) {
        document.addHeading(3, QCoreApplication::translate("AgreementSection", "Milestones missed or cancelled"));
        document.addTable(std::move(closed));
    }

    QList<ReportText> slips;
    for (const Milestone &milestone : milestones)
        for (const MilestoneChange &change : m_data.history.value(milestone.meta.id))
            if (change.isSlip())
                slips.append(
                    ReportText(milestone.title, ReportText::Bold).add(QStringLiteral(": ") + slipText(change)));
    if (!slips.isEmpty()) {
        document.addHeading(3, QCoreApplication::translate("AgreementSection", "Slips"));
        for (ReportText &slip : slips)
            document.addParagraph(std::move(slip), ReportDocument::ParagraphStyle::Bullet);
    }

    if (!agreement.notes.trimmed().isEmpty()) {
        document.addHeading(3, QCoreApplication::translate("AgreementSection", "Notes"));
        for (const QString &paragraph : agreement.notes.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            document.addParagraph(paragraph.trimmed());
    }
}
