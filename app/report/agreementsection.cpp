#include "report/agreementsection.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AgreementSection", text);
}

} // namespace

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
            text.add(i + 1 == agreement.parties.size() ? tr(" and ") : QStringLiteral(", "));
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
        text.add(QStringLiteral(" · ")).add(tr("overdue"), ReportText::Alert | ReportText::Bold);
    return text;
}

QString AgreementSection::slipText(const MilestoneChange &change) const
{
    const QString when = m_format.date(change.changedAt.toUTC().date());
    const QString dates =
        tr("%1 → %2").arg(m_format.fuzzy(change.oldDue, tr("no date")), m_format.fuzzy(change.newDue, tr("no date")));
    if (change.reason.trimmed().isEmpty())
        return tr("%1, changed on %2").arg(dates, when);
    return tr("%1, changed on %2: %3").arg(dates, when, change.reason.trimmed());
}

void AgreementSection::addBody(ReportDocument &document, const Agreement &agreement) const
{
    ReportTable facts({{tr("Fact"), 1}, {tr("Value"), 4}}, ReportTable::Look::KeyValue);
    facts.addRow({ReportText(tr("Kind")), ReportText(displayNameOf(agreement.kind))});
    facts.addRow({ReportText(tr("Status")), ReportText(displayNameOf(agreement.status))});
    if (agreement.signedOn.isValid()) {
        QString signedText = m_format.fuzzy(agreement.signedOn);
        if (const auto event = m_data.events.constFind(agreement.signingEventId); event != m_data.events.cend()) {
            const QString place = event->place.trimmed().isEmpty() ? QString() : QStringLiteral(", ") + event->place;
            signedText = tr("%1, at %2").arg(signedText, event->title + place);
        }
        facts.addRow({ReportText(tr("Signed")), ReportText(signedText)});
    }
    if (agreement.startsOn.isValid() || agreement.endsOn.isValid()) {
        const QString runs = tr("%1 to %2")
                                 .arg(m_format.fuzzy(agreement.startsOn, tr("open start")),
                                      m_format.fuzzy(agreement.endsOn, tr("open end")));
        facts.addRow({ReportText(tr("Runs")), ReportText(runs)});
    }
    if (agreement.predecessorId > 0 && m_data.predecessorTitles.contains(agreement.predecessorId))
        facts.addRow({ReportText(tr("Follows")), ReportText(m_data.predecessorTitles.value(agreement.predecessorId))});
    if (!agreement.themes.isEmpty())
        facts.addRow({ReportText(tr("Themes")), ReportText(agreement.themes.join(QStringLiteral(", ")))});
    document.addTable(std::move(facts));

    if (!agreement.summary.trimmed().isEmpty()) {
        document.addHeading(3, tr("Summary"));
        for (const QString &paragraph : agreement.summary.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            document.addParagraph(paragraph.trimmed());
    }

    document.addHeading(3, tr("Parties and roles"));
    if (agreement.parties.isEmpty()) {
        document.addParagraph(tr("No parties recorded yet."), ReportDocument::ParagraphStyle::Small);
    } else {
        ReportTable table(
            {{tr("Partner"), 3}, {tr("Country"), 1.4}, {tr("Kind"), 1.5}, {tr("Role"), 1}, {tr("Signed"), 1}});
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
    ReportTable reached({{tr("Milestone reached"), 4}, {tr("Due"), 1}, {tr("Achieved"), 1}, {tr("Location"), 1}});
    ReportTable due({{tr("Milestone still due"), 4}, {tr("Due"), 1}, {tr("Status"), 1}, {tr("Location"), 1}});
    ReportTable closed(
        {{tr("Milestone missed or cancelled"), 4}, {tr("Due"), 1}, {tr("Status"), 1}, {tr("Location"), 1}});
    for (const Milestone &milestone : milestones) {
        const ReportText dueText(m_format.fuzzy(milestone.due, tr("not dated")),
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
        document.addHeading(3, tr("Milestones"));
        document.addParagraph(tr("No milestones recorded yet."), ReportDocument::ParagraphStyle::Small);
    }
    if (!reached.isEmpty()) {
        document.addHeading(3, tr("Milestones reached"));
        document.addTable(std::move(reached));
    }
    if (!due.isEmpty()) {
        document.addHeading(3, tr("Milestones still due"));
        document.addTable(std::move(due));
    }
    if (!closed.isEmpty()) {
        document.addHeading(3, tr("Milestones missed or cancelled"));
        document.addTable(std::move(closed));
    }

    QList<ReportText> slips;
    for (const Milestone &milestone : milestones)
        for (const MilestoneChange &change : m_data.history.value(milestone.meta.id))
            if (change.isSlip())
                slips.append(
                    ReportText(milestone.title, ReportText::Bold).add(QStringLiteral(": ") + slipText(change)));
    if (!slips.isEmpty()) {
        document.addHeading(3, tr("Slips"));
        for (ReportText &slip : slips)
            document.addParagraph(std::move(slip), ReportDocument::ParagraphStyle::Bullet);
    }

    if (!agreement.notes.trimmed().isEmpty()) {
        document.addHeading(3, tr("Notes"));
        for (const QString &paragraph : agreement.notes.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            document.addParagraph(paragraph.trimmed());
    }
}
