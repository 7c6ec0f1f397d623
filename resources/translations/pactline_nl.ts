<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>Agreement</name>
    <message>
        <source>An agreement needs a title, e.g. “Declaration of intent on ATMP”.</source>
        <translation>Een overeenkomst heeft een titel nodig, bijv. “Intentieverklaring over ATMP”.</translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2); type an end on or after the start.</source>
        <translation>Het einde (%1) ligt vóór het begin (%2); typ een einde op of na het begin.</translation>
    </message>
    <message>
        <source>Every party must be a partner; choose one from the list.</source>
        <translation>Elke partij moet een partner zijn; kies er een uit de lijst.</translation>
    </message>
    <message>
        <source>A partner is listed twice among the parties.</source>
        <translation>Een partner staat twee keer tussen de partijen.</translation>
    </message>
    <message>
        <source>An agreement cannot be its own predecessor.</source>
        <translation>Een overeenkomst kan niet haar eigen voorganger zijn.</translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Add &amp;party</source>
        <translation>&amp;Partij toevoegen</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Mijlpalen</translation>
    </message>
    <message>
        <source>Add &amp;milestone</source>
        <translation>&amp;Mijlpaal toevoegen</translation>
    </message>
    <message>
        <source>Delete milestone</source>
        <translation>Mijlpaal verwijderen</translation>
    </message>
    <message>
        <source>Slip history of the selected milestone</source>
        <translation>Verschuivingen van de gekozen mijlpaal</translation>
    </message>
    <message>
        <source>No event</source>
        <translation>Geen gebeurtenis</translation>
    </message>
    <message>
        <source>Event #%1</source>
        <translation>Gebeurtenis #%1</translation>
    </message>
    <message>
        <source>Type a partner's name in the field next to “Add party”, then add it.</source>
        <translation>Typ de naam van een partner in het veld naast “Partij toevoegen” en voeg die dan toe.</translation>
    </message>
    <message>
        <source>There is no partner “%1”; pick one from the list as you type.</source>
        <translation>Er is geen partner “%1”; kies er een uit de lijst terwijl u typt.</translation>
    </message>
    <message>
        <source>Select a milestone to see how its due date and status changed.</source>
        <translation>Selecteer een mijlpaal om de wijzigingen te zien.</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Geen wijzigingen vastgelegd.</translation>
    </message>
</context>
<context>
    <name>AgreementReport</name>
    <message>
        <source>Agreement summary: %1</source>
        <translation>Samenvatting overeenkomst: %1</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, per %2</translation>
    </message>
    <message>
        <source>Agreement summary</source>
        <translation>Samenvatting overeenkomst</translation>
    </message>
    <message>
        <source>The agreement and its milestones on the timeline, as of %1</source>
        <translation>De overeenkomst en haar mijlpalen op de tijdlijn, per %1</translation>
    </message>
</context>
<context>
    <name>AgreementRepository</name>
    <message>
        <source>Agreements cannot be grouped by “%1”; use partner, country, theme, kind or status.</source>
        <translation>Overeenkomsten kunnen niet gegroepeerd worden op “%1”; gebruik partner, land, thema, soort of status.</translation>
    </message>
</context>
<context>
    <name>AgreementSection</name>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>achterstallig</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>%1, changed on %2</source>
        <translation>%1, gewijzigd op %2</translation>
    </message>
    <message>
        <source>%1, changed on %2: %3</source>
        <translation>%1, gewijzigd op %2: %3</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation>%1, tijdens %2</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>open start</source>
        <translation>open begin</translation>
    </message>
    <message>
        <source>open end</source>
        <translation>open einde</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Looptijd</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Volgt op</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema's</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Parties and roles</source>
        <translation>Partijen en rollen</translation>
    </message>
    <message>
        <source>No parties recorded yet.</source>
        <translation>Nog geen partijen vastgelegd.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Milestone reached</source>
        <translation>Mijlpaal bereikt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Milestone still due</source>
        <translation>Mijlpaal nog open</translation>
    </message>
    <message>
        <source>Milestone missed or cancelled</source>
        <translation>Mijlpaal gemist of geannuleerd</translation>
    </message>
    <message>
        <source>not dated</source>
        <translation>niet gedateerd</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Mijlpalen</translation>
    </message>
    <message>
        <source>No milestones recorded yet.</source>
        <translation>Nog geen mijlpalen vastgelegd.</translation>
    </message>
    <message>
        <source>Milestones reached</source>
        <translation>Bereikte mijlpalen</translation>
    </message>
    <message>
        <source>Milestones still due</source>
        <translation>Openstaande mijlpalen</translation>
    </message>
    <message>
        <source>Milestones missed or cancelled</source>
        <translation>Gemiste of geannuleerde mijlpalen</translation>
    </message>
    <message>
        <source>Slips</source>
        <translation>Verschuivingen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>%1, changed by %2 on %3</source>
        <translation>%1, gewijzigd door %2 op %3</translation>
    </message>
    <message>
        <source>%1, changed by %2 on %3: %4</source>
        <translation>%1, gewijzigd door %2 op %3: %4</translation>
    </message>
</context>
<context>
    <name>AgreementTableModel</name>
    <message>
        <source>The agreement is no longer listed.</source>
        <translation>De overeenkomst staat niet meer in de lijst.</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation>Kan de back-upmap “%1” niet aanmaken.</translation>
    </message>
    <message>
        <source>Cannot write in the backup folder “%1”: %2</source>
        <translation>Kan niet schrijven in de back-upmap “%1”: %2</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>De back-up kan niet teruggezet worden: %1</translation>
    </message>
    <message>
        <source>The portfolio as it is now could not be kept as a backup, so nothing was restored: %1</source>
        <translation>De portfolio zoals die nu is kon niet als back-up bewaard worden, dus er is niets teruggezet: %1</translation>
    </message>
    <message>
        <source>Cannot read the backup “%1”: %2</source>
        <translation>Kan de back-up “%1” niet lezen: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan “%1” niet schrijven: %2</translation>
    </message>
    <message>
        <source>Could not copy the backup to “%1”; the portfolio was left as it was.</source>
        <translation>Kon de back-up niet naar “%1” kopiëren; de portfolio is gelaten zoals die was.</translation>
    </message>
    <message>
        <source>Could not put the restored portfolio in place: %1</source>
        <translation>Kon de teruggezette portfolio niet op zijn plaats zetten: %1</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Back-ups…</translation>
    </message>
    <message>
        <source>The automatic backups of this portfolio: how many to keep, back up now, restore.</source>
        <translation>De automatische back-ups van deze portfolio: hoeveel er bewaard worden, nu een back-up maken, terugzetten.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>De automatische back-up is mislukt: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Back-up gemaakt in %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>“%1” is not one of Pactline's automatic backups.</source>
        <translation>“%1” is geen van de automatische back-ups van Pactline.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Terugzetten vanuit een back-up</translation>
    </message>
    <message>
        <source>“%1” is an automatic backup of “%2”, taken %3.

Restore “%2” to how it was then? Its present state is kept as a backup first, so you can go back.</source>
        <translation>“%1” is een automatische back-up van “%2”, gemaakt %3.

“%2” terugzetten naar hoe die toen was? De huidige staat wordt eerst als back-up bewaard, zodat u terug kunt.</translation>
    </message>
    <message>
        <source>Restored “%1” from the backup of %2.</source>
        <translation>“%1” teruggezet vanuit de back-up van %2.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups of %1</source>
        <translation>Back-ups van %1</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> back-ups</translation>
    </message>
    <message>
        <source>none (no automatic backups)</source>
        <translation>geen (geen automatische back-ups)</translation>
    </message>
    <message>
        <source>Keep the newest:</source>
        <translation>Nieuwste bewaren:</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Nu back-up maken</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <source>A backup is taken when the portfolio opens and its newest backup is more than a day old.</source>
        <translation>Er wordt een back-up gemaakt wanneer de portfolio geopend wordt en de nieuwste back-up meer dan een dag oud is.</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>“%1” already exists; Pactline does not overwrite files.</source>
        <translation>“%1” bestaat al; Pactline overschrijft geen bestanden.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>De map “%1” bestaat niet.</translation>
    </message>
    <message>
        <source>Could not write a copy to “%1”: %2</source>
        <translation>Kon geen kopie naar “%1” schrijven: %2</translation>
    </message>
    <message>
        <source>Could not put the copy in place as “%1” (does it exist now?).</source>
        <translation>Kon de kopie niet als “%1” op zijn plaats zetten (bestaat die nu?).</translation>
    </message>
</context>
<context>
    <name>BulkRepository</name>
    <message>
        <source>Stopped; nothing was changed.</source>
        <translation>Gestopt; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 (%2 rows from “%3” on): %4</source>
        <translation>%1 (%2 rijen vanaf “%3”): %4</translation>
    </message>
    <message>
        <source>%1 (from “%2” on): %3</source>
        <translation>%1 (vanaf “%2”): %3</translation>
    </message>
    <message>
        <source>Partner “%1”: %2</source>
        <translation>Partner “%1”: %2</translation>
    </message>
    <message>
        <source>Agreement “%1”: %2</source>
        <translation>Overeenkomst “%1”: %2</translation>
    </message>
    <message>
        <source>Milestone “%1”: %2</source>
        <translation>Mijlpaal “%1”: %2</translation>
    </message>
</context>
<context>
    <name>CellValue</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>“%1” is not a %2; choose one of: %3.</source>
        <translation>“%1” is geen %2; kies een van: %3.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Writes a consistent copy of a portfolio, also while Pactline has it open. Never overwrites OUT.</source>
        <translation>Schrijft een consistente kopie van een portfolio, ook terwijl Pactline die geopend heeft. Overschrijft OUT nooit.</translation>
    </message>
    <message>
        <source>The copy to write.</source>
        <translation>De kopie die geschreven wordt.</translation>
    </message>
    <message>
        <source>The portfolio to copy (.pactline).</source>
        <translation>De portfolio die gekopieerd wordt (.pactline).</translation>
    </message>
    <message>
        <source>Usage: pactline </source>
        <translation>Gebruik: pactline </translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Back-up van %1 gemaakt in %2.</translation>
    </message>
    <message>
        <source>Write a consistent copy of a portfolio (never overwrites OUT).</source>
        <translation>Een consistente kopie van een portfolio schrijven (overschrijft OUT nooit).</translation>
    </message>
    <message>
        <source>The portfolio file to check.</source>
        <translation>Het portfoliobestand dat gecontroleerd wordt.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found:</source>
        <translation>
            <numerusform>%1: %n probleem gevonden:</numerusform>
            <numerusform>%1: %n problemen gevonden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Toont deze hulp.</translation>
    </message>
    <message>
        <source>Exports a table as CSV (--table), the whole portfolio as JSON, or its milestones and events as iCalendar (.ics). Reads the portfolio without changing it.</source>
        <translation>Exporteert een tabel als CSV (--table), de hele portfolio als JSON, of de mijlpalen en gebeurtenissen ervan als iCalendar (.ics). Leest de portfolio zonder die te wijzigen.</translation>
    </message>
    <message>
        <source>csv, json or ics.</source>
        <translation>csv, json of ics.</translation>
    </message>
    <message>
        <source>For CSV: partners, agreements, milestones or events.</source>
        <translation>Voor CSV: partners, agreements, milestones of events.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Het bestand dat geschreven wordt.</translation>
    </message>
    <message>
        <source>The portfolio to export (.pactline).</source>
        <translation>De portfolio die geëxporteerd wordt (.pactline).</translation>
    </message>
    <message>
        <source>CSV needs --table; JSON and ics export the whole portfolio.</source>
        <translation>CSV heeft --table nodig; JSON en ics exporteren de hele portfolio.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan “%1” niet schrijven: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1</source>
        <translation>
            <numerusform>%n rij van %1</numerusform>
            <numerusform>%n rijen van %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the portfolio as JSON</source>
        <translation>de portfolio als JSON</translation>
    </message>
    <message>
        <source>the milestones and events as iCalendar</source>
        <translation>de mijlpalen en gebeurtenissen als iCalendar</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Kon “%1” niet schrijven: %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 geëxporteerd naar %2.</translation>
    </message>
    <message>
        <source>Export a table as CSV, the portfolio as JSON, or milestones and events as iCalendar.</source>
        <translation>Een tabel als CSV, de portfolio als JSON, of mijlpalen en gebeurtenissen als iCalendar exporteren.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Kan “%1” niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at byte %3.</source>
        <translation>%1 is geen JSON: %2 bij byte %3.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%n probleem; er is niets geïmporteerd.</numerusform>
            <numerusform>%n problemen; er is niets geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 partners, %2 contacts, %3 events, %4 agreements, %5 milestones</source>
        <translation>%1 partners, %2 contactpersonen, %3 gebeurtenissen, %4 overeenkomsten, %5 mijlpalen</translation>
    </message>
    <message>
        <source>Dry run: %1 is valid and would add %2; nothing was written.</source>
        <translation>Proefrun: %1 is geldig en zou %2 toevoegen; er is niets geschreven.</translation>
    </message>
    <message>
        <source>Imported %1 from %2 into %3.</source>
        <translation>%1 geïmporteerd uit %2 in %3.</translation>
    </message>
    <message>
        <source>There is no import profile “%1”; profiles: %2.</source>
        <translation>Er is geen importprofiel “%1”; profielen: %2.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>The profile “%1” is for %2, not %3.</source>
        <translation>Het profiel “%1” is voor %2, niet voor %3.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(niet geïmporteerd)</translation>
    </message>
    <message>
        <source>%1: %2, %3-separated, %4 rows; columns: %5</source>
        <translation>%1: %2, gescheiden door %3, %4 rijen; kolommen: %5</translation>
    </message>
    <message>
        <source>partner “%1”: not in the portfolio; a new partner is added.</source>
        <translation>partner “%1”: niet in de portfolio; er wordt een nieuwe partner toegevoegd.</translation>
    </message>
    <message>
        <source>partner “%1”: left out.</source>
        <translation>partner “%1”: weggelaten.</translation>
    </message>
    <message>
        <source>partner “%1”: linked to partner #%2.</source>
        <translation>partner “%1”: gekoppeld aan partner #%2.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… en nog %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported.</source>
        <translation>
            <numerusform>%n probleem in %1; er is niets geïmporteerd.</numerusform>
            <numerusform>%n problemen in %1; er is niets geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 Nothing was written.</source>
        <translation>Proefrun: %1 Er is niets geschreven.</translation>
    </message>
    <message>
        <source>Imported into %1: %2</source>
        <translation>Geïmporteerd in %1: %2</translation>
    </message>
    <message>
        <source>Imports partners, agreements or milestones from a CSV file, or a whole portfolio from JSON. Every row is checked first; then all rows are imported in one transaction, or none. Exit 0: imported, 1: invalid rows (nothing imported), 2: unreadable input.</source>
        <translation>Importeert partners, overeenkomsten of mijlpalen uit een CSV-bestand, of een hele portfolio uit JSON. Elke rij wordt eerst gecontroleerd; daarna worden alle rijen in één transactie geïmporteerd, of geen enkele. Afsluitcode 0: geïmporteerd, 1: ongeldige rijen (niets geïmporteerd), 2: onleesbare invoer.</translation>
    </message>
    <message>
        <source>Import partners from CSV.</source>
        <translation>Partners uit CSV importeren.</translation>
    </message>
    <message>
        <source>Import agreements with their parties from CSV.</source>
        <translation>Overeenkomsten met hun partijen uit CSV importeren.</translation>
    </message>
    <message>
        <source>Import milestones from CSV; agreements they name that are not in the portfolio are added.</source>
        <translation>Mijlpalen uit CSV importeren; overeenkomsten die ze noemen en die niet in de portfolio staan, worden toegevoegd.</translation>
    </message>
    <message>
        <source>Import a whole portfolio (Pactline JSON).</source>
        <translation>Een hele portfolio importeren (Pactline-JSON).</translation>
    </message>
    <message>
        <source>Map the columns with a saved import profile.</source>
        <translation>De kolommen toewijzen met een opgeslagen importprofiel.</translation>
    </message>
    <message>
        <source>Check and report only; write nothing.</source>
        <translation>Alleen controleren en rapporteren; niets schrijven.</translation>
    </message>
    <message>
        <source>Parties that are not in the portfolio: create (default) or skip.</source>
        <translation>Partijen die niet in de portfolio staan: aanmaken (standaard) of overslaan.</translation>
    </message>
    <message>
        <source>The portfolio to import into (.pactline).</source>
        <translation>De portfolio waarin geïmporteerd wordt (.pactline).</translation>
    </message>
    <message>
        <source>Give exactly one of --partners, --agreements, --milestones or --json (--profile is for CSV).</source>
        <translation>Geef precies één van --partners, --agreements, --milestones of --json (--profile is voor CSV).</translation>
    </message>
    <message>
        <source>Import partners, agreements or milestones from CSV, or a portfolio from JSON: all rows or none (exit 1: invalid rows, 2: unreadable input).</source>
        <translation>Partners, overeenkomsten of mijlpalen uit CSV, of een portfolio uit JSON importeren: alle rijen of geen (afsluitcode 1: ongeldige rijen, 2: onleesbare invoer).</translation>
    </message>
    <message>
        <source>Creates a new portfolio file.</source>
        <translation>Maakt een nieuw portfoliobestand aan.</translation>
    </message>
    <message>
        <source>Fill it with the sample portfolio.</source>
        <translation>Vullen met de voorbeeldportfolio.</translation>
    </message>
    <message>
        <source>The portfolio file to create (.pactline).</source>
        <translation>Het portfoliobestand dat aangemaakt wordt (.pactline).</translation>
    </message>
    <message>
        <source>Could not fill the sample in: %1</source>
        <translation>Kon het voorbeeld niet invullen: %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 aangemaakt</translation>
    </message>
    <message>
        <source> with the sample portfolio</source>
        <translation> met de voorbeeldportfolio</translation>
    </message>
    <message>
        <source>Create a portfolio, empty or with the sample in it; never overwrites.</source>
        <translation>Een portfolio aanmaken, leeg of met het voorbeeld erin; overschrijft nooit.</translation>
    </message>
    <message>
        <source>Writes a PDF report of a portfolio: the whole portfolio (default), one agreement (--agreement ID), or the progress between two dates (--kind progress; default period: the last twelve months). Dates take any form Pactline reads (“2023-09-12”, “September 2023”, “Q3 2024”, “2022”): --from starts on the first day of its period, --to ends on the last. The file appears only once the whole report is written.
