<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%1: %n problem(s) found:</source>
        <translation>
            <numerusform>%1: %n problem found:</numerusform>
            <numerusform>%1: %n problems found:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1</source>
        <translation>
            <numerusform>%n row of %1</numerusform>
            <numerusform>%n rows of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%n problem; nothing was imported.</numerusform>
            <numerusform>%n problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported.</source>
        <translation>
            <numerusform>%n problem in %1; nothing was imported.</numerusform>
            <numerusform>%n problems in %1; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %1 of %2 and their attendance at %n event(s).</source>
        <translation>
            <numerusform>Erased %1 of %2 and their attendance at %n event.</numerusform>
            <numerusform>Erased %1 of %2 and their attendance at %n events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) to repair.</source>
        <translation>
            <numerusform>%1: %n value to repair.</numerusform>
            <numerusform>%1: %n values to repair.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) repaired in one transaction.</source>
        <translation>
            <numerusform>%1: %n value repaired in one transaction.</numerusform>
            <numerusform>%1: %n values repaired in one transaction.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not repaired:</source>
        <translation>
            <numerusform>%n value not repaired:</numerusform>
            <numerusform>%n values not repaired:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentCheck</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The portfolio holds %n code(s) Pactline does not know, so nothing was written rather than a default in their place:
%1
Correct them first; `pactline check` lists every problem of the file.</source>
        <translation>
            <numerusform>The portfolio holds %n code Pactline does not know, so nothing was written rather than a default in its place:
%1
Correct it first; `pactline check` lists every problem of the file.</numerusform>
            <numerusform>The portfolio holds %n codes Pactline does not know, so nothing was written rather than a default in their place:
%1
Correct them first; `pactline check` lists every problem of the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>leaves out %n row(s)</source>
        <translation>
            <numerusform>leaves out %n row</numerusform>
            <numerusform>leaves out %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message numerus="yes">
        <source>“%1” holds %n value(s) that this version of Pactline no longer lets a portfolio hold, so it was not upgraded and was left as it was:
%2
Repair them (File ▸ Open offers it, or `pactline check --repair “%1”`) and open it again; `pactline check “%1”` lists them all.</source>
        <translation>
            <numerusform>“%1” holds %n value that this version of Pactline no longer lets a portfolio hold, so it was not upgraded and was left as it was:
%2
Repair it (File ▸ Open offers it, or `pactline check --repair “%1”`) and open it again; `pactline check “%1”` lists it.</numerusform>
            <numerusform>“%1” holds %n values that this version of Pactline no longer lets a portfolio hold, so it was not upgraded and was left as it was:
