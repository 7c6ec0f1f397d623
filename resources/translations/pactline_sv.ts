<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv">
<context>
    <name>Agreement</name>
    <message>
        <source>An agreement needs a title, e.g. “Declaration of intent on ATMP”.</source>
        <translation>Ett avtal behöver en titel, t.ex. ”Avsiktsförklaring om ATMP”.</translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2); type an end on or after the start.</source>
        <translation>Slutet (%1) ligger före starten (%2); ange ett slut på eller efter starten.</translation>
    </message>
    <message>
        <source>Every party must be a partner; choose one from the list.</source>
        <translation>Varje part måste vara en partner; välj en i listan.</translation>
    </message>
    <message>
        <source>A partner is listed twice among the parties.</source>
        <translation>En partner finns två gånger bland parterna.</translation>
    </message>
    <message>
        <source>An agreement cannot be its own predecessor.</source>
        <translation>Ett avtal kan inte vara sin egen föregångare.</translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Add &amp;party</source>
        <translation>Lägg till &amp;part</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>Ta bort part</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milstolpar</translation>
    </message>
    <message>
        <source>Add &amp;milestone</source>
        <translation>Lägg till m&amp;ilstolpe</translation>
    </message>
    <message>
        <source>Delete milestone</source>
        <translation>Ta bort milstolpe</translation>
    </message>
    <message>
        <source>Slip history of the selected milestone</source>
        <translation>Förskjutningshistorik för den markerade milstolpen</translation>
    </message>
    <message>
        <source>No event</source>
        <translation>Ingen händelse</translation>
    </message>
    <message>
        <source>Event #%1</source>
        <translation>Händelse #%1</translation>
    </message>
    <message>
        <source>Type a partner's name in the field next to “Add party”, then add it.</source>
        <translation>Skriv en partners namn i fältet bredvid ”Lägg till part” och lägg sedan till den.</translation>
    </message>
    <message>
        <source>There is no partner “%1”; pick one from the list as you type.</source>
        <translation>Det finns ingen partner ”%1”; välj en i listan medan du skriver.</translation>
    </message>
    <message>
        <source>Select a milestone to see how its due date and status changed.</source>
        <translation>Markera en milstolpe för att se hur dess måldatum och status har ändrats.</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Inga ändringar registrerade.</translation>
    </message>
</context>
<context>
    <name>AgreementReport</name>
    <message>
        <source>Agreement summary: %1</source>
        <translation>Avtalssammanfattning: %1</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, per %2</translation>
    </message>
    <message>
        <source>Agreement summary</source>
        <translation>Avtalssammanfattning</translation>
    </message>
    <message>
        <source>The agreement and its milestones on the timeline, as of %1</source>
        <translation>Avtalet och dess milstolpar på tidslinjen, per %1</translation>
    </message>
</context>
<context>
    <name>AgreementRepository</name>
    <message>
        <source>Agreements cannot be grouped by “%1”; use partner, country, theme, kind or status.</source>
        <translation>Avtal kan inte grupperas efter ”%1”; använd partner, land, tema, typ eller status.</translation>
    </message>
</context>
<context>
    <name>AgreementSection</name>
    <message>
        <source> and </source>
        <translation> och </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <source>%1, changed on %2</source>
        <translation>%1, ändrad den %2</translation>
    </message>
    <message>
        <source>%1, changed on %2: %3</source>
        <translation>%1, ändrad den %2: %3</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation>%1, vid %2</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <source>open start</source>
        <translation>öppen start</translation>
    </message>
    <message>
        <source>open end</source>
        <translation>öppet slut</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Löptid</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Följer på</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Parties and roles</source>
        <translation>Parter och roller</translation>
    </message>
    <message>
        <source>No parties recorded yet.</source>
        <translation>Inga parter registrerade än.</translation>
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
        <translation>Roll</translation>
    </message>
    <message>
        <source>Milestone reached</source>
        <translation>Uppnådd milstolpe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Uppnådd</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Milestone still due</source>
        <translation>Återstående milstolpe</translation>
    </message>
    <message>
        <source>Milestone missed or cancelled</source>
        <translation>Ej uppnådd eller avbruten milstolpe</translation>
    </message>
    <message>
        <source>not dated</source>
        <translation>ej daterad</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milstolpar</translation>
    </message>
    <message>
        <source>No milestones recorded yet.</source>
        <translation>Inga milstolpar registrerade än.</translation>
    </message>
    <message>
        <source>Milestones reached</source>
        <translation>Uppnådda milstolpar</translation>
    </message>
    <message>
        <source>Milestones still due</source>
        <translation>Återstående milstolpar</translation>
    </message>
    <message>
        <source>Milestones missed or cancelled</source>
        <translation>Ej uppnådda eller avbrutna milstolpar</translation>
    </message>
    <message>
        <source>Slips</source>
        <translation>Förskjutningar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>%1, changed by %2 on %3</source>
        <translation>%1, ändrad av %2 den %3</translation>
    </message>
    <message>
        <source>%1, changed by %2 on %3: %4</source>
        <translation>%1, ändrad av %2 den %3: %4</translation>
    </message>
</context>
<context>
    <name>AgreementTableModel</name>
    <message>
        <source>The agreement is no longer listed.</source>
        <translation>Avtalet finns inte längre i listan.</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation>Det går inte att skapa säkerhetskopieringsmappen ”%1”.</translation>
    </message>
    <message>
        <source>Cannot write in the backup folder “%1”: %2</source>
        <translation>Det går inte att skriva i säkerhetskopieringsmappen ”%1”: %2</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>Säkerhetskopian kan inte återställas: %1</translation>
    </message>
    <message>
        <source>The portfolio as it is now could not be kept as a backup, so nothing was restored: %1</source>
        <translation>Portföljen i sitt nuvarande skick kunde inte sparas som säkerhetskopia, så ingenting återställdes: %1</translation>
    </message>
    <message>
        <source>Cannot read the backup “%1”: %2</source>
        <translation>Det går inte att läsa säkerhetskopian ”%1”: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Det går inte att skriva ”%1”: %2</translation>
    </message>
    <message>
        <source>Could not copy the backup to “%1”; the portfolio was left as it was.</source>
        <translation>Det gick inte att kopiera säkerhetskopian till ”%1”; portföljen lämnades som den var.</translation>
    </message>
    <message>
        <source>Could not put the restored portfolio in place: %1</source>
        <translation>Det gick inte att sätta den återställda portföljen på plats: %1</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Backups…</source>
        <translation>Säker&amp;hetskopior…</translation>
    </message>
    <message>
        <source>The automatic backups of this portfolio: how many to keep, back up now, restore.</source>
        <translation>Portföljens automatiska säkerhetskopior: hur många som ska sparas, säkerhetskopiera nu, återställ.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Den automatiska säkerhetskopieringen misslyckades: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Säkerhetskopierad till %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>“%1” is not one of Pactline's automatic backups.</source>
        <translation>”%1” är inte någon av Pactlines automatiska säkerhetskopior.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <source>“%1” is an automatic backup of “%2”, taken %3.

Restore “%2” to how it was then? Its present state is kept as a backup first, so you can go back.</source>
        <translation>”%1” är en automatisk säkerhetskopia av ”%2”, tagen %3.

Vill du återställa ”%2” till hur den var då? Det nuvarande skicket sparas först som en säkerhetskopia, så att du kan gå tillbaka.</translation>
    </message>
    <message>
        <source>Restored “%1” from the backup of %2.</source>
        <translation>”%1” har återställts från säkerhetskopian från %2.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups of %1</source>
        <translation>Säkerhetskopior av %1</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> säkerhetskopior</translation>
    </message>
    <message>
        <source>none (no automatic backups)</source>
        <translation>inga (inga automatiska säkerhetskopior)</translation>
    </message>
    <message>
        <source>Keep the newest:</source>
        <translation>Spara de nyaste:</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Återställ…</translation>
    </message>
    <message>
        <source>A backup is taken when the portfolio opens and its newest backup is more than a day old.</source>
        <translation>En säkerhetskopia tas när portföljen öppnas och dess senaste säkerhetskopia är mer än ett dygn gammal.</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>I %1</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>“%1” already exists; Pactline does not overwrite files.</source>
        <translation>”%1” finns redan; Pactline skriver inte över filer.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Mappen ”%1” finns inte.</translation>
    </message>
    <message>
        <source>Could not write a copy to “%1”: %2</source>
        <translation>Det gick inte att skriva en kopia till ”%1”: %2</translation>
    </message>
    <message>
        <source>Could not put the copy in place as “%1” (does it exist now?).</source>
        <translation>Det gick inte att sätta kopian på plats som ”%1” (finns den nu?).</translation>
    </message>
</context>
<context>
    <name>BulkRepository</name>
    <message>
        <source>Stopped; nothing was changed.</source>
        <translation>Avbrutet; ingenting ändrades.</translation>
    </message>
    <message>
        <source>%1 (%2 rows from “%3” on): %4</source>
        <translation>%1 (%2 rader från och med ”%3”): %4</translation>
    </message>
    <message>
        <source>%1 (from “%2” on): %3</source>
        <translation>%1 (från och med ”%2”): %3</translation>
    </message>
    <message>
        <source>Partner “%1”: %2</source>
        <translation>Partner ”%1”: %2</translation>
    </message>
    <message>
        <source>Agreement “%1”: %2</source>
        <translation>Avtal ”%1”: %2</translation>
    </message>
    <message>
        <source>Milestone “%1”: %2</source>
        <translation>Milstolpe ”%1”: %2</translation>
    </message>
</context>
<context>
    <name>CellValue</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <source>“%1” is not a %2; choose one of: %3.</source>
        <translation>”%1” är inte en %2; välj något av: %3.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Writes a consistent copy of a portfolio, also while Pactline has it open. Never overwrites OUT.</source>
        <translation>Skriver en konsekvent kopia av en portfölj, även medan Pactline har den öppen. Skriver aldrig över OUT.</translation>
    </message>
    <message>
        <source>The copy to write.</source>
        <translation>Kopian som ska skrivas.</translation>
    </message>
    <message>
        <source>The portfolio to copy (.pactline).</source>
        <translation>Portföljen som ska kopieras (.pactline).</translation>
    </message>
    <message>
        <source>Usage: pactline </source>
        <translation>Användning: pactline </translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>%1 säkerhetskopierades till %2.</translation>
    </message>
    <message>
        <source>Write a consistent copy of a portfolio (never overwrites OUT).</source>
        <translation>Skriv en konsekvent kopia av en portfölj (skriver aldrig över OUT).</translation>
    </message>
    <message>
        <source>The portfolio file to check.</source>
        <translation>Portföljfilen som ska kontrolleras.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found:</source>
        <translation>
            <numerusform>%1: %n problem hittades:</numerusform>
            <numerusform>%1: %n problem hittades:</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Visar den här hjälpen.</translation>
    </message>
    <message>
        <source>Exports a table as CSV (--table), the whole portfolio as JSON, or its milestones and events as iCalendar (.ics). Reads the portfolio without changing it.</source>
        <translation>Exporterar en tabell som CSV (--table), hela portföljen som JSON eller dess milstolpar och händelser som iCalendar (.ics). Läser portföljen utan att ändra den.</translation>
    </message>
    <message>
        <source>csv, json or ics.</source>
        <translation>csv, json eller ics.</translation>
    </message>
    <message>
        <source>For CSV: partners, agreements, milestones or events.</source>
        <translation>För CSV: partners, agreements, milestones eller events.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Filen som ska skrivas.</translation>
    </message>
    <message>
        <source>The portfolio to export (.pactline).</source>
        <translation>Portföljen som ska exporteras (.pactline).</translation>
    </message>
    <message>
        <source>CSV needs --table; JSON and ics export the whole portfolio.</source>
        <translation>CSV kräver --table; JSON och ics exporterar hela portföljen.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Det går inte att skriva ”%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1</source>
        <translation>
            <numerusform>%n rad av %1</numerusform>
            <numerusform>%n rader av %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the portfolio as JSON</source>
        <translation>portföljen som JSON</translation>
    </message>
    <message>
        <source>the milestones and events as iCalendar</source>
        <translation>milstolparna och händelserna som iCalendar</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Det gick inte att skriva ”%1”: %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Exporterade %1 till %2.</translation>
    </message>
    <message>
        <source>Export a table as CSV, the portfolio as JSON, or milestones and events as iCalendar.</source>
        <translation>Exportera en tabell som CSV, portföljen som JSON eller milstolpar och händelser som iCalendar.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Det går inte att läsa ”%1”: %2</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at byte %3.</source>
        <translation>%1 är inte JSON: %2 vid byte %3.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ingenting importerades.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%n problem; ingenting importerades.</numerusform>
            <numerusform>%n problem; ingenting importerades.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 partners, %2 contacts, %3 events, %4 agreements, %5 milestones</source>
        <translation>%1 partner, %2 kontaktpersoner, %3 händelser, %4 avtal, %5 milstolpar</translation>
    </message>
    <message>
        <source>Dry run: %1 is valid and would add %2; nothing was written.</source>
        <translation>Provkörning: %1 är giltig och skulle lägga till %2; ingenting skrevs.</translation>
    </message>
    <message>
        <source>Imported %1 from %2 into %3.</source>
        <translation>Importerade %1 från %2 till %3.</translation>
    </message>
    <message>
        <source>There is no import profile “%1”; profiles: %2.</source>
        <translation>Det finns ingen importprofil ”%1”; profiler: %2.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>inga än</translation>
    </message>
    <message>
        <source>The profile “%1” is for %2, not %3.</source>
        <translation>Profilen ”%1” är för %2, inte %3.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(importeras inte)</translation>
    </message>
    <message>
        <source>%1: %2, %3-separated, %4 rows; columns: %5</source>
        <translation>%1: %2, avgränsad med %3, %4 rader; kolumner: %5</translation>
    </message>
    <message>
        <source>partner “%1”: not in the portfolio; a new partner is added.</source>
        <translation>partner ”%1”: finns inte i portföljen; en ny partner läggs till.</translation>
    </message>
    <message>
        <source>partner “%1”: left out.</source>
        <translation>partner ”%1”: utelämnas.</translation>
    </message>
    <message>
        <source>partner “%1”: linked to partner #%2.</source>
        <translation>partner ”%1”: kopplad till partner #%2.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… och %1 till.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported.</source>
        <translation>
            <numerusform>%n problem i %1; ingenting importerades.</numerusform>
            <numerusform>%n problem i %1; ingenting importerades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 Nothing was written.</source>
        <translation>Provkörning: %1 Ingenting skrevs.</translation>
    </message>
    <message>
        <source>Imported into %1: %2</source>
        <translation>Importerat till %1: %2</translation>
    </message>
    <message>
        <source>Imports partners, agreements or milestones from a CSV file, or a whole portfolio from JSON. Every row is checked first; then all rows are imported in one transaction, or none. Exit 0: imported, 1: invalid rows (nothing imported), 2: unreadable input.</source>
        <translation>Importerar partner, avtal eller milstolpar från en CSV-fil, eller en hel portfölj från JSON. Varje rad kontrolleras först; sedan importeras alla rader i en enda transaktion, eller ingen. Slutkod 0: importerat, 1: ogiltiga rader (ingenting importerat), 2: oläsbar indata.</translation>
    </message>
    <message>
        <source>Import partners from CSV.</source>
        <translation>Importera partner från CSV.</translation>
    </message>
    <message>
        <source>Import agreements with their parties from CSV.</source>
        <translation>Importera avtal med deras parter från CSV.</translation>
    </message>
    <message>
        <source>Import milestones from CSV; agreements they name that are not in the portfolio are added.</source>
        <translation>Importera milstolpar från CSV; avtal som de namnger och som inte finns i portföljen läggs till.</translation>
    </message>
    <message>
        <source>Import a whole portfolio (Pactline JSON).</source>
        <translation>Importera en hel portfölj (Pactline-JSON).</translation>
    </message>
    <message>
        <source>Map the columns with a saved import profile.</source>
        <translation>Mappa kolumnerna med en sparad importprofil.</translation>
    </message>
    <message>
        <source>Check and report only; write nothing.</source>
        <translation>Kontrollera och rapportera bara; skriv ingenting.</translation>
    </message>
    <message>
        <source>Parties that are not in the portfolio: create (default) or skip.</source>
        <translation>Parter som inte finns i portföljen: create (skapa, standard) eller skip (hoppa över).</translation>
    </message>
    <message>
        <source>The portfolio to import into (.pactline).</source>
        <translation>Portföljen som det ska importeras till (.pactline).</translation>
    </message>
    <message>
        <source>Give exactly one of --partners, --agreements, --milestones or --json (--profile is for CSV).</source>
        <translation>Ange exakt en av --partners, --agreements, --milestones eller --json (--profile gäller CSV).</translation>
    </message>
    <message>
        <source>Import partners, agreements or milestones from CSV, or a portfolio from JSON: all rows or none (exit 1: invalid rows, 2: unreadable input).</source>
        <translation>Importera partner, avtal eller milstolpar från CSV, eller en portfölj från JSON: alla rader eller ingen (slutkod 1: ogiltiga rader, 2: oläsbar indata).</translation>
    </message>
    <message>
        <source>Creates a new portfolio file.</source>
        <translation>Skapar en ny portföljfil.</translation>
    </message>
    <message>
        <source>Fill it with the sample portfolio.</source>
        <translation>Fyll den med exempelportföljen.</translation>
    </message>
    <message>
        <source>The portfolio file to create (.pactline).</source>
        <translation>Portföljfilen som ska skapas (.pactline).</translation>
    </message>
    <message>
        <source>Could not fill the sample in: %1</source>
        <translation>Det gick inte att fylla i exemplet: %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Skapade %1</translation>
    </message>
    <message>
        <source> with the sample portfolio</source>
        <translation> med exempelportföljen</translation>
    </message>
    <message>
        <source>Create a portfolio, empty or with the sample in it; never overwrites.</source>
        <translation>Skapa en portfölj, tom eller med exemplet i; skriver aldrig över.</translation>
    </message>
    <message>
        <source>Writes a PDF report of a portfolio: the whole portfolio (default), one agreement (--agreement ID), or the progress between two dates (--kind progress; default period: the last twelve months). Dates take any form Pactline reads (“2023-09-12”, “September 2023”, “Q3 2024”, “2022”): --from starts on the first day of its period, --to ends on the last. The file appears only once the whole report is written.