Exit 0: written; 1: nothing to report (no agreements) or the portfolio could not be read through; 2: usage error, unreadable portfolio, unknown agreement or unwritable output.</source>
        <translation>Schrijft een PDF-rapport van een portfolio: de hele portfolio (standaard), één overeenkomst (--agreement ID), of de voortgang tussen twee datums (--kind progress; standaardperiode: de laatste twaalf maanden). Datums mogen elke vorm hebben die Pactline leest (“2023-09-12”, “september 2023”, “Q3 2024”, “2022”): --from begint op de eerste dag van zijn periode, --to eindigt op de laatste. Het bestand verschijnt pas wanneer het hele rapport geschreven is.
Afsluitcode 0: geschreven; 1: niets te rapporteren (geen overeenkomsten) of de portfolio kon niet helemaal gelezen worden; 2: gebruiksfout, onleesbare portfolio, onbekende overeenkomst of onschrijfbare uitvoer.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Het PDF-bestand dat geschreven wordt.</translation>
    </message>
    <message>
        <source>portfolio, agreement or progress.</source>
        <translation>portfolio, agreement of progress.</translation>
    </message>
    <message>
        <source>The agreement's id (for --kind agreement).</source>
        <translation>Het id van de overeenkomst (voor --kind agreement).</translation>
    </message>
    <message>
        <source>Start of the progress report's period.</source>
        <translation>Begin van de periode van het voortgangsrapport.</translation>
    </message>
    <message>
        <source>End of the progress report's period.</source>
        <translation>Einde van de periode van het voortgangsrapport.</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4 (standaard) of letter.</translation>
    </message>
    <message>
        <source>The PDF's author (default: your user name).</source>
        <translation>De auteur van de PDF (standaard: uw gebruikersnaam).</translation>
    </message>
    <message>
        <source>The portfolio file (.pactline).</source>
        <translation>Het portfoliobestand (.pactline).</translation>
    </message>
    <message>
        <source>Give the PDF file to write with -o OUT.pdf.</source>
        <translation>Geef het PDF-bestand dat geschreven moet worden met -o OUT.pdf.</translation>
    </message>
    <message>
        <source>Unknown report kind “%1”: use portfolio, agreement or progress.</source>
        <translation>Onbekende rapportsoort “%1”: gebruik portfolio, agreement of progress.</translation>
    </message>
    <message>
        <source>“%1” is not an agreement id: give the number of an agreement.</source>
        <translation>“%1” is geen id van een overeenkomst: geef het nummer van een overeenkomst.</translation>
    </message>
    <message>
        <source>--agreement goes with --kind agreement.</source>
        <translation>--agreement hoort bij --kind agreement.</translation>
    </message>
    <message>
        <source>An agreement summary needs the agreement's id: --agreement ID.</source>
        <translation>Een samenvatting van een overeenkomst heeft het id van de overeenkomst nodig: --agreement ID.</translation>
    </message>
    <message>
        <source>--from and --to go with --kind progress.</source>
        <translation>--from en --to horen bij --kind progress.</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from: %1</translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation>--to: %1</translation>
    </message>
    <message>
        <source>The period runs backwards: --from (%1) is after --to (%2).</source>
        <translation>De periode loopt achterstevoren: --from (%1) ligt na --to (%2).</translation>
    </message>
    <message>
        <source>Unknown paper “%1”: use a4 or letter.</source>
        <translation>Onbekend papier “%1”: gebruik a4 of letter.</translation>
    </message>
    <message>
        <source>Wrote the %1 (%2 pages) to %3.</source>
        <translation>Geschreven naar %3: %1 (%2 pagina's).</translation>
    </message>
    <message>
        <source>Write a PDF report: the portfolio, one agreement, or the progress between two dates.</source>
        <translation>Een PDF-rapport schrijven: de portfolio, één overeenkomst, of de voortgang tussen twee datums.</translation>
    </message>
    <message>
        <source>%1: ok (schema version %2; integrity, schema and content checked).</source>
        <translation>%1: in orde (schemaversie %2; integriteit, schema en inhoud gecontroleerd).</translation>
    </message>
    <message>
        <source>Wrote the personal data of contact %1 to %2.</source>
        <translation>De persoonsgegevens van contactpersoon %1 zijn naar %2 geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>Erased %1 of %2 and their attendance at %n event(s).</source>
        <translation>
            <numerusform>%1 van %2 is gewist, met de aanwezigheid bij %n bijeenkomst.</numerusform>
            <numerusform>%1 van %2 is gewist, met de aanwezigheid bij %n bijeenkomsten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the older copy %1.</source>
        <translation>De oudere kopie %1 is verwijderd.</translation>
    </message>
    <message>
        <source>Still held by the older copy %1.</source>
        <translation>Nog aanwezig in de oudere kopie %1.</translation>
    </message>
    <message>
        <source>A person's rights of access and erasure: finds contacts, writes everything the portfolio holds about one as JSON, or erases them from the portfolio's bytes.</source>
        <translation>De rechten van een persoon op inzage en wissen: zoekt contactpersonen, schrijft alles wat de portefeuille over iemand bewaart als JSON, of wist die persoon uit de bytes van de portefeuille.</translation>
    </message>
    <message>
        <source>Lists the contacts matching TEXT: id, name, e-mail, organisation.</source>
        <translation>Toont de contactpersonen die bij TEXT passen: id, naam, e-mail, organisatie.</translation>
    </message>
    <message>
        <source>The contact's id.</source>
        <translation>Het id van de contactpersoon.</translation>
    </message>
    <message>
        <source>Writes their personal data to OUT (JSON).</source>
        <translation>Schrijft de persoonsgegevens naar OUT (JSON).</translation>
    </message>
    <message>
        <source>Erases them; this cannot be undone.</source>
        <translation>Wist de persoon; dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Also deletes the older copies that still hold them (automatic backups, copies taken before upgrades).</source>
        <translation>Verwijdert ook de oudere kopieën die de persoon nog bevatten (automatische back-ups, kopieën van vóór upgrades).</translation>
    </message>
    <message>
        <source>The portfolio (.pactline).</source>
        <translation>De portefeuille (.pactline).</translation>
    </message>
    <message>
        <source>Find, export or erase the personal data of one contact (GDPR).</source>
        <translation>Zoek, exporteer of wis de persoonsgegevens van één contactpersoon (AVG).</translation>
    </message>
    <message>
        <source>Checks a portfolio read-only: SQLite's integrity check, Pactline's schema check and its content check (unknown codes, malformed dates, unknown countries, broken references, duplicates). Exit 0: healthy, 1: problems found, 2: not readable.
With --repair it repairs the values the content check finds, in one transaction, changing only the values chosen: for each it lists the allowed values, numbered, and reads the choice from the standard input (Enter leaves the value as it is); with --set it asks nothing and sets exactly the values named. An older file that these values kept from being upgraded is upgraded once none is left. Exit 0: nothing left to repair, 1: values left as they were, 2: not readable or a choice not allowed (nothing changed).</source>
        <translation>Controleert een portfolio alleen-lezen: de integriteitscontrole van SQLite, de schemacontrole van Pactline en de inhoudscontrole (onbekende codes, misvormde datums, onbekende landen, verbroken verwijzingen, dubbele namen). Afsluitcode 0: in orde, 1: problemen gevonden, 2: niet leesbaar.
Met --repair herstelt het de waarden die de inhoudscontrole vindt, in één transactie, en verandert alleen de gekozen waarden: voor elke waarde somt het de toegestane waarden genummerd op en leest de keuze van de standaardinvoer (Enter laat de waarde zoals ze is); met --set vraagt het niets en zet het precies de genoemde waarden. Een ouder bestand dat door deze waarden niet bijgewerkt werd, wordt bijgewerkt zodra er geen meer over is. Afsluitcode 0: niets meer te herstellen, 1: waarden gelaten zoals ze waren, 2: niet leesbaar of een keuze die niet toegestaan is (niets veranderd).</translation>
    </message>
    <message>
        <source>Repair the bad values (asks for each).</source>
        <translation>De foute waarden herstellen (vraagt het voor elke waarde).</translation>
    </message>
    <message>
        <source>With --repair: set this bad value, e.g. agreement:7:status=negotiating (an empty VALUE sets nothing); repeat for more. Asks nothing.</source>
        <translation>Met --repair: deze foute waarde zetten, bijvoorbeeld agreement:7:status=negotiating (een lege VALUE zet niets); herhaal voor meer. Vraagt niets.</translation>
    </message>
    <message>
        <source>--set is for --repair.</source>
        <translation>--set hoort bij --repair.</translation>
    </message>
    <message>
        <source>Check a portfolio's integrity, schema and content, read-only (exit 0 ok, 1 problems, 2 unreadable); --repair repairs the bad values, asking for each or as --set says.</source>
        <translation>De integriteit, het schema en de inhoud van een portfolio alleen-lezen controleren (afsluitcode 0 in orde, 1 problemen, 2 onleesbaar); --repair herstelt de foute waarden, met een vraag voor elke waarde of zoals --set zegt.</translation>
    </message>
    <message>
        <source>--set %1: name a value the check finds as TABLE:ID:COLUMN=VALUE (see `pactline check`).</source>
        <translation>--set %1: noem een waarde die de controle vindt als TABLE:ID:COLUMN=VALUE (zie `pactline check`).</translation>
    </message>
    <message>
        <source>--set %1: not a value allowed there; allowed: %2.</source>
        <translation>--set %1: die waarde is daar niet toegestaan; toegestaan: %2.</translation>
    </message>
    <message>
        <source>leave it as it is</source>
        <translation>laten zoals het is</translation>
    </message>
    <message>
        <source>Number, =VALUE for another value, or Enter to leave it: </source>
        <translation>Nummer, =WAARDE voor een andere waarde, of Enter om het te laten: </translation>
    </message>
    <message>
        <source>Number, or Enter to leave it: </source>
        <translation>Nummer, of Enter om het te laten: </translation>
    </message>
    <message>
        <source>Not one of the choices.</source>
        <translation>Geen van de keuzes.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) to repair.</source>
        <translation>
            <numerusform>%1: %n waarde te herstellen.</numerusform>
            <numerusform>%1: %n waarden te herstellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) repaired in one transaction.</source>
        <translation>
            <numerusform>%1: %n waarde hersteld in één transactie.</numerusform>
            <numerusform>%1: %n waarden hersteld in één transactie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upgraded to the current schema version; the copy taken before the upgrade is %1.</source>
        <translation>Bijgewerkt naar de huidige schemaversie; de kopie van vóór het bijwerken is %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not repaired:</source>
        <translation>
            <numerusform>%n waarde niet hersteld:</numerusform>
            <numerusform>%n waarden niet hersteld:</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 takes a day as YYYY-MM-DD, e.g. 2026-03-31; “%2” is not one.</source>
        <translation>--%1 verwacht een dag als JJJJ-MM-DD, bijv. 2026-03-31; “%2” is dat niet.</translation>
    </message>
    <message>
        <source>--record takes KIND:ID, where KIND is one of %1 and ID a record's number, e.g. partner:12; “%2” is not one.</source>
        <translation>--record verwacht SOORT:ID, waarbij SOORT een van %1 is en ID het nummer van een record, bijv. partner:12; “%2” is dat niet.</translation>
    </message>
    <message>
        <source>%1  %2  %3 #%4 “%5”  %6</source>
        <translation>%1  %2  %3 #%4 “%5”  %6</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>Prints the recorded changes of a portfolio's records, newest first: when (UTC), by whom, which record, and each field's old and new value. Reads the file only. Exit 0: printed, 2: bad arguments or not readable.</source>
        <translation>Toont de vastgelegde wijzigingen van de records van een portfolio, nieuwste eerst: wanneer (UTC), door wie, welk record, en de oude en nieuwe waarde van elk veld. Leest het bestand alleen. Exit 0: getoond, 2: onjuiste argumenten of niet leesbaar.</translation>
    </message>
    <message>
        <source>The portfolio file.</source>
        <translation>Het portfoliobestand.</translation>
    </message>
    <message>
        <source>Only this record: partner, contact, agreement, milestone or event, and its number, e.g. agreement:7.</source>
        <translation>Alleen dit record: partner, contact, agreement, milestone of event, en het nummer, bijv. agreement:7.</translation>
    </message>
    <message>
        <source>Only changes on or after this day (UTC).</source>
        <translation>Alleen wijzigingen op of na deze dag (UTC).</translation>
    </message>
    <message>
        <source>Only changes on or before this day (UTC).</source>
        <translation>Alleen wijzigingen op of vóór deze dag (UTC).</translation>
    </message>
    <message>
        <source>CSV (RFC 4180, with a header): one row per changed field.</source>
        <translation>CSV (RFC 4180, met kopregel): één rij per gewijzigd veld.</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to (%1) ligt vóór --from (%2).</translation>
    </message>
    <message>
        <source>%1 keeps no history: it has an older schema (version %2). Open it once with this version of Pactline to start recording changes.</source>
        <translation>%1 houdt geen geschiedenis bij: het heeft een ouder schema (versie %2). Open het eenmaal met deze versie van Pactline om wijzigingen vast te leggen.</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Geen wijzigingen vastgelegd.</translation>
    </message>
    <message>
        <source>Print the recorded changes of a portfolio's records, as text or CSV.</source>
        <translation>De vastgelegde wijzigingen van de records van een portfolio tonen, als tekst of CSV.</translation>
    </message>
    <message>
        <source>Still named in the text of %1 %2 (“%3”), which was left as it is.</source>
        <translation>Nog genoemd in de tekst van %1 %2 (“%3”), die is gelaten zoals die was.</translation>
    </message>
    <message>
        <source>Copies a whole portfolio into a new one: every record with its id, times and version, the history and the trash. The copy is written whole or not at all; DEST must not exist.</source>
        <translation>Kopieert een hele portfolio naar een nieuwe: elk record met zijn id, tijden en versie, de geschiedenis en de prullenbak. De kopie wordt helemaal geschreven of helemaal niet; DEST mag nog niet bestaan.</translation>
    </message>
    <message>
        <source>The new portfolio to write.</source>
        <translation>De nieuwe portfolio die geschreven wordt.</translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation>%1 gekopieerd naar %2.</translation>
    </message>
    <message>
        <source>Copy a whole portfolio, history and trash included, into a new one (never overwrites DEST).</source>
        <translation>Een hele portfolio, met geschiedenis en prullenbak, naar een nieuwe kopiëren (overschrijft DEST nooit).</translation>
    </message>
</context>
<context>
    <name>ColumnRules</name>
    <message>
        <source>a date code such as 2024, 2024-H2, 2024-Q3, 2024-09 or 2024-09-12, or nothing</source>
        <translation>een datumcode zoals 2024, 2024-H2, 2024-Q3, 2024-09 of 2024-09-12, of niets</translation>
    </message>
    <message>
        <source>a two-letter ISO 3166-1 country code in upper case, such as NL or SE, or nothing</source>
        <translation>een ISO 3166-1-landcode van twee hoofdletters, zoals NL of SE, of niets</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>the day the date code begins or ends with (YYYY-MM-DD), nothing when it is empty</source>
        <translation>de dag waarmee de datumcode begint of eindigt (JJJJ-MM-DD), niets als die leeg is</translation>
    </message>
    <message>
        <source>a whole number of 1 or more</source>
        <translation>een geheel getal van 1 of meer</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Verbinden met server</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>&amp;Onthoud het wachtwoord in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <source>Off (only on a network you trust)</source>
        <translation>Uit (alleen op een netwerk dat u vertrouwt)</translation>
    </message>
    <message>
        <source>Required (encrypted, certificate not checked)</source>
        <translation>Vereist (versleuteld, certificaat niet gecontroleerd)</translation>
    </message>
    <message>
        <source>Verified (encrypted, certificate and host name checked)</source>
        <translation>Gecontroleerd (versleuteld, certificaat en hostnaam gecontroleerd)</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Versleuteling:</translation>
    </message>
    <message>
        <source>The certificate of the server's authority (.crt, .pem)</source>
        <translation>Het certificaat van de certificaatautoriteit van de server (.crt, .pem)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-bestand:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Verbi&amp;nden</translation>
    </message>
    <message>
        <source>Certificate of the server's authority</source>
        <translation>Certificaat van de certificaatautoriteit van de server</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificaten (*.crt *.pem);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <source>Connected: the portfolio %1 is at schema version %2.</source>
        <translation>Verbonden: de portefeuille %1 heeft schemaversie %2.</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>A contact needs a name.</source>
        <translation>Een contactpersoon heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A contact belongs to a partner; choose one.</source>
        <translation>Een contactpersoon hoort bij een partner; kies er een.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address; type one like name@example.org, or leave it empty.</source>
        <translation>“%1” is geen e-mailadres; typ er een zoals naam@example.org, of laat het leeg.</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>A new contact: type the name and press Enter to add it, or Escape to leave it out.</source>
        <translation>Een nieuwe contactpersoon: typ de naam en druk op Enter om die toe te voegen, of op Escape om die weg te laten.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>No portfolio is open.</source>
        <translation>Er is geen portfolio geopend.</translation>
    </message>
</context>
<context>
    <name>ContentCheck</name>
    <message>
        <source>nothing, as the date is empty</source>
        <translation>niets, want de datum is leeg</translation>
    </message>
    <message>
        <source>%1 (from the date code “%2”)</source>
        <translation>%1 (volgens de datumcode “%2”)</translation>
    </message>
    <message>
        <source>the id of an existing row of “%1”</source>
        <translation>het id van een bestaande rij van “%1”</translation>
    </message>
    <message>
        <source>the id of another agreement, or nothing</source>
        <translation>het id van een andere overeenkomst, of niets</translation>
    </message>
    <message>
        <source>a name no other partner in the same country has (row %1 has it)</source>
        <translation>een naam die geen andere partner in hetzelfde land heeft (rij %1 heeft deze)</translation>
    </message>
    <message>
        <source>a name no other theme has (row %1 has it)</source>
        <translation>een naam die geen ander thema heeft (rij %1 heeft deze)</translation>
    </message>
    <message>
        <source>Row %1 of “%2”: %3 holds “%4”; allowed: %5.</source>
        <translation>Rij %1 van “%2”: %3 bevat “%4”; toegestaan: %5.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… en nog %n.</numerusform>
            <numerusform>… en nog %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The portfolio holds %n code(s) Pactline does not know, so nothing was written rather than a default in their place:
%1
Correct them first; `pactline check` lists every problem of the file.</source>
        <translation>
            <numerusform>De portfolio bevat %n code die Pactline niet kent; er is daarom niets geschreven, in plaats van een standaardwaarde op die plek:
%1
Verbeter die eerst; `pactline check` somt alle problemen van het bestand op.</numerusform>
            <numerusform>De portfolio bevat %n codes die Pactline niet kent; er is daarom niets geschreven, in plaats van standaardwaarden op die plek:
%1
Verbeter die eerst; `pactline check` somt alle problemen van het bestand op.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentRepair</name>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>Row %1 of “%2” is no longer there.</source>
        <translation>Rij %1 van “%2” bestaat niet meer.</translation>
    </message>
    <message>
        <source>Row %1 of “%2”: %3 %4 → %5.</source>
        <translation>Rij %1 van “%2”: %3 %4 → %5.</translation>
    </message>
    <message>
        <source>Nothing was repaired: row %1 of “%2” cannot hold %3 in %4 (%5).</source>
        <translation>Er is niets hersteld: rij %1 van “%2” kan %3 niet in %4 bevatten (%5).</translation>
    </message>
    <message>
        <source>Row %1 of “%2” was changed meanwhile: %3 holds %4 now, not %5. Nothing was repaired.</source>
        <translation>Rij %1 van “%2” is intussen gewijzigd: %3 bevat nu %4, niet %5. Er is niets hersteld.</translation>
    </message>
    <message>
        <source>Nothing was repaired: the values chosen are not allowed either, or break another rule:
%1</source>
        <translation>Er is niets hersteld: de gekozen waarden zijn ook niet toegestaan, of breken een andere regel:
%1</translation>
    </message>
</context>
<context>
    <name>CopyProgress</name>
    <message>
        <source>Saving a Copy</source>
        <translation>Kopie opslaan</translation>
    </message>
    <message>
        <source>Copying the portfolio to “%1”…</source>
        <translation>De portfolio wordt gekopieerd naar “%1”…</translation>
    </message>
    <message numerus="yes">
        <source>Copying the portfolio to “%1”: %L2 of %Ln record(s)…</source>
        <translation>
            <numerusform>De portfolio wordt gekopieerd naar “%1”: %L2 van %Ln record…</numerusform>
            <numerusform>De portfolio wordt gekopieerd naar “%1”: %L2 van %Ln records…</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the search indexes of “%1” from its records…</source>
        <translation>De zoekindexen van “%1” worden uit de records gemaakt…</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>“%1” is not a country; type its name or its two-letter ISO code, e.g. %2 or SE.</source>
        <translation>“%1” is geen land; typ de naam of de ISO-code van twee letters, bijv. %2 of SE.</translation>
    </message>