%2
Repair them (File ▸ Open offers it, or `pactline check --repair “%1”`) and open it again; `pactline check “%1”` lists them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>%n problem(s): nothing can be imported until they are fixed in the file.</source>
        <translation>
            <numerusform>%n problem: nothing can be imported until they are fixed in the file.</numerusform>
            <numerusform>%n problems: nothing can be imported until they are fixed in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of this import changed since it was imported. Delete them with the rest, keep them (and what they need) and remove the rest, or leave the import as it is?</source>
        <translation>
            <numerusform>%n row of this import changed since it was imported. Delete it with the rest, keep it (and what it needs) and remove the rest, or leave the import as it is?</numerusform>
            <numerusform>%n rows of this import changed since it was imported. Delete them with the rest, keep them (and what they need) and remove the rest, or leave the import as it is?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1</source>
        <translation>
            <numerusform>Wrote %n page to %1</numerusform>
            <numerusform>Wrote %n pages to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln milestone(s)</source>
        <translation>
            <numerusform> · %Ln milestone</numerusform>
            <numerusform> · %Ln milestones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>Someone else changed “%1” while you were editing it, and changed %n field(s) you changed as well. Choose which value each keeps.</source>
        <translation>
            <numerusform>Someone else changed “%1” while you were editing it, and changed %n field you changed as well. Choose which value it keeps.</numerusform>
            <numerusform>Someone else changed “%1” while you were editing it, and changed %n fields you changed as well. Choose which value each keeps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerRepository</name>
    <message numerus="yes">
        <source>This partner is a party to %n agreement(s): %1. Remove it from those agreements first.</source>
        <translation>
            <numerusform>This partner is a party to %n agreement: %1. Remove it from those agreements first.</numerusform>
            <numerusform>This partner is a party to %n agreements: %1. Remove it from those agreements first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalDataActions</name>
    <message numerus="yes">
        <source>Also delete these %n older copies</source>
        <translation>
            <numerusform>Also delete this older copy</numerusform>
            <numerusform>Also delete these %n older copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their contact record and their attendance at %n event(s) go, with the traces the portfolio keeps of them. This cannot be undone, and the undo history of this window is cleared.</source>
        <translation>
            <numerusform>Their contact record and their attendance at %n event go, with the traces the portfolio keeps of them. This cannot be undone, and the undo history of this window is cleared.</numerusform>
            <numerusform>Their contact record and their attendance at %n events go, with the traces the portfolio keeps of them. This cannot be undone, and the undo history of this window is cleared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older copies of this portfolio (automatic backups and copies taken before upgrades) still hold them until they are deleted or rotate out.</source>
        <translation>
            <numerusform>%n older copy of this portfolio (an automatic backup or a copy taken before an upgrade) still holds them until it is deleted or rotates out.</numerusform>
            <numerusform>%n older copies of this portfolio (automatic backups and copies taken before upgrades) still hold them until they are deleted or rotate out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message numerus="yes">
        <source>%n partner(s) cannot be deleted while party to agreements: %1. Remove them from those agreements first (in each agreement&apos;s parties), then delete them.</source>
        <translation>
            <numerusform>%n partner cannot be deleted while party to agreements: %1. Remove it from those agreements first (in each agreement's parties), then delete it.</numerusform>
            <numerusform>%n partners cannot be deleted while party to agreements: %1. Remove them from those agreements first (in each agreement's parties), then delete them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n partner(s)</source>
        <translation>
            <numerusform>Delete %n partner</numerusform>
            <numerusform>Delete %n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n partner(s)?</source>
        <translation>
            <numerusform>Delete %n partner?</numerusform>
            <numerusform>Delete %n partners?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %n contact(s) go with them.</source>
        <translation>
            <numerusform>Its contact goes with it.</numerusform>
            <numerusform>Their %n contacts go with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n agreement(s)</source>
        <translation>
            <numerusform>Delete %n agreement</numerusform>
            <numerusform>Delete %n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, with %n milestone(s)</source>
        <translation>
            <numerusform>%1, with %n milestone</numerusform>
            <numerusform>%1, with %n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n agreement(s)?</source>
        <translation>
            <numerusform>Delete %n agreement?</numerusform>
            <numerusform>Delete %n agreements?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %n milestone(s) and the history of each go with them.</source>
        <translation>
            <numerusform>Its milestone and its history go with it.</numerusform>
            <numerusform>Their %n milestones and the history of each go with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n milestone(s)</source>
        <translation>
            <numerusform>Delete %n milestone</numerusform>
            <numerusform>Delete %n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, with %n change(s) in its history</source>
        <translation>
            <numerusform>%1, with %n change in its history</numerusform>
            <numerusform>%1, with %n changes in its history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n milestone(s)?</source>
        <translation>
            <numerusform>Delete %n milestone?</numerusform>
            <numerusform>Delete %n milestones?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)</source>
        <translation>
            <numerusform>Delete %n event</numerusform>
            <numerusform>Delete %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, where %n agreement(s) were signed</source>
        <translation>
            <numerusform>%1, where %n agreement was signed</numerusform>
            <numerusform>%1, where %n agreements were signed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)?</source>
        <translation>
            <numerusform>Delete %n event?</numerusform>
            <numerusform>Delete %n events?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n partner(s)</source>
        <translation>
            <numerusform>Duplicate %n partner</numerusform>
            <numerusform>Duplicate %n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n agreement(s)</source>
        <translation>
            <numerusform>Duplicate %n agreement</numerusform>
            <numerusform>Duplicate %n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n milestone(s)</source>
        <translation>
            <numerusform>Duplicate %n milestone</numerusform>
            <numerusform>Duplicate %n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n event(s)</source>
        <translation>
            <numerusform>Duplicate %n event</numerusform>
            <numerusform>Duplicate %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s)</source>
        <translation>
            <numerusform>Remove %n contact</numerusform>
            <numerusform>Remove %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s) of %1</source>
        <translation>
            <numerusform>Remove %n participant of %1</numerusform>
            <numerusform>Remove %n participants of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, with %n contact(s)</source>
        <translation>
            <numerusform>%1, with %n contact</numerusform>
            <numerusform>%1, with %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message numerus="yes">
        <source>Not allowed in this portfolio: %n value(s). Choose what each becomes, or leave it as it is.</source>
        <translation>
            <numerusform>Not allowed in this portfolio: %n value. Choose what each becomes, or leave it as it is.</numerusform>
            <numerusform>Not allowed in this portfolio: %n values. Choose what each becomes, or leave it as it is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepairOffer</name>
    <message numerus="yes">
        <source>Not repaired: %n value(s). The portfolio was not upgraded, so it opens read-only.</source>
        <translation>
            <numerusform>Not repaired: %n value. The portfolio was not upgraded, so it opens read-only.</numerusform>
            <numerusform>Not repaired: %n values. The portfolio was not upgraded, so it opens read-only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepairUndoCommand</name>
    <message numerus="yes">
        <source>Repair %n value(s)</source>
        <translation>
            <numerusform>Repair %n value</numerusform>
            <numerusform>Repair %n values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineLayout</name>
    <message numerus="yes">
        <source>%n milestone(s) without a due date</source>
        <translation>
            <numerusform>%n milestone without a due date</numerusform>
            <numerusform>%n milestones without a due date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s), %1 – %2</source>
        <translation>
            <numerusform>%n milestone, %1 – %2</numerusform>
            <numerusform>%n milestones, %1 – %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n party/parties</source>
        <translation>
            <numerusform>%n party</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone change(s)</source>
        <translation>
            <numerusform>%n milestone change</numerusform>
            <numerusform>%n milestone changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event participation(s)</source>
        <translation>
            <numerusform>%n event participation</numerusform>
            <numerusform>%n event participations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n deleted item(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n deleted item in the trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete the %n deleted items in the trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
</TS>