Exit 0: written; 1: nothing to report (no agreements) or the portfolio could not be read through; 2: usage error, unreadable portfolio, unknown agreement or unwritable output.</source>
        <translation>Skriver en PDF-rapport över en portfölj: hela portföljen (standard), ett avtal (--agreement ID) eller utvecklingen mellan två datum (--kind progress; standardperiod: de senaste tolv månaderna). Datum kan anges i alla former som Pactline läser (”2023-09-12”, ”september 2023”, ”Q3 2024”, ”2022”): --from börjar på den första dagen i sin period, --to slutar på den sista. Filen dyker upp först när hela rapporten är skriven.
Slutkod 0: skriven; 1: inget att rapportera (inga avtal) eller portföljen kunde inte läsas igenom; 2: användningsfel, oläsbar portfölj, okänt avtal eller utdata som inte kan skrivas.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>PDF-filen som ska skrivas.</translation>
    </message>
    <message>
        <source>portfolio, agreement or progress.</source>
        <translation>portfolio, agreement eller progress.</translation>
    </message>
    <message>
        <source>The agreement's id (for --kind agreement).</source>
        <translation>Avtalets id (för --kind agreement).</translation>
    </message>
    <message>
        <source>Start of the progress report's period.</source>
        <translation>Början av lägesrapportens period.</translation>
    </message>
    <message>
        <source>End of the progress report's period.</source>
        <translation>Slutet av lägesrapportens period.</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4 (standard) eller letter.</translation>
    </message>
    <message>
        <source>The PDF's author (default: your user name).</source>
        <translation>PDF-filens författare (standard: ditt användarnamn).</translation>
    </message>
    <message>
        <source>The portfolio file (.pactline).</source>
        <translation>Portföljfilen (.pactline).</translation>
    </message>
    <message>
        <source>Give the PDF file to write with -o OUT.pdf.</source>
        <translation>Ange PDF-filen som ska skrivas med -o OUT.pdf.</translation>
    </message>
    <message>
        <source>Unknown report kind “%1”: use portfolio, agreement or progress.</source>
        <translation>Okänd rapporttyp ”%1”: använd portfolio, agreement eller progress.</translation>
    </message>
    <message>
        <source>“%1” is not an agreement id: give the number of an agreement.</source>
        <translation>”%1” är inte ett avtals-id: ange numret på ett avtal.</translation>
    </message>
    <message>
        <source>--agreement goes with --kind agreement.</source>
        <translation>--agreement hör ihop med --kind agreement.</translation>
    </message>
    <message>
        <source>An agreement summary needs the agreement's id: --agreement ID.</source>
        <translation>En avtalssammanfattning behöver avtalets id: --agreement ID.</translation>
    </message>
    <message>
        <source>--from and --to go with --kind progress.</source>
        <translation>--from och --to hör ihop med --kind progress.</translation>
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
        <translation>Perioden går baklänges: --from (%1) ligger efter --to (%2).</translation>
    </message>
    <message>
        <source>Unknown paper “%1”: use a4 or letter.</source>
        <translation>Okänt papper ”%1”: använd a4 eller letter.</translation>
    </message>
    <message>
        <source>Wrote the %1 (%2 pages) to %3.</source>
        <translation>Skrev %1 (%2 sidor) till %3.</translation>
    </message>
    <message>
        <source>Write a PDF report: the portfolio, one agreement, or the progress between two dates.</source>
        <translation>Skriv en PDF-rapport: portföljen, ett avtal eller utvecklingen mellan två datum.</translation>
    </message>
    <message>
        <source>%1: ok (schema version %2; integrity, schema and content checked).</source>
        <translation>%1: ok (schemaversion %2; integritet, schema och innehåll kontrollerade).</translation>
    </message>
    <message>
        <source>Wrote the personal data of contact %1 to %2.</source>
        <translation>Personuppgifterna för kontaktperson %1 skrevs till %2.</translation>
    </message>
    <message numerus="yes">
        <source>Erased %1 of %2 and their attendance at %n event(s).</source>
        <translation>
            <numerusform>%1 på %2 raderades, med närvaron vid %n evenemang.</numerusform>
            <numerusform>%1 på %2 raderades, med närvaron vid %n evenemang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the older copy %1.</source>
        <translation>Den äldre kopian %1 raderades.</translation>
    </message>
    <message>
        <source>Still held by the older copy %1.</source>
        <translation>Finns fortfarande i den äldre kopian %1.</translation>
    </message>
    <message>
        <source>A person's rights of access and erasure: finds contacts, writes everything the portfolio holds about one as JSON, or erases them from the portfolio's bytes.</source>
        <translation>En persons rätt till tillgång och radering: hittar kontaktpersoner, skriver allt portföljen har om en av dem som JSON, eller raderar personen ur portföljens byte.</translation>
    </message>
    <message>
        <source>Lists the contacts matching TEXT: id, name, e-mail, organisation.</source>
        <translation>Listar kontaktpersonerna som matchar TEXT: id, namn, e-post, organisation.</translation>
    </message>
    <message>
        <source>The contact's id.</source>
        <translation>Kontaktpersonens id.</translation>
    </message>
    <message>
        <source>Writes their personal data to OUT (JSON).</source>
        <translation>Skriver personuppgifterna till OUT (JSON).</translation>
    </message>
    <message>
        <source>Erases them; this cannot be undone.</source>
        <translation>Raderar personen; det kan inte ångras.</translation>
    </message>
    <message>
        <source>Also deletes the older copies that still hold them (automatic backups, copies taken before upgrades).</source>
        <translation>Raderar även de äldre kopior som fortfarande innehåller personen (automatiska säkerhetskopior, kopior från före uppgraderingar).</translation>
    </message>
    <message>
        <source>The portfolio (.pactline).</source>
        <translation>Portföljen (.pactline).</translation>
    </message>
    <message>
        <source>Find, export or erase the personal data of one contact (GDPR).</source>
        <translation>Hitta, exportera eller radera personuppgifterna för en kontaktperson (GDPR).</translation>
    </message>
    <message>
        <source>Checks a portfolio read-only: SQLite's integrity check, Pactline's schema check and its content check (unknown codes, malformed dates, unknown countries, broken references, duplicates). Exit 0: healthy, 1: problems found, 2: not readable.
With --repair it repairs the values the content check finds, in one transaction, changing only the values chosen: for each it lists the allowed values, numbered, and reads the choice from the standard input (Enter leaves the value as it is); with --set it asks nothing and sets exactly the values named. An older file that these values kept from being upgraded is upgraded once none is left. Exit 0: nothing left to repair, 1: values left as they were, 2: not readable or a choice not allowed (nothing changed).</source>
        <translation>Kontrollerar en portfölj skrivskyddat: SQLites integritetskontroll, Pactlines schemakontroll och dess innehållskontroll (okända koder, felaktiga datum, okända länder, brutna referenser, dubbletter). Slutkod 0: felfri, 1: problem hittades, 2: inte läsbar.
Med --repair reparerar den värdena som innehållskontrollen hittar, i en transaktion, och ändrar bara de valda värdena: för varje värde listar den de tillåtna värdena numrerade och läser valet från standardinmatningen (Enter lämnar värdet som det är); med --set frågar den inget och sätter exakt de angivna värdena. En äldre fil som dessa värden hindrade från att uppgraderas uppgraderas när inget finns kvar. Slutkod 0: inget kvar att reparera, 1: värden lämnades som de var, 2: inte läsbar eller ett val som inte är tillåtet (inget ändrat).</translation>
    </message>
    <message>
        <source>Repair the bad values (asks for each).</source>
        <translation>Reparera de felaktiga värdena (frågar för varje).</translation>
    </message>
    <message>
        <source>With --repair: set this bad value, e.g. agreement:7:status=negotiating (an empty VALUE sets nothing); repeat for more. Asks nothing.</source>
        <translation>Med --repair: sätt detta felaktiga värde, t.ex. agreement:7:status=negotiating (ett tomt VALUE sätter inget); upprepa för fler. Frågar inget.</translation>
    </message>
    <message>
        <source>--set is for --repair.</source>
        <translation>--set hör till --repair.</translation>
    </message>
    <message>
        <source>Check a portfolio's integrity, schema and content, read-only (exit 0 ok, 1 problems, 2 unreadable); --repair repairs the bad values, asking for each or as --set says.</source>
        <translation>Kontrollera en portföljs integritet, schema och innehåll, skrivskyddat (slutkod 0 ok, 1 problem, 2 oläsbar); --repair reparerar de felaktiga värdena, med en fråga för varje eller som --set säger.</translation>
    </message>
    <message>
        <source>--set %1: name a value the check finds as TABLE:ID:COLUMN=VALUE (see `pactline check`).</source>
        <translation>--set %1: ange ett värde som kontrollen hittar som TABLE:ID:COLUMN=VALUE (se `pactline check`).</translation>
    </message>
    <message>
        <source>--set %1: not a value allowed there; allowed: %2.</source>
        <translation>--set %1: inget värde som är tillåtet där; tillåtet: %2.</translation>
    </message>
    <message>
        <source>leave it as it is</source>
        <translation>lämna det som det är</translation>
    </message>
    <message>
        <source>Number, =VALUE for another value, or Enter to leave it: </source>
        <translation>Nummer, =VÄRDE för ett annat värde, eller Enter för att lämna det: </translation>
    </message>
    <message>
        <source>Number, or Enter to leave it: </source>
        <translation>Nummer, eller Enter för att lämna det: </translation>
    </message>
    <message>
        <source>Not one of the choices.</source>
        <translation>Inte ett av valen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) to repair.</source>
        <translation>
            <numerusform>%1: %n värde att reparera.</numerusform>
            <numerusform>%1: %n värden att reparera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) repaired in one transaction.</source>
        <translation>
            <numerusform>%1: %n värde reparerat i en transaktion.</numerusform>
            <numerusform>%1: %n värden reparerade i en transaktion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upgraded to the current schema version; the copy taken before the upgrade is %1.</source>
        <translation>Uppgraderad till den aktuella schemaversionen; kopian från före uppgraderingen är %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not repaired:</source>
        <translation>
            <numerusform>%n värde inte reparerat:</numerusform>
            <numerusform>%n värden inte reparerade:</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 takes a day as YYYY-MM-DD, e.g. 2026-03-31; “%2” is not one.</source>
        <translation>--%1 tar en dag som ÅÅÅÅ-MM-DD, t.ex. 2026-03-31; ”%2” är ingen sådan.</translation>
    </message>
    <message>
        <source>--record takes KIND:ID, where KIND is one of %1 and ID a record's number, e.g. partner:12; “%2” is not one.</source>
        <translation>--record tar TYP:ID, där TYP är en av %1 och ID en posts nummer, t.ex. partner:12; ”%2” är ingen sådan.</translation>
    </message>
    <message>
        <source>%1  %2  %3 #%4 “%5”  %6</source>
        <translation>%1  %2  %3 #%4 ”%5”  %6</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(okänd)</translation>
    </message>
    <message>
        <source>Prints the recorded changes of a portfolio's records, newest first: when (UTC), by whom, which record, and each field's old and new value. Reads the file only. Exit 0: printed, 2: bad arguments or not readable.</source>
        <translation>Skriver ut de registrerade ändringarna av en portföljs poster, nyaste först: när (UTC), av vem, vilken post och varje fälts gamla och nya värde. Läser bara filen. Slutkod 0: utskrivet, 2: felaktiga argument eller oläsbar.</translation>
    </message>
    <message>
        <source>The portfolio file.</source>
        <translation>Portföljfilen.</translation>
    </message>
    <message>
        <source>Only this record: partner, contact, agreement, milestone or event, and its number, e.g. agreement:7.</source>
        <translation>Bara denna post: partner, contact, agreement, milestone eller event, och dess nummer, t.ex. agreement:7.</translation>
    </message>
    <message>
        <source>Only changes on or after this day (UTC).</source>
        <translation>Bara ändringar på eller efter denna dag (UTC).</translation>
    </message>
    <message>
        <source>Only changes on or before this day (UTC).</source>
        <translation>Bara ändringar på eller före denna dag (UTC).</translation>
    </message>
    <message>
        <source>CSV (RFC 4180, with a header): one row per changed field.</source>
        <translation>CSV (RFC 4180, med rubrikrad): en rad per ändrat fält.</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to (%1) ligger före --from (%2).</translation>
    </message>
    <message>
        <source>%1 keeps no history: it has an older schema (version %2). Open it once with this version of Pactline to start recording changes.</source>
        <translation>%1 har ingen historik: den har ett äldre schema (version %2). Öppna den en gång med denna version av Pactline för att börja registrera ändringar.</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Inga ändringar registrerade.</translation>
    </message>
    <message>
        <source>Print the recorded changes of a portfolio's records, as text or CSV.</source>
        <translation>Skriv ut de registrerade ändringarna av en portföljs poster, som text eller CSV.</translation>
    </message>
    <message>
        <source>Still named in the text of %1 %2 (“%3”), which was left as it is.</source>
        <translation>Nämns fortfarande i texten till %1 %2 (”%3”), som lämnades som den var.</translation>
    </message>
    <message>
        <source>Copies a whole portfolio into a new one: every record with its id, times and version, the history and the trash. The copy is written whole or not at all; DEST must not exist.</source>
        <translation>Kopierar en hel portfölj till en ny: varje post med sitt id, sina tider och sin version, historiken och papperskorgen. Kopian skrivs hel eller inte alls; DEST får inte finnas.</translation>
    </message>
    <message>
        <source>The new portfolio to write.</source>
        <translation>Den nya portföljen som ska skrivas.</translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation>Kopierade %1 till %2.</translation>
    </message>
    <message>
        <source>Copy a whole portfolio, history and trash included, into a new one (never overwrites DEST).</source>
        <translation>Kopiera en hel portfölj, med historik och papperskorg, till en ny (skriver aldrig över DEST).</translation>
    </message>
</context>
<context>
    <name>ColumnRules</name>
    <message>
        <source>a date code such as 2024, 2024-H2, 2024-Q3, 2024-09 or 2024-09-12, or nothing</source>
        <translation>en datumkod som 2024, 2024-H2, 2024-Q3, 2024-09 eller 2024-09-12, eller ingenting</translation>
    </message>
    <message>
        <source>a two-letter ISO 3166-1 country code in upper case, such as NL or SE, or nothing</source>
        <translation>en landskod enligt ISO 3166-1 med två versaler, som NL eller SE, eller ingenting</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>the day the date code begins or ends with (YYYY-MM-DD), nothing when it is empty</source>
        <translation>dagen som datumkoden börjar eller slutar med (ÅÅÅÅ-MM-DD), ingenting när den är tom</translation>
    </message>
    <message>
        <source>a whole number of 1 or more</source>
        <translation>ett heltal, 1 eller större</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Anslut till server</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Värd:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>&amp;Spara lösenordet i systemets nyckelring</translation>
    </message>
    <message>
        <source>Off (only on a network you trust)</source>
        <translation>Av (bara i ett nätverk du litar på)</translation>
    </message>
    <message>
        <source>Required (encrypted, certificate not checked)</source>
        <translation>Krävs (krypterad, certifikatet kontrolleras inte)</translation>
    </message>
    <message>
        <source>Verified (encrypted, certificate and host name checked)</source>
        <translation>Verifierad (krypterad, certifikat och värdnamn kontrolleras)</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Kryptering:</translation>
    </message>
    <message>
        <source>The certificate of the server's authority (.crt, .pem)</source>
        <translation>Certifikatet från serverns certifikatutfärdare (.crt, .pem)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-fil:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>A&amp;nslut</translation>
    </message>
    <message>
        <source>Certificate of the server's authority</source>
        <translation>Certifikat från serverns certifikatutfärdare</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certifikat (*.crt *.pem);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Ansluter till %1…</translation>
    </message>
    <message>
        <source>Connected: the portfolio %1 is at schema version %2.</source>
        <translation>Ansluten: portföljen %1 har schemaversion %2.</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>A contact needs a name.</source>
        <translation>En kontaktperson behöver ett namn.</translation>
    </message>
    <message>
        <source>A contact belongs to a partner; choose one.</source>
        <translation>En kontaktperson hör till en partner; välj en.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address; type one like name@example.org, or leave it empty.</source>
        <translation>”%1” är ingen e-postadress; skriv en som namn@example.org, eller lämna fältet tomt.</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>A new contact: type the name and press Enter to add it, or Escape to leave it out.</source>
        <translation>En ny kontaktperson: skriv namnet och tryck på Retur för att lägga till den, eller Esc för att utelämna den.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>No portfolio is open.</source>
        <translation>Ingen portfölj är öppen.</translation>
    </message>
</context>
<context>
    <name>ContentCheck</name>
    <message>
        <source>nothing, as the date is empty</source>
        <translation>ingenting, eftersom datumet är tomt</translation>
    </message>
    <message>
        <source>%1 (from the date code “%2”)</source>
        <translation>%1 (enligt datumkoden ”%2”)</translation>
    </message>
    <message>
        <source>the id of an existing row of “%1”</source>
        <translation>id för en befintlig rad i ”%1”</translation>
    </message>
    <message>
        <source>the id of another agreement, or nothing</source>
        <translation>id för ett annat avtal, eller ingenting</translation>
    </message>
    <message>
        <source>a name no other partner in the same country has (row %1 has it)</source>
        <translation>ett namn som ingen annan partner i samma land har (rad %1 har det)</translation>
    </message>
    <message>
        <source>a name no other theme has (row %1 has it)</source>
        <translation>ett namn som inget annat tema har (rad %1 har det)</translation>
    </message>
    <message>
        <source>Row %1 of “%2”: %3 holds “%4”; allowed: %5.</source>
        <translation>Rad %1 i ”%2”: %3 innehåller ”%4”; tillåtet: %5.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… och %n till.</numerusform>
            <numerusform>… och %n till.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The portfolio holds %n code(s) Pactline does not know, so nothing was written rather than a default in their place:
%1
Correct them first; `pactline check` lists every problem of the file.</source>
        <translation>
            <numerusform>Portföljen innehåller %n kod som Pactline inte känner till, så ingenting skrevs i stället för ett standardvärde på dess plats:
%1
Rätta den först; `pactline check` listar alla problem i filen.</numerusform>
            <numerusform>Portföljen innehåller %n koder som Pactline inte känner till, så ingenting skrevs i stället för standardvärden på deras plats:
%1
Rätta dem först; `pactline check` listar alla problem i filen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentRepair</name>
    <message>
        <source>nothing</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>Row %1 of “%2” is no longer there.</source>
        <translation>Rad %1 i ”%2” finns inte längre.</translation>
    </message>
    <message>
        <source>Row %1 of “%2”: %3 %4 → %5.</source>
        <translation>Rad %1 i ”%2”: %3 %4 → %5.</translation>
    </message>
    <message>
        <source>Nothing was repaired: row %1 of “%2” cannot hold %3 in %4 (%5).</source>
        <translation>Inget reparerades: rad %1 i ”%2” kan inte innehålla %3 i %4 (%5).</translation>
    </message>
    <message>
        <source>Row %1 of “%2” was changed meanwhile: %3 holds %4 now, not %5. Nothing was repaired.</source>
        <translation>Rad %1 i ”%2” har ändrats under tiden: %3 innehåller nu %4, inte %5. Inget reparerades.</translation>
    </message>
    <message>
        <source>Nothing was repaired: the values chosen are not allowed either, or break another rule:
%1</source>
        <translation>Inget reparerades: de valda värdena är inte heller tillåtna, eller bryter mot en annan regel:
%1</translation>
    </message>
</context>
<context>
    <name>CopyProgress</name>
    <message>
        <source>Saving a Copy</source>
        <translation>Sparar en kopia</translation>
    </message>
    <message>
        <source>Copying the portfolio to “%1”…</source>
        <translation>Kopierar portföljen till ”%1”…</translation>
    </message>
    <message numerus="yes">
        <source>Copying the portfolio to “%1”: %L2 of %Ln record(s)…</source>
        <translation>
            <numerusform>Kopierar portföljen till ”%1”: %L2 av %Ln post…</numerusform>
            <numerusform>Kopierar portföljen till ”%1”: %L2 av %Ln poster…</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the search indexes of “%1” from its records…</source>
        <translation>Sökindexen för ”%1” byggs av posterna…</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>“%1” is not a country; type its name or its two-letter ISO code, e.g. %2 or SE.</source>
        <translation>”%1” är inte ett land; skriv dess namn eller dess tvåbokstaviga ISO-kod, t.ex. %2 eller SE.</translation>
    </message>