</context>
<context>
    <name>CountryEdit</name>
    <message>
        <source>A name or a code, e.g. %1 or SE</source>
        <translation>Een naam of een code, bijv. %1 of SE</translation>
    </message>
    <message>
        <source>not a country</source>
        <translation>geen land</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>row %1</source>
        <translation>rij %1</translation>
    </message>
    <message>
        <source>column “%1”</source>
        <translation>kolom “%1”</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>opmerking: </translation>
    </message>
    <message>
        <source>“%1” is not a %2 Pactline knows; use one of: %3.</source>
        <translation>“%1” is geen %2 die Pactline kent; gebruik een van: %3.</translation>
    </message>
    <message>
        <source>None of the columns (%1) is a field of %2; name the columns in the header (%3) or choose their fields by hand.</source>
        <translation>Geen van de kolommen (%1) is een veld van %2; geef de kolommen een naam in de kopregel (%3) of kies hun velden met de hand.</translation>
    </message>
    <message>
        <source>No column goes into “%1”, which every row needs; add a column named “%1” or choose one for it.</source>
        <translation>Geen enkele kolom gaat naar “%1”, dat elke rij nodig heeft; voeg een kolom met de naam “%1” toe of kies er een voor.</translation>
    </message>
    <message>
        <source>not imported: no field chosen for this column.</source>
        <translation>niet geïmporteerd: geen veld gekozen voor deze kolom.</translation>
    </message>
    <message>
        <source>The file has a header but no rows; there is nothing to import.</source>
        <translation>Het bestand heeft een kopregel maar geen rijen; er is niets te importeren.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2: a delimiter (%3) is missing or extra, or a value holds one without quotes around it.</source>
        <translation>deze rij heeft %1 velden maar de kopregel heeft er %2: een scheidingsteken (%3) ontbreekt of is te veel, of een waarde bevat er een zonder aanhalingstekens eromheen.</translation>
    </message>
    <message>
        <source>this value is %1 characters long; “%2” takes at most %3.</source>
        <translation>deze waarde is %1 tekens lang; “%2” neemt er hoogstens %3.</translation>
    </message>
    <message>
        <source>this row repeats row %1; remove one of them.</source>
        <translation>deze rij herhaalt rij %1; verwijder een van beide.</translation>
    </message>
    <message>
        <source>a partner needs a name, e.g. “Lund University”.</source>
        <translation>een partner heeft een naam nodig, bijv. “Lund University”.</translation>
    </message>
    <message>
        <source>%1 partners in the portfolio have this name or short name; choose whether this row is one of them or a new partner.</source>
        <translation>%1 partners in de portfolio hebben deze naam of korte naam; kies of deze rij een van hen is of een nieuwe partner.</translation>
    </message>
    <message>
        <source>already in the portfolio (#%1); not added again.</source>
        <translation>al in de portfolio (#%1); niet opnieuw toegevoegd.</translation>
    </message>
    <message>
        <source>row %1 already adds a partner with this name in %2; a name may be used once per country.</source>
        <translation>rij %1 voegt al een partner met deze naam toe in %2; een naam mag één keer per land gebruikt worden.</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>geen land</translation>
    </message>
    <message>
        <source>the portfolio already has a partner with this name in %1 (#%2); a name may be used once per country.</source>
        <translation>de portfolio heeft al een partner met deze naam in %1 (#%2); een naam mag één keer per land gebruikt worden.</translation>
    </message>
    <message>
        <source>an agreement needs a title, e.g. “Declaration of intent on ATMP”.</source>
        <translation>een overeenkomst heeft een titel nodig, bijv. “Intentieverklaring over ATMP”.</translation>
    </message>
    <message>
        <source>an agreement with this title is already in the portfolio (#%1); this row is left out.</source>
        <translation>een overeenkomst met deze titel staat al in de portfolio (#%1); deze rij wordt weggelaten.</translation>
    </message>
    <message>
        <source>another row already adds an agreement with this title; titles must differ so that milestones and successors can name their agreement.</source>
        <translation>een andere rij voegt al een overeenkomst met deze titel toe; titels moeten verschillen zodat mijlpalen en opvolgers hun overeenkomst kunnen noemen.</translation>
    </message>
    <message>
        <source>the end is before the start (%1).</source>
        <translation>het einde ligt vóór het begin (%1).</translation>
    </message>
    <message>
        <source>%1 partners in the portfolio have this name or short name; choose which one is meant.</source>
        <translation>%1 partners in de portfolio hebben deze naam of korte naam; kies welke bedoeld wordt.</translation>
    </message>
    <message>
        <source>this partner is listed twice among the parties.</source>
        <translation>deze partner staat twee keer tussen de partijen.</translation>
    </message>
    <message>
        <source>an agreement cannot be its own predecessor.</source>
        <translation>een overeenkomst kan niet haar eigen voorganger zijn.</translation>
    </message>
    <message>
        <source>neither the file nor the portfolio has an agreement with this title.</source>
        <translation>noch het bestand noch de portfolio heeft een overeenkomst met deze titel.</translation>
    </message>
    <message>
        <source>%1 agreements in the portfolio have this title; rename one so that it can be named.</source>
        <translation>%1 overeenkomsten in de portfolio hebben deze titel; hernoem er een zodat die genoemd kan worden.</translation>
    </message>
    <message>
        <source>the predecessors of this agreement go round in a circle.</source>
        <translation>de voorgangers van deze overeenkomst vormen een kringloop.</translation>
    </message>
    <message>
        <source>a milestone belongs to an agreement; give the agreement's title.</source>
        <translation>een mijlpaal hoort bij een overeenkomst; geef de titel van de overeenkomst.</translation>
    </message>
    <message>
        <source>a milestone needs a title, e.g. “Production facility in Lund ready”.</source>
        <translation>een mijlpaal heeft een titel nodig, bijv. “Productiefaciliteit in Lund gereed”.</translation>
    </message>
    <message>
        <source>%1 agreements in the portfolio have this title; rename one so that milestones can name it.</source>
        <translation>%1 overeenkomsten in de portfolio hebben deze titel; hernoem er een zodat mijlpalen die kunnen noemen.</translation>
    </message>
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
            <numerusform>%n overeenkomst</numerusform>
            <numerusform>%n overeenkomsten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n mijlpaal</numerusform>
            <numerusform>%n mijlpalen</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds nothing</source>
        <translation>Voegt niets toe</translation>
    </message>
    <message>
        <source>Adds %1</source>
        <translation>Voegt %1 toe</translation>
    </message>
    <message>
        <source>Adds %1 and %2</source>
        <translation>Voegt %1 en %2 toe</translation>
    </message>
    <message numerus="yes">
        <source>leaves out %n row(s)</source>
        <translation>
            <numerusform>laat %n rij weg</numerusform>
            <numerusform>laat %n rijen weg</numerusform>
        </translation>
    </message>
    <message>
        <source>The predecessors of the agreements go round in a circle; nothing was imported.</source>
        <translation>De voorgangers van de overeenkomsten vormen een kringloop; er is niets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Row %1, column %2: the quoted field that starts here is never closed; add the missing closing quote (").</source>
        <translation>Rij %1, kolom %2: het veld tussen aanhalingstekens dat hier begint wordt nooit gesloten; voeg het ontbrekende afsluitende aanhalingsteken (") toe.</translation>
    </message>
    <message>
        <source>Row %1, column %2: there is text after the closing quote of a quoted field; write a quote inside a quoted field as two quotes ("").</source>
        <translation>Rij %1, kolom %2: er staat tekst na het afsluitende aanhalingsteken van een veld tussen aanhalingstekens; schrijf een aanhalingsteken binnen zo'n veld als twee aanhalingstekens ("").</translation>
    </message>
    <message>
        <source>The file holds no text: there is no header row.</source>
        <translation>Het bestand bevat geen tekst: er is geen kopregel.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>puntkomma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation>Het bestand is leeg: er is geen kopregel.</translation>
    </message>
    <message>
        <source>This is not a text file: row %1, column %2 holds the control byte 0x%3. Choose a CSV file saved as text.</source>
        <translation>Dit is geen tekstbestand: rij %1, kolom %2 bevat de stuurcode 0x%3. Kies een CSV-bestand dat als tekst is opgeslagen.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8: row %1, column %2 holds the byte 0x%3 (byte %4 of the file), which does not belong there. Save the file as UTF-8, or choose its encoding.</source>
        <translation>Het bestand is geen geldige UTF-8: rij %1, kolom %2 bevat de byte 0x%3 (byte %4 van het bestand), die daar niet hoort. Sla het bestand op als UTF-8, of kies de codering ervan.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text: row %2, column %3 holds bytes that are not a character. Save the file again as UTF-8 or UTF-16.</source>
        <translation>Het bestand is geen geldige %1-tekst: rij %2, kolom %3 bevat bytes die geen teken vormen. Sla het bestand opnieuw op als UTF-8 of UTF-16.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>“%1” offers no encrypted connection (TLS), and the connection asks for one (%2). Ask whoever runs the server to turn TLS on; Pactline did not connect unencrypted.</source>
        <translation>“%1” biedt geen versleutelde verbinding (TLS), terwijl de verbinding erom vraagt (%2). Vraag de beheerder van de server TLS aan te zetten; Pactline heeft niet onversleuteld verbonden.</translation>
    </message>
    <message>
        <source>The certificate of the server is not for “%1”, so Pactline could not tell that it is talking to the right server (verify-full), and did not connect. Use the host name the certificate names, or ask whoever runs the server for a certificate for “%1”. (%2)</source>
        <translation>Het certificaat van de server is niet voor “%1”, dus Pactline kon niet nagaan dat het met de juiste server praat (verify-full) en heeft niet verbonden. Gebruik de hostnaam die in het certificaat staat, of vraag de beheerder van de server om een certificaat voor “%1”. (%2)</translation>
    </message>
    <message>
        <source>The certificate of “%1” could not be checked against the CA file “%2”, so Pactline did not connect. (%3)</source>
        <translation>Het certificaat van “%1” kon niet worden gecontroleerd met het CA-bestand “%2”, dus Pactline heeft niet verbonden. (%3)</translation>
    </message>
    <message>
        <source>Nothing was saved: the server of “%1” is not reachable (%2).</source>
        <translation>Er is niets opgeslagen: de server van “%1” is niet bereikbaar (%2).</translation>
    </message>
    <message>
        <source>The server of “%1” is still not reachable: %2</source>
        <translation>De server van “%1” is nog steeds niet bereikbaar: %2</translation>
    </message>
    <message>
        <source>The server stopped the statement: %1</source>
        <translation>De server heeft de opdracht afgebroken: %1</translation>
    </message>
    <message>
        <source>the server closed it.</source>
        <translation>de server heeft ze gesloten.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” bestaat niet.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Kon “%1” niet openen: %2</translation>
    </message>
    <message>
        <source>“%1” already exists; Pactline does not overwrite files.</source>
        <translation>“%1” bestaat al; Pactline overschrijft geen bestanden.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer Pactline (schema version %2; this version reads up to %3). Open it with a newer Pactline; the file was left unchanged.</source>
        <translation>“%1” is geschreven door een nieuwere Pactline (schemaversie %2; deze versie leest tot en met %3). Open het met een nieuwere Pactline; het bestand is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read.</source>
        <translation>“%1” is beschadigd en kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>“%1” holds things Pactline does not create, so it was not opened: %2.</source>
        <translation>“%1” bevat dingen die Pactline niet aanmaakt, dus het is niet geopend: %2.</translation>
    </message>
    <message>
        <source>“%1” has an older schema (version %2) and must be upgraded, which a read-only file cannot be.</source>
        <translation>“%1” heeft een ouder schema (versie %2) en moet bijgewerkt worden, wat bij een alleen-lezen bestand niet kan.</translation>
    </message>
    <message>
        <source>The portfolio is open read-only.</source>
        <translation>De portfolio is alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>The portfolio is locked by another program; try again in a moment.</source>
        <translation>De portfolio is vergrendeld door een ander programma; probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>The portfolio file cannot be written: %1</source>
        <translation>Het portfoliobestand kan niet geschreven worden: %1</translation>
    </message>
    <message>
        <source>The portfolio file is damaged: %1</source>
        <translation>Het portfoliobestand is beschadigd: %1</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a portfolio file.</source>
        <translation>“%1” is een map, geen portfoliobestand.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>“%1” is empty: it is not a Pactline portfolio.</source>
        <translation>“%1” is leeg: het is geen Pactline-portfolio.</translation>
    </message>
    <message>
        <source>“%1” is not a Pactline portfolio (it is not an SQLite database).</source>
        <translation>“%1” is geen Pactline-portfolio (het is geen SQLite-database).</translation>
    </message>
    <message>
        <source>“%1” is damaged: the file is shorter than its header says (truncated?). Restore it from a backup.</source>
        <translation>“%1” is beschadigd: het bestand is korter dan de header aangeeft (afgekapt?). Zet het terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database but not a Pactline portfolio.</source>
        <translation>“%1” is een SQLite-database, maar geen Pactline-portfolio.</translation>
    </message>
    <message>
        <source>There is no space left on the disk: %1</source>
        <translation>Er is geen ruimte meer op de schijf: %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n value(s) that this version of Pactline no longer lets a portfolio hold, so it was not upgraded and was left as it was:
%2
Repair them (File ▸ Open offers it, or `pactline check --repair “%1”`) and open it again; `pactline check “%1”` lists them all.</source>
        <translation>
            <numerusform>“%1” bevat %n waarde die deze versie van Pactline niet meer in een portfolio toestaat; het bestand is daarom niet bijgewerkt en gelaten zoals het was:
%2
Herstel die waarde (Bestand ▸ Openen biedt het aan, of `pactline check --repair “%1”`) en open het opnieuw; `pactline check “%1”` somt alles op.</numerusform>
            <numerusform>“%1” bevat %n waarden die deze versie van Pactline niet meer in een portfolio toestaat; het bestand is daarom niet bijgewerkt en gelaten zoals het was:
%2
Herstel die waarden (Bestand ▸ Openen biedt het aan, of `pactline check --repair “%1”`) en open het opnieuw; `pactline check “%1”` somt ze allemaal op.</numerusform>
        </translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL) is not installed, so Pactline cannot reach servers.</source>
        <translation>Het PostgreSQL-stuurprogramma van Qt (QPSQL) is niet geïnstalleerd, dus Pactline kan geen servers bereiken.</translation>
    </message>
    <message>
        <source>The server refused the password of “%1” for “%2”.</source>
        <translation>De server weigerde het wachtwoord van “%1” voor “%2”.</translation>
    </message>
    <message>
        <source>Could not connect to “%1”: %2</source>
        <translation>Kon geen verbinding maken met “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” holds tables of another application (%2), not a Pactline portfolio; it was left unchanged.</source>
        <translation>“%1” bevat tabellen van een andere toepassing (%2), geen Pactline-portfolio; er is niets aan veranderd.</translation>
    </message>
    <message>
        <source>“%1” is marked as another application's database, not a Pactline portfolio; it was left unchanged.</source>
        <translation>“%1” is gemarkeerd als database van een andere toepassing, geen Pactline-portfolio; er is niets aan veranderd.</translation>
    </message>
    <message>
        <source>“%1” already holds a Pactline portfolio.</source>
        <translation>“%1” bevat al een Pactline-portfolio.</translation>
    </message>
    <message>
        <source>“%1” holds no Pactline portfolio yet.</source>
        <translation>“%1” bevat nog geen Pactline-portfolio.</translation>
    </message>
    <message>
        <source>The server lacks the PostgreSQL extensions %1, which Pactline's search needs. Ask its administrator to install them (Debian's postgresql package has them; elsewhere they are often in postgresql-contrib).</source>
        <translation>De server mist de PostgreSQL-extensies %1, die de zoekfunctie van Pactline nodig heeft. Vraag de beheerder ze te installeren (het postgresql-pakket van Debian bevat ze; elders zitten ze vaak in postgresql-contrib).</translation>
    </message>
    <message>
        <source>Pactline's search needs the PostgreSQL extensions %1 in the database “%2”, and its user may not create them. Ask the database's owner or the server's administrator to run: %3</source>
        <translation>De zoekfunctie van Pactline heeft de PostgreSQL-extensies %1 nodig in de database “%2”, en deze gebruiker mag ze niet aanmaken. Vraag de eigenaar van de database of de beheerder van de server om uit te voeren: %3</translation>
    </message>
    <message>
        <source>“%1” was written by a newer Pactline (schema version %2; this version reads up to %3). Open it with a newer Pactline; the portfolio was left unchanged.</source>
        <translation>“%1” is geschreven door een nieuwere Pactline (schemaversie %2; deze versie leest tot en met %3). Open de portfolio met een nieuwere Pactline; er is niets aan veranderd.</translation>
    </message>
    <message>
        <source>The portfolio is being changed by someone else; try again in a moment.</source>
        <translation>Iemand anders wijzigt de portfolio op dit moment; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The server does not let you change the portfolio: %1</source>
        <translation>De server staat u niet toe de portfolio te wijzigen: %1</translation>
    </message>
    <message>
        <source>The server has no space left on its disk: %1</source>
        <translation>De schijf van de server is vol: %1</translation>
    </message>
    <message>
        <source>The server's copy of the portfolio is damaged: %1</source>
        <translation>De portfolio op de server is beschadigd: %1</translation>
    </message>
    <message>
        <source>The connection to the server was lost: %1</source>
        <translation>De verbinding met de server is verbroken: %1</translation>
    </message>
    <message>
        <source>Could not give colleagues their roles on “%1” (the user needs the right to create roles and to own the portfolio's tables): %2</source>
        <translation>Kon collega's hun rollen op “%1” niet geven (de gebruiker moet rollen mogen aanmaken en eigenaar zijn van de tabellen van de portefeuille): %2</translation>
    </message>
</context>
<context>
    <name>DeletionPlan</name>
    <message>
        <source>There is no %1 #%2 (it may have been deleted already).</source>
        <translation>Er is geen %1 #%2 (misschien is die al verwijderd).</translation>
    </message>
    <message>
        <source>Rows of “%1” are not deleted on their own.</source>
        <translation>Rijen van “%1” worden niet los verwijderd.</translation>
    </message>
</context>
<context>
    <name>DiskSpace</name>
    <message>
        <source>There is no space left on the disk that holds “%1”, so nothing was written. Free some space there and try again.</source>
        <translation>Er is geen ruimte meer op de schijf met “%1”, dus er is niets geschreven. Maak daar ruimte vrij en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>University</source>
        <translation>Universiteit</translation>
    </message>
    <message>
        <source>University hospital</source>
        <translation>Academisch ziekenhuis</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>Onderzoeksinstituut</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Overheid</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financier</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Declaration of intent</source>
        <translation>Intentieverklaring</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Intentiebrief</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>Memorandum of understanding</translation>
    </message>
    <message>
        <source>Master service agreement</source>
        <translation>Raamovereenkomst</translation>
    </message>
    <message>
        <source>Collaboration agreement</source>
        <translation>Samenwerkingsovereenkomst</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>In onderhandeling</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataris</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Penvoerder</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Waarnemer</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Op schema</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>In gevaar</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Gemist</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>An event needs a title, e.g. “State visit”.</source>
        <translation>Een gebeurtenis heeft een titel nodig, bijv. “Staatsbezoek”.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>The organisations and people taking part. Delete removes the selected ones; Insert goes to the field that adds one. Each change can be undone.</source>
        <translation>De organisaties en personen die deelnemen. Delete verwijdert de geselecteerde; Insert gaat naar het veld waarmee u er een toevoegt. Elke wijziging kan ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <source>Add parti&amp;cipant</source>
        <translation>Toe&amp;voegen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Verw&amp;ijderen</translation>
    </message>
    <message>
        <source>Remove the selected participants (Delete in the list)</source>
        <translation>De geselecteerde deelnemers verwijderen (Delete in de lijst)</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
    <message>
        <source>Type the name of a partner or a contact in the field next to “Add participant”, then add it.</source>
        <translation>Typ de naam van een partner of een contactpersoon in het veld naast “Deelnemer toevoegen” en voeg die dan toe.</translation>
    </message>
    <message>
        <source>There is no partner or contact “%1”; pick one from the list as you type.</source>
        <translation>Er is geen partner of contactpersoon “%1”; kies er een uit de lijst terwijl u typt.</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>The event is no longer listed.</source>
        <translation>De gebeurtenis staat niet meer in de lijst.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export Table as &amp;CSV…</source>
        <translation>Tabel exporteren als &amp;CSV…</translation>
    </message>
    <message>
        <source>Export Portfolio as &amp;JSON…</source>
        <translation>Portfolio exporteren als &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;Calendar (.ics)…</source>
        <translation>A&amp;genda exporteren (.ics)…</translation>
    </message>
    <message>
        <source>The list on screen, with its filter, sort and columns, for a spreadsheet.</source>
        <translation>De lijst op het scherm, met filter, sortering en kolommen, voor een spreadsheet.</translation>
    </message>
    <message>
        <source>The whole portfolio in Pactline's JSON format, which imports back as it is.</source>
        <translation>De hele portfolio in het JSON-formaat van Pactline, dat ongewijzigd weer geïmporteerd kan worden.</translation>
    </message>
    <message>
        <source>Milestones and events as all-day events for a calendar.</source>
        <translation>Mijlpalen en gebeurtenissen als afspraken van een hele dag voor een agenda.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Kon “%1” niet schrijven: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Tabel exporteren als CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export Portfolio as JSON</source>
        <translation>Portfolio exporteren als JSON</translation>
    </message>
    <message>
        <source>Pactline portfolio JSON (*.json)</source>
        <translation>Pactline-portfolio-JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-bestanden (*.ics)</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Separated by commas</source>
        <translation>Gescheiden door komma's</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>korte naam</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>city</source>
        <translation>plaats</translation>
    </message>
    <message>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>signing date</source>
        <translation>datum van ondertekening</translation>
    </message>
    <message>
        <source>start</source>
        <translation>begin</translation>
    </message>
    <message>
        <source>end</source>
        <translation>einde</translation>
    </message>
    <message>
        <source>signing event</source>
        <translation>gebeurtenis van ondertekening</translation>
    </message>
    <message>
        <source>predecessor</source>
        <translation>voorganger</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>thema's</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>samenvatting</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>partijen</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>overeenkomst</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>streefdatum</translation>
    </message>
    <message>
        <source>achieved date</source>
        <translation>datum bereikt</translation>
    </message>
    <message>
        <source>location</source>
        <translation>locatie</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>place</source>
        <translation>plaats</translation>
    </message>
    <message>
        <source>participating partners</source>
        <translation>deelnemende partners</translation>
    </message>
    <message>
        <source>participating people</source>
        <translation>deelnemende personen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>kind of agreement</source>
        <translation>soort overeenkomst</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ondertekend op</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>Si&amp;gned</source>
        <translation>On&amp;dertekend</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Begint op</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
    <message>
        <source>Sta&amp;rts</source>
        <translation>&amp;Begint</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Eindigt op</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Eindigt</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Eindigt</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Signed &amp;at</source>
        <translation>Ondertekend &amp;op</translation>
    </message>
    <message>
        <source>Predecessor</source>
        <translation>Voorganger</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema's</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>T&amp;hema's</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Samen&amp;vatting</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>mijlpalen</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Mijlpalen</translation>
    </message>
    <message>
        <source>overdue milestones</source>
        <translation>achterstallige mijlpalen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>deelnemers</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Streefdatum</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>Bereikt op</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>A&amp;chieved</source>
        <translation>&amp;Bereikt</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Korte naam</translation>
    </message>
    <message>
        <source>S&amp;hort name</source>
        <translation>&amp;Korte naam</translation>
    </message>
    <message>
        <source>kind of partner</source>
        <translation>soort partner</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otities</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>overeenkomsten</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Overeenkomsten</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search names, titles and notes (Ctrl+F)</source>
        <translation>Zoek in namen, titels, notities (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Elke soort</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Elk land</translation>
    </message>
    <message>
        <source>Any partner</source>
        <translation>Elke partner</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Elk thema</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Achterstallig</translation>
    </message>
    <message>
        <source>Only agreements with an overdue milestone</source>
        <translation>Alleen overeenkomsten met een achterstallige mijlpaal</translation>
    </message>
    <message>
        <source>Only milestones past their due period and not achieved</source>
        <translation>Alleen mijlpalen waarvan de streefperiode voorbij is en die niet bereikt zijn</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Show everything again</source>
        <translation>Alles weer tonen</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filteren op status</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filteren op soort</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Filteren op land</translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation>Filteren op thema</translation>
    </message>
</context>
<context>
    <name>FindAnythingBox</name>
    <message>
        <source>Find &amp;Anything…</source>
        <translation>&amp;Alles zoeken…</translation>
    </message>
    <message>
        <source>Find anything</source>
        <translation>Alles zoeken</translation>
    </message>
    <message>
        <source>Find partners, agreements, milestones, events and contacts</source>
        <translation>Zoek partners, overeenkomsten, mijlpalen, gebeurtenissen en contactpersonen</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Gevonden records</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Niets gevonden voor “%1”.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Overeenkomsten</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Mijlpalen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
</context>
<context>
    <name>FuzzyDate</name>
    <message>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>maart</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>augustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <source>the year must be between %1 and %2</source>
        <translation>het jaar moet tussen %1 en %2 liggen</translation>
    </message>
    <message>
        <source>there is no month %1; a month is 1 to 12</source>
        <translation>er is geen maand %1; een maand is 1 tot en met 12</translation>
    </message>
    <message>
        <source>there is no day %1</source>
        <translation>er is geen dag %1</translation>
    </message>
    <message>
        <source>%1 %2 has only %3 days</source>
        <translation>%1 %2 heeft maar %3 dagen</translation>
    </message>
    <message>
        <source>a quarter is Q1 to Q4</source>
        <translation>een kwartaal is Q1 tot en met Q4</translation>
    </message>
    <message>
        <source>a half year is H1 or H2</source>
        <translation>een halfjaar is H1 of H2</translation>
    </message>
    <message>
        <source>there is no month %1; write the day before the month</source>
        <translation>er is geen maand %1; schrijf de dag vóór de maand</translation>
    </message>
    <message>
        <source>“%1” is not a month</source>
        <translation>“%1” is geen maand</translation>
    </message>
    <message>
        <source>No date given.</source>
        <translation>Geen datum opgegeven.</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1” is geen datum.</translation>
    </message>
    <message>
        <source>“%1” is not a date: %2.</source>
        <translation>“%1” is geen datum: %2.</translation>
    </message>
    <message>
        <source>Type e.g. 2024-09-12, September 2024, Q3 2024, H2 2024 or 2024.</source>
        <translation>Typ bijv. 2024-09-12, september 2024, Q3 2024, H2 2024 of 2024.</translation>
    </message>
</context>
<context>
    <name>FuzzyDateEdit</name>
    <message>
        <source>e.g. Q3 2024, 2023-09-12, H2 2025</source>
        <translation>bijv. Q3 2024, 2023-09-12, H2 2025</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1” is geen datum.</translation>
    </message>
</context>
<context>
    <name>HelpPages</name>
    <message>
        <source>A day</source>
        <translation>Een dag</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>Een maand</translation>
    </message>
    <message>
        <source>A quarter</source>
        <translation>Een kwartaal</translation>
    </message>
    <message>
        <source>A half year</source>
        <translation>Een halfjaar</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Een jaar</translation>
    </message>
    <message>
        <source>Date Formats</source>
        <translation>Datumnotaties</translation>
    </message>
    <message>
        <source>About Pactline</source>
        <translation>Over Pactline</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Date Formats</source>
        <translation>&amp;Datumnotaties</translation>
    </message>
    <message>
        <source>&amp;About Pactline</source>
        <translation>&amp;Over Pactline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pactline %1&lt;/h3&gt;&lt;p&gt;Keeps the partners, agreements, events and milestones of international collaborations, draws them on a timeline and reports on their progress.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pactline %1&lt;/h3&gt;&lt;p&gt;Houdt de partners, overeenkomsten, gebeurtenissen en mijlpalen van internationale samenwerkingen bij, tekent ze op een tijdlijn en rapporteert over hun voortgang.&lt;/p&gt;&lt;p&gt;Vrije software onder de GNU General Public License, versie 3 of later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Gebouwd met Qt %2, draait op Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>Opgeslagen als</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Zweeds</translation>
    </message>
    <message>
        <source>Also read</source>
        <translation>Ook gelezen</translation>
    </message>
    <message>
        <source>&lt;p&gt;With the year last, numbers are read day first: 12/09/2023 is 12 September 2023.&lt;/p&gt;&lt;p&gt;A date covers its whole period: “Q3 2024” runs from 1 July to 30 September 2024. Dates sort by their first day, a day before its month. A milestone is overdue once its whole period has passed and it is not achieved. On the timeline a day is a diamond and a longer period a band.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Met het jaar als laatste worden getallen met de dag eerst gelezen: 12/09/2023 is 12 september 2023.&lt;/p&gt;&lt;p&gt;Een datum beslaat zijn hele periode: “Q3 2024” loopt van 1 juli tot en met 30 september 2024. Datums worden gesorteerd op hun eerste dag, een dag vóór zijn maand. Een mijlpaal is achterstallig zodra zijn hele periode voorbij is en hij niet bereikt is. Op de tijdlijn is een dag een ruit en een langere periode een band.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;p&gt;Portfolios are stored with SQLite %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Portfolio’s worden opgeslagen met SQLite %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dates in Pactline&lt;/h3&gt;&lt;p&gt;Agreements promise things for “Q3 2024” or “2022” as often as for a day, so a date in Pactline is a day, a month, a quarter, a half year or a year. Type it in any of the forms below, in English, Dutch or Swedish, in a date field or in a file you import; Pactline stores it in the first form and shows it in the language of the user interface, as in its column.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Datums in Pactline&lt;/h3&gt;&lt;p&gt;Overeenkomsten beloven dingen even vaak voor “Q3 2024” of “2022” als voor een dag, dus een datum in Pactline is een dag, een maand, een kwartaal, een halfjaar of een jaar. Typ die in een van de onderstaande vormen, in het Engels, Nederlands of Zweeds, in een datumveld of in een bestand dat u importeert; Pactline slaat de datum op in de eerste vorm en toont die in de taal van de gebruikersinterface, zoals in de kolom van die taal.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Licenties…</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>Restore %1 of %2 “%3”</source>
        <translation>%1 van %2 “%3” terugzetten</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Selected record</source>
        <translation>Geselecteerd record</translation>
    </message>
    <message>
        <source>Whole portfolio</source>
        <translation>Hele portfolio</translation>
    </message>
    <message>
        <source>Show the history of</source>
        <translation>Toon de geschiedenis van</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Toon:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persoon:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <source>Recorded changes</source>
        <translation>Vastgelegde wijzigingen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Show &amp;More</source>
        <translation>&amp;Meer tonen</translation>
    </message>
    <message>
        <source>Restore This &amp;Value</source>
        <translation>Deze &amp;waarde terugzetten</translation>
    </message>
    <message>
        <source>Write back the value this field had before the selected change.</source>
        <translation>De waarde terugschrijven die dit veld vóór de geselecteerde wijziging had.</translation>
    </message>
    <message>
        <source>Restore This Ve&amp;rsion</source>
        <translation>Deze &amp;versie terugzetten</translation>
    </message>
    <message>
        <source>Write back the whole record as it was before the selected change.</source>
        <translation>Het hele record terugschrijven zoals het vóór de geselecteerde wijziging was.</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>This portfolio keeps no history yet: it has an older schema and is open read-only.</source>
        <translation>Dit portfolio houdt nog geen geschiedenis bij: het heeft een ouder schema en is alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>Select a record to see its history, or show the whole portfolio's.</source>
        <translation>Selecteer een record om de geschiedenis ervan te zien, of toon die van het hele portfolio.</translation>
    </message>
    <message>
        <source>%1: %2 “%3” %4</source>
        <translation>%1: %2 “%3” %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Geen wijzigingen vastgelegd.</translation>
    </message>
    <message>
        <source>This record was deleted; it can only come back as a whole, with Undo.</source>
        <translation>Dit record is verwijderd; het kan alleen in zijn geheel terugkomen, met Ongedaan maken.</translation>
    </message>
    <message>
        <source>Nothing to restore: the record holds these values now.</source>
        <translation>Niets terug te zetten: het record heeft deze waarden nu al.</translation>
    </message>
</context>
<context>
    <name>HistoryRepository</name>
    <message>
        <source>This portfolio keeps no history: it has an older schema (version %1); open it for writing once to upgrade it.</source>
        <translation>Dit portfolio houdt geen geschiedenis bij: het heeft een ouder schema (versie %1); open het eenmaal om te schrijven om het bij te werken.</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contactpersoon</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>overeenkomst</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>mijlpaal</translation>
    </message>
    <message>
        <source>event</source>
        <translation>gebeurtenis</translation>
    </message>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>hersteld</translation>
    </message>
</context>
<context>
    <name>ICalendarExport</name>
    <message>
        <source>Agreement: %1</source>
        <translation>Overeenkomst: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Streefdatum: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Achieved: %1</source>
        <translation>Bereikt: %1</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Overeenkomsten</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Mijlpalen</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>Rows of the import were changed again meanwhile; the import was not undone.</source>
        <translation>Rijen van de import zijn intussen opnieuw gewijzigd; de import is niet ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>%1 %2 “%3”: %4 changed</source>
        <translation>%1 %2 “%3”: %4 gewijzigd</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Choose a CSV file</source>
        <translation>Kies een CSV-bestand</translation>
    </message>
    <message>
        <source>Partners, agreements with their parties, or milestones, as a spreadsheet saves them.</source>
        <translation>Partners, overeenkomsten met hun partijen, of mijlpalen, zoals een spreadsheet ze opslaat.</translation>
    </message>
    <message>
        <source>A .csv or .txt file</source>
        <translation>Een .csv- of .txt-bestand</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Herkennen</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Importeren:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profiel:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codering:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Scheidingsteken:</translation>
    </message>
    <message>
        <source>None (guess the columns)</source>
        <translation>Geen (kolommen raden)</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Kies het bestand om te importeren.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Bezig met lezen…</translation>
    </message>
    <message>
        <source>%1, %2-separated: %3 rows and %4 columns.</source>
        <translation>%1, gescheiden door %2: %3 rijen en %4 kolommen.</translation>
    </message>
    <message>
        <source>Match the columns to fields</source>
        <translation>Koppel de kolommen aan velden</translation>
    </message>
    <message>
        <source>Guessed from the column names; change any guess. The preview shows the first rows as Pactline will read them.</source>
        <translation>Geraden aan de hand van de kolomnamen; wijzig elke gok naar wens. Het voorbeeld toont de eerste rijen zoals Pactline ze zal lezen.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Voorbeelden</translation>
    </message>
    <message>
        <source>Save as profile…</source>
        <translation>Opslaan als profiel…</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Voorbeeld:</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(niet geïmporteerd)</translation>
    </message>
    <message>
        <source>Fields marked * are needed; every one has a column.</source>
        <translation>Velden met * zijn verplicht; elk ervan heeft een kolom.</translation>
    </message>
    <message>
        <source>Choose a column for %1.</source>
        <translation>Kies een kolom voor %1.</translation>
    </message>
    <message>
        <source>Match the partners</source>
        <translation>Koppel de partners</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In het bestand</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <source>Names that are already in the portfolio (by name or short name, ignoring case and accents) are not added again unless you say so.</source>
        <translation>Namen die al in de portfolio staan (op naam of korte naam, zonder op hoofdletters en accenten te letten) worden niet opnieuw toegevoegd, tenzij u dat aangeeft.</translation>
    </message>
    <message>
        <source>Each party is linked to the partner of that name or short name (ignoring case and accents), added as a new partner, or left out.</source>
        <translation>Elke partij wordt gekoppeld aan de partner met die naam of korte naam (zonder op hoofdletters en accenten te letten), toegevoegd als nieuwe partner, of weggelaten.</translation>
    </message>
    <message>
        <source>Choose one of %1 partners…</source>
        <translation>Kies een van %1 partners…</translation>
    </message>
    <message>
        <source>Already there: %1 — keep it</source>
        <translation>Al aanwezig: %1 — behouden</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>Koppelen aan %1</translation>
    </message>
    <message>
        <source>Add as another partner</source>
        <translation>Toevoegen als nog een partner</translation>
    </message>
    <message>
        <source>Add as a new partner</source>
        <translation>Toevoegen als nieuwe partner</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Weglaten</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Every row is checked before anything is imported; the import adds all rows or none.</source>
        <translation>Elke rij wordt gecontroleerd voordat er iets geïmporteerd wordt; de import voegt alle rijen toe of geen.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing can be imported until they are fixed in the file.</source>
        <translation>
            <numerusform>%n probleem: er kan niets geïmporteerd worden totdat het in het bestand is opgelost.</numerusform>
            <numerusform>%n problemen: er kan niets geïmporteerd worden totdat ze in het bestand zijn opgelost.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Er is niets te importeren.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Geen problemen gevonden.</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Importeren uit CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt *.tsv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Save import profile</source>
        <translation>Importprofiel opslaan</translation>
    </message>
    <message>
        <source>Name of the profile:</source>
        <translation>Naam van het profiel:</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Importeren uit CSV…</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Kan “%1” niet lezen: %2</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Importprofielen</translation>
    </message>
    <message>
        <source>Cannot read the portfolio</source>
        <translation>Kan de portfolio niet lezen</translation>
    </message>
    <message>
        <source>Import %1 from %2</source>
        <translation>%1 importeren uit %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import geannuleerd</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Er is niets geïmporteerd</translation>
    </message>
    <message>
        <source>The import was cancelled; the portfolio was left as it was.</source>
        <translation>De import is geannuleerd; de portfolio is gelaten zoals die was.</translation>
    </message>
    <message>
        <source>%1

The portfolio was left as it was.</source>
        <translation>%1

De portfolio is gelaten zoals die was.</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Import ongedaan maken</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of this import changed since it was imported. Delete them with the rest, keep them (and what they need) and remove the rest, or leave the import as it is?</source>
        <translation>
            <numerusform>%n rij van deze import is sinds het importeren gewijzigd. Die met de rest verwijderen, die bewaren (met wat ze nodig heeft) en de rest verwijderen, of de import laten zoals hij is?</numerusform>
            <numerusform>%n rijen van deze import zijn sinds het importeren gewijzigd. Die met de rest verwijderen, die bewaren (met wat ze nodig hebben) en de rest verwijderen, of de import laten zoals hij is?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Anyway</source>
        <translation>Toch verwijderen</translation>
    </message>
    <message>
        <source>Keep Changed Rows</source>
        <translation>Gewijzigde rijen bewaren</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systeemtaal</translation>
    </message>
    <message>
        <source>The language changes when Pactline starts again.</source>
        <translation>De taal verandert wanneer Pactline opnieuw start.</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Pactline's own icons (application, portfolio, zoom)</source>
        <translation>De eigen pictogrammen van Pactline (programma, portfolio, zoomen)</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>publiek domein</translation>
    </message>
    <message>
        <source>libpq, the PostgreSQL client library (Windows and macOS packages)</source>
        <translation>libpq, de clientbibliotheek van PostgreSQL (pakketten voor Windows en macOS)</translation>
    </message>
    <message>
        <source>PostgreSQL Licence</source>
        <translation>PostgreSQL-licentie</translation>
    </message>
    <message>
        <source>OpenSSL 3 (Windows and macOS packages)</source>
        <translation>OpenSSL 3 (pakketten voor Windows en macOS)</translation>
    </message>
    <message>
        <source>QtKeychain (Windows and macOS packages)</source>
        <translation>QtKeychain (pakketten voor Windows en macOS)</translation>
    </message>
    <message>
        <source>Notices for everything bundled</source>
        <translation>Kennisgevingen voor alles wat meegeleverd wordt</translation>
    </message>
    <message>
        <source>all of the above</source>
        <translation>alle bovenstaande</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licences:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Licenties:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenties</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Licentietekst</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>
Commands (run without a display):
</source>
        <translation>
Opdrachten (draaien zonder beeldscherm):
</translation>
    </message>
    <message>
        <source>
Run “pactline COMMAND --help” for a command's options.</source>
        <translation>
Voer “pactline OPDRACHT --help” uit voor de opties van een opdracht.</translation>
    </message>
    <message>
        <source>Pactline: partners, agreements and milestones of international collaborations.</source>
        <translation>Pactline: partners, overeenkomsten en mijlpalen van internationale samenwerkingen.</translation>
    </message>
    <message>
        <source>The portfolio to open (default: your own).</source>
        <translation>De portfolio die geopend wordt (standaard: uw eigen).</translation>
    </message>
    <message>
        <source>Give at most one portfolio file.
</source>
        <translation>Geef hoogstens één portfoliobestand.
</translation>
    </message>
    <message>
        <source>Pactline</source>
        <translation>Pactline</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Uitzoomen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The server of “%1” is not reachable; changes are paused until it is back. Retrying…
%2</source>
        <translation>De server van “%1” is niet bereikbaar; wijzigen is gepauzeerd tot hij terug is. Opnieuw proberen…
%2</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Nu opnieuw proberen</translation>
    </message>
    <message>
        <source>The server of “%1” is back; changes are saved again.</source>
        <translation>De server van “%1” is terug; wijzigingen worden weer opgeslagen.</translation>
    </message>
    <message>
        <source>Pactline portfolios (*.pactline);;All files (*)</source>
        <translation>Pactline-portfolio's (*.pactline);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>De wijziging kon niet worden aangebracht</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1</source>
        <translation>
            <numerusform>%n pagina geschreven naar %1</numerusform>
            <numerusform>%n pagina's geschreven naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No portfolio is open.

File ▸ New… creates one, File ▸ Open… opens one; you can also drop a .pactline file here.</source>
        <translation>Er is geen portfolio geopend.

Bestand ▸ Nieuw… maakt er een aan, Bestand ▸ Openen… opent er een; u kunt ook een .pactline-bestand hierheen slepen.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Overeenkomsten</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Mijlpalen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select a record to see and edit it here.</source>
        <translation>Selecteer een record om het hier te bekijken en te bewerken.</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Wijzigingsgeschiedenis</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geopend&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie opslaan als…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opn&amp;ieuw</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 opn&amp;ieuw</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Kolommen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>The Details pane opens when a record is selected.</source>
        <translation>Het detailpaneel opent wanneer een record geselecteerd wordt.</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>&amp;Wijzigingsgeschiedenis</translation>
    </message>
    <message>
        <source>Cannot open portfolio</source>
        <translation>Kan portfolio niet openen</translation>
    </message>
    <message>
        <source>New portfolio</source>
        <translation>Nieuwe portfolio</translation>
    </message>
    <message>
        <source>Cannot create portfolio</source>
        <translation>Kan portfolio niet aanmaken</translation>
    </message>
    <message>
        <source>Open portfolio</source>
        <translation>Portfolio openen</translation>
    </message>
    <message>
        <source>Save a copy of the portfolio</source>
        <translation>Een kopie van de portfolio opslaan</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Kan geen kopie opslaan</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Kopie opgeslagen als %1</translation>
    </message>
    <message>
        <source>No recent portfolios</source>
        <translation>Geen recente portfolio's</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Menu wissen</translation>
    </message>
    <message>
        <source>Pactline</source>
        <translation>Pactline</translation>
    </message>
    <message>
        <source>%1 (read-only) — Pactline</source>
        <translation>%1 (alleen-lezen) — Pactline</translation>
    </message>
    <message>
        <source>%1 — Pactline</source>
        <translation>%1 — Pactline</translation>
    </message>
    <message>
        <source>“%1” is read-only: you can look and search, but not change it. File ▸ Save a Copy As… makes a copy you can edit.</source>
        <translation>“%1” is alleen-lezen: u kunt kijken en zoeken, maar niets wijzigen. Bestand ▸ Kopie opslaan als… maakt een kopie die u kunt bewerken.</translation>
    </message>
    <message>
        <source>“%1” is also open in %2. What is changed there shows here as soon as it is saved; a change to the same record in both is refused, never overwritten.</source>
        <translation>“%1” is ook geopend in %2. Wat daar gewijzigd wordt, verschijnt hier zodra het opgeslagen is; een wijziging van hetzelfde record in beide wordt geweigerd, nooit overschreven.</translation>
    </message>
    <message>
        <source>No portfolio open</source>
        <translation>Geen portfolio geopend</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1 of %2 partners</source>
        <translation>%1 van %2 partners</translation>
    </message>
    <message>
        <source>%1 of %2 agreements</source>
        <translation>%1 van %2 overeenkomsten</translation>
    </message>
    <message>
        <source>%1 of %2 milestones</source>
        <translation>%1 van %2 mijlpalen</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 van %2 gebeurtenissen</translation>
    </message>
    <message>
        <source> (filtered)</source>
        <translation> (gefilterd)</translation>
    </message>
    <message>
        <source> · counting milestones…</source>
        <translation> · mijlpalen tellen…</translation>
    </message>
    <message>
        <source> · %1 overdue</source>
        <translation> · %1 achterstallig</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>De wijziging kon niet opgeslagen worden</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Opnieuw gedaan: %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Ongedaan gemaakt: %1</translation>
    </message>
    <message>
        <source>Changes not applied</source>
        <translation>Wijzigingen niet toegepast</translation>
    </message>
    <message>
        <source>“%1” has changes that are not applied yet.</source>
        <translation>“%1” heeft wijzigingen die nog niet zijn toegepast.</translation>
    </message>
    <message>
        <source>Apply writes them, Discard drops them, Cancel goes back to the form.</source>
        <translation>Toepassen schrijft ze weg, Verwerpen gooit ze weg, Annuleren gaat terug naar het formulier.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Kan niet verwijderen</translation>
    </message>
    <message>
        <source>Open the agreements it is party to?</source>
        <translation>De overeenkomsten openen waarbij deze partner partij is?</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Weergaven</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln milestone(s)</source>
        <translation>
            <numerusform> · %Ln mijlpaal</numerusform>
            <numerusform> · %Ln mijlpalen</numerusform>
        </translation>
    </message>
    <message>
        <source>They go to Edit ▸ Trash…; Edit ▸ Undo brings them back at once.</source>
        <translation>Ze gaan naar Bewerken ▸ Prullenbak…; Bewerken ▸ Ongedaan maken brengt ze meteen terug.</translation>
    </message>
    <message>
        <source>Portfolio on a network drive</source>
        <translation>Portfolio op een netwerkschijf</translation>
    </message>
    <message>
        <source>Save a copy on this computer and open that?</source>
        <translation>Een kopie op deze computer opslaan en die openen?</translation>
    </message>
    <message>
        <source>Someone else changed “%1” since it was shown here. Delete it anyway?</source>
        <translation>Iemand anders heeft “%1” gewijzigd sinds het hier werd getoond. Toch verwijderen?</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Verbinden met ser&amp;ver…</translation>
    </message>
    <message>
        <source>You may only read “%1”: your user on the server has the reader's role. Whoever runs the server can give you the editor's role.</source>
        <translation>U mag “%1” alleen lezen: uw gebruiker op de server heeft de rol van lezer. Wie de server beheert, kan u de rol van bewerker geven.</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was saved.</source>
        <translation>Het kopiëren is geannuleerd; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Publish to Server</source>
        <translation>Publiceren op server</translation>
    </message>
    <message>
        <source>The database must exist and be empty; the portfolio is copied into it whole, with its history, and opened there.</source>
        <translation>De database moet bestaan en leeg zijn; de portefeuille wordt er in zijn geheel, met zijn geschiedenis, naartoe gekopieerd en daar geopend.</translation>
    </message>
    <message>
        <source>Cannot publish to the server</source>
        <translation>Kan niet publiceren op de server</translation>
    </message>
    <message>
        <source>Publishing was cancelled; nothing was copied to the server.</source>
        <translation>Publiceren is geannuleerd; er is niets naar de server gekopieerd.</translation>
    </message>
    <message>
        <source>Published to %1; you are working on the server now.</source>
        <translation>Gepubliceerd op %1; u werkt nu op de server.</translation>
    </message>
    <message>
        <source>P&amp;ublish to Server…</source>
        <translation>P&amp;ubliceren op server…</translation>
    </message>
</context>
<context>
    <name>MappingProfiles</name>
    <message>
        <source>Cannot read the import profiles in “%1”: %2</source>
        <translation>Kan de importprofielen in “%1” niet lezen: %2</translation>
    </message>
    <message>
        <source>The import profiles in “%1” are damaged (%2); fix or remove the file.</source>
        <translation>De importprofielen in “%1” zijn beschadigd (%2); herstel of verwijder het bestand.</translation>
    </message>
    <message>
        <source>Cannot save the import profiles to “%1”: %2</source>
        <translation>Kan de importprofielen niet opslaan in “%1”: %2</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Merge Changes</source>
        <translation>Wijzigingen samenvoegen</translation>
    </message>
    <message numerus="yes">
        <source>Someone else changed “%1” while you were editing it, and changed %n field(s) you changed as well. Choose which value each keeps.</source>
        <translation>
            <numerusform>Iemand anders heeft “%1” gewijzigd terwijl u het bewerkte, en daarbij %n veld gewijzigd dat u ook wijzigde. Kies welke waarde het houdt.</numerusform>
            <numerusform>Iemand anders heeft “%1” gewijzigd terwijl u het bewerkte, en daarbij %n velden gewijzigd die u ook wijzigde. Kies per veld welke waarde het houdt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Oorspronkelijk: %1</translation>
    </message>
    <message>
        <source>Yours: %1</source>
        <translation>Van u: %1</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>Van de ander: %1</translation>
    </message>
    <message>
        <source>Taken from their change without asking: %1.</source>
        <translation>Zonder te vragen overgenomen uit de andere wijziging: %1.</translation>
    </message>
    <message>
        <source>All &amp;mine</source>
        <translation>Alles &amp;van mij</translation>
    </message>
    <message>
        <source>All &amp;theirs</source>
        <translation>Alles van de &amp;ander</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Could not upgrade the portfolio to version %1: %2</source>
        <translation>Kon de portfolio niet bijwerken naar versie %1: %2</translation>
    </message>
    <message>
        <source>row %1 of “%2” points to a missing row of “%3”</source>
        <translation>rij %1 van “%2” verwijst naar een ontbrekende rij van “%3”</translation>
    </message>
</context>
<context>
    <name>Milestone</name>
    <message>
        <source>A milestone needs a title, e.g. “Production facility in Lund ready”.</source>
        <translation>Een mijlpaal heeft een titel nodig, bijv. “Productiefaciliteit in Lund gereed”.</translation>
    </message>
    <message>
        <source>A milestone belongs to an agreement; choose one.</source>
        <translation>Een mijlpaal hoort bij een overeenkomst; kies er een.</translation>
    </message>
</context>
<context>
    <name>MilestoneForm</name>
    <message>
        <source>Open the agreement</source>
        <translation>De overeenkomst openen</translation>
    </message>
    <message>
        <source>Why the due date or status changed (kept in the history)</source>
        <translation>Waarom streefdatum of status wijzigde (komt in de geschiedenis)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Geschiedenis&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Agreement #%1</source>
        <translation>Overeenkomst #%1</translation>
    </message>
    <message>
        <source>due %1 → %2</source>
        <translation>streefdatum %1 → %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Geen wijzigingen vastgelegd.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>%1, by %2: %3</source>
        <translation>%1, door %2: %3</translation>
    </message>
</context>
<context>
    <name>MilestoneRepository</name>
    <message>
        <source>“%1” was changed again since; that change cannot be undone on its own.</source>
        <translation>“%1” is sindsdien opnieuw gewijzigd; die wijziging kan niet los ongedaan gemaakt worden.</translation>
    </message>
</context>
<context>
    <name>MilestoneTableModel</name>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — achterstallig</translation>
    </message>
    <message>
        <source>The milestone is no longer listed.</source>
        <translation>De mijlpaal staat niet meer in de lijst.</translation>
    </message>
</context>
<context>
    <name>NetworkDrive</name>
    <message>
        <source>“%1” is on a network drive, where SQLite cannot keep a portfolio safe while it is written, so Pactline only reads it there. Copy it to this computer to change it (File ▸ Save a Copy As…, or `pactline backup`).</source>
        <translation>“%1” staat op een netwerkschijf, waar SQLite een portfolio tijdens het schrijven niet veilig kan houden; Pactline leest het daar dus alleen. Kopieer het naar deze computer om het te wijzigen (Bestand ▸ Kopie opslaan als…, of `pactline backup`).</translation>
    </message>
</context>
<context>
    <name>NoticeOverlay</name>
    <message>
        <source>Click to put this message away</source>
        <translation>Klik om dit bericht weg te zetten</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>ParticipantListModel</name>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Taking part as</source>
        <translation>Neemt deel als</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Contact at %1</source>
        <translation>Contactpersoon bij %1</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <source>Type the name of a partner or a contact</source>
        <translation>Typ een partner of contactpersoon</translation>
    </message>
</context>
<context>
    <name>Partner</name>
    <message>
        <source>A partner needs a name, e.g. “Lund University”.</source>
        <translation>Een partner heeft een naam nodig, bijv. “Lund University”.</translation>
    </message>
    <message>
        <source>“%1” is not a country code: type the two-letter ISO code, e.g. NL or SE.</source>
        <translation>“%1” is geen landcode: typ de ISO-code van twee letters, bijv. NL of SE.</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <source>&lt;b&gt;Agreements&lt;/b&gt; (double-click to open)</source>
        <translation>&lt;b&gt;Overeenkomsten&lt;/b&gt; (dubbelklik om te openen)</translation>
    </message>
    <message>
        <source>Con&amp;tacts</source>
        <translation>&amp;Contactpersonen</translation>
    </message>
    <message>
        <source>Double-click, F2 or Enter edits a cell; Insert adds a contact, Delete removes the selected ones. Each change can be undone.</source>
        <translation>Dubbelklik, F2 of Enter bewerkt een cel; Insert voegt een contactpersoon toe, Delete verwijdert de geselecteerde. Elke wijziging kan ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <source>A&amp;dd contact</source>
        <translation>Toe&amp;voegen</translation>
    </message>
    <message>
        <source>Re&amp;move contact</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Contactpersoon toevoegen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Contactpersoon verwijderen</translation>
    </message>
    <message>
        <source>No portfolio is open.</source>
        <translation>Er is geen portfolio geopend.</translation>
    </message>
    <message>
        <source>Not a party to any agreement.</source>
        <translation>Bij geen enkele overeenkomst partij.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Overeenkomsten</translation>
    </message>
    <message>
        <source>&amp;Personal data</source>
        <translation>&amp;Persoonsgegevens</translation>
    </message>
    <message>
        <source>Export or erase what the portfolio holds about the selected person</source>
        <translation>Exporteer of wis wat de portefeuille over de gekozen persoon bewaart</translation>
    </message>
    <message>
        <source>Export Personal Data…</source>
        <translation>Persoonsgegevens exporteren…</translation>
    </message>
    <message>
        <source>Erase Person…</source>
        <translation>Persoon wissen…</translation>
    </message>
</context>
<context>
    <name>PartnerPicker</name>
    <message>
        <source>Type a partner's name</source>
        <translation>Typ een partnernaam</translation>
    </message>
</context>
<context>
    <name>PartnerRepository</name>
    <message>
        <source>There is already a partner called “%1” in %2; choose another name or edit that one.</source>
        <translation>Er is al een partner met de naam “%1” in %2; kies een andere naam of bewerk die partner.</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>geen land</translation>
    </message>
    <message numerus="yes">
        <source>This partner is a party to %n agreement(s): %1. Remove it from those agreements first.</source>
        <translation>
            <numerusform>Deze partner is partij bij %n overeenkomst: %1. Verwijder de partner eerst uit die overeenkomst.</numerusform>
            <numerusform>Deze partner is partij bij %n overeenkomsten: %1. Verwijder de partner eerst uit die overeenkomsten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>The partner is no longer listed.</source>
        <translation>De partner staat niet meer in de lijst.</translation>
    </message>
</context>
<context>
    <name>PartyListModel</name>
    <message>
        <source>%1 is a party already.</source>
        <translation>%1 is al een partij.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>Choose a partner from the list: type part of its name.</source>
        <translation>Kies een partner uit de lijst: typ een deel van de naam.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Give a file name for the PDF.</source>
        <translation>Geef een bestandsnaam voor de PDF.</translation>
    </message>
    <message>
        <source>“%1” is a folder; give a file name for the PDF.</source>
        <translation>“%1” is een map; geef een bestandsnaam voor de PDF.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>De map “%1” bestaat niet.</translation>
    </message>
    <message>
        <source>“%1” is read-only; the PDF cannot replace it.</source>
        <translation>“%1” is alleen-lezen; de PDF kan het niet vervangen.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan “%1” niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>PersonErasure</name>
    <message>
        <source>The person was erased, but another program is reading the portfolio, so a copy of the erased data is still in its write-ahead log (the “-wal” file). Close the other program and erase again, or close Pactline, to remove it.</source>
        <translation>De persoon is gewist, maar een ander programma leest de portefeuille, dus staat een kopie van de gewiste gegevens nog in het write-ahead-log (het “-wal”-bestand). Sluit het andere programma en wis opnieuw, of sluit Pactline, om die te verwijderen.</translation>
    </message>
    <message>
        <source>The portfolio is open read-only; nobody was erased.</source>
        <translation>De portefeuille is alleen-lezen geopend; er is niemand gewist.</translation>
    </message>
</context>
<context>
    <name>PersonalDataActions</name>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contactpersoon</translation>
    </message>
    <message>
        <source>event</source>
        <translation>bijeenkomst</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>overeenkomst</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>mijlpaal</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message numerus="yes">
        <source>Also delete these %n older copies</source>
        <translation>
            <numerusform>Ook deze %n oudere kopie verwijderen</numerusform>
            <numerusform>Ook deze %n oudere kopieën verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Persoonsgegevens exporteren</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Kon “%1” niet schrijven: %2</translation>
    </message>
    <message>
        <source>Exported the personal data of %1 to %2</source>
        <translation>De persoonsgegevens van %1 zijn geëxporteerd naar %2</translation>
    </message>
    <message>
        <source>Erase Person</source>
        <translation>Persoon wissen</translation>
    </message>
    <message>
        <source>The portfolio is open read-only; nobody can be erased from it.</source>
        <translation>De portefeuille is alleen-lezen geopend; er kan niemand uit gewist worden.</translation>
    </message>
    <message>
        <source>Erase %1 of %2 from this portfolio?</source>
        <translation>%1 van %2 uit deze portefeuille wissen?</translation>
    </message>
    <message numerus="yes">
        <source>Their contact record and their attendance at %n event(s) go, with the traces the portfolio keeps of them. This cannot be undone, and the undo history of this window is cleared.</source>
        <translation>
            <numerusform>Hun contactgegevens en hun aanwezigheid bij %n bijeenkomst verdwijnen, met de sporen die de portefeuille van hen bewaart. Dit kan niet ongedaan worden gemaakt, en de geschiedenis van Ongedaan maken in dit venster wordt gewist.</numerusform>
            <numerusform>Hun contactgegevens en hun aanwezigheid bij %n bijeenkomsten verdwijnen, met de sporen die de portefeuille van hen bewaart. Dit kan niet ongedaan worden gemaakt, en de geschiedenis van Ongedaan maken in dit venster wordt gewist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older copies of this portfolio (automatic backups and copies taken before upgrades) still hold them until they are deleted or rotate out.</source>
        <translation>
            <numerusform>%n oudere kopie van deze portefeuille (automatische back-ups en kopieën van vóór upgrades) bevat hen nog tot die verwijderd wordt of wegroteert.</numerusform>
            <numerusform>%n oudere kopieën van deze portefeuille (automatische back-ups en kopieën van vóór upgrades) bevatten hen nog tot ze verwijderd worden of wegroteren.</numerusform>
        </translation>
    </message>
    <message>
        <source>These copies could not be deleted:
%1</source>
        <translation>Deze kopieën konden niet worden verwijderd:
%1</translation>
    </message>
    <message>
        <source>Erased %1</source>
        <translation>%1 gewist</translation>
    </message>
    <message>
        <source>These records name them in their text and stay as they are. To change them, cancel and edit them first: an edit after the erasure keeps their old text in the history.
%1</source>
        <translation>Deze records noemen hen in hun tekst en blijven zoals ze zijn. Wilt u ze aanpassen, annuleer dan en pas ze eerst aan: een aanpassing na het wissen houdt hun oude tekst in de geschiedenis.
%1</translation>
    </message>
</context>
<context>
    <name>PortfolioCheck</name>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>De integriteitscontrole kon niet uitgevoerd worden: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integriteit: %1</translation>
    </message>
    <message>
        <source>The content check could not run: %1</source>
        <translation>De inhoudscontrole kon niet uitgevoerd worden: %1</translation>
    </message>
    <message>
        <source>The search indexes could not be checked: %1</source>
        <translation>De zoekindexen konden niet worden gecontroleerd: %1</translation>
    </message>
</context>
<context>
    <name>PortfolioCopy</name>
    <message>
        <source>“%1” is not empty; a copy goes only into a new portfolio.</source>
        <translation>“%1” is niet leeg; een kopie gaat alleen naar een nieuwe portfolio.</translation>
    </message>
    <message>
        <source>Row %1 of “%2” points to a row of “%3” that the source does not hold; run `pactline check` on the source.</source>
        <translation>Rij %1 van “%2” verwijst naar een rij van “%3” die de bron niet bevat; voer `pactline check` uit op de bron.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n value(s) that this version of Pactline no longer lets a portfolio hold, so it was not copied:
%2
Repair them (`pactline check --repair “%1”`) and copy it again.</source>
        <translation>
            <numerusform>“%1” bevat %n waarde die deze versie van Pactline niet meer in een portfolio toelaat, dus is het niet gekopieerd:
%2
Herstel die (`pactline check --repair “%1”`) en kopieer het opnieuw.</numerusform>
            <numerusform>“%1” bevat %n waarden die deze versie van Pactline niet meer in een portfolio toelaat, dus is het niet gekopieerd:
%2
Herstel die (`pactline check --repair “%1”`) en kopieer het opnieuw.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioJson</name>
    <message>
        <source>expected text</source>
        <translation>tekst verwacht</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <source>expected a positive whole number</source>
        <translation>positief geheel getal verwacht</translation>
    </message>
    <message>
        <source>“%1” is not a date code such as 2023-09-12, 2023-09, 2024-Q3, 2025-H2 or 2022</source>
        <translation>“%1” is geen datumcode zoals 2023-09-12, 2023-09, 2024-Q3, 2025-H2 of 2022</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>“%1” is geen van: %2</translation>
    </message>
    <message>
        <source>“%1” is not a time such as 2023-09-12T10:00:00.000Z</source>
        <translation>“%1” is geen tijdstip zoals 2023-09-12T10:00:00.000Z</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>lijst verwacht</translation>
    </message>
    <message>
        <source>expected a list of ids</source>
        <translation>lijst van id's verwacht</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>object verwacht</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>Geen geldige JSON bij byte %1: %2</translation>
    </message>
    <message>
        <source>This JSON is not a Pactline portfolio (its “format” is not “pactline-portfolio”).</source>
        <translation>Deze JSON is geen Pactline-portfolio (het “format” ervan is niet “pactline-portfolio”).</translation>
    </message>
    <message>
        <source>This portfolio file has format version %1; this Pactline reads version %2.</source>
        <translation>Dit portfoliobestand heeft formaatversie %1; deze Pactline leest versie %2.</translation>
    </message>
    <message>
        <source>The file refers to %1 #%2, which it does not contain.</source>
        <translation>Het bestand verwijst naar %1 #%2, dat het niet bevat.</translation>
    </message>
    <message>
        <source>Partner “%1”: %2</source>
        <translation>Partner “%1”: %2</translation>
    </message>
    <message>
        <source>Contact “%1”: %2</source>
        <translation>Contactpersoon “%1”: %2</translation>
    </message>
    <message>
        <source>Event “%1”: %2</source>
        <translation>Gebeurtenis “%1”: %2</translation>
    </message>
    <message>
        <source>Agreement “%1”: %2</source>
        <translation>Overeenkomst “%1”: %2</translation>
    </message>
    <message>
        <source>Agreement “%1” has a predecessor the file does not contain (or the predecessors form a loop).</source>
        <translation>Overeenkomst “%1” heeft een voorganger die het bestand niet bevat (of de voorgangers vormen een lus).</translation>
    </message>
    <message>
        <source>Milestone “%1”: %2</source>
        <translation>Mijlpaal “%1”: %2</translation>
    </message>
    <message>
        <source>%1 is used by another row too.</source>
        <translation>%1 wordt ook door een andere rij gebruikt.</translation>
    </message>
    <message>
        <source>refers to %1 #%2, which the file does not contain.</source>
        <translation>verwijst naar %1 #%2, dat het bestand niet bevat.</translation>
    </message>
    <message>
        <source>another partner in %1 has the same name.</source>
        <translation>een andere partner in %1 heeft dezelfde naam.</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>geen land</translation>
    </message>
    <message>
        <source>the predecessors go round in a circle.</source>
        <translation>de voorgangers vormen een kringloop.</translation>
    </message>
    <message>
        <source>milestone “%1”: its agreement has no id.</source>
        <translation>mijlpaal “%1”: de overeenkomst ervan heeft geen id.</translation>
    </message>
    <message>
        <source>milestone “%1”: %2</source>
        <translation>mijlpaal “%1”: %2</translation>
    </message>
</context>
<context>
    <name>PortfolioLock</name>
    <message>
        <source>another Pactline</source>
        <translation>een andere Pactline</translation>
    </message>
    <message>
        <source>another Pactline on %1</source>
        <translation>een andere Pactline op %1</translation>
    </message>
</context>
<context>
    <name>PortfolioReport</name>
    <message>
        <source>The whole portfolio</source>
        <translation>De hele portfolio</translation>
    </message>
    <message>
        <source>Portfolio report: %1</source>
        <translation>Portfoliorapport: %1</translation>
    </message>
    <message>
        <source>Agreements, partners and milestones as of %1</source>
        <translation>Overeenkomsten, partners en mijlpalen per %1</translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation>Portfoliorapport</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>Datum van het rapport</translation>
    </message>
    <message>
        <source>Agreements covered</source>
        <translation>Opgenomen overeenkomsten</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Opgesteld door</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>overeenkomst</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>overeenkomsten</translation>
    </message>
    <message>
        <source>partner involved</source>
        <translation>betrokken partner</translation>
    </message>
    <message>
        <source>partners involved</source>
        <translation>betrokken partners</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>landen</translation>
    </message>
    <message>
        <source>milestone achieved</source>
        <translation>mijlpaal bereikt</translation>
    </message>
    <message>
        <source>milestones achieved</source>
        <translation>mijlpalen bereikt</translation>
    </message>
    <message>
        <source>milestone still due</source>
        <translation>mijlpaal nog open</translation>
    </message>
    <message>
        <source>milestones still due</source>
        <translation>mijlpalen nog open</translation>
    </message>
    <message>
        <source>milestone overdue</source>
        <translation>mijlpaal achterstallig</translation>
    </message>
    <message>
        <source>milestones overdue</source>
        <translation>mijlpalen achterstallig</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>This report covers %1 with %2 in %3.</source>
        <translation>Dit rapport omvat %1 met %2 in %3.</translation>
    </message>
    <message>
        <source>%1 agreement</source>
        <translation>%1 overeenkomst</translation>
    </message>
    <message>
        <source>%1 agreements</source>
        <translation>%1 overeenkomsten</translation>
    </message>
    <message>
        <source>%1 partner</source>
        <translation>%1 partner</translation>
    </message>
    <message>
        <source>%1 partners</source>
        <translation>%1 partners</translation>
    </message>
    <message>
        <source>%1 country</source>
        <translation>%1 land</translation>
    </message>
    <message>
        <source>%1 countries</source>
        <translation>%1 landen</translation>
    </message>
    <message>
        <source>Of their milestones, %1 achieved and %2 still due</source>
        <translation>Van hun mijlpalen %1 bereikt en %2 nog open</translation>
    </message>
    <message>
        <source>%1 has been</source>
        <translation>is er %1</translation>
    </message>
    <message>
        <source>%1 have been</source>
        <translation>zijn er %1</translation>
    </message>
    <message>
        <source>%1 is</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 are</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>, %1 on %2.</source>
        <translation>, %1 op %2.</translation>
    </message>
    <message>
        <source>%1 of them overdue</source>
        <translation>waarvan %1 achterstallig</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Volgende mijlpaal</translation>
    </message>
    <message>
        <source>not dated</source>
        <translation>niet gedateerd</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>achterstallig</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>One lane per agreement, from its signing to its end or today. Milestones are drawn as bands over their period (a quarter, a year) or as diamonds on their day, coloured by status; earlier due dates of slipped milestones are shown as ghosts.</source>
        <translation>Eén baan per overeenkomst, van de ondertekening tot het einde of vandaag. Mijlpalen worden getekend als banden over hun periode (een kwartaal, een jaar) of als ruiten op hun dag, gekleurd naar status; eerdere streefdatums van verschoven mijlpalen worden als schimmen getoond.</translation>
    </message>
    <message>
        <source>Timeline of the agreements as of %1</source>
        <translation>Tijdlijn van de overeenkomsten per %1</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Overeenkomsten</translation>
    </message>
    <message>
        <source>Appendix: partners by country</source>
        <translation>Bijlage: partners per land</translation>
    </message>
    <message>
        <source>Every partner in the portfolio, with its contacts.</source>
        <translation>Elke partner in de portfolio, met de contactpersonen.</translation>
    </message>
    <message>
        <source>The partners of the agreements in this report, with their contacts.</source>
        <translation>De partners van de overeenkomsten in dit rapport, met hun contactpersonen.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>by %1</source>
        <translation>door %1</translation>
    </message>
    <message>
        <source>at “%1”</source>
        <translation>tijdens “%1”</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>to the portfolio on %1, %2.</source>
        <translation>aan de portfolio op %1, %2.</translation>
    </message>
    <message>
        <source>, already achieved %1</source>
        <translation>, al bereikt %1</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, streefdatum %1</translation>
    </message>
    <message>
        <source>, not yet dated</source>
        <translation>, nog niet gedateerd</translation>
    </message>
    <message>
        <source>New milestone:</source>
        <translation>Nieuwe mijlpaal:</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>Brought forward</source>
        <translation>Vervroegd</translation>
    </message>
    <message>
        <source>Slipped</source>
        <translation>Verschoven</translation>
    </message>
    <message>
        <source>from %1 to %2: %3.</source>
        <translation>van %1 naar %2: %3.</translation>
    </message>
    <message>
        <source>since %1: %2.</source>
        <translation>sinds %1: %2.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <source>(due %1): %2.</source>
        <translation>(streefdatum %1): %2.</translation>
    </message>
    <message>
        <source>Due %1:</source>
        <translation>Uiterlijk %1:</translation>
    </message>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>De periode begint op %1, na het einde op %2.</translation>
    </message>
    <message>
        <source>Progress report: %1, %2</source>
        <translation>Voortgangsrapport: %1, %2</translation>
    </message>
    <message>
        <source>What happened between %1 and %2</source>
        <translation>Wat er gebeurde tussen %1 en %2</translation>
    </message>
    <message>
        <source>Progress report, %1</source>
        <translation>Voortgangsrapport, %1</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Voortgangsrapport</translation>
    </message>
    <message>
        <source>agreement signed</source>
        <translation>overeenkomst ondertekend</translation>
    </message>
    <message>
        <source>agreements signed</source>
        <translation>overeenkomsten ondertekend</translation>
    </message>
    <message>
        <source>milestone achieved</source>
        <translation>mijlpaal bereikt</translation>
    </message>
    <message>
        <source>milestones achieved</source>
        <translation>mijlpalen bereikt</translation>
    </message>
    <message>
        <source>new milestone</source>
        <translation>nieuwe mijlpaal</translation>
    </message>
    <message>
        <source>new milestones</source>
        <translation>nieuwe mijlpalen</translation>
    </message>
    <message>
        <source>date slipped</source>
        <translation>datum verschoven</translation>
    </message>
    <message>
        <source>dates slipped</source>
        <translation>datums verschoven</translation>
    </message>
    <message>
        <source>overdue on %1</source>
        <translation>achterstallig op %1</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <source>Nothing was recorded for these agreements in this period, nothing was overdue at its end and nothing is due in the twelve months after it.</source>
        <translation>Er is in deze periode niets vastgelegd voor deze overeenkomsten, niets was achterstallig aan het einde ervan en niets moet in de twaalf maanden daarna bereikt worden.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Over dit rapport</translation>
    </message>
    <message>
        <source>Built from the portfolio's change history: agreements whose signing date falls between %1 and %2, and the milestones added, achieved, moved or otherwise changed in that time. Overdue and due dates are as they stood on %2; “due” looks ahead to %3.</source>
        <translation>Opgesteld uit de wijzigingsgeschiedenis van de portfolio: overeenkomsten waarvan de ondertekeningsdatum tussen %1 en %2 valt, en de mijlpalen die in die tijd zijn toegevoegd, bereikt, verplaatst of anderszins gewijzigd. Achterstallige mijlpalen en streefdatums zijn zoals ze op %2 stonden; “uiterlijk” kijkt vooruit tot %3.</translation>
    </message>
    <message>
        <source>, recorded by %1</source>
        <translation>, vastgelegd door %1</translation>
    </message>
    <message>
        <source>from %1 to %2 by %3 on %4: %5.</source>
        <translation>van %1 naar %2 door %3 op %4: %5.</translation>
    </message>
    <message>
        <source>since %1, set by %2: %3.</source>
        <translation>sinds %1, ingesteld door %2: %3.</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (kopie %2)</translation>
    </message>
    <message>
        <source>Select what to delete first.</source>
        <translation>Selecteer eerst wat u wilt verwijderen.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) cannot be deleted while party to agreements: %1. Remove them from those agreements first (in each agreement's parties), then delete them.</source>
        <translation>
            <numerusform>Deze partner kan niet verwijderd worden zolang hij partij is bij overeenkomsten: %1. Haal hem eerst uit die overeenkomsten (bij de partijen van elke overeenkomst) en verwijder hem daarna.</numerusform>
            <numerusform>%n partners kunnen niet verwijderd worden zolang ze partij zijn bij overeenkomsten: %1. Haal ze eerst uit die overeenkomsten (bij de partijen van elke overeenkomst) en verwijder ze daarna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete partner %1</source>
        <translation>Partner %1 verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n partner(s)</source>
        <translation>
            <numerusform>%n partner verwijderen</numerusform>
            <numerusform>%n partners verwijderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n partner(s)?</source>
        <translation>
            <numerusform>%n partner verwijderen?</numerusform>
            <numerusform>%n partners verwijderen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %n contact(s) go with them.</source>
        <translation>
            <numerusform>De contactpersoon gaat mee.</numerusform>
            <numerusform>De %n contactpersonen gaan mee.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete agreement %1</source>
        <translation>Overeenkomst %1 verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n agreement(s)</source>
        <translation>
            <numerusform>%n overeenkomst verwijderen</numerusform>
            <numerusform>%n overeenkomsten verwijderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, with %n milestone(s)</source>
        <translation>
            <numerusform>%1, met %n mijlpaal</numerusform>
            <numerusform>%1, met %n mijlpalen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n agreement(s)?</source>
        <translation>
            <numerusform>%n overeenkomst verwijderen?</numerusform>
            <numerusform>%n overeenkomsten verwijderen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %n milestone(s) and the history of each go with them.</source>
        <translation>
            <numerusform>De mijlpaal en de geschiedenis ervan gaan mee.</numerusform>
            <numerusform>De %n mijlpalen en de geschiedenis van elk ervan gaan mee.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete milestone %1</source>
        <translation>Mijlpaal %1 verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n milestone(s)</source>
        <translation>
            <numerusform>%n mijlpaal verwijderen</numerusform>
            <numerusform>%n mijlpalen verwijderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, with %n change(s) in its history</source>
        <translation>
            <numerusform>%1, met %n wijziging in de geschiedenis</numerusform>
            <numerusform>%1, met %n wijzigingen in de geschiedenis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n milestone(s)?</source>
        <translation>
            <numerusform>%n mijlpaal verwijderen?</numerusform>
            <numerusform>%n mijlpalen verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete event %1</source>
        <translation>Gebeurtenis %1 verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)</source>
        <translation>
            <numerusform>%n gebeurtenis verwijderen</numerusform>
            <numerusform>%n gebeurtenissen verwijderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, where %n agreement(s) were signed</source>
        <translation>
            <numerusform>%1, waar %n overeenkomst is ondertekend</numerusform>
            <numerusform>%1, waar %n overeenkomsten zijn ondertekend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)?</source>
        <translation>
            <numerusform>%n gebeurtenis verwijderen?</numerusform>
            <numerusform>%n gebeurtenissen verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Select what to duplicate first.</source>
        <translation>Selecteer eerst wat u wilt dupliceren.</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n partner(s)</source>
        <translation>
            <numerusform>%n partner dupliceren</numerusform>
            <numerusform>%n partners dupliceren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n agreement(s)</source>
        <translation>
            <numerusform>%n overeenkomst dupliceren</numerusform>
            <numerusform>%n overeenkomsten dupliceren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n milestone(s)</source>
        <translation>
            <numerusform>%n mijlpaal dupliceren</numerusform>
            <numerusform>%n mijlpalen dupliceren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n event(s)</source>
        <translation>
            <numerusform>%n gebeurtenis dupliceren</numerusform>
            <numerusform>%n gebeurtenissen dupliceren</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 dupliceren</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nieuwe partner</translation>
    </message>
    <message>
        <source>New partner %1</source>
        <translation>Nieuwe partner %1</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Partner toevoegen</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nieuwe overeenkomst</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Overeenkomst toevoegen</translation>
    </message>
    <message>
        <source>A milestone belongs to an agreement: select the agreement first (in Agreements, or filter the milestones by it), then add its milestones.</source>
        <translation>Een mijlpaal hoort bij een overeenkomst: selecteer eerst de overeenkomst (in Overeenkomsten, of filter de mijlpalen erop) en voeg dan de mijlpalen ervan toe.</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Nieuwe mijlpaal</translation>
    </message>
    <message>
        <source>Add milestone to %1</source>
        <translation>Mijlpaal toevoegen aan %1</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nieuwe gebeurtenis</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Gebeurtenis toevoegen</translation>
    </message>
    <message>
        <source>Choose a list first.</source>
        <translation>Kies eerst een lijst.</translation>
    </message>
    <message>
        <source>Add contact %1 to %2</source>
        <translation>Contactpersoon %1 toevoegen aan %2</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>Contactpersoon %1 bewerken</translation>
    </message>
    <message>
        <source>Rename contact %1 to %2</source>
        <translation>Contactpersoon %1 hernoemen naar %2</translation>
    </message>
    <message>
        <source>Edit the role of %1</source>
        <translation>De rol van %1 bewerken</translation>
    </message>
    <message>
        <source>Edit the e-mail of %1</source>
        <translation>Het e-mailadres van %1 bewerken</translation>
    </message>
    <message>
        <source>Edit the phone of %1</source>
        <translation>Het telefoonnummer van %1 bewerken</translation>
    </message>
    <message>
        <source>Edit the notes on %1</source>
        <translation>De notities bij %1 bewerken</translation>
    </message>
    <message>
        <source>Select the contacts to remove first.</source>
        <translation>Selecteer eerst de contactpersonen die u wilt verwijderen.</translation>
    </message>
    <message>
        <source>Remove contact %1</source>
        <translation>Contactpersoon %1 verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s)</source>
        <translation>
            <numerusform>%n contactpersoon verwijderen</numerusform>
            <numerusform>%n contactpersonen verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 takes part already.</source>
        <translation>%1 neemt al deel.</translation>
    </message>
    <message>
        <source>Add %1 to the participants of %2</source>
        <translation>%1 toevoegen aan de deelnemers van %2</translation>
    </message>
    <message>
        <source>Select the participants to remove first.</source>
        <translation>Selecteer eerst de deelnemers die u wilt verwijderen.</translation>
    </message>
    <message>
        <source>Remove %1 from the participants of %2</source>
        <translation>%1 verwijderen uit de deelnemers van %2</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s) of %1</source>
        <translation>
            <numerusform>%n deelnemer van %1 verwijderen</numerusform>
            <numerusform>%n deelnemers van %1 verwijderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, with %n contact(s)</source>
        <translation>
            <numerusform>%1, met %n contactpersoon</numerusform>
            <numerusform>%1, met %n contactpersonen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>Someone else changed this record since; the change was not undone or redone over theirs.</source>
        <translation>Iemand anders heeft dit record sindsdien gewijzigd; de wijziging is niet over die van hen heen ongedaan gemaakt of opnieuw gedaan.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>This record was changed elsewhere since you began editing it (%1). Your changes are still in the form: Apply merges them with it, Revert shows what is stored now.</source>
        <translation>Dit record is elders gewijzigd sinds u het begon te bewerken (%1). Uw wijzigingen staan nog in het formulier: Toepassen voegt ze ermee samen, Herstellen toont wat nu is opgeslagen.</translation>
    </message>
    <message>
        <source>Not applied: the server is not reachable. Your changes are still in the form; apply them once the server is back.</source>
        <translation>Niet toegepast: de server is niet bereikbaar. Uw wijzigingen staan nog in het formulier; pas ze toe zodra de server terug is.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>Write the changes (Ctrl+Return); Edit ▸ Undo takes them back</source>
        <translation>De wijzigingen wegschrijven (Ctrl+Return); Bewerken ▸ Ongedaan maken neemt ze terug</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Dit record bestaat niet meer.</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Niets geselecteerd.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Your changes were saved after someone else's change of this record.</source>
        <translation>Uw wijzigingen zijn opgeslagen na de wijziging van iemand anders in dit record.</translation>
    </message>
    <message>
        <source>Your changes were merged with someone else's change of %1, and saved.</source>
        <translation>Uw wijzigingen zijn samengevoegd met de wijziging van iemand anders in %1, en opgeslagen.</translation>
    </message>
    <message>
        <source>Not applied: someone else changed this record while you were editing it. Your changes are still in the form: Apply merges them again, Revert shows what is stored now.</source>
        <translation>Niet toegepast: iemand anders heeft dit record gewijzigd terwijl u het bewerkte. Uw wijzigingen staan nog in het formulier: Toepassen voegt ze opnieuw samen, Herstellen toont wat nu is opgeslagen.</translation>
    </message>
    <message>
        <source>%1 Your changes are still in the form: Apply merges them again, Revert shows what is stored now.</source>
        <translation>%1 Uw wijzigingen staan nog in het formulier: Toepassen voegt ze opnieuw samen, Herstellen toont wat nu is opgeslagen.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>%1 (not sortable)</source>
        <translation>%1 (niet sorteerbaar)</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>Deze kolom kan niet bewerkt worden.</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message>
        <source>Repair Values</source>
        <translation>Waarden herstellen</translation>
    </message>
    <message numerus="yes">
        <source>Not allowed in this portfolio: %n value(s). Choose what each becomes, or leave it as it is.</source>
        <translation>
            <numerusform>Niet toegestaan in deze portfolio: %n waarde. Kies wat die wordt, of laat die zoals ze is.</numerusform>
            <numerusform>Niet toegestaan in deze portfolio: %n waarden. Kies wat elke waarde wordt, of laat ze zoals ze is.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Laten zoals het is</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Toegestaan: %1</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Herstellen</translation>
    </message>
</context>
<context>
    <name>RepairOffer</name>
    <message>
        <source>&amp;Repair Values…</source>
        <translation>Waarden &amp;herstellen…</translation>
    </message>
    <message>
        <source>Choose allowed values for the values another program wrote that Pactline does not allow</source>
        <translation>Toegestane waarden kiezen voor de waarden die een ander programma schreef en die Pactline niet toestaat</translation>
    </message>
    <message>
        <source>Portfolio not upgraded</source>
        <translation>Portfolio niet bijgewerkt</translation>
    </message>
    <message>
        <source>This portfolio holds values this version of Pactline does not allow, so it was not upgraded. You can open it read-only as it is, or repair the values first.</source>
        <translation>Deze portfolio bevat waarden die deze versie van Pactline niet toestaat; daarom is ze niet bijgewerkt. U kunt ze alleen-lezen openen zoals ze is, of eerst de waarden herstellen.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <source>Repair…</source>
        <translation>Herstellen…</translation>
    </message>
    <message>
        <source>Cannot repair</source>
        <translation>Kan niet herstellen</translation>
    </message>
    <message>
        <source>The values chosen are repaired in one transaction in the file as it is; once no value is left that stops it, the file is upgraded and opens for editing. This cannot be undone in the window, as the upgrade follows the repair.</source>
        <translation>De gekozen waarden worden in één transactie hersteld in het bestand zoals het is; zodra er geen waarde meer is die het tegenhoudt, wordt het bestand bijgewerkt en geopend om te bewerken. Dit kan in het venster niet ongedaan gemaakt worden, omdat het bijwerken op het herstel volgt.</translation>
    </message>
    <message numerus="yes">
        <source>Not repaired: %n value(s). The portfolio was not upgraded, so it opens read-only.</source>
        <translation>
            <numerusform>Niet hersteld: %n waarde. De portfolio is niet bijgewerkt en wordt dus alleen-lezen geopend.</numerusform>
            <numerusform>Niet hersteld: %n waarden. De portfolio is niet bijgewerkt en wordt dus alleen-lezen geopend.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portfolio is open read-only.</source>
        <translation>De portfolio is alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>Repair Values</source>
        <translation>Waarden herstellen</translation>
    </message>
    <message>
        <source>Every value in the portfolio is allowed: there is nothing to repair.</source>
        <translation>Elke waarde in de portfolio is toegestaan: er valt niets te herstellen.</translation>
    </message>
    <message>
        <source>The values chosen are repaired in one transaction; Edit ▸ Undo puts them back.</source>
        <translation>De gekozen waarden worden in één transactie hersteld; Bewerken ▸ Ongedaan maken zet ze terug.</translation>
    </message>
</context>
<context>
    <name>RepairUndoCommand</name>
    <message numerus="yes">
        <source>Repair %n value(s)</source>
        <translation>
            <numerusform>%n waarde herstellen</numerusform>
            <numerusform>%n waarden herstellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <source>Write a portfolio report, an agreement summary or a progress report as a PDF</source>
        <translation>Een portfoliorapport, een samenvatting van een overeenkomst of een voortgangsrapport als PDF schrijven</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Open a portfolio first.</source>
        <translation>Open eerst een portfolio.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exporteren</translation>
    </message>
    <message>
        <source>Cannot make the report</source>
        <translation>Kan het rapport niet maken</translation>
    </message>
    <message>
        <source>Cannot write the PDF</source>
        <translation>Kan de PDF niet schrijven</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Kan niet afdrukken</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>Print Preview: %1</source>
        <translation>Afdrukvoorbeeld: %1</translation>
    </message>
    <message>
        <source>Cannot show the preview</source>
        <translation>Kan het voorbeeld niet tonen</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>There is no agreement with id %1 in this portfolio.</source>
        <translation>Er is geen overeenkomst met id %1 in deze portfolio.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Soort: %1</translation>
    </message>
    <message>
        <source>Partner: %1</source>
        <translation>Partner: %1</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>Land: %1</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <source>With overdue milestones</source>
        <translation>Met achterstallige mijlpalen</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>Zoeken: “%1”</translation>
    </message>
    <message>
        <source>The portfolio has no agreements yet: there is nothing to report.</source>
        <translation>De portfolio heeft nog geen overeenkomsten: er is niets te rapporteren.</translation>
    </message>
    <message>
        <source>No agreement matches the filter: there is nothing to report.</source>
        <translation>Geen enkele overeenkomst voldoet aan het filter: er is niets te rapporteren.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>The whole portfolio</source>
        <translation>De hele portfolio</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Any date: 2023-09-12, September 2023, Q3 2024, 2023</source>
        <translation>Elke datum: 2023-09-12, september 2023, Q3 2024, 2023</translation>
    </message>
    <message>
        <source>The current filter (nothing is filtered)</source>
        <translation>Het huidige filter (er wordt niets gefilterd)</translation>
    </message>
    <message>
        <source>The current filter: %1</source>
        <translation>Het huidige filter: %1</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport:</translation>
    </message>
    <message>
        <source>A&amp;greement:</source>
        <translation>&amp;Overeenkomst:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Agreements:</source>
        <translation>Overeenkomsten:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apier:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>A&amp;uteur:</translation>
    </message>
    <message>
        <source>The portfolio has no agreements to summarise.</source>
        <translation>De portfolio heeft geen overeenkomsten om samen te vatten.</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Van: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Tot: %1</translation>
    </message>
    <message>
        <source>The period starts after it ends: %1 is after %2.</source>
        <translation>De periode begint na het einde: %1 ligt na %2.</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>on %1</source>
        <translation>op %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Geen land</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>Portfolio report</source>
        <translation>Portfoliorapport</translation>
    </message>
    <message>
        <source>Agreement summary</source>
        <translation>Samenvatting overeenkomst</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Voortgangsrapport</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>The report could not be drawn on this device.</source>
        <translation>Het rapport kon niet op dit apparaat getekend worden.</translation>
    </message>
    <message>
        <source>The report could not start page %1.</source>
        <translation>Het rapport kon pagina %1 niet beginnen.</translation>
    </message>
    <message>
        <source>The report could not be finished.</source>
        <translation>Het rapport kon niet voltooid worden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>ReportTimeline</name>
    <message>
        <source>%1 (agreements %2–%3 of %4)</source>
        <translation>%1 (overeenkomsten %2–%3 van %4)</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>Someone else changed this record since you opened it, so your change was not written.</source>
        <translation>Iemand anders heeft dit record gewijzigd sinds u het opende, dus uw wijziging is niet weggeschreven.</translation>
    </message>
    <message>
        <source>Someone else changed this %1 (#%2) since you opened it; it was not deleted.</source>
        <translation>Iemand anders heeft deze %1 (#%2) gewijzigd sinds u die opende; die is niet verwijderd.</translation>
    </message>
    <message>
        <source>There is no %1 #%2 (it may have been deleted).</source>
        <translation>Er is geen %1 #%2 (misschien is die verwijderd).</translation>
    </message>
</context>
<context>
    <name>SamplePortfolio</name>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Kan de map “%1” niet aanmaken.</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>unexpected %1 “%2”</source>
        <translation>onverwachte %1 “%2”</translation>
    </message>
    <message>
        <source>%1 “%2” differs from Pactline's</source>
        <translation>%1 “%2” wijkt af van die van Pactline</translation>
    </message>
    <message>
        <source>missing %1 “%2”</source>
        <translation>ontbrekende %1 “%2”</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>Renders the main window on one view to a PNG, without a display.</source>
        <translation>Tekent het hoofdvenster met één weergave naar een PNG, zonder beeldscherm.</translation>
    </message>
    <message>
        <source>The view to show: partners, agreements, milestones, events or timeline.</source>
        <translation>De weergave die getoond wordt: partners, agreements, milestones, events of timeline.</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>Het PNG-bestand dat geschreven wordt.</translation>
    </message>
    <message>
        <source>Window size in pixels (default 1280x800).</source>
        <translation>Venstergrootte in pixels (standaard 1280x800).</translation>
    </message>
    <message>
        <source>The portfolio file (.pactline).</source>
        <translation>Het portfoliobestand (.pactline).</translation>
    </message>
    <message>
        <source>Give the PNG to write with -o OUT.png.</source>
        <translation>Geef de PNG die geschreven moet worden met -o OUT.png.</translation>
    </message>
    <message>
        <source>Usage: pactline </source>
        <translation>Gebruik: pactline </translation>
    </message>
    <message>
        <source>“%1” is not a window size: give WIDTHxHEIGHT in pixels between 480x320 and 4096x4096, e.g. 1280x800.</source>
        <translation>“%1” is geen venstergrootte: geef BREEDTExHOOGTE in pixels tussen 480x320 en 4096x4096, bijv. 1280x800.</translation>
    </message>
    <message>
        <source>“%1” is not a view; choose one of: %2.</source>
        <translation>“%1” is geen weergave; kies een van: %2.</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>Kon “%1” niet schrijven.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2x%3, view %4).</source>
        <translation>%1 geschreven (%2x%3, weergave %4).</translation>
    </message>
    <message>
        <source>Render the main window on a view (partners, agreements, milestones, events, timeline) to a PNG.</source>
        <translation>Het hoofdvenster met een weergave (partners, agreements, milestones, events, timeline) naar een PNG tekenen.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>“%1” is not a server address Pactline understands: %2</source>
        <translation>“%1” is geen serveradres dat Pactline begrijpt: %2</translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation>het begint niet met postgresql://</translation>
    </message>
    <message>
        <source>it holds a password, which Pactline never keeps in an address; leave it out and give it when asked</source>
        <translation>het bevat een wachtwoord, dat Pactline nooit in een adres bewaart; laat het weg en geef het wanneer erom gevraagd wordt</translation>
    </message>
    <message>
        <source>it names no server</source>
        <translation>het noemt geen server</translation>
    </message>
    <message>
        <source>it names no user (user@host)</source>
        <translation>het noemt geen gebruiker (gebruiker@host)</translation>
    </message>
    <message>
        <source>it names no database (host/database)</source>
        <translation>het noemt geen database (host/database)</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode moet een van deze zijn: %1</translation>
    </message>
    <message>
        <source>unknown setting “%1”</source>
        <translation>onbekende instelling “%1”</translation>
    </message>
</context>
<context>
    <name>ServerPasswords</name>
    <message>
        <source>The system keychain did not take the password (%1): it is kept until Pactline closes and asked for again next time.</source>
        <translation>De sleutelhanger van het systeem nam het wachtwoord niet aan (%1): het wordt bewaard tot Pactline sluit en de volgende keer opnieuw gevraagd.</translation>
    </message>
    <message>
        <source>The system keychain did not remove the password: %1</source>
        <translation>De sleutelhanger van het systeem verwijderde het wachtwoord niet: %1</translation>
    </message>
    <message>
        <source>asked from another thread</source>
        <translation>gevraagd vanuit een andere thread</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>The %1 table has no column “%2”.</source>
        <translation>De tabel %1 heeft geen kolom “%2”.</translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Kon de export niet schrijven: %1</translation>
    </message>
</context>
<context>
    <name>TextSearch</name>
    <message>
        <source>The SQLite library Pactline uses (version %1) has no full-text search (FTS5), which portfolios need for their search indexes. Install an SQLite built with FTS5 (Qt's own SQLite and Debian's have it).</source>
        <translation>De SQLite-bibliotheek die Pactline gebruikt (versie %1) heeft geen zoeken in volledige tekst (FTS5), dat portfolio’s nodig hebben voor hun zoekindexen. Installeer een SQLite met FTS5 (Qt's eigen SQLite en die van Debian hebben het).</translation>
    </message>
    <message>
        <source>The search index “%1” does not match the table “%2” (%3). Rebuild it with: sqlite3 “%4” "INSERT INTO %1 (%1) VALUES ('rebuild')"</source>
        <translation>De zoekindex “%1” komt niet overeen met de tabel “%2” (%3). Bouw hem opnieuw op met: sqlite3 “%4” "INSERT INTO %1 (%1) VALUES ('rebuild')"</translation>
    </message>
</context>
<context>
    <name>TimelineAxis</name>
    <message>
        <source>Q%1</source>
        <translation>K%1</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>a decade: 2020s</comment>
        <translation>jaren %1</translation>
    </message>
</context>
<context>
    <name>TimelineLayout</name>
    <message>
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <source>Earlier due date</source>
        <translation>Eerdere streefdatum</translation>
    </message>
    <message>
        <source>Several milestones</source>
        <translation>Meerdere mijlpalen</translation>
    </message>
    <message>
        <source>Agreement signed → end</source>
        <translation>Overeenkomst ondertekend → einde</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Agreements by %1</source>
        <translation>Overeenkomsten per %1</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Overeenkomsten</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n overeenkomst</numerusform>
            <numerusform>%n overeenkomsten</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1 undated</source>
        <translation>+%1 zonder datum</translation>
    </message>
    <message>
        <source>Due %1 · %2</source>
        <translation>Streefdatum %1 · %2</translation>
    </message>
    <message>
        <source> · overdue</source>
        <translation> · achterstallig</translation>
    </message>
    <message>
        <source>Achieved %1</source>
        <translation>Bereikt %1</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Geschiedenis:</translation>
    </message>
    <message>
        <source>%1 achieved, %2 open (%3 overdue), %4 missed or cancelled</source>
        <translation>%1 bereikt, %2 open (%3 achterstallig), %4 gemist of geannuleerd</translation>
    </message>
    <message>
        <source>Zoom in to see them one by one.</source>
        <translation>Zoom in om ze een voor een te zien.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation>Ondertekend %1</translation>
    </message>
    <message>
        <source>Ends %1</source>
        <translation>Eindigt %1</translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) without a due date</source>
        <translation>
            <numerusform>%n mijlpaal zonder streefdatum</numerusform>
            <numerusform>%n mijlpalen zonder streefdatum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n mijlpaal</numerusform>
            <numerusform>%n mijlpalen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s), %1 – %2</source>
        <translation>
            <numerusform>%n mijlpaal, %1 – %2</numerusform>
            <numerusform>%n mijlpalen, %1 – %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineRescheduleCommand</name>
    <message>
        <source>Move “%1” to %2</source>
        <translation>“%1” verplaatsen naar %2</translation>
    </message>
    <message>
        <source>The portfolio was closed; the milestone was not moved.</source>
        <translation>De portfolio is gesloten; de mijlpaal is niet verplaatst.</translation>
    </message>
    <message>
        <source>“%1” is now due %2, not %3; it was not moved.</source>
        <translation>“%1” heeft nu streefdatum %2, niet %3; de mijlpaal is niet verplaatst.</translation>
    </message>
    <message>
        <source>Moved on the timeline</source>
        <translation>Verplaatst op de tijdlijn</translation>
    </message>
    <message>
        <source>The move of “%1” was saved but its history could not be read back.</source>
        <translation>De verplaatsing van “%1” is opgeslagen, maar de geschiedenis ervan kon niet teruggelezen worden.</translation>
    </message>
    <message>
        <source>The portfolio was closed; the move cannot be undone.</source>
        <translation>De portfolio is gesloten; de verplaatsing kan niet ongedaan gemaakt worden.</translation>
    </message>
</context>
<context>
    <name>TimelineScene</name>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>planned %1 → %2</source>
        <translation>gepland %1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>, changed %1 by %2</source>
        <translation>, gewijzigd %1 door %2</translation>
    </message>
    <message>
        <source>, changed %1</source>
        <translation>, gewijzigd %1</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Geen groepering</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>TimelineSource</name>
    <message>
        <source>No partner</source>
        <translation>Geen partner</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Geen land</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Geen thema</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Group the lanes</source>
        <translation>De banen groeperen</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Groeperen op</translation>
    </message>
    <message>
        <source>Not grouped</source>
        <translation>Niet gegroepeerd</translation>
    </message>
    <message>
        <source>By partner</source>
        <translation>Op partner</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Op land</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>Op thema</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Op soort</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Op status</translation>
    </message>
    <message>
        <source>−</source>
        <comment>zoom out</comment>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>Uitzoomen (−, Ctrl+muiswiel)</translation>
    </message>
    <message>
        <source>+</source>
        <comment>zoom in</comment>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Inzoomen (+, Ctrl+muiswiel)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Alles passend</translation>
    </message>
    <message>
        <source>Show everything (Home)</source>
        <translation>Alles tonen (Home)</translation>
    </message>
    <message>
        <source>Fit selection</source>
        <translation>Selectie passend</translation>
    </message>
    <message>
        <source>Zoom to the selected milestone or agreement</source>
        <translation>Zoomen naar de geselecteerde mijlpaal of overeenkomst</translation>
    </message>
    <message>
        <source>&amp;PNG Image…</source>
        <translation>&amp;PNG-afbeelding…</translation>
    </message>
    <message>
        <source>Save the timeline as it is shown as a PNG image</source>
        <translation>De tijdlijn zoals getoond opslaan als PNG-afbeelding</translation>
    </message>
    <message>
        <source>&amp;SVG Drawing…</source>
        <translation>&amp;SVG-tekening…</translation>
    </message>
    <message>
        <source>Save the timeline as it is shown as an SVG drawing</source>
        <translation>De tijdlijn zoals getoond opslaan als SVG-tekening</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Save the timeline as it is shown as a PNG image or an SVG drawing</source>
        <translation>De tijdlijn zoals getoond opslaan als PNG-afbeelding of SVG-tekening</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Export the timeline as SVG</source>
        <translation>De tijdlijn exporteren als SVG</translation>
    </message>
    <message>
        <source>Export the timeline as PNG</source>
        <translation>De tijdlijn exporteren als PNG</translation>
    </message>
    <message>
        <source>timeline.%1</source>
        <translation>tijdlijn.%1</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Open a portfolio to see its timeline.</source>
        <translation>Open een portfolio om de tijdlijn ervan te zien.</translation>
    </message>
    <message>
        <source>No agreements match the filter.</source>
        <translation>Geen enkele overeenkomst voldoet aan het filter.</translation>
    </message>
    <message>
        <source>No agreements yet. Add one in Agreements (Ctrl+2, then Edit ▸ Add or Insert); its milestones then show here on their dates.</source>
        <translation>Nog geen overeenkomsten. Voeg er een toe in Overeenkomsten (Ctrl+2, dan Bewerken ▸ Toevoegen of Insert); de mijlpalen ervan verschijnen dan hier op hun datums.</translation>
    </message>
    <message>
        <source>Could not write %1; choose a folder you can write to.</source>
        <translation>Kon %1 niet schrijven; kies een map waarin u kunt schrijven.</translation>
    </message>
    <message>
        <source>The timeline could not be read from the portfolio.</source>
        <translation>De tijdlijn kon niet uit de portfolio gelezen worden.</translation>
    </message>
    <message>
        <source>Export the timeline as .png or .svg, not “.%1”.</source>
        <translation>Exporteer de tijdlijn als .png of .svg, niet als “.%1”.</translation>
    </message>
    <message>
        <source>Pactline timeline, %1 to %2</source>
        <translation>Pactline-tijdlijn, %1 tot %2</translation>
    </message>
    <message>
        <source>Reading the agreements…</source>
        <translation>De overeenkomsten worden gelezen…</translation>
    </message>
</context>
<context>
    <name>TrashActions</name>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Prullenbak…</translation>
    </message>
    <message>
        <source>Deleted records, to restore or to delete for good.</source>
        <translation>Verwijderde gegevens, om terug te zetten of definitief te verwijderen.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>With it</source>
        <translation>Ging mee</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation>&amp;Definitief verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>Prullenbak &amp;legen…</translation>
    </message>
    <message>
        <source>Deleted records stay here, with everything that went with them, until you restore them or empty the trash.</source>
        <translation>Verwijderde gegevens blijven hier, met alles wat ermee meeging, tot u ze terugzet of de prullenbak leegt.</translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contactpersoon %1</translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation>Overeenkomst %1</translation>
    </message>
    <message>
        <source>Milestone %1</source>
        <translation>Mijlpaal %1</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Gebeurtenis %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 en nog %n</numerusform>
            <numerusform>%1 en nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contactpersoon</numerusform>
            <numerusform>%n contactpersonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n party/parties</source>
        <translation>
            <numerusform>%n partij</numerusform>
            <numerusform>%n partijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n thema</numerusform>
            <numerusform>%n thema’s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n mijlpaal</numerusform>
            <numerusform>%n mijlpalen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone change(s)</source>
        <translation>
            <numerusform>%n mijlpaalwijziging</numerusform>
            <numerusform>%n mijlpaalwijzigingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event participation(s)</source>
        <translation>
            <numerusform>%n deelname aan een gebeurtenis</numerusform>
            <numerusform>%n deelnames aan gebeurtenissen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>Terugzetten mislukt</translation>
    </message>
    <message>
        <source>Delete %1 for good? This cannot be undone.</source>
        <translation>%1 definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Delete %1 for good, with %2? This cannot be undone.</source>
        <translation>%1 definitief verwijderen, met %2? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Definitief verwijderen</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Verwijderen mislukt</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Prullenbak legen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n deleted item(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Het %n verwijderde item in de prullenbak definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>De %n verwijderde items in de prullenbak definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not empty the trash</source>
        <translation>Legen van de prullenbak mislukt</translation>
    </message>
</context>
<context>
    <name>TrashRepository</name>
    <message>
        <source>the partner %1</source>
        <translation>de partner %1</translation>
    </message>
    <message>
        <source>the contact %1</source>
        <translation>de contactpersoon %1</translation>
    </message>
    <message>
        <source>the agreement %1</source>
        <translation>de overeenkomst %1</translation>
    </message>
    <message>
        <source>the milestone %1</source>
        <translation>de mijlpaal %1</translation>
    </message>
    <message>
        <source>the event %1</source>
        <translation>de gebeurtenis %1</translation>
    </message>
    <message>
        <source>the theme %1</source>
        <translation>het thema %1</translation>
    </message>
    <message>
        <source>%1 cannot be deleted while it is used by %2.</source>
        <translation>%1 kan niet worden verwijderd zolang %2 ernaar verwijst.</translation>
    </message>
    <message>
        <source>That entry is no longer in the trash.</source>
        <translation>Dat item staat niet meer in de prullenbak.</translation>
    </message>
    <message>
        <source>%1 cannot come back without %2, which is in the trash too: restore that first.</source>
        <translation>%1 kan niet terug zonder %2, dat ook in de prullenbak staat: zet dat eerst terug.</translation>
    </message>
    <message>
        <source>%1 cannot come back: %2, which it needs, has been deleted for good since.</source>
        <translation>%1 kan niet terug: %2, dat het nodig heeft, is inmiddels definitief verwijderd.</translation>
    </message>
    <message>
        <source>%1 cannot come back: %2</source>
        <translation>%1 kan niet terug: %2</translation>
    </message>
    <message>
        <source>%1 cannot come back: a record added since has the same name (%2). Rename that one first.</source>
        <translation>%1 kan niet terug: een sindsdien toegevoegd record heeft dezelfde naam (%2). Geef dat eerst een andere naam.</translation>
    </message>
</context>
<context>
    <name>UndoRecordWriter</name>
    <message>
        <source>Edit %1 of partner “%2”</source>
        <translation>%1 van partner “%2” bewerken</translation>
    </message>
    <message>
        <source>Edit %1 of agreement “%2”</source>
        <translation>%1 van overeenkomst “%2” bewerken</translation>
    </message>
    <message>
        <source>Edit %1 of milestone “%2”</source>
        <translation>%1 van mijlpaal “%2” bewerken</translation>
    </message>
    <message>
        <source>Edit %1 of event “%2”</source>
        <translation>%1 van gebeurtenis “%2” bewerken</translation>
    </message>
</context>
<context>
    <name>UpgradeProgress</name>
    <message>
        <source>Upgrading Portfolio</source>
        <translation>Portefeuille bijwerken</translation>
    </message>
    <message>
        <source>Upgrading “%1” to this version of Pactline. A copy of it as it is comes first (%2).</source>
        <translation>“%1” wordt bijgewerkt naar deze versie van Pactline. Eerst komt er een kopie van zoals het nu is (%2).</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Pactline User Guide</source>
        <translation>Handleiding van Pactline</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
</context>
</TS>