</context>
<context>
    <name>CountryEdit</name>
    <message>
        <source>A name or a code, e.g. %1 or SE</source>
        <translation>Ett namn eller en kod, t.ex. %1 eller SE</translation>
    </message>
    <message>
        <source>not a country</source>
        <translation>inget land</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>row %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>column “%1”</source>
        <translation>kolumn ”%1”</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>obs: </translation>
    </message>
    <message>
        <source>“%1” is not a %2 Pactline knows; use one of: %3.</source>
        <translation>”%1” är ingen %2 som Pactline känner till; använd något av: %3.</translation>
    </message>
    <message>
        <source>None of the columns (%1) is a field of %2; name the columns in the header (%3) or choose their fields by hand.</source>
        <translation>Ingen av kolumnerna (%1) är ett fält i %2; namnge kolumnerna i rubrikraden (%3) eller välj deras fält för hand.</translation>
    </message>
    <message>
        <source>No column goes into “%1”, which every row needs; add a column named “%1” or choose one for it.</source>
        <translation>Ingen kolumn går till ”%1”, som varje rad behöver; lägg till en kolumn med namnet ”%1” eller välj en för det.</translation>
    </message>
    <message>
        <source>not imported: no field chosen for this column.</source>
        <translation>importeras inte: inget fält valt för den här kolumnen.</translation>
    </message>
    <message>
        <source>The file has a header but no rows; there is nothing to import.</source>
        <translation>Filen har en rubrikrad men inga rader; det finns ingenting att importera.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2: a delimiter (%3) is missing or extra, or a value holds one without quotes around it.</source>
        <translation>den här raden har %1 fält men rubrikraden har %2: en avgränsare (%3) saknas eller är för mycket, eller så innehåller ett värde en avgränsare utan citattecken runt sig.</translation>
    </message>
    <message>
        <source>this value is %1 characters long; “%2” takes at most %3.</source>
        <translation>det här värdet är %1 tecken långt; ”%2” rymmer högst %3.</translation>
    </message>
    <message>
        <source>this row repeats row %1; remove one of them.</source>
        <translation>den här raden upprepar rad %1; ta bort en av dem.</translation>
    </message>
    <message>
        <source>a partner needs a name, e.g. “Lund University”.</source>
        <translation>en partner behöver ett namn, t.ex. ”Lunds universitet”.</translation>
    </message>
    <message>
        <source>%1 partners in the portfolio have this name or short name; choose whether this row is one of them or a new partner.</source>
        <translation>%1 partner i portföljen har det här namnet eller kortnamnet; välj om raden är en av dem eller en ny partner.</translation>
    </message>
    <message>
        <source>already in the portfolio (#%1); not added again.</source>
        <translation>finns redan i portföljen (#%1); läggs inte till igen.</translation>
    </message>
    <message>
        <source>row %1 already adds a partner with this name in %2; a name may be used once per country.</source>
        <translation>rad %1 lägger redan till en partner med det här namnet i %2; ett namn får användas en gång per land.</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>inget land</translation>
    </message>
    <message>
        <source>the portfolio already has a partner with this name in %1 (#%2); a name may be used once per country.</source>
        <translation>portföljen har redan en partner med det här namnet i %1 (#%2); ett namn får användas en gång per land.</translation>
    </message>
    <message>
        <source>an agreement needs a title, e.g. “Declaration of intent on ATMP”.</source>
        <translation>ett avtal behöver en titel, t.ex. ”Avsiktsförklaring om ATMP”.</translation>
    </message>
    <message>
        <source>an agreement with this title is already in the portfolio (#%1); this row is left out.</source>
        <translation>ett avtal med den här titeln finns redan i portföljen (#%1); raden utelämnas.</translation>
    </message>
    <message>
        <source>another row already adds an agreement with this title; titles must differ so that milestones and successors can name their agreement.</source>
        <translation>en annan rad lägger redan till ett avtal med den här titeln; titlarna måste skilja sig åt så att milstolpar och efterföljare kan ange sitt avtal.</translation>
    </message>
    <message>
        <source>the end is before the start (%1).</source>
        <translation>slutet ligger före starten (%1).</translation>
    </message>
    <message>
        <source>%1 partners in the portfolio have this name or short name; choose which one is meant.</source>
        <translation>%1 partner i portföljen har det här namnet eller kortnamnet; välj vilken som avses.</translation>
    </message>
    <message>
        <source>this partner is listed twice among the parties.</source>
        <translation>den här partnern finns två gånger bland parterna.</translation>
    </message>
    <message>
        <source>an agreement cannot be its own predecessor.</source>
        <translation>ett avtal kan inte vara sin egen föregångare.</translation>
    </message>
    <message>
        <source>neither the file nor the portfolio has an agreement with this title.</source>
        <translation>varken filen eller portföljen har något avtal med den här titeln.</translation>
    </message>
    <message>
        <source>%1 agreements in the portfolio have this title; rename one so that it can be named.</source>
        <translation>%1 avtal i portföljen har den här titeln; byt namn på ett av dem så att det kan anges.</translation>
    </message>
    <message>
        <source>the predecessors of this agreement go round in a circle.</source>
        <translation>det här avtalets föregångare går runt i en cirkel.</translation>
    </message>
    <message>
        <source>a milestone belongs to an agreement; give the agreement's title.</source>
        <translation>en milstolpe hör till ett avtal; ange avtalets titel.</translation>
    </message>
    <message>
        <source>a milestone needs a title, e.g. “Production facility in Lund ready”.</source>
        <translation>en milstolpe behöver en titel, t.ex. ”Produktionsanläggningen i Lund klar”.</translation>
    </message>
    <message>
        <source>%1 agreements in the portfolio have this title; rename one so that milestones can name it.</source>
        <translation>%1 avtal i portföljen har den här titeln; byt namn på ett av dem så att milstolpar kan ange det.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n avtal</numerusform>
            <numerusform>%n avtal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n milstolpe</numerusform>
            <numerusform>%n milstolpar</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds nothing</source>
        <translation>Lägger inte till något</translation>
    </message>
    <message>
        <source>Adds %1</source>
        <translation>Lägger till %1</translation>
    </message>
    <message>
        <source>Adds %1 and %2</source>
        <translation>Lägger till %1 och %2</translation>
    </message>
    <message numerus="yes">
        <source>leaves out %n row(s)</source>
        <translation>
            <numerusform>utelämnar %n rad</numerusform>
            <numerusform>utelämnar %n rader</numerusform>
        </translation>
    </message>
    <message>
        <source>The predecessors of the agreements go round in a circle; nothing was imported.</source>
        <translation>Avtalens föregångare går runt i en cirkel; ingenting importerades.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Row %1, column %2: the quoted field that starts here is never closed; add the missing closing quote (").</source>
        <translation>Rad %1, kolumn %2: fältet inom citattecken som börjar här avslutas aldrig; lägg till det saknade avslutande citattecknet (").</translation>
    </message>
    <message>
        <source>Row %1, column %2: there is text after the closing quote of a quoted field; write a quote inside a quoted field as two quotes ("").</source>
        <translation>Rad %1, kolumn %2: det finns text efter det avslutande citattecknet i ett fält inom citattecken; skriv ett citattecken inuti ett sådant fält som två citattecken ("").</translation>
    </message>
    <message>
        <source>The file holds no text: there is no header row.</source>
        <translation>Filen innehåller ingen text: det finns ingen rubrikrad.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>kommatecken</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation>Filen är tom: det finns ingen rubrikrad.</translation>
    </message>
    <message>
        <source>This is not a text file: row %1, column %2 holds the control byte 0x%3. Choose a CSV file saved as text.</source>
        <translation>Det här är ingen textfil: rad %1, kolumn %2 innehåller kontrollbyten 0x%3. Välj en CSV-fil som sparats som text.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8: row %1, column %2 holds the byte 0x%3 (byte %4 of the file), which does not belong there. Save the file as UTF-8, or choose its encoding.</source>
        <translation>Filen är inte giltig UTF-8: rad %1, kolumn %2 innehåller byten 0x%3 (byte %4 i filen), som inte hör hemma där. Spara filen som UTF-8, eller välj dess teckenkodning.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text: row %2, column %3 holds bytes that are not a character. Save the file again as UTF-8 or UTF-16.</source>
        <translation>Filen är inte giltig %1-text: rad %2, kolumn %3 innehåller byte som inte är något tecken. Spara filen igen som UTF-8 eller UTF-16.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>“%1” offers no encrypted connection (TLS), and the connection asks for one (%2). Ask whoever runs the server to turn TLS on; Pactline did not connect unencrypted.</source>
        <translation>“%1” erbjuder ingen krypterad anslutning (TLS), men anslutningen kräver en (%2). Be den som sköter servern att slå på TLS; Pactline anslöt inte okrypterat.</translation>
    </message>
    <message>
        <source>The certificate of the server is not for “%1”, so Pactline could not tell that it is talking to the right server (verify-full), and did not connect. Use the host name the certificate names, or ask whoever runs the server for a certificate for “%1”. (%2)</source>
        <translation>Serverns certifikat gäller inte “%1”, så Pactline kunde inte avgöra att det är rätt server (verify-full) och anslöt inte. Använd värdnamnet som certifikatet anger, eller be den som sköter servern om ett certifikat för “%1”. (%2)</translation>
    </message>
    <message>
        <source>The certificate of “%1” could not be checked against the CA file “%2”, so Pactline did not connect. (%3)</source>
        <translation>Certifikatet för “%1” kunde inte kontrolleras mot CA-filen “%2”, så Pactline anslöt inte. (%3)</translation>
    </message>
    <message>
        <source>Nothing was saved: the server of “%1” is not reachable (%2).</source>
        <translation>Ingenting sparades: servern för “%1” går inte att nå (%2).</translation>
    </message>
    <message>
        <source>The server of “%1” is still not reachable: %2</source>
        <translation>Servern för “%1” går fortfarande inte att nå: %2</translation>
    </message>
    <message>
        <source>The server stopped the statement: %1</source>
        <translation>Servern avbröt satsen: %1</translation>
    </message>
    <message>
        <source>the server closed it.</source>
        <translation>servern stängde den.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>”%1” finns inte.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Det gick inte att öppna ”%1”: %2</translation>
    </message>
    <message>
        <source>“%1” already exists; Pactline does not overwrite files.</source>
        <translation>”%1” finns redan; Pactline skriver inte över filer.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer Pactline (schema version %2; this version reads up to %3). Open it with a newer Pactline; the file was left unchanged.</source>
        <translation>”%1” skrevs av en nyare Pactline (schemaversion %2; den här versionen läser upp till %3). Öppna den med en nyare Pactline; filen lämnades oförändrad.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read.</source>
        <translation>”%1” är skadad och kan inte läsas.</translation>
    </message>
    <message>
        <source>“%1” holds things Pactline does not create, so it was not opened: %2.</source>
        <translation>”%1” innehåller saker som Pactline inte skapar, så den öppnades inte: %2.</translation>
    </message>
    <message>
        <source>“%1” has an older schema (version %2) and must be upgraded, which a read-only file cannot be.</source>
        <translation>”%1” har ett äldre schema (version %2) och måste uppgraderas, vilket inte går med en skrivskyddad fil.</translation>
    </message>
    <message>
        <source>The portfolio is open read-only.</source>
        <translation>Portföljen är öppen skrivskyddad.</translation>
    </message>
    <message>
        <source>The portfolio is locked by another program; try again in a moment.</source>
        <translation>Portföljen är låst av ett annat program; försök igen om en stund.</translation>
    </message>
    <message>
        <source>The portfolio file cannot be written: %1</source>
        <translation>Det går inte att skriva till portföljfilen: %1</translation>
    </message>
    <message>
        <source>The portfolio file is damaged: %1</source>
        <translation>Portföljfilen är skadad: %1</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a portfolio file.</source>
        <translation>”%1” är en mapp, inte en portföljfil.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>”%1” kan inte läsas: %2</translation>
    </message>
    <message>
        <source>“%1” is empty: it is not a Pactline portfolio.</source>
        <translation>”%1” är tom: den är ingen Pactline-portfölj.</translation>
    </message>
    <message>
        <source>“%1” is not a Pactline portfolio (it is not an SQLite database).</source>
        <translation>”%1” är ingen Pactline-portfölj (den är ingen SQLite-databas).</translation>
    </message>
    <message>
        <source>“%1” is damaged: the file is shorter than its header says (truncated?). Restore it from a backup.</source>
        <translation>”%1” är skadad: filen är kortare än dess huvud anger (avkortad?). Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database but not a Pactline portfolio.</source>
        <translation>”%1” är en SQLite-databas men ingen Pactline-portfölj.</translation>
    </message>
    <message>
        <source>There is no space left on the disk: %1</source>
        <translation>Det finns inget utrymme kvar på disken: %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n value(s) that this version of Pactline no longer lets a portfolio hold, so it was not upgraded and was left as it was:
%2
Repair them (File ▸ Open offers it, or `pactline check --repair “%1”`) and open it again; `pactline check “%1”` lists them all.</source>
        <translation>
            <numerusform>”%1” innehåller %n värde som den här versionen av Pactline inte längre tillåter i en portfölj, så filen uppgraderades inte utan lämnades som den var:
%2
Reparera det (Arkiv ▸ Öppna erbjuder det, eller `pactline check --repair ”%1”`) och öppna den igen; `pactline check ”%1”` listar allt.</numerusform>
            <numerusform>”%1” innehåller %n värden som den här versionen av Pactline inte längre tillåter i en portfölj, så filen uppgraderades inte utan lämnades som den var:
%2
Reparera dem (Arkiv ▸ Öppna erbjuder det, eller `pactline check --repair ”%1”`) och öppna den igen; `pactline check ”%1”` listar alla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL) is not installed, so Pactline cannot reach servers.</source>
        <translation>Qts PostgreSQL-drivrutin (QPSQL) är inte installerad, så Pactline kan inte nå servrar.</translation>
    </message>
    <message>
        <source>The server refused the password of “%1” for “%2”.</source>
        <translation>Servern avvisade lösenordet för “%1” till “%2”.</translation>
    </message>
    <message>
        <source>Could not connect to “%1”: %2</source>
        <translation>Kunde inte ansluta till “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” holds tables of another application (%2), not a Pactline portfolio; it was left unchanged.</source>
        <translation>“%1” innehåller tabeller från ett annat program (%2), inte en Pactline-portfölj; den lämnades oförändrad.</translation>
    </message>
    <message>
        <source>“%1” is marked as another application's database, not a Pactline portfolio; it was left unchanged.</source>
        <translation>“%1” är märkt som ett annat programs databas, inte en Pactline-portfölj; den lämnades oförändrad.</translation>
    </message>
    <message>
        <source>“%1” already holds a Pactline portfolio.</source>
        <translation>“%1” innehåller redan en Pactline-portfölj.</translation>
    </message>
    <message>
        <source>“%1” holds no Pactline portfolio yet.</source>
        <translation>“%1” innehåller ännu ingen Pactline-portfölj.</translation>
    </message>
    <message>
        <source>The server lacks the PostgreSQL extensions %1, which Pactline's search needs. Ask its administrator to install them (Debian's postgresql package has them; elsewhere they are often in postgresql-contrib).</source>
        <translation>Servern saknar PostgreSQL-tilläggen %1, som Pactlines sökning behöver. Be dess administratör att installera dem (Debians paket postgresql innehåller dem; på andra system finns de ofta i postgresql-contrib).</translation>
    </message>
    <message>
        <source>Pactline's search needs the PostgreSQL extensions %1 in the database “%2”, and its user may not create them. Ask the database's owner or the server's administrator to run: %3</source>
        <translation>Pactlines sökning behöver PostgreSQL-tilläggen %1 i databasen “%2”, och den här användaren får inte skapa dem. Be databasens ägare eller serverns administratör att köra: %3</translation>
    </message>
    <message>
        <source>“%1” was written by a newer Pactline (schema version %2; this version reads up to %3). Open it with a newer Pactline; the portfolio was left unchanged.</source>
        <translation>“%1” skrevs av en nyare Pactline (schemaversion %2; den här versionen läser upp till %3). Öppna den med en nyare Pactline; portföljen lämnades oförändrad.</translation>
    </message>
    <message>
        <source>The portfolio is being changed by someone else; try again in a moment.</source>
        <translation>Någon annan ändrar portföljen just nu; försök igen om en stund.</translation>
    </message>
    <message>
        <source>The server does not let you change the portfolio: %1</source>
        <translation>Servern låter dig inte ändra portföljen: %1</translation>
    </message>
    <message>
        <source>The server has no space left on its disk: %1</source>
        <translation>Serverns disk är full: %1</translation>
    </message>
    <message>
        <source>The server's copy of the portfolio is damaged: %1</source>
        <translation>Portföljen på servern är skadad: %1</translation>
    </message>
    <message>
        <source>The connection to the server was lost: %1</source>
        <translation>Anslutningen till servern bröts: %1</translation>
    </message>
    <message>
        <source>Could not give colleagues their roles on “%1” (the user needs the right to create roles and to own the portfolio's tables): %2</source>
        <translation>Kunde inte ge kollegor deras roller på ”%1” (användaren måste få skapa roller och äga portföljens tabeller): %2</translation>
    </message>
</context>
<context>
    <name>DeletionPlan</name>
    <message>
        <source>There is no %1 #%2 (it may have been deleted already).</source>
        <translation>Det finns ingen %1 #%2 (den kan redan ha tagits bort).</translation>
    </message>
    <message>
        <source>Rows of “%1” are not deleted on their own.</source>
        <translation>Rader i “%1” tas inte bort var för sig.</translation>
    </message>
</context>
<context>
    <name>DiskSpace</name>
    <message>
        <source>There is no space left on the disk that holds “%1”, so nothing was written. Free some space there and try again.</source>
        <translation>Det finns inget utrymme kvar på disken där “%1” ligger, så inget skrevs. Frigör utrymme där och försök igen.</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>University</source>
        <translation>Universitet</translation>
    </message>
    <message>
        <source>University hospital</source>
        <translation>Universitetssjukhus</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>Forskningsinstitut</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finansiär</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Declaration of intent</source>
        <translation>Avsiktsförklaring</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Avsiktsbrev</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>Samförståndsavtal</translation>
    </message>
    <message>
        <source>Master service agreement</source>
        <translation>Ramavtal för tjänster</translation>
    </message>
    <message>
        <source>Collaboration agreement</source>
        <translation>Samarbetsavtal</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>Under förhandling</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fullföljt</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Huvudansvarig</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observatör</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Enligt plan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>I riskzonen</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Uppnådd</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Ej uppnådd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>An event needs a title, e.g. “State visit”.</source>
        <translation>En händelse behöver en titel, t.ex. ”Statsbesök”.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>The organisations and people taking part. Delete removes the selected ones; Insert goes to the field that adds one. Each change can be undone.</source>
        <translation>Organisationerna och personerna som deltar. Delete tar bort de markerade; Insert går till fältet som lägger till en. Varje ändring kan ångras.</translation>
    </message>
    <message>
        <source>Add parti&amp;cipant</source>
        <translation>Lägg till d&amp;eltagare</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Remove the selected participants (Delete in the list)</source>
        <translation>Ta bort de markerade deltagarna (Delete i listan)</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Ta bort deltagare</translation>
    </message>
    <message>
        <source>Type the name of a partner or a contact in the field next to “Add participant”, then add it.</source>
        <translation>Skriv namnet på en partner eller en kontaktperson i fältet bredvid ”Lägg till deltagare” och lägg sedan till den.</translation>
    </message>
    <message>
        <source>There is no partner or contact “%1”; pick one from the list as you type.</source>
        <translation>Det finns ingen partner eller kontaktperson ”%1”; välj en i listan medan du skriver.</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>The event is no longer listed.</source>
        <translation>Händelsen finns inte längre i listan.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export Table as &amp;CSV…</source>
        <translation>Exportera tabell som &amp;CSV…</translation>
    </message>
    <message>
        <source>Export Portfolio as &amp;JSON…</source>
        <translation>Exportera portfölj som &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;Calendar (.ics)…</source>
        <translation>Exportera ka&amp;lender (.ics)…</translation>
    </message>
    <message>
        <source>The list on screen, with its filter, sort and columns, for a spreadsheet.</source>
        <translation>Listan på skärmen, med dess filter, sortering och kolumner, för ett kalkylark.</translation>
    </message>
    <message>
        <source>The whole portfolio in Pactline's JSON format, which imports back as it is.</source>
        <translation>Hela portföljen i Pactlines JSON-format, som kan importeras tillbaka som den är.</translation>
    </message>
    <message>
        <source>Milestones and events as all-day events for a calendar.</source>
        <translation>Milstolpar och händelser som heldagshändelser för en kalender.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Det gick inte att skriva ”%1”: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporterat till %1</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Exportera tabell som CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Export Portfolio as JSON</source>
        <translation>Exportera portfölj som JSON</translation>
    </message>
    <message>
        <source>Pactline portfolio JSON (*.json)</source>
        <translation>Pactline-portfölj i JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Exportera kalender</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-filer (*.ics)</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Separated by commas</source>
        <translation>Åtskilda med kommatecken</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>kortnamn</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ort</translation>
    </message>
    <message>
        <source>website</source>
        <translation>webbplats</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
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
        <translation>datum för undertecknande</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>end</source>
        <translation>slut</translation>
    </message>
    <message>
        <source>signing event</source>
        <translation>händelse för undertecknande</translation>
    </message>
    <message>
        <source>predecessor</source>
        <translation>föregångare</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>teman</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>sammanfattning</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>parter</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>avtal</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>måldatum</translation>
    </message>
    <message>
        <source>achieved date</source>
        <translation>datum uppnådd</translation>
    </message>
    <message>
        <source>location</source>
        <translation>plats</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>place</source>
        <translation>plats</translation>
    </message>
    <message>
        <source>participating partners</source>
        <translation>deltagande partner</translation>
    </message>
    <message>
        <source>participating people</source>
        <translation>deltagande personer</translation>
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
        <translation>typ av avtal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Undertecknat den</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <source>Si&amp;gned</source>
        <translation>&amp;Undertecknat</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Börjar den</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Sta&amp;rts</source>
        <translation>&amp;Börjar</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Slutar den</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>S&amp;lutar</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Signed &amp;at</source>
        <translation>Undertecknat vi&amp;d</translation>
    </message>
    <message>
        <source>Predecessor</source>
        <translation>Föregångare</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>T&amp;eman</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Sa&amp;mmanfattning</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>milstolpar</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milstolpar</translation>
    </message>
    <message>
        <source>overdue milestones</source>
        <translation>försenade milstolpar</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
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
        <translation>Plats</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milstolpe</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Måldatum</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>Uppnådd den</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Uppnådd</translation>
    </message>
    <message>
        <source>A&amp;chieved</source>
        <translation>&amp;Uppnådd</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>P&amp;lats</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kortnamn</translation>
    </message>
    <message>
        <source>S&amp;hort name</source>
        <translation>&amp;Kortnamn</translation>
    </message>
    <message>
        <source>kind of partner</source>
        <translation>typ av partner</translation>
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
        <translation>Ort</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Webbplats</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>avtal</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Avtal</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search names, titles and notes (Ctrl+F)</source>
        <translation>Sök i namn, titlar och anteckningar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Alla länder</translation>
    </message>
    <message>
        <source>Any partner</source>
        <translation>Alla partner</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Alla teman</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Försenade</translation>
    </message>
    <message>
        <source>Only agreements with an overdue milestone</source>
        <translation>Endast avtal med en försenad milstolpe</translation>
    </message>
    <message>
        <source>Only milestones past their due period and not achieved</source>
        <translation>Endast milstolpar vars målperiod har passerat och som inte är uppnådda</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>Show everything again</source>
        <translation>Visa allt igen</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrera på status</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrera på typ</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Filtrera på land</translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation>Filtrera på tema</translation>
    </message>
</context>
<context>
    <name>FindAnythingBox</name>
    <message>
        <source>Find &amp;Anything…</source>
        <translation>Sök &amp;allt…</translation>
    </message>
    <message>
        <source>Find anything</source>
        <translation>Sök allt</translation>
    </message>
    <message>
        <source>Find partners, agreements, milestones, events and contacts</source>
        <translation>Sök partner, avtal, milstolpar, händelser och kontaktpersoner</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Hittade poster</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Inget hittades för ”%1”.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milstolpar</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktpersoner</translation>
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
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
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
        <translation>augusti</translation>
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
        <translation>året måste ligga mellan %1 och %2</translation>
    </message>
    <message>
        <source>there is no month %1; a month is 1 to 12</source>
        <translation>det finns ingen månad %1; en månad är 1 till 12</translation>
    </message>
    <message>
        <source>there is no day %1</source>
        <translation>det finns ingen dag %1</translation>
    </message>
    <message>
        <source>%1 %2 has only %3 days</source>
        <translation>%1 %2 har bara %3 dagar</translation>
    </message>
    <message>
        <source>a quarter is Q1 to Q4</source>
        <translation>ett kvartal är Q1 till Q4</translation>
    </message>
    <message>
        <source>a half year is H1 or H2</source>
        <translation>ett halvår är H1 eller H2</translation>
    </message>
    <message>
        <source>there is no month %1; write the day before the month</source>
        <translation>det finns ingen månad %1; skriv dagen före månaden</translation>
    </message>
    <message>
        <source>“%1” is not a month</source>
        <translation>”%1” är ingen månad</translation>
    </message>
    <message>
        <source>No date given.</source>
        <translation>Inget datum angivet.</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>”%1” är inget datum.</translation>
    </message>
    <message>
        <source>“%1” is not a date: %2.</source>
        <translation>”%1” är inget datum: %2.</translation>
    </message>
    <message>
        <source>Type e.g. 2024-09-12, September 2024, Q3 2024, H2 2024 or 2024.</source>
        <translation>Skriv t.ex. 2024-09-12, september 2024, Q3 2024, H2 2024 eller 2024.</translation>
    </message>
</context>
<context>
    <name>FuzzyDateEdit</name>
    <message>
        <source>e.g. Q3 2024, 2023-09-12, H2 2025</source>
        <translation>t.ex. Q3 2024, 2023-09-12, H2 2025</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>”%1” är inget datum.</translation>
    </message>
</context>
<context>
    <name>HelpPages</name>
    <message>
        <source>A day</source>
        <translation>En dag</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>En månad</translation>
    </message>
    <message>
        <source>A quarter</source>
        <translation>Ett kvartal</translation>
    </message>
    <message>
        <source>A half year</source>
        <translation>Ett halvår</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Ett år</translation>
    </message>
    <message>
        <source>Date Formats</source>
        <translation>Datumformat</translation>
    </message>
    <message>
        <source>About Pactline</source>
        <translation>Om Pactline</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Date Formats</source>
        <translation>&amp;Datumformat</translation>
    </message>
    <message>
        <source>&amp;About Pactline</source>
        <translation>&amp;Om Pactline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pactline %1&lt;/h3&gt;&lt;p&gt;Keeps the partners, agreements, events and milestones of international collaborations, draws them on a timeline and reports on their progress.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pactline %1&lt;/h3&gt;&lt;p&gt;Håller reda på partner, avtal, händelser och milstolpar i internationella samarbeten, ritar dem på en tidslinje och rapporterar hur de fortskrider.&lt;/p&gt;&lt;p&gt;Fri programvara under GNU General Public License, version 3 eller senare (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Byggd med Qt %2, körs med Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>Lagras som</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederländska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>Also read</source>
        <translation>Läses även</translation>
    </message>
    <message>
        <source>&lt;p&gt;With the year last, numbers are read day first: 12/09/2023 is 12 September 2023.&lt;/p&gt;&lt;p&gt;A date covers its whole period: “Q3 2024” runs from 1 July to 30 September 2024. Dates sort by their first day, a day before its month. A milestone is overdue once its whole period has passed and it is not achieved. On the timeline a day is a diamond and a longer period a band.&lt;/p&gt;</source>
        <translation>&lt;p&gt;När året står sist läses siffrorna med dagen först: 12/09/2023 är 12 september 2023.&lt;/p&gt;&lt;p&gt;Ett datum täcker hela sin period: ”Q3 2024” sträcker sig från 1 juli till 30 september 2024. Datum sorteras efter sin första dag, en dag före sin månad. En milstolpe är försenad när hela dess period har passerat och den inte är uppnådd. På tidslinjen är en dag en romb och en längre period ett band.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;p&gt;Portfolios are stored with SQLite %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Portföljerna lagras med SQLite %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dates in Pactline&lt;/h3&gt;&lt;p&gt;Agreements promise things for “Q3 2024” or “2022” as often as for a day, so a date in Pactline is a day, a month, a quarter, a half year or a year. Type it in any of the forms below, in English, Dutch or Swedish, in a date field or in a file you import; Pactline stores it in the first form and shows it in the language of the user interface, as in its column.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Datum i Pactline&lt;/h3&gt;&lt;p&gt;Avtal lovar saker till ”Q3 2024” eller ”2022” lika ofta som till en viss dag, så ett datum i Pactline är en dag, en månad, ett kvartal, ett halvår eller ett år. Skriv det i någon av formerna nedan, på engelska, nederländska eller svenska, i ett datumfält eller i en fil som du importerar; Pactline lagrar det i den första formen och visar det på användargränssnittets språk, som i dess kolumn.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Licenser…</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>Restore %1 of %2 “%3”</source>
        <translation>Återställ %1 för %2 ”%3”</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Selected record</source>
        <translation>Vald post</translation>
    </message>
    <message>
        <source>Whole portfolio</source>
        <translation>Hela portföljen</translation>
    </message>
    <message>
        <source>Show the history of</source>
        <translation>Visa historiken för</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>När som helst</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Senaste 7 dagarna</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriod:</translation>
    </message>
    <message>
        <source>Recorded changes</source>
        <translation>Registrerade ändringar</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Show &amp;More</source>
        <translation>Visa &amp;fler</translation>
    </message>
    <message>
        <source>Restore This &amp;Value</source>
        <translation>Återställ detta &amp;värde</translation>
    </message>
    <message>
        <source>Write back the value this field had before the selected change.</source>
        <translation>Skriv tillbaka värdet som detta fält hade före den valda ändringen.</translation>
    </message>
    <message>
        <source>Restore This Ve&amp;rsion</source>
        <translation>Återställ denna ve&amp;rsion</translation>
    </message>
    <message>
        <source>Write back the whole record as it was before the selected change.</source>
        <translation>Skriv tillbaka hela posten som den var före den valda ändringen.</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Hi&amp;storik</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(okänd)</translation>
    </message>
    <message>
        <source>This portfolio keeps no history yet: it has an older schema and is open read-only.</source>
        <translation>Denna portfölj har ingen historik än: den har ett äldre schema och är öppen skrivskyddad.</translation>
    </message>
    <message>
        <source>Select a record to see its history, or show the whole portfolio's.</source>
        <translation>Välj en post för att se dess historik, eller visa hela portföljens.</translation>
    </message>
    <message>
        <source>%1: %2 “%3” %4</source>
        <translation>%1: %2 ”%3” %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Inga ändringar registrerade.</translation>
    </message>
    <message>
        <source>This record was deleted; it can only come back as a whole, with Undo.</source>
        <translation>Denna post har tagits bort; den kan bara komma tillbaka i sin helhet, med Ångra.</translation>
    </message>
    <message>
        <source>Nothing to restore: the record holds these values now.</source>
        <translation>Inget att återställa: posten har redan dessa värden.</translation>
    </message>
</context>
<context>
    <name>HistoryRepository</name>
    <message>
        <source>This portfolio keeps no history: it has an older schema (version %1); open it for writing once to upgrade it.</source>
        <translation>Denna portfölj har ingen historik: den har ett äldre schema (version %1); öppna den för skrivning en gång för att uppgradera den.</translation>
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
        <translation>kontakt</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>avtal</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>milstolpe</translation>
    </message>
    <message>
        <source>event</source>
        <translation>händelse</translation>
    </message>
    <message>
        <source>created</source>
        <translation>skapad</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>återställd</translation>
    </message>
</context>
<context>
    <name>ICalendarExport</name>
    <message>
        <source>Agreement: %1</source>
        <translation>Avtal: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Måldatum: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Achieved: %1</source>
        <translation>Uppnådd: %1</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milstolpe</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milstolpar</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>Rows of the import were changed again meanwhile; the import was not undone.</source>
        <translation>Rader i importen ändrades igen under tiden; importen ångrades inte.</translation>
    </message>
    <message>
        <source>%1 %2 “%3”: %4 changed</source>
        <translation>%1 %2 ”%3”: %4 ändrat</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Choose a CSV file</source>
        <translation>Välj en CSV-fil</translation>
    </message>
    <message>
        <source>Partners, agreements with their parties, or milestones, as a spreadsheet saves them.</source>
        <translation>Partner, avtal med deras parter, eller milstolpar, så som ett kalkylprogram sparar dem.</translation>
    </message>
    <message>
        <source>A .csv or .txt file</source>
        <translation>En .csv- eller .txt-fil</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Identifiera</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Importera:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Teckenkodning:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Avgränsare:</translation>
    </message>
    <message>
        <source>None (guess the columns)</source>
        <translation>Ingen (gissa kolumnerna)</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Välj filen som ska importeras.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Läser…</translation>
    </message>
    <message>
        <source>%1, %2-separated: %3 rows and %4 columns.</source>
        <translation>%1, avgränsad med %2: %3 rader och %4 kolumner.</translation>
    </message>
    <message>
        <source>Match the columns to fields</source>
        <translation>Koppla kolumnerna till fält</translation>
    </message>
    <message>
        <source>Guessed from the column names; change any guess. The preview shows the first rows as Pactline will read them.</source>
        <translation>Gissat utifrån kolumnnamnen; ändra vilken gissning som helst. Förhandsvisningen visar de första raderna så som Pactline kommer att läsa dem.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>Save as profile…</source>
        <translation>Spara som profil…</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Förhandsvisning:</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(importeras inte)</translation>
    </message>
    <message>
        <source>Fields marked * are needed; every one has a column.</source>
        <translation>Fält markerade med * krävs; vart och ett har en kolumn.</translation>
    </message>
    <message>
        <source>Choose a column for %1.</source>
        <translation>Välj en kolumn för %1.</translation>
    </message>
    <message>
        <source>Match the partners</source>
        <translation>Koppla partnerna</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>I filen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importera som</translation>
    </message>
    <message>
        <source>Names that are already in the portfolio (by name or short name, ignoring case and accents) are not added again unless you say so.</source>
        <translation>Namn som redan finns i portföljen (som namn eller kortnamn, utan hänsyn till skiftläge och accenter) läggs inte till igen om du inte säger det.</translation>
    </message>
    <message>
        <source>Each party is linked to the partner of that name or short name (ignoring case and accents), added as a new partner, or left out.</source>
        <translation>Varje part kopplas till partnern med det namnet eller kortnamnet (utan hänsyn till skiftläge och accenter), läggs till som en ny partner eller utelämnas.</translation>
    </message>
    <message>
        <source>Choose one of %1 partners…</source>
        <translation>Välj en av %1 partner…</translation>
    </message>
    <message>
        <source>Already there: %1 — keep it</source>
        <translation>Finns redan: %1 — behåll den</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>Koppla till %1</translation>
    </message>
    <message>
        <source>Add as another partner</source>
        <translation>Lägg till som ytterligare en partner</translation>
    </message>
    <message>
        <source>Add as a new partner</source>
        <translation>Lägg till som en ny partner</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Utelämna</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Every row is checked before anything is imported; the import adds all rows or none.</source>
        <translation>Varje rad kontrolleras innan något importeras; importen lägger till alla rader eller ingen.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing can be imported until they are fixed in the file.</source>
        <translation>
            <numerusform>%n problem: ingenting kan importeras förrän det har rättats i filen.</numerusform>
            <numerusform>%n problem: ingenting kan importeras förrän de har rättats i filen.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Det finns ingenting att importera.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Inga problem hittades.</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Importera från CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt *.tsv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Save import profile</source>
        <translation>Spara importprofil</translation>
    </message>
    <message>
        <source>Name of the profile:</source>
        <translation>Profilens namn:</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Importera från CSV…</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Det går inte att läsa ”%1”: %2</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Importprofiler</translation>
    </message>
    <message>
        <source>Cannot read the portfolio</source>
        <translation>Det går inte att läsa portföljen</translation>
    </message>
    <message>
        <source>Import %1 from %2</source>
        <translation>Importera %1 från %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importen avbröts</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ingenting importerades</translation>
    </message>
    <message>
        <source>The import was cancelled; the portfolio was left as it was.</source>
        <translation>Importen avbröts; portföljen lämnades som den var.</translation>
    </message>
    <message>
        <source>%1

The portfolio was left as it was.</source>
        <translation>%1

Portföljen lämnades som den var.</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Ångra import</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of this import changed since it was imported. Delete them with the rest, keep them (and what they need) and remove the rest, or leave the import as it is?</source>
        <translation>
            <numerusform>%n rad i den här importen har ändrats sedan den importerades. Ta bort den med resten, behålla den (och det den behöver) och ta bort resten, eller lämna importen som den är?</numerusform>
            <numerusform>%n rader i den här importen har ändrats sedan de importerades. Ta bort dem med resten, behålla dem (och det de behöver) och ta bort resten, eller lämna importen som den är?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Anyway</source>
        <translation>Ta bort ändå</translation>
    </message>
    <message>
        <source>Keep Changed Rows</source>
        <translation>Behåll ändrade rader</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemets språk</translation>
    </message>
    <message>
        <source>The language changes when Pactline starts again.</source>
        <translation>Språket ändras när Pactline startas om.</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Pactline's own icons (application, portfolio, zoom)</source>
        <translation>Pactlines egna ikoner (program, portfölj, zoom)</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>allmän egendom</translation>
    </message>
    <message>
        <source>libpq, the PostgreSQL client library (Windows and macOS packages)</source>
        <translation>libpq, PostgreSQL:s klientbibliotek (paketen för Windows och macOS)</translation>
    </message>
    <message>
        <source>PostgreSQL Licence</source>
        <translation>PostgreSQL-licensen</translation>
    </message>
    <message>
        <source>OpenSSL 3 (Windows and macOS packages)</source>
        <translation>OpenSSL 3 (paketen för Windows och macOS)</translation>
    </message>
    <message>
        <source>QtKeychain (Windows and macOS packages)</source>
        <translation>QtKeychain (paketen för Windows och macOS)</translation>
    </message>
    <message>
        <source>Notices for everything bundled</source>
        <translation>Meddelanden för allt som medföljer</translation>
    </message>
    <message>
        <source>all of the above</source>
        <translation>alla ovanstående</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licences:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Licenser:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenser</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenter</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Licenstext</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>
Commands (run without a display):
</source>
        <translation>
Kommandon (körs utan skärm):
</translation>
    </message>
    <message>
        <source>
Run “pactline COMMAND --help” for a command's options.</source>
        <translation>
Kör ”pactline KOMMANDO --help” för att se ett kommandos flaggor.</translation>
    </message>
    <message>
        <source>Pactline: partners, agreements and milestones of international collaborations.</source>
        <translation>Pactline: partner, avtal och milstolpar i internationella samarbeten.</translation>
    </message>
    <message>
        <source>The portfolio to open (default: your own).</source>
        <translation>Portföljen som ska öppnas (standard: din egen).</translation>
    </message>
    <message>
        <source>Give at most one portfolio file.
</source>
        <translation>Ange högst en portföljfil.
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
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportera PDF</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zooma ut</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The server of “%1” is not reachable; changes are paused until it is back. Retrying…
%2</source>
        <translation>Servern för “%1” går inte att nå; ändringar är pausade tills den är tillbaka. Försöker igen…
%2</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Försök igen nu</translation>
    </message>
    <message>
        <source>The server of “%1” is back; changes are saved again.</source>
        <translation>Servern för “%1” är tillbaka; ändringar sparas igen.</translation>
    </message>
    <message>
        <source>Pactline portfolios (*.pactline);;All files (*)</source>
        <translation>Pactline-portföljer (*.pactline);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Ändringen kunde inte göras</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1</source>
        <translation>
            <numerusform>Skrev %n sida till %1</numerusform>
            <numerusform>Skrev %n sidor till %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No portfolio is open.

File ▸ New… creates one, File ▸ Open… opens one; you can also drop a .pactline file here.</source>
        <translation>Ingen portfölj är öppen.

Arkiv ▸ Ny… skapar en, Arkiv ▸ Öppna… öppnar en; du kan också släppa en .pactline-fil här.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milstolpar</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Select a record to see and edit it here.</source>
        <translation>Markera en post för att se och redigera den här.</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Ångrahistorik</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;öppnad&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna senas&amp;te</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Spara en &amp;kopia som…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>St&amp;äng</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ångra %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gör om %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplicera</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Kolumner</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>D&amp;etaljer</translation>
    </message>
    <message>
        <source>The Details pane opens when a record is selected.</source>
        <translation>Detaljpanelen öppnas när en post markeras.</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>Ångra&amp;historik</translation>
    </message>
    <message>
        <source>Cannot open portfolio</source>
        <translation>Det går inte att öppna portföljen</translation>
    </message>
    <message>
        <source>New portfolio</source>
        <translation>Ny portfölj</translation>
    </message>
    <message>
        <source>Cannot create portfolio</source>
        <translation>Det går inte att skapa portföljen</translation>
    </message>
    <message>
        <source>Open portfolio</source>
        <translation>Öppna portfölj</translation>
    </message>
    <message>
        <source>Save a copy of the portfolio</source>
        <translation>Spara en kopia av portföljen</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Det går inte att spara en kopia</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>En kopia sparades som %1</translation>
    </message>
    <message>
        <source>No recent portfolios</source>
        <translation>Inga senaste portföljer</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Töm menyn</translation>
    </message>
    <message>
        <source>Pactline</source>
        <translation>Pactline</translation>
    </message>
    <message>
        <source>%1 (read-only) — Pactline</source>
        <translation>%1 (skrivskyddad) — Pactline</translation>
    </message>
    <message>
        <source>%1 — Pactline</source>
        <translation>%1 — Pactline</translation>
    </message>
    <message>
        <source>“%1” is read-only: you can look and search, but not change it. File ▸ Save a Copy As… makes a copy you can edit.</source>
        <translation>”%1” är skrivskyddad: du kan titta och söka, men inte ändra den. Arkiv ▸ Spara en kopia som… gör en kopia som du kan redigera.</translation>
    </message>
    <message>
        <source>“%1” is also open in %2. What is changed there shows here as soon as it is saved; a change to the same record in both is refused, never overwritten.</source>
        <translation>”%1” är också öppen i %2. Det som ändras där visas här så snart det har sparats; en ändring av samma post på båda ställena avvisas, den skrivs aldrig över.</translation>
    </message>
    <message>
        <source>No portfolio open</source>
        <translation>Ingen portfölj öppen</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1 of %2 partners</source>
        <translation>%1 av %2 partner</translation>
    </message>
    <message>
        <source>%1 of %2 agreements</source>
        <translation>%1 av %2 avtal</translation>
    </message>
    <message>
        <source>%1 of %2 milestones</source>
        <translation>%1 av %2 milstolpar</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 av %2 händelser</translation>
    </message>
    <message>
        <source> (filtered)</source>
        <translation> (filtrerat)</translation>
    </message>
    <message>
        <source> · counting milestones…</source>
        <translation> · räknar milstolpar…</translation>
    </message>
    <message>
        <source> · %1 overdue</source>
        <translation> · %1 försenade</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>Ändringen kunde inte sparas</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Gjort om: %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Ångrat: %1</translation>
    </message>
    <message>
        <source>Changes not applied</source>
        <translation>Ändringarna har inte verkställts</translation>
    </message>
    <message>
        <source>“%1” has changes that are not applied yet.</source>
        <translation>”%1” har ändringar som inte har verkställts än.</translation>
    </message>
    <message>
        <source>Apply writes them, Discard drops them, Cancel goes back to the form.</source>
        <translation>Verkställ sparar dem, Förkasta slänger dem, Avbryt går tillbaka till formuläret.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Det går inte att ta bort</translation>
    </message>
    <message>
        <source>Open the agreements it is party to?</source>
        <translation>Vill du öppna avtalen som den är part i?</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… och %1 till</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vyer</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln milestone(s)</source>
        <translation>
            <numerusform> · %Ln milstolpe</numerusform>
            <numerusform> · %Ln milstolpar</numerusform>
        </translation>
    </message>
    <message>
        <source>They go to Edit ▸ Trash…; Edit ▸ Undo brings them back at once.</source>
        <translation>De flyttas till Redigera ▸ Papperskorgen…; Redigera ▸ Ångra återställer dem direkt.</translation>
    </message>
    <message>
        <source>Portfolio on a network drive</source>
        <translation>Portfölj på en nätverksenhet</translation>
    </message>
    <message>
        <source>Save a copy on this computer and open that?</source>
        <translation>Spara en kopia på den här datorn och öppna den?</translation>
    </message>
    <message>
        <source>Someone else changed “%1” since it was shown here. Delete it anyway?</source>
        <translation>Någon annan har ändrat ”%1” sedan det visades här. Ta bort ändå?</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Anslut till se&amp;rver…</translation>
    </message>
    <message>
        <source>You may only read “%1”: your user on the server has the reader's role. Whoever runs the server can give you the editor's role.</source>
        <translation>Du får bara läsa ”%1”: din användare på servern har läsarrollen. Den som driver servern kan ge dig redigerarrollen.</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was saved.</source>
        <translation>Kopieringen avbröts; ingenting sparades.</translation>
    </message>
    <message>
        <source>Publish to Server</source>
        <translation>Publicera på server</translation>
    </message>
    <message>
        <source>The database must exist and be empty; the portfolio is copied into it whole, with its history, and opened there.</source>
        <translation>Databasen måste finnas och vara tom; portföljen kopieras dit i sin helhet, med sin historik, och öppnas där.</translation>
    </message>
    <message>
        <source>Cannot publish to the server</source>
        <translation>Kan inte publicera på servern</translation>
    </message>
    <message>
        <source>Publishing was cancelled; nothing was copied to the server.</source>
        <translation>Publiceringen avbröts; ingenting kopierades till servern.</translation>
    </message>
    <message>
        <source>Published to %1; you are working on the server now.</source>
        <translation>Publicerad på %1; du arbetar nu på servern.</translation>
    </message>
    <message>
        <source>P&amp;ublish to Server…</source>
        <translation>P&amp;ublicera på server…</translation>
    </message>
</context>
<context>
    <name>MappingProfiles</name>
    <message>
        <source>Cannot read the import profiles in “%1”: %2</source>
        <translation>Det går inte att läsa importprofilerna i ”%1”: %2</translation>
    </message>
    <message>
        <source>The import profiles in “%1” are damaged (%2); fix or remove the file.</source>
        <translation>Importprofilerna i ”%1” är skadade (%2); rätta eller ta bort filen.</translation>
    </message>
    <message>
        <source>Cannot save the import profiles to “%1”: %2</source>
        <translation>Det går inte att spara importprofilerna i ”%1”: %2</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>Merge Changes</source>
        <translation>Sammanfoga ändringar</translation>
    </message>
    <message numerus="yes">
        <source>Someone else changed “%1” while you were editing it, and changed %n field(s) you changed as well. Choose which value each keeps.</source>
        <translation>
            <numerusform>Någon annan ändrade ”%1” medan du redigerade den och ändrade %n fält som du också ändrade. Välj vilket värde det behåller.</numerusform>
            <numerusform>Någon annan ändrade ”%1” medan du redigerade den och ändrade %n fält som du också ändrade. Välj vilket värde varje fält behåller.</numerusform>
        </translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Ursprungligt: %1</translation>
    </message>
    <message>
        <source>Yours: %1</source>
        <translation>Ditt: %1</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>Den andras: %1</translation>
    </message>
    <message>
        <source>Taken from their change without asking: %1.</source>
        <translation>Övertaget från den andra ändringen utan att fråga: %1.</translation>
    </message>
    <message>
        <source>All &amp;mine</source>
        <translation>Allt &amp;mitt</translation>
    </message>
    <message>
        <source>All &amp;theirs</source>
        <translation>Allt den &amp;andras</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Could not upgrade the portfolio to version %1: %2</source>
        <translation>Det gick inte att uppgradera portföljen till version %1: %2</translation>
    </message>
    <message>
        <source>row %1 of “%2” points to a missing row of “%3”</source>
        <translation>rad %1 i ”%2” pekar på en rad som saknas i ”%3”</translation>
    </message>
</context>
<context>
    <name>Milestone</name>
    <message>
        <source>A milestone needs a title, e.g. “Production facility in Lund ready”.</source>
        <translation>En milstolpe behöver en titel, t.ex. ”Produktionsanläggningen i Lund klar”.</translation>
    </message>
    <message>
        <source>A milestone belongs to an agreement; choose one.</source>
        <translation>En milstolpe hör till ett avtal; välj ett.</translation>
    </message>
</context>
<context>
    <name>MilestoneForm</name>
    <message>
        <source>Open the agreement</source>
        <translation>Öppna avtalet</translation>
    </message>
    <message>
        <source>Why the due date or status changed (kept in the history)</source>
        <translation>Varför måldatumet eller statusen ändrades (sparas i historiken)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Orsak</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historik&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Agreement #%1</source>
        <translation>Avtal #%1</translation>
    </message>
    <message>
        <source>due %1 → %2</source>
        <translation>måldatum %1 → %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Inga ändringar registrerade.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>%1, by %2: %3</source>
        <translation>%1, av %2: %3</translation>
    </message>
</context>
<context>
    <name>MilestoneRepository</name>
    <message>
        <source>“%1” was changed again since; that change cannot be undone on its own.</source>
        <translation>”%1” har ändrats igen sedan dess; den ändringen kan inte ångras för sig.</translation>
    </message>
</context>
<context>
    <name>MilestoneTableModel</name>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — försenad</translation>
    </message>
    <message>
        <source>The milestone is no longer listed.</source>
        <translation>Milstolpen finns inte längre i listan.</translation>
    </message>
</context>
<context>
    <name>NetworkDrive</name>
    <message>
        <source>“%1” is on a network drive, where SQLite cannot keep a portfolio safe while it is written, so Pactline only reads it there. Copy it to this computer to change it (File ▸ Save a Copy As…, or `pactline backup`).</source>
        <translation>”%1” ligger på en nätverksenhet, där SQLite inte kan hålla en portfölj säker medan den skrivs, så Pactline läser den bara där. Kopiera den till den här datorn för att ändra den (Arkiv ▸ Spara en kopia som…, eller `pactline backup`).</translation>
    </message>
</context>
<context>
    <name>NoticeOverlay</name>
    <message>
        <source>Click to put this message away</source>
        <translation>Klicka för att stänga det här meddelandet</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
</context>
<context>
    <name>ParticipantListModel</name>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Taking part as</source>
        <translation>Deltar som</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contact at %1</source>
        <translation>Kontaktperson hos %1</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <source>Type the name of a partner or a contact</source>
        <translation>Skriv namnet på en partner eller en kontaktperson</translation>
    </message>
</context>
<context>
    <name>Partner</name>
    <message>
        <source>A partner needs a name, e.g. “Lund University”.</source>
        <translation>En partner behöver ett namn, t.ex. ”Lunds universitet”.</translation>
    </message>
    <message>
        <source>“%1” is not a country code: type the two-letter ISO code, e.g. NL or SE.</source>
        <translation>”%1” är ingen landskod: skriv den tvåbokstaviga ISO-koden, t.ex. NL eller SE.</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <source>&lt;b&gt;Agreements&lt;/b&gt; (double-click to open)</source>
        <translation>&lt;b&gt;Avtal&lt;/b&gt; (dubbelklicka för att öppna)</translation>
    </message>
    <message>
        <source>Con&amp;tacts</source>
        <translation>Kon&amp;taktpersoner</translation>
    </message>
    <message>
        <source>Double-click, F2 or Enter edits a cell; Insert adds a contact, Delete removes the selected ones. Each change can be undone.</source>
        <translation>Dubbelklick, F2 eller Retur redigerar en cell; Insert lägger till en kontaktperson, Delete tar bort de markerade. Varje ändring kan ångras.</translation>
    </message>
    <message>
        <source>A&amp;dd contact</source>
        <translation>L&amp;ägg till kontaktperson</translation>
    </message>
    <message>
        <source>Re&amp;move contact</source>
        <translation>Ta &amp;bort kontaktperson</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Lägg till kontaktperson</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Ta bort kontaktperson</translation>
    </message>
    <message>
        <source>No portfolio is open.</source>
        <translation>Ingen portfölj är öppen.</translation>
    </message>
    <message>
        <source>Not a party to any agreement.</source>
        <translation>Inte part i något avtal.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>&amp;Personal data</source>
        <translation>&amp;Personuppgifter</translation>
    </message>
    <message>
        <source>Export or erase what the portfolio holds about the selected person</source>
        <translation>Exportera eller radera det portföljen har om den valda personen</translation>
    </message>
    <message>
        <source>Export Personal Data…</source>
        <translation>Exportera personuppgifter…</translation>
    </message>
    <message>
        <source>Erase Person…</source>
        <translation>Radera person…</translation>
    </message>
</context>
<context>
    <name>PartnerPicker</name>
    <message>
        <source>Type a partner's name</source>
        <translation>Skriv en partners namn</translation>
    </message>
</context>
<context>
    <name>PartnerRepository</name>
    <message>
        <source>There is already a partner called “%1” in %2; choose another name or edit that one.</source>
        <translation>Det finns redan en partner som heter ”%1” i %2; välj ett annat namn eller redigera den partnern.</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>inget land</translation>
    </message>
    <message numerus="yes">
        <source>This partner is a party to %n agreement(s): %1. Remove it from those agreements first.</source>
        <translation>
            <numerusform>Den här partnern är part i %n avtal: %1. Ta först bort den från det avtalet.</numerusform>
            <numerusform>Den här partnern är part i %n avtal: %1. Ta först bort den från de avtalen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>The partner is no longer listed.</source>
        <translation>Partnern finns inte längre i listan.</translation>
    </message>
</context>
<context>
    <name>PartyListModel</name>
    <message>
        <source>%1 is a party already.</source>
        <translation>%1 är redan en part.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <source>Choose a partner from the list: type part of its name.</source>
        <translation>Välj en partner i listan: skriv en del av dess namn.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>roll</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Give a file name for the PDF.</source>
        <translation>Ange ett filnamn för PDF-filen.</translation>
    </message>
    <message>
        <source>“%1” is a folder; give a file name for the PDF.</source>
        <translation>”%1” är en mapp; ange ett filnamn för PDF-filen.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Mappen ”%1” finns inte.</translation>
    </message>
    <message>
        <source>“%1” is read-only; the PDF cannot replace it.</source>
        <translation>”%1” är skrivskyddad; PDF-filen kan inte ersätta den.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Det går inte att skriva ”%1”: %2</translation>
    </message>
</context>
<context>
    <name>PersonErasure</name>
    <message>
        <source>The person was erased, but another program is reading the portfolio, so a copy of the erased data is still in its write-ahead log (the “-wal” file). Close the other program and erase again, or close Pactline, to remove it.</source>
        <translation>Personen raderades, men ett annat program läser portföljen, så en kopia av de raderade uppgifterna finns kvar i dess write-ahead-logg (”-wal”-filen). Stäng det andra programmet och radera igen, eller stäng Pactline, för att ta bort den.</translation>
    </message>
    <message>
        <source>The portfolio is open read-only; nobody was erased.</source>
        <translation>Portföljen är öppnad skrivskyddad; ingen raderades.</translation>
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
        <translation>kontaktperson</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evenemang</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>avtal</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>milstolpe</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Radera</translation>
    </message>
    <message numerus="yes">
        <source>Also delete these %n older copies</source>
        <translation>
            <numerusform>Radera även denna %n äldre kopia</numerusform>
            <numerusform>Radera även dessa %n äldre kopior</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Exportera personuppgifter</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Kunde inte skriva ”%1”: %2</translation>
    </message>
    <message>
        <source>Exported the personal data of %1 to %2</source>
        <translation>Personuppgifterna för %1 exporterades till %2</translation>
    </message>
    <message>
        <source>Erase Person</source>
        <translation>Radera person</translation>
    </message>
    <message>
        <source>The portfolio is open read-only; nobody can be erased from it.</source>
        <translation>Portföljen är öppnad skrivskyddad; ingen kan raderas ur den.</translation>
    </message>
    <message>
        <source>Erase %1 of %2 from this portfolio?</source>
        <translation>Radera %1 på %2 ur den här portföljen?</translation>
    </message>
    <message numerus="yes">
        <source>Their contact record and their attendance at %n event(s) go, with the traces the portfolio keeps of them. This cannot be undone, and the undo history of this window is cleared.</source>
        <translation>
            <numerusform>Kontaktuppgifterna och närvaron vid %n evenemang försvinner, med de spår portföljen sparar av personen. Det kan inte ångras, och ångrahistoriken i det här fönstret töms.</numerusform>
            <numerusform>Kontaktuppgifterna och närvaron vid %n evenemang försvinner, med de spår portföljen sparar av personen. Det kan inte ångras, och ångrahistoriken i det här fönstret töms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older copies of this portfolio (automatic backups and copies taken before upgrades) still hold them until they are deleted or rotate out.</source>
        <translation>
            <numerusform>%n äldre kopia av portföljen (automatisk säkerhetskopia eller kopia från före en uppgradering) innehåller personen tills den raderas eller roteras bort.</numerusform>
            <numerusform>%n äldre kopior av portföljen (automatiska säkerhetskopior och kopior från före uppgraderingar) innehåller personen tills de raderas eller roteras bort.</numerusform>
        </translation>
    </message>
    <message>
        <source>These copies could not be deleted:
%1</source>
        <translation>De här kopiorna kunde inte raderas:
%1</translation>
    </message>
    <message>
        <source>Erased %1</source>
        <translation>%1 raderad</translation>
    </message>
    <message>
        <source>These records name them in their text and stay as they are. To change them, cancel and edit them first: an edit after the erasure keeps their old text in the history.
%1</source>
        <translation>De här posterna nämner personen i sin text och lämnas som de är. Vill du ändra dem, avbryt och redigera dem först: en ändring efter raderingen behåller den gamla texten i historiken.
%1</translation>
    </message>
</context>
<context>
    <name>PortfolioCheck</name>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>Integritetskontrollen kunde inte köras: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integritet: %1</translation>
    </message>
    <message>
        <source>The content check could not run: %1</source>
        <translation>Innehållskontrollen kunde inte köras: %1</translation>
    </message>
    <message>
        <source>The search indexes could not be checked: %1</source>
        <translation>Sökindexen kunde inte kontrolleras: %1</translation>
    </message>
</context>
<context>
    <name>PortfolioCopy</name>
    <message>
        <source>“%1” is not empty; a copy goes only into a new portfolio.</source>
        <translation>”%1” är inte tom; en kopia skrivs bara till en ny portfölj.</translation>
    </message>
    <message>
        <source>Row %1 of “%2” points to a row of “%3” that the source does not hold; run `pactline check` on the source.</source>
        <translation>Rad %1 i ”%2” pekar på en rad i ”%3” som källan inte innehåller; kör `pactline check` på källan.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n value(s) that this version of Pactline no longer lets a portfolio hold, so it was not copied:
%2
Repair them (`pactline check --repair “%1”`) and copy it again.</source>
        <translation>
            <numerusform>”%1” innehåller %n värde som den här versionen av Pactline inte längre tillåter i en portfölj, så den kopierades inte:
%2
Reparera det (`pactline check --repair ”%1”`) och kopiera den igen.</numerusform>
            <numerusform>”%1” innehåller %n värden som den här versionen av Pactline inte längre tillåter i en portfölj, så den kopierades inte:
%2
Reparera dem (`pactline check --repair ”%1”`) och kopiera den igen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioJson</name>
    <message>
        <source>expected text</source>
        <translation>text förväntades</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>krävs</translation>
    </message>
    <message>
        <source>expected a positive whole number</source>
        <translation>ett positivt heltal förväntades</translation>
    </message>
    <message>
        <source>“%1” is not a date code such as 2023-09-12, 2023-09, 2024-Q3, 2025-H2 or 2022</source>
        <translation>”%1” är ingen datumkod som 2023-09-12, 2023-09, 2024-Q3, 2025-H2 eller 2022</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>”%1” är inte något av: %2</translation>
    </message>
    <message>
        <source>“%1” is not a time such as 2023-09-12T10:00:00.000Z</source>
        <translation>”%1” är ingen tidpunkt som 2023-09-12T10:00:00.000Z</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>en lista förväntades</translation>
    </message>
    <message>
        <source>expected a list of ids</source>
        <translation>en lista med id:n förväntades</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ett objekt förväntades</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>Ogiltig JSON vid byte %1: %2</translation>
    </message>
    <message>
        <source>This JSON is not a Pactline portfolio (its “format” is not “pactline-portfolio”).</source>
        <translation>Den här JSON-filen är ingen Pactline-portfölj (dess ”format” är inte ”pactline-portfolio”).</translation>
    </message>
    <message>
        <source>This portfolio file has format version %1; this Pactline reads version %2.</source>
        <translation>Den här portföljfilen har formatversion %1; den här Pactline läser version %2.</translation>
    </message>
    <message>
        <source>The file refers to %1 #%2, which it does not contain.</source>
        <translation>Filen hänvisar till %1 #%2, som den inte innehåller.</translation>
    </message>
    <message>
        <source>Partner “%1”: %2</source>
        <translation>Partner ”%1”: %2</translation>
    </message>
    <message>
        <source>Contact “%1”: %2</source>
        <translation>Kontaktperson ”%1”: %2</translation>
    </message>
    <message>
        <source>Event “%1”: %2</source>
        <translation>Händelse ”%1”: %2</translation>
    </message>
    <message>
        <source>Agreement “%1”: %2</source>
        <translation>Avtal ”%1”: %2</translation>
    </message>
    <message>
        <source>Agreement “%1” has a predecessor the file does not contain (or the predecessors form a loop).</source>
        <translation>Avtalet ”%1” har en föregångare som filen inte innehåller (eller så bildar föregångarna en slinga).</translation>
    </message>
    <message>
        <source>Milestone “%1”: %2</source>
        <translation>Milstolpe ”%1”: %2</translation>
    </message>
    <message>
        <source>%1 is used by another row too.</source>
        <translation>%1 används av en annan rad också.</translation>
    </message>
    <message>
        <source>refers to %1 #%2, which the file does not contain.</source>
        <translation>hänvisar till %1 #%2, som filen inte innehåller.</translation>
    </message>
    <message>
        <source>another partner in %1 has the same name.</source>
        <translation>en annan partner i %1 har samma namn.</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>inget land</translation>
    </message>
    <message>
        <source>the predecessors go round in a circle.</source>
        <translation>föregångarna går runt i en cirkel.</translation>
    </message>
    <message>
        <source>milestone “%1”: its agreement has no id.</source>
        <translation>milstolpe ”%1”: dess avtal har inget id.</translation>
    </message>
    <message>
        <source>milestone “%1”: %2</source>
        <translation>milstolpe ”%1”: %2</translation>
    </message>
</context>
<context>
    <name>PortfolioLock</name>
    <message>
        <source>another Pactline</source>
        <translation>en annan Pactline</translation>
    </message>
    <message>
        <source>another Pactline on %1</source>
        <translation>en annan Pactline på %1</translation>
    </message>
</context>
<context>
    <name>PortfolioReport</name>
    <message>
        <source>The whole portfolio</source>
        <translation>Hela portföljen</translation>
    </message>
    <message>
        <source>Portfolio report: %1</source>
        <translation>Portföljrapport: %1</translation>
    </message>
    <message>
        <source>Agreements, partners and milestones as of %1</source>
        <translation>Avtal, partner och milstolpar per %1</translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation>Portföljrapport</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>Rapportens datum</translation>
    </message>
    <message>
        <source>Agreements covered</source>
        <translation>Avtal som ingår</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Upprättad av</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>avtal</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>avtal</translation>
    </message>
    <message>
        <source>partner involved</source>
        <translation>involverad partner</translation>
    </message>
    <message>
        <source>partners involved</source>
        <translation>involverade partner</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>länder</translation>
    </message>
    <message>
        <source>milestone achieved</source>
        <translation>uppnådd milstolpe</translation>
    </message>
    <message>
        <source>milestones achieved</source>
        <translation>uppnådda milstolpar</translation>
    </message>
    <message>
        <source>milestone still due</source>
        <translation>återstående milstolpe</translation>
    </message>
    <message>
        <source>milestones still due</source>
        <translation>återstående milstolpar</translation>
    </message>
    <message>
        <source>milestone overdue</source>
        <translation>försenad milstolpe</translation>
    </message>
    <message>
        <source>milestones overdue</source>
        <translation>försenade milstolpar</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>This report covers %1 with %2 in %3.</source>
        <translation>Rapporten omfattar %1 med %2 i %3.</translation>
    </message>
    <message>
        <source>%1 agreement</source>
        <translation>%1 avtal</translation>
    </message>
    <message>
        <source>%1 agreements</source>
        <translation>%1 avtal</translation>
    </message>
    <message>
        <source>%1 partner</source>
        <translation>%1 partner</translation>
    </message>
    <message>
        <source>%1 partners</source>
        <translation>%1 partner</translation>
    </message>
    <message>
        <source>%1 country</source>
        <translation>%1 land</translation>
    </message>
    <message>
        <source>%1 countries</source>
        <translation>%1 länder</translation>
    </message>
    <message>
        <source>Of their milestones, %1 achieved and %2 still due</source>
        <translation>Av deras milstolpar har %1 uppnåtts och %2 återstår</translation>
    </message>
    <message>
        <source>%1 has been</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 have been</source>
        <translation>%1</translation>
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
        <translation>, %1 per %2.</translation>
    </message>
    <message>
        <source>%1 of them overdue</source>
        <translation>varav %1 efter tidsplanen</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Nästa milstolpe</translation>
    </message>
    <message>
        <source>not dated</source>
        <translation>ej daterad</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>One lane per agreement, from its signing to its end or today. Milestones are drawn as bands over their period (a quarter, a year) or as diamonds on their day, coloured by status; earlier due dates of slipped milestones are shown as ghosts.</source>
        <translation>En rad per avtal, från undertecknandet till slutet eller till i dag. Milstolpar ritas som band över sin period (ett kvartal, ett år) eller som romber på sin dag, färgade efter status; tidigare måldatum för senarelagda milstolpar visas som skuggor.</translation>
    </message>
    <message>
        <source>Timeline of the agreements as of %1</source>
        <translation>Tidslinje över avtalen per %1</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Appendix: partners by country</source>
        <translation>Bilaga: partner per land</translation>
    </message>
    <message>
        <source>Every partner in the portfolio, with its contacts.</source>
        <translation>Varje partner i portföljen, med dess kontaktpersoner.</translation>
    </message>
    <message>
        <source>The partners of the agreements in this report, with their contacts.</source>
        <translation>Partnerna i avtalen i den här rapporten, med deras kontaktpersoner.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktpersoner</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>by %1</source>
        <translation>av %1</translation>
    </message>
    <message>
        <source>at “%1”</source>
        <translation>vid ”%1”</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagt</translation>
    </message>
    <message>
        <source>to the portfolio on %1, %2.</source>
        <translation>i portföljen den %1, %2.</translation>
    </message>
    <message>
        <source>, already achieved %1</source>
        <translation>, redan uppnådd %1</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, måldatum %1</translation>
    </message>
    <message>
        <source>, not yet dated</source>
        <translation>, ännu inte daterad</translation>
    </message>
    <message>
        <source>New milestone:</source>
        <translation>Ny milstolpe:</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Uppnådd</translation>
    </message>
    <message>
        <source>Brought forward</source>
        <translation>Tidigarelagd</translation>
    </message>
    <message>
        <source>Slipped</source>
        <translation>Senarelagd</translation>
    </message>
    <message>
        <source>from %1 to %2: %3.</source>
        <translation>från %1 till %2: %3.</translation>
    </message>
    <message>
        <source>since %1: %2.</source>
        <translation>sedan %1: %2.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>(due %1): %2.</source>
        <translation>(måldatum %1): %2.</translation>
    </message>
    <message>
        <source>Due %1:</source>
        <translation>Måldatum %1:</translation>
    </message>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>Perioden börjar den %1, efter sitt slut den %2.</translation>
    </message>
    <message>
        <source>Progress report: %1, %2</source>
        <translation>Lägesrapport: %1, %2</translation>
    </message>
    <message>
        <source>What happened between %1 and %2</source>
        <translation>Vad som hände mellan %1 och %2</translation>
    </message>
    <message>
        <source>Progress report, %1</source>
        <translation>Lägesrapport, %1</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Lägesrapport</translation>
    </message>
    <message>
        <source>agreement signed</source>
        <translation>avtal undertecknat</translation>
    </message>
    <message>
        <source>agreements signed</source>
        <translation>avtal undertecknade</translation>
    </message>
    <message>
        <source>milestone achieved</source>
        <translation>uppnådd milstolpe</translation>
    </message>
    <message>
        <source>milestones achieved</source>
        <translation>uppnådda milstolpar</translation>
    </message>
    <message>
        <source>new milestone</source>
        <translation>ny milstolpe</translation>
    </message>
    <message>
        <source>new milestones</source>
        <translation>nya milstolpar</translation>
    </message>
    <message>
        <source>date slipped</source>
        <translation>datum senarelagt</translation>
    </message>
    <message>
        <source>dates slipped</source>
        <translation>datum senarelagda</translation>
    </message>
    <message>
        <source>overdue on %1</source>
        <translation>försenade per %1</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>med måldatum senast %1</translation>
    </message>
    <message>
        <source>Nothing was recorded for these agreements in this period, nothing was overdue at its end and nothing is due in the twelve months after it.</source>
        <translation>Ingenting registrerades för de här avtalen under perioden, ingenting var försenat vid dess slut och ingenting förfaller under de tolv månaderna efter den.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Om den här rapporten</translation>
    </message>
    <message>
        <source>Built from the portfolio's change history: agreements whose signing date falls between %1 and %2, and the milestones added, achieved, moved or otherwise changed in that time. Overdue and due dates are as they stood on %2; “due” looks ahead to %3.</source>
        <translation>Byggd utifrån portföljens ändringshistorik: avtal vars datum för undertecknande ligger mellan %1 och %2, samt milstolparna som lagts till, uppnåtts, flyttats eller ändrats på annat sätt under den tiden. Förseningar och måldatum är som de var %2; ”med måldatum senast” sträcker sig fram till %3.</translation>
    </message>
    <message>
        <source>, recorded by %1</source>
        <translation>, registrerat av %1</translation>
    </message>
    <message>
        <source>from %1 to %2 by %3 on %4: %5.</source>
        <translation>från %1 till %2 av %3 den %4: %5.</translation>
    </message>
    <message>
        <source>since %1, set by %2: %3.</source>
        <translation>sedan %1, satt av %2: %3.</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (kopia %2)</translation>
    </message>
    <message>
        <source>Select what to delete first.</source>
        <translation>Markera först vad som ska tas bort.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) cannot be deleted while party to agreements: %1. Remove them from those agreements first (in each agreement's parties), then delete them.</source>
        <translation>
            <numerusform>%n partner kan inte tas bort medan den är part i avtal: %1. Ta först bort den från de avtalen (under respektive avtals parter) och ta sedan bort den.</numerusform>
            <numerusform>%n partner kan inte tas bort medan de är parter i avtal: %1. Ta först bort dem från de avtalen (under respektive avtals parter) och ta sedan bort dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete partner %1</source>
        <translation>Ta bort partnern %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n partner(s)</source>
        <translation>
            <numerusform>Ta bort %n partner</numerusform>
            <numerusform>Ta bort %n partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n partner(s)?</source>
        <translation>
            <numerusform>Vill du ta bort %n partner?</numerusform>
            <numerusform>Vill du ta bort %n partner?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %n contact(s) go with them.</source>
        <translation>
            <numerusform>Även %n kontaktperson tas bort.</numerusform>
            <numerusform>Även %n kontaktpersoner tas bort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete agreement %1</source>
        <translation>Ta bort avtalet %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n agreement(s)</source>
        <translation>
            <numerusform>Ta bort %n avtal</numerusform>
            <numerusform>Ta bort %n avtal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, with %n milestone(s)</source>
        <translation>
            <numerusform>%1, med %n milstolpe</numerusform>
            <numerusform>%1, med %n milstolpar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n agreement(s)?</source>
        <translation>
            <numerusform>Vill du ta bort %n avtal?</numerusform>
            <numerusform>Vill du ta bort %n avtal?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %n milestone(s) and the history of each go with them.</source>
        <translation>
            <numerusform>Även %n milstolpe och dess historik tas bort.</numerusform>
            <numerusform>Även %n milstolpar och historiken för var och en tas bort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete milestone %1</source>
        <translation>Ta bort milstolpen %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n milestone(s)</source>
        <translation>
            <numerusform>Ta bort %n milstolpe</numerusform>
            <numerusform>Ta bort %n milstolpar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, with %n change(s) in its history</source>
        <translation>
            <numerusform>%1, med %n ändring i sin historik</numerusform>
            <numerusform>%1, med %n ändringar i sin historik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n milestone(s)?</source>
        <translation>
            <numerusform>Vill du ta bort %n milstolpe?</numerusform>
            <numerusform>Vill du ta bort %n milstolpar?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete event %1</source>
        <translation>Ta bort händelsen %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)</source>
        <translation>
            <numerusform>Ta bort %n händelse</numerusform>
            <numerusform>Ta bort %n händelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, where %n agreement(s) were signed</source>
        <translation>
            <numerusform>%1, där %n avtal undertecknades</numerusform>
            <numerusform>%1, där %n avtal undertecknades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)?</source>
        <translation>
            <numerusform>Vill du ta bort %n händelse?</numerusform>
            <numerusform>Vill du ta bort %n händelser?</numerusform>
        </translation>
    </message>
    <message>
        <source>Select what to duplicate first.</source>
        <translation>Markera först vad som ska dupliceras.</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n partner(s)</source>
        <translation>
            <numerusform>Duplicera %n partner</numerusform>
            <numerusform>Duplicera %n partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n agreement(s)</source>
        <translation>
            <numerusform>Duplicera %n avtal</numerusform>
            <numerusform>Duplicera %n avtal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n milestone(s)</source>
        <translation>
            <numerusform>Duplicera %n milstolpe</numerusform>
            <numerusform>Duplicera %n milstolpar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n event(s)</source>
        <translation>
            <numerusform>Duplicera %n händelse</numerusform>
            <numerusform>Duplicera %n händelser</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplicera %1</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Ny partner</translation>
    </message>
    <message>
        <source>New partner %1</source>
        <translation>Ny partner %1</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Lägg till partner</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nytt avtal</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Lägg till avtal</translation>
    </message>
    <message>
        <source>A milestone belongs to an agreement: select the agreement first (in Agreements, or filter the milestones by it), then add its milestones.</source>
        <translation>En milstolpe hör till ett avtal: markera först avtalet (under Avtal, eller filtrera milstolparna efter det) och lägg sedan till dess milstolpar.</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Ny milstolpe</translation>
    </message>
    <message>
        <source>Add milestone to %1</source>
        <translation>Lägg till milstolpe i %1</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Ny händelse</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Lägg till händelse</translation>
    </message>
    <message>
        <source>Choose a list first.</source>
        <translation>Välj en lista först.</translation>
    </message>
    <message>
        <source>Add contact %1 to %2</source>
        <translation>Lägg till kontaktpersonen %1 hos %2</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>Redigera kontaktpersonen %1</translation>
    </message>
    <message>
        <source>Rename contact %1 to %2</source>
        <translation>Byt namn på kontaktpersonen %1 till %2</translation>
    </message>
    <message>
        <source>Edit the role of %1</source>
        <translation>Redigera rollen för %1</translation>
    </message>
    <message>
        <source>Edit the e-mail of %1</source>
        <translation>Redigera e-postadressen för %1</translation>
    </message>
    <message>
        <source>Edit the phone of %1</source>
        <translation>Redigera telefonnumret för %1</translation>
    </message>
    <message>
        <source>Edit the notes on %1</source>
        <translation>Redigera anteckningarna om %1</translation>
    </message>
    <message>
        <source>Select the contacts to remove first.</source>
        <translation>Markera först de kontaktpersoner som ska tas bort.</translation>
    </message>
    <message>
        <source>Remove contact %1</source>
        <translation>Ta bort kontaktpersonen %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s)</source>
        <translation>
            <numerusform>Ta bort %n kontaktperson</numerusform>
            <numerusform>Ta bort %n kontaktpersoner</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 takes part already.</source>
        <translation>%1 deltar redan.</translation>
    </message>
    <message>
        <source>Add %1 to the participants of %2</source>
        <translation>Lägg till %1 bland deltagarna i %2</translation>
    </message>
    <message>
        <source>Select the participants to remove first.</source>
        <translation>Markera först de deltagare som ska tas bort.</translation>
    </message>
    <message>
        <source>Remove %1 from the participants of %2</source>
        <translation>Ta bort %1 från deltagarna i %2</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s) of %1</source>
        <translation>
            <numerusform>Ta bort %n deltagare i %1</numerusform>
            <numerusform>Ta bort %n deltagare i %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, with %n contact(s)</source>
        <translation>
            <numerusform>%1, med %n kontaktperson</numerusform>
            <numerusform>%1, med %n kontaktpersoner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>Someone else changed this record since; the change was not undone or redone over theirs.</source>
        <translation>Någon annan har ändrat posten sedan dess; ändringen ångrades eller gjordes inte om ovanpå deras.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>This record was changed elsewhere since you began editing it (%1). Your changes are still in the form: Apply merges them with it, Revert shows what is stored now.</source>
        <translation>Posten har ändrats någon annanstans sedan du började redigera den (%1). Dina ändringar finns kvar i formuläret: Verkställ sammanfogar dem med den, Återställ visar det som är sparat nu.</translation>
    </message>
    <message>
        <source>Not applied: the server is not reachable. Your changes are still in the form; apply them once the server is back.</source>
        <translation>Inte verkställt: servern går inte att nå. Dina ändringar finns kvar i formuläret; verkställ dem när servern är tillbaka.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Verkställ</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Write the changes (Ctrl+Return); Edit ▸ Undo takes them back</source>
        <translation>Spara ändringarna (Ctrl+Retur); Redigera ▸ Ångra tar tillbaka dem</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Posten finns inte längre.</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Inget markerat.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Your changes were saved after someone else's change of this record.</source>
        <translation>Dina ändringar sparades efter någon annans ändring av posten.</translation>
    </message>
    <message>
        <source>Your changes were merged with someone else's change of %1, and saved.</source>
        <translation>Dina ändringar sammanfogades med någon annans ändring av %1 och sparades.</translation>
    </message>
    <message>
        <source>Not applied: someone else changed this record while you were editing it. Your changes are still in the form: Apply merges them again, Revert shows what is stored now.</source>
        <translation>Inte tillämpat: någon annan ändrade posten medan du redigerade den. Dina ändringar finns kvar i formuläret: Verkställ sammanfogar dem igen, Återställ visar det som är sparat nu.</translation>
    </message>
    <message>
        <source>%1 Your changes are still in the form: Apply merges them again, Revert shows what is stored now.</source>
        <translation>%1 Dina ändringar finns kvar i formuläret: Verkställ sammanfogar dem igen, Återställ visar det som är sparat nu.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
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
        <translation>%1 (kan inte sorteras)</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>Den här kolumnen kan inte redigeras.</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message>
        <source>Repair Values</source>
        <translation>Reparera värden</translation>
    </message>
    <message numerus="yes">
        <source>Not allowed in this portfolio: %n value(s). Choose what each becomes, or leave it as it is.</source>
        <translation>
            <numerusform>Inte tillåtet i den här portföljen: %n värde. Välj vad det blir, eller lämna det som det är.</numerusform>
            <numerusform>Inte tillåtet i den här portföljen: %n värden. Välj vad vart och ett blir, eller lämna det som det är.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Lämna som det är</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Tillåtet: %1</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparera</translation>
    </message>
</context>
<context>
    <name>RepairOffer</name>
    <message>
        <source>&amp;Repair Values…</source>
        <translation>&amp;Reparera värden…</translation>
    </message>
    <message>
        <source>Choose allowed values for the values another program wrote that Pactline does not allow</source>
        <translation>Välj tillåtna värden för de värden som ett annat program skrev och som Pactline inte tillåter</translation>
    </message>
    <message>
        <source>Portfolio not upgraded</source>
        <translation>Portföljen uppgraderades inte</translation>
    </message>
    <message>
        <source>This portfolio holds values this version of Pactline does not allow, so it was not upgraded. You can open it read-only as it is, or repair the values first.</source>
        <translation>Den här portföljen innehåller värden som den här versionen av Pactline inte tillåter, så den uppgraderades inte. Du kan öppna den skrivskyddad som den är, eller reparera värdena först.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Öppna skrivskyddad</translation>
    </message>
    <message>
        <source>Repair…</source>
        <translation>Reparera…</translation>
    </message>
    <message>
        <source>Cannot repair</source>
        <translation>Kan inte reparera</translation>
    </message>
    <message>
        <source>The values chosen are repaired in one transaction in the file as it is; once no value is left that stops it, the file is upgraded and opens for editing. This cannot be undone in the window, as the upgrade follows the repair.</source>
        <translation>De valda värdena repareras i en transaktion i filen som den är; när inget värde finns kvar som hindrar det uppgraderas filen och öppnas för redigering. Detta kan inte ångras i fönstret, eftersom uppgraderingen följer på reparationen.</translation>
    </message>
    <message numerus="yes">
        <source>Not repaired: %n value(s). The portfolio was not upgraded, so it opens read-only.</source>
        <translation>
            <numerusform>Inte reparerat: %n värde. Portföljen uppgraderades inte, så den öppnas skrivskyddad.</numerusform>
            <numerusform>Inte reparerade: %n värden. Portföljen uppgraderades inte, så den öppnas skrivskyddad.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portfolio is open read-only.</source>
        <translation>Portföljen är öppnad skrivskyddad.</translation>
    </message>
    <message>
        <source>Repair Values</source>
        <translation>Reparera värden</translation>
    </message>
    <message>
        <source>Every value in the portfolio is allowed: there is nothing to repair.</source>
        <translation>Alla värden i portföljen är tillåtna: det finns inget att reparera.</translation>
    </message>
    <message>
        <source>The values chosen are repaired in one transaction; Edit ▸ Undo puts them back.</source>
        <translation>De valda värdena repareras i en transaktion; Redigera ▸ Ångra sätter tillbaka dem.</translation>
    </message>
</context>
<context>
    <name>RepairUndoCommand</name>
    <message numerus="yes">
        <source>Repair %n value(s)</source>
        <translation>
            <numerusform>Reparera %n värde</numerusform>
            <numerusform>Reparera %n värden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportera PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Förhands&amp;granska utskrift…</translation>
    </message>
    <message>
        <source>Write a portfolio report, an agreement summary or a progress report as a PDF</source>
        <translation>Skriv en portföljrapport, en avtalssammanfattning eller en lägesrapport som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Open a portfolio first.</source>
        <translation>Öppna en portfölj först.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportera PDF</translation>
    </message>
    <message>
        <source>Cannot make the report</source>
        <translation>Det går inte att skapa rapporten</translation>
    </message>
    <message>
        <source>Cannot write the PDF</source>
        <translation>Det går inte att skriva PDF-filen</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Det går inte att skriva ut</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Förhandsgranska utskrift</translation>
    </message>
    <message>
        <source>Print Preview: %1</source>
        <translation>Förhandsgranska utskrift: %1</translation>
    </message>
    <message>
        <source>Cannot show the preview</source>
        <translation>Det går inte att visa förhandsgranskningen</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>There is no agreement with id %1 in this portfolio.</source>
        <translation>Det finns inget avtal med id %1 i den här portföljen.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Typ: %1</translation>
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
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>With overdue milestones</source>
        <translation>Med försenade milstolpar</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>Sökning: ”%1”</translation>
    </message>
    <message>
        <source>The portfolio has no agreements yet: there is nothing to report.</source>
        <translation>Portföljen har inga avtal än: det finns ingenting att rapportera.</translation>
    </message>
    <message>
        <source>No agreement matches the filter: there is nothing to report.</source>
        <translation>Inget avtal matchar filtret: det finns ingenting att rapportera.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>The whole portfolio</source>
        <translation>Hela portföljen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Any date: 2023-09-12, September 2023, Q3 2024, 2023</source>
        <translation>Valfritt datum: 2023-09-12, september 2023, Q3 2024, 2023</translation>
    </message>
    <message>
        <source>The current filter (nothing is filtered)</source>
        <translation>Det aktuella filtret (ingenting är filtrerat)</translation>
    </message>
    <message>
        <source>The current filter: %1</source>
        <translation>Det aktuella filtret: %1</translation>
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
        <translation>till</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport:</translation>
    </message>
    <message>
        <source>A&amp;greement:</source>
        <translation>&amp;Avtal:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Agreements:</source>
        <translation>Avtal:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>Papp&amp;er:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>&amp;Författare:</translation>
    </message>
    <message>
        <source>The portfolio has no agreements to summarise.</source>
        <translation>Portföljen har inga avtal att sammanfatta.</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Från: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Till: %1</translation>
    </message>
    <message>
        <source>The period starts after it ends: %1 is after %2.</source>
        <translation>Perioden börjar efter att den slutar: %1 ligger efter %2.</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>on %1</source>
        <translation>den %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>under %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Inget land</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 och %2</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>Portfolio report</source>
        <translation>Portföljrapport</translation>
    </message>
    <message>
        <source>Agreement summary</source>
        <translation>Avtalssammanfattning</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Lägesrapport</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>The report could not be drawn on this device.</source>
        <translation>Rapporten kunde inte ritas på den här enheten.</translation>
    </message>
    <message>
        <source>The report could not start page %1.</source>
        <translation>Rapporten kunde inte påbörja sidan %1.</translation>
    </message>
    <message>
        <source>The report could not be finished.</source>
        <translation>Rapporten kunde inte slutföras.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
</context>
<context>
    <name>ReportTimeline</name>
    <message>
        <source>%1 (agreements %2–%3 of %4)</source>
        <translation>%1 (avtal %2–%3 av %4)</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>Someone else changed this record since you opened it, so your change was not written.</source>
        <translation>Någon annan har ändrat posten sedan du öppnade den, så din ändring skrevs inte.</translation>
    </message>
    <message>
        <source>Someone else changed this %1 (#%2) since you opened it; it was not deleted.</source>
        <translation>Någon annan har ändrat %1 (#%2) sedan du öppnade den; den togs inte bort.</translation>
    </message>
    <message>
        <source>There is no %1 #%2 (it may have been deleted).</source>
        <translation>%1 #%2 finns inte (den kan ha tagits bort).</translation>
    </message>
</context>
<context>
    <name>SamplePortfolio</name>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Det går inte att skapa mappen ”%1”.</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>unexpected %1 “%2”</source>
        <translation>%1 ”%2” förväntades inte</translation>
    </message>
    <message>
        <source>%1 “%2” differs from Pactline's</source>
        <translation>%1 ”%2” skiljer sig från Pactlines</translation>
    </message>
    <message>
        <source>missing %1 “%2”</source>
        <translation>%1 ”%2” saknas</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>Renders the main window on one view to a PNG, without a display.</source>
        <translation>Återger huvudfönstret i en vy som PNG-bild, utan skärm.</translation>
    </message>
    <message>
        <source>The view to show: partners, agreements, milestones, events or timeline.</source>
        <translation>Vyn som ska visas: partners, agreements, milestones, events eller timeline.</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>PNG-filen som ska skrivas.</translation>
    </message>
    <message>
        <source>Window size in pixels (default 1280x800).</source>
        <translation>Fönsterstorlek i bildpunkter (standard 1280x800).</translation>
    </message>
    <message>
        <source>The portfolio file (.pactline).</source>
        <translation>Portföljfilen (.pactline).</translation>
    </message>
    <message>
        <source>Give the PNG to write with -o OUT.png.</source>
        <translation>Ange PNG-filen som ska skrivas med -o OUT.png.</translation>
    </message>
    <message>
        <source>Usage: pactline </source>
        <translation>Användning: pactline </translation>
    </message>
    <message>
        <source>“%1” is not a window size: give WIDTHxHEIGHT in pixels between 480x320 and 4096x4096, e.g. 1280x800.</source>
        <translation>”%1” är ingen fönsterstorlek: ange BREDDxHÖJD i bildpunkter mellan 480x320 och 4096x4096, t.ex. 1280x800.</translation>
    </message>
    <message>
        <source>“%1” is not a view; choose one of: %2.</source>
        <translation>”%1” är ingen vy; välj en av: %2.</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>Det gick inte att skriva ”%1”.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2x%3, view %4).</source>
        <translation>Skrev %1 (%2x%3, vy %4).</translation>
    </message>
    <message>
        <source>Render the main window on a view (partners, agreements, milestones, events, timeline) to a PNG.</source>
        <translation>Återge huvudfönstret i en vy (partners, agreements, milestones, events, timeline) som PNG-bild.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>“%1” is not a server address Pactline understands: %2</source>
        <translation>“%1” är inte en serveradress som Pactline förstår: %2</translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation>den börjar inte med postgresql://</translation>
    </message>
    <message>
        <source>it holds a password, which Pactline never keeps in an address; leave it out and give it when asked</source>
        <translation>den innehåller ett lösenord, som Pactline aldrig sparar i en adress; utelämna det och ange det när du blir tillfrågad</translation>
    </message>
    <message>
        <source>it names no server</source>
        <translation>den anger ingen server</translation>
    </message>
    <message>
        <source>it names no user (user@host)</source>
        <translation>den anger ingen användare (användare@värd)</translation>
    </message>
    <message>
        <source>it names no database (host/database)</source>
        <translation>den anger ingen databas (värd/databas)</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode måste vara en av %1</translation>
    </message>
    <message>
        <source>unknown setting “%1”</source>
        <translation>okänd inställning “%1”</translation>
    </message>
</context>
<context>
    <name>ServerPasswords</name>
    <message>
        <source>The system keychain did not take the password (%1): it is kept until Pactline closes and asked for again next time.</source>
        <translation>Systemets nyckelring tog inte emot lösenordet (%1): det sparas tills Pactline stängs och efterfrågas igen nästa gång.</translation>
    </message>
    <message>
        <source>The system keychain did not remove the password: %1</source>
        <translation>Systemets nyckelring tog inte bort lösenordet: %1</translation>
    </message>
    <message>
        <source>asked from another thread</source>
        <translation>efterfrågat från en annan tråd</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>The %1 table has no column “%2”.</source>
        <translation>Tabellen %1 har ingen kolumn ”%2”.</translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Det gick inte att skriva exporten: %1</translation>
    </message>
</context>
<context>
    <name>TextSearch</name>
    <message>
        <source>The SQLite library Pactline uses (version %1) has no full-text search (FTS5), which portfolios need for their search indexes. Install an SQLite built with FTS5 (Qt's own SQLite and Debian's have it).</source>
        <translation>SQLite-biblioteket som Pactline använder (version %1) saknar fritextsökning (FTS5), som portföljer behöver för sina sökindex. Installera ett SQLite byggt med FTS5 (Qts eget SQLite och Debians har det).</translation>
    </message>
    <message>
        <source>The search index “%1” does not match the table “%2” (%3). Rebuild it with: sqlite3 “%4” "INSERT INTO %1 (%1) VALUES ('rebuild')"</source>
        <translation>Sökindexet ”%1” stämmer inte med tabellen ”%2” (%3). Bygg om det med: sqlite3 ”%4” "INSERT INTO %1 (%1) VALUES ('rebuild')"</translation>
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
        <translation>%1-talet</translation>
    </message>
</context>
<context>
    <name>TimelineLayout</name>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Earlier due date</source>
        <translation>Tidigare måldatum</translation>
    </message>
    <message>
        <source>Several milestones</source>
        <translation>Flera milstolpar</translation>
    </message>
    <message>
        <source>Agreement signed → end</source>
        <translation>Avtal undertecknat → slut</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Agreements by %1</source>
        <translation>Avtal efter %1</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Avtal</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n avtal</numerusform>
            <numerusform>%n avtal</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1 undated</source>
        <translation>+%1 odaterade</translation>
    </message>
    <message>
        <source>Due %1 · %2</source>
        <translation>Måldatum %1 · %2</translation>
    </message>
    <message>
        <source> · overdue</source>
        <translation> · försenad</translation>
    </message>
    <message>
        <source>Achieved %1</source>
        <translation>Uppnådd %1</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historik:</translation>
    </message>
    <message>
        <source>%1 achieved, %2 open (%3 overdue), %4 missed or cancelled</source>
        <translation>%1 uppnådda, %2 öppna (%3 försenade), %4 ej uppnådda eller avbrutna</translation>
    </message>
    <message>
        <source>Zoom in to see them one by one.</source>
        <translation>Zooma in för att se dem en och en.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation>Undertecknat %1</translation>
    </message>
    <message>
        <source>Ends %1</source>
        <translation>Slutar %1</translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) without a due date</source>
        <translation>
            <numerusform>%n milstolpe utan måldatum</numerusform>
            <numerusform>%n milstolpar utan måldatum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n milstolpe</numerusform>
            <numerusform>%n milstolpar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s), %1 – %2</source>
        <translation>
            <numerusform>%n milstolpe, %1 – %2</numerusform>
            <numerusform>%n milstolpar, %1 – %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineRescheduleCommand</name>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Flytta ”%1” till %2</translation>
    </message>
    <message>
        <source>The portfolio was closed; the milestone was not moved.</source>
        <translation>Portföljen stängdes; milstolpen flyttades inte.</translation>
    </message>
    <message>
        <source>“%1” is now due %2, not %3; it was not moved.</source>
        <translation>”%1” har nu måldatum %2, inte %3; den flyttades inte.</translation>
    </message>
    <message>
        <source>Moved on the timeline</source>
        <translation>Flyttad på tidslinjen</translation>
    </message>
    <message>
        <source>The move of “%1” was saved but its history could not be read back.</source>
        <translation>Flytten av ”%1” sparades, men dess historik kunde inte läsas tillbaka.</translation>
    </message>
    <message>
        <source>The portfolio was closed; the move cannot be undone.</source>
        <translation>Portföljen stängdes; flytten kan inte ångras.</translation>
    </message>
</context>
<context>
    <name>TimelineScene</name>
    <message>
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <source>planned %1 → %2</source>
        <translation>planerad %1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>, changed %1 by %2</source>
        <translation>, ändrad %1 av %2</translation>
    </message>
    <message>
        <source>, changed %1</source>
        <translation>, ändrad %1</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Ingen gruppering</translation>
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
        <translation>Tema</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
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
        <translation>Ingen partner</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Inget land</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Inget tema</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Group the lanes</source>
        <translation>Gruppera raderna</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppera efter</translation>
    </message>
    <message>
        <source>Not grouped</source>
        <translation>Inte grupperad</translation>
    </message>
    <message>
        <source>By partner</source>
        <translation>Efter partner</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Efter land</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>Efter tema</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Efter typ</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Efter status</translation>
    </message>
    <message>
        <source>−</source>
        <comment>zoom out</comment>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>Zooma ut (−, Ctrl+hjul)</translation>
    </message>
    <message>
        <source>+</source>
        <comment>zoom in</comment>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Zooma in (+, Ctrl+hjul)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Visa allt</translation>
    </message>
    <message>
        <source>Show everything (Home)</source>
        <translation>Visa allt (Home)</translation>
    </message>
    <message>
        <source>Fit selection</source>
        <translation>Anpassa till markering</translation>
    </message>
    <message>
        <source>Zoom to the selected milestone or agreement</source>
        <translation>Zooma till den markerade milstolpen eller det markerade avtalet</translation>
    </message>
    <message>
        <source>&amp;PNG Image…</source>
        <translation>&amp;PNG-bild…</translation>
    </message>
    <message>
        <source>Save the timeline as it is shown as a PNG image</source>
        <translation>Spara tidslinjen så som den visas som en PNG-bild</translation>
    </message>
    <message>
        <source>&amp;SVG Drawing…</source>
        <translation>&amp;SVG-ritning…</translation>
    </message>
    <message>
        <source>Save the timeline as it is shown as an SVG drawing</source>
        <translation>Spara tidslinjen så som den visas som en SVG-ritning</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Save the timeline as it is shown as a PNG image or an SVG drawing</source>
        <translation>Spara tidslinjen så som den visas som en PNG-bild eller en SVG-ritning</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Export the timeline as SVG</source>
        <translation>Exportera tidslinjen som SVG</translation>
    </message>
    <message>
        <source>Export the timeline as PNG</source>
        <translation>Exportera tidslinjen som PNG</translation>
    </message>
    <message>
        <source>timeline.%1</source>
        <translation>tidslinje.%1</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Open a portfolio to see its timeline.</source>
        <translation>Öppna en portfölj för att se dess tidslinje.</translation>
    </message>
    <message>
        <source>No agreements match the filter.</source>
        <translation>Inga avtal matchar filtret.</translation>
    </message>
    <message>
        <source>No agreements yet. Add one in Agreements (Ctrl+2, then Edit ▸ Add or Insert); its milestones then show here on their dates.</source>
        <translation>Inga avtal än. Lägg till ett under Avtal (Ctrl+2, sedan Redigera ▸ Lägg till eller Insert); dess milstolpar visas sedan här på sina datum.</translation>
    </message>
    <message>
        <source>Could not write %1; choose a folder you can write to.</source>
        <translation>Det gick inte att skriva %1; välj en mapp som du kan skriva till.</translation>
    </message>
    <message>
        <source>The timeline could not be read from the portfolio.</source>
        <translation>Tidslinjen kunde inte läsas från portföljen.</translation>
    </message>
    <message>
        <source>Export the timeline as .png or .svg, not “.%1”.</source>
        <translation>Exportera tidslinjen som .png eller .svg, inte ”.%1”.</translation>
    </message>
    <message>
        <source>Pactline timeline, %1 to %2</source>
        <translation>Pactline-tidslinje, %1 till %2</translation>
    </message>
    <message>
        <source>Reading the agreements…</source>
        <translation>Avtalen läses in…</translation>
    </message>
</context>
<context>
    <name>TrashActions</name>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papperskorgen…</translation>
    </message>
    <message>
        <source>Deleted records, to restore or to delete for good.</source>
        <translation>Borttagna poster, att återställa eller ta bort för gott.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Papperskorgen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttaget</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>With it</source>
        <translation>Följde med</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation>&amp;Ta bort för gott…</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>T&amp;öm papperskorgen…</translation>
    </message>
    <message>
        <source>Deleted records stay here, with everything that went with them, until you restore them or empty the trash.</source>
        <translation>Borttagna poster stannar här, med allt som följde med dem, tills du återställer dem eller tömmer papperskorgen.</translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Kontaktperson %1</translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation>Avtal %1</translation>
    </message>
    <message>
        <source>Milestone %1</source>
        <translation>Milstolpe %1</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Händelse %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 och %n till</numerusform>
            <numerusform>%1 och %n till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontaktperson</numerusform>
            <numerusform>%n kontaktpersoner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n party/parties</source>
        <translation>
            <numerusform>%n part</numerusform>
            <numerusform>%n parter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n teman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n milstolpe</numerusform>
            <numerusform>%n milstolpar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone change(s)</source>
        <translation>
            <numerusform>%n milstolpsändring</numerusform>
            <numerusform>%n milstolpsändringar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event participation(s)</source>
        <translation>
            <numerusform>%n deltagande i en händelse</numerusform>
            <numerusform>%n deltaganden i händelser</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>Kunde inte återställa</translation>
    </message>
    <message>
        <source>Delete %1 for good? This cannot be undone.</source>
        <translation>Ta bort %1 för gott? Det kan inte ångras.</translation>
    </message>
    <message>
        <source>Delete %1 for good, with %2? This cannot be undone.</source>
        <translation>Ta bort %1 för gott, med %2? Det kan inte ångras.</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Ta bort för gott</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Kunde inte ta bort</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Töm papperskorgen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n deleted item(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Ta bort den %n borttagna posten i papperskorgen för gott? Det kan inte ångras.</numerusform>
            <numerusform>Ta bort de %n borttagna posterna i papperskorgen för gott? Det kan inte ångras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not empty the trash</source>
        <translation>Kunde inte tömma papperskorgen</translation>
    </message>
</context>
<context>
    <name>TrashRepository</name>
    <message>
        <source>the partner %1</source>
        <translation>partnern %1</translation>
    </message>
    <message>
        <source>the contact %1</source>
        <translation>kontaktpersonen %1</translation>
    </message>
    <message>
        <source>the agreement %1</source>
        <translation>avtalet %1</translation>
    </message>
    <message>
        <source>the milestone %1</source>
        <translation>milstolpen %1</translation>
    </message>
    <message>
        <source>the event %1</source>
        <translation>händelsen %1</translation>
    </message>
    <message>
        <source>the theme %1</source>
        <translation>temat %1</translation>
    </message>
    <message>
        <source>%1 cannot be deleted while it is used by %2.</source>
        <translation>%1 kan inte tas bort så länge %2 hänvisar till den.</translation>
    </message>
    <message>
        <source>That entry is no longer in the trash.</source>
        <translation>Den posten finns inte längre i papperskorgen.</translation>
    </message>
    <message>
        <source>%1 cannot come back without %2, which is in the trash too: restore that first.</source>
        <translation>%1 kan inte komma tillbaka utan %2, som också ligger i papperskorgen: återställ den först.</translation>
    </message>
    <message>
        <source>%1 cannot come back: %2, which it needs, has been deleted for good since.</source>
        <translation>%1 kan inte komma tillbaka: %2, som behövs, har sedan dess tagits bort för gott.</translation>
    </message>
    <message>
        <source>%1 cannot come back: %2</source>
        <translation>%1 kan inte komma tillbaka: %2</translation>
    </message>
    <message>
        <source>%1 cannot come back: a record added since has the same name (%2). Rename that one first.</source>
        <translation>%1 kan inte komma tillbaka: en post som lagts till sedan dess har samma namn (%2). Byt namn på den först.</translation>
    </message>
</context>
<context>
    <name>UndoRecordWriter</name>
    <message>
        <source>Edit %1 of partner “%2”</source>
        <translation>Redigera %1 på partnern ”%2”</translation>
    </message>
    <message>
        <source>Edit %1 of agreement “%2”</source>
        <translation>Redigera %1 på avtalet ”%2”</translation>
    </message>
    <message>
        <source>Edit %1 of milestone “%2”</source>
        <translation>Redigera %1 på milstolpen ”%2”</translation>
    </message>
    <message>
        <source>Edit %1 of event “%2”</source>
        <translation>Redigera %1 på händelsen ”%2”</translation>
    </message>
</context>
<context>
    <name>UpgradeProgress</name>
    <message>
        <source>Upgrading Portfolio</source>
        <translation>Uppgraderar portföljen</translation>
    </message>
    <message>
        <source>Upgrading “%1” to this version of Pactline. A copy of it as it is comes first (%2).</source>
        <translation>”%1” uppgraderas till den här versionen av Pactline. Först görs en kopia av den som den är nu (%2).</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Pactline User Guide</source>
        <translation>Användarhandbok för Pactline</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
</context>
</TS>