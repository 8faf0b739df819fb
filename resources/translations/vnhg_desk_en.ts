<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ArchivePane</name>
    <message>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="104"/>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="107"/>
        <source>Archief</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="105"/>
        <source>Knoppen van het archief</source>
        <translation>Archive buttons</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="112"/>
        <source>Zoek in alle edities en uitnodigingen…</source>
        <translation>Search all editions and invitations…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="113"/>
        <source>Zoeken in het archief</source>
        <translation>Search the archive</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="115"/>
        <source>Zoekt in koppen, intro&apos;s, teksten, streamers, bijschriften en kaders</source>
        <translation>Searches headlines, leads, texts, pull quotes, captions and boxes</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="121"/>
        <source>Edities en uitnodigingen</source>
        <translation>Editions and invitations</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="129"/>
        <source>Archief wordt geladen…</source>
        <translation>Loading the archive…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="157"/>
        <source>%n documenten</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="179"/>
        <source>Editie</source>
        <translation>Edition</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="228"/>
        <source>in %n onderdelen</source>
        <translation>
            <numerusform>in %n part</numerusform>
            <numerusform>in %n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="235"/>
        <source>%n treffers</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="179"/>
        <source>Uitnodiging</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="181"/>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="185"/>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="186"/>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="225"/>
        <source>(zonder titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="235"/>
        <source>Niets gevonden</source>
        <translation>Nothing found</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="44"/>
        <source>Bovenkop (rubriek)</source>
        <translation>Kicker (section)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="45"/>
        <source>Kop</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="50"/>
        <source>Ondertitel</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="51"/>
        <source>Intro (vet gezette openingsalinea)</source>
        <translation>Lead (opening paragraph in bold)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="53"/>
        <source>Auteur of bron (mag leeg)</source>
        <translation>Author or source (may be empty)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="54"/>
        <source>Tekst van het artikel</source>
        <translation>Text of the article</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="55"/>
        <source>Maak streamer van selectie</source>
        <translation>Make pull quote from selection</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="59"/>
        <source>Zet de geselecteerde zin als streamer in het artikel (Ctrl+Shift+Q)</source>
        <translation>Put the selected sentence in the article as a pull quote (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="70"/>
        <source>&amp;Bovenkop:</source>
        <translation>&amp;Kicker:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="71"/>
        <source>&amp;Kop:</source>
        <translation>&amp;Headline:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="72"/>
        <source>&amp;Ondertitel:</source>
        <translation>&amp;Subtitle:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="73"/>
        <source>&amp;Intro:</source>
        <translation>&amp;Lead:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="77"/>
        <source>Bovenkop wijzigen</source>
        <translation>Change kicker</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="78"/>
        <source>Kop wijzigen</source>
        <translation>Change headline</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="79"/>
        <source>Ondertitel wijzigen</source>
        <translation>Change subtitle</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="80"/>
        <source>Intro wijzigen</source>
        <translation>Change lead</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="81"/>
        <source>Tekst wijzigen</source>
        <translation>Change text</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="82"/>
        <source>Auteur wijzigen</source>
        <translation>Change author</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="91"/>
        <source>&amp;Tekst:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="96"/>
        <source>&amp;Auteur:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="106"/>
        <source>Streamers en foto&apos;s</source>
        <translation>Pull quotes and photos</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="157"/>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="162"/>
        <source>De geplakte afbeelding kon niet worden gelezen.</source>
        <translation>The pasted picture could not be read.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="160"/>
        <source>geplakte-afbeelding.png</source>
        <translation>pasted-picture.png</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="228"/>
        <source>Streamers (%1)</source>
        <translation>Pull quotes (%1)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="229"/>
        <source>Foto&apos;s (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="238"/>
        <source>Selecteer eerst een zin in de tekst.</source>
        <translation>Select a sentence in the text first.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="243"/>
        <source>Streamer gemaakt van de selectie</source>
        <translation>Pull quote made from the selection</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="242"/>
        <source>Opmaak</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="243"/>
        <source>Opmaak van de tekst</source>
        <translation>Text formatting</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="247"/>
        <source>Tussenkop</source>
        <translation>Subheading</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="248"/>
        <source>Maak van de alinea een tussenkop (of weer gewone tekst)</source>
        <translation>Turn the paragraph into a subheading (or back into plain text)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="250"/>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="251"/>
        <source>Vet</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="252"/>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="253"/>
        <source>Cursief</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="254"/>
        <source>Koppeling…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="255"/>
        <source>Maak van de selectie een koppeling naar een webadres</source>
        <translation>Turn the selection into a link to a web address</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="256"/>
        <source>Opsomming</source>
        <translation>Bullet list</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="257"/>
        <source>Opsomming met bolletjes aan of uit</source>
        <translation>Bullet list on or off</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="302"/>
        <source>Koppeling</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="303"/>
        <source>Webadres (leeg laten om de koppeling te verwijderen):</source>
        <translation>Web address (leave empty to remove the link):</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="309"/>
        <source>Alleen webadressen (https://…) en e-mailadressen (mailto:…).</source>
        <translation>Only web addresses (https://…) and e-mail addresses (mailto:…).</translation>
    </message>
</context>
<context>
    <name>BoxEditor</name>
    <message>
        <location filename="../../vnhg_desk/gui/box_editor.py" line="19"/>
        <source>Bovenkop van het kader</source>
        <translation>Kicker of the box</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/box_editor.py" line="20"/>
        <source>Titel van het kader</source>
        <translation>Title of the box</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/box_editor.py" line="21"/>
        <source>Tekst van het kader</source>
        <translation>Text of the box</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/box_editor.py" line="24"/>
        <source>&amp;Bovenkop:</source>
        <translation>&amp;Kicker:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/box_editor.py" line="25"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/box_editor.py" line="26"/>
        <source>&amp;Tekst:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/box_editor.py" line="27"/>
        <source>Bovenkop kader wijzigen</source>
        <translation>Change box kicker</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/box_editor.py" line="28"/>
        <source>Titel kader wijzigen</source>
        <translation>Change box title</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/box_editor.py" line="29"/>
        <source>Tekst kader wijzigen</source>
        <translation>Change box text</translation>
    </message>
</context>
<context>
    <name>CaptionDialog</name>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="183"/>
        <source>Bijschrift met personen</source>
        <translation>Caption with people</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="186"/>
        <source>Beschikbare personen</source>
        <translation>Available people</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="187"/>
        <source>Gekozen personen, van links naar rechts</source>
        <translation>Chosen people, from left to right</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="200"/>
        <source>Met functie en organisatie</source>
        <translation>With role and organisation</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="209"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="210"/>
        <source>Op de foto, v.l.n.r.</source>
        <translation>In the photo, left to right</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="220"/>
        <source>Dubbelklik om iemand toe te voegen of weg te halen; sleep om de volgorde te wijzigen.</source>
        <translation>Double-click to add or remove someone; drag to change the order.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="255"/>
        <source>(nog niemand gekozen)</source>
        <translation>(nobody chosen yet)</translation>
    </message>
</context>
<context>
    <name>ContrastRow</name>
    <message>
        <location filename="../../vnhg_desk/gui/contrast_row.py" line="40"/>
        <source>Contrast %1 (voldoet)</source>
        <translation>Contrast %1 (passes)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/contrast_row.py" line="47"/>
        <source>⚠ Contrast %1: te laag voor tekst (minstens 4,5 : 1)</source>
        <translation>⚠ Contrast %1: too low for text (at least 4.5 : 1)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/contrast_row.py" line="52"/>
        <source>Gebruik %1</source>
        <translation>Use %1</translation>
    </message>
</context>
<context>
    <name>CountLabel</name>
    <message>
        <location filename="../../vnhg_desk/gui/find_bar.py" line="270"/>
        <source>Aantal woorden</source>
        <translation>Word count</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/find_bar.py" line="283"/>
        <source>Editie: %1 woorden, %2 tekens</source>
        <translation>Edition: %1 words, %2 characters</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/find_bar.py" line="290"/>
        <source>Dit onderdeel: %1 woorden, %2 tekens</source>
        <translation>This part: %1 words, %2 characters</translation>
    </message>
</context>
<context>
    <name>CoverEmailDialog</name>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="54"/>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="149"/>
        <source>Begeleidende e-mail</source>
        <translation>Cover e-mail</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="60"/>
        <source>Secretariaat VNHG &lt;secretariaat@voorbeeld.nl&gt;</source>
        <translation>VNHG Secretariat &lt;secretariat@example.org&gt;</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="68"/>
        <source>Velden: {title} titel, {date} datum, {meeting} vergadering, {place} plaats</source>
        <translation>Fields: {title} title, {date} date, {meeting} meeting, {place} place</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="73"/>
        <source>E-mailadres</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="73"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="73"/>
        <source>Groepen (komma&apos;s)</source>
        <translation>Groups (commas)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="78"/>
        <source>Adressenlijst</source>
        <translation>Address list</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="81"/>
        <source>Adres toevoegen</source>
        <translation>Add address</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="82"/>
        <source>Adres verwijderen</source>
        <translation>Remove address</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="87"/>
        <source>Afzender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="88"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="89"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="90"/>
        <source>Ondertekening</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="91"/>
        <source>Standaardgroep</source>
        <translation>Default group</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="107"/>
        <source>Ontvangers (komen in Bcc, zien elkaars adres niet)</source>
        <translation>Recipients (go in Bcc, do not see each other&apos;s address)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../vnhg_desk/gui/fields.py" line="192"/>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/fields.py" line="193"/>
        <source>Typ bijvoorbeeld 12-3-2026 of 12 maart 2026</source>
        <translation>Type for example 12-3-2026 or 12 March 2026</translation>
    </message>
</context>
<context>
    <name>DemoActions</name>
    <message>
        <location filename="../../vnhg_desk/gui/demo_actions.py" line="27"/>
        <source>&amp;Voorbeeld verwijderen…</source>
        <translation>&amp;Remove the demo…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/demo_actions.py" line="29"/>
        <source>Haal de voorbeeldeditie, de voorbeelduitnodiging, hun personen en de voorbeeldadressen uit deze bibliotheek</source>
        <translation>Take the demo edition, the demo invitation, their people and the sample addresses out of this library</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/demo_actions.py" line="54"/>
        <location filename="../../vnhg_desk/gui/demo_actions.py" line="58"/>
        <source>Voorbeeld verwijderen</source>
        <translation>Remove the demo</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/demo_actions.py" line="55"/>
        <source>De voorbeeldeditie en de voorbeelduitnodiging gaan naar de prullenbak; de personen en de voorbeeldadressen, afzender en ondertekening uit de demo verdwijnen. Uw eigen documenten, personen en adressen blijven.</source>
        <translation>The demo edition and the demo invitation go to the trash; the people and the sample addresses, sender and signature of the demo are removed. Your own documents, people and addresses stay.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/demo_actions.py" line="75"/>
        <source>Voorbeeld verwijderd: %1 documenten, %2 personen, %3 adressen</source>
        <translation>Demo removed: %1 documents, %2 people, %3 addresses</translation>
    </message>
</context>
<context>
    <name>DraftOptionsDialog</name>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="166"/>
        <source>E-mailconcept maken</source>
        <translation>Create e-mail draft</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="168"/>
        <source>Versturen aan:</source>
        <translation>Send to:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="172"/>
        <source>%1 (%n adressen)</source>
        <translation>
            <numerusform>%1 (%n address)</numerusform>
            <numerusform>%1 (%n addresses)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="208"/>
        <source>%n ontvangers in Bcc</source>
        <translation>
            <numerusform>%n recipient in Bcc</numerusform>
            <numerusform>%n recipients in Bcc</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="178"/>
        <source>Uitnodiging (save the date) meesturen:</source>
        <translation>Also attach the invitation (save the date):</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="180"/>
        <source>Uitnodiging</source>
        <translation>Invitation</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <location filename="../../vnhg_desk/gui/error_report.py" line="26"/>
        <source>Er ging iets mis dat niet had mogen gebeuren. Uw werk tot de laatste wijziging is opgeslagen in de bibliotheek.</source>
        <translation>Something went wrong that should not have. Your work up to the last change is saved in the library.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/error_report.py" line="32"/>
        <source>Meld dit aan de ontwikkelaars en stuur dit logboek mee (er staat geen tekst uit uw documenten in):
%1</source>
        <translation>Please report this to the developers and send this log along (it holds no text from your documents):
%1</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/error_report.py" line="38"/>
        <source>Onverwachte fout</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>ExportLogDialog</name>
    <message>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="32"/>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="38"/>
        <source>Exportgeschiedenis</source>
        <translation>Export history</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="37"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="37"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="37"/>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="59"/>
        <source>{title}: {count} keer geëxporteerd, verstuurd of afgedrukt</source>
        <translation>{title}: exported, sent or printed {count} times</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="75"/>
        <source>PDF (e-mail)</source>
        <translation>PDF (e-mail)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="76"/>
        <source>PDF (drukwerk)</source>
        <translation>PDF (print)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="77"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="78"/>
        <source>e-mailconcept</source>
        <translation>e-mail draft</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="79"/>
        <source>afdruk</source>
        <translation>printout</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="80"/>
        <source>uitwisselbestand (JSON)</source>
        <translation>exchange file (JSON)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="81"/>
        <source>uitwisselbestand (zip)</source>
        <translation>exchange file (zip)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="82"/>
        <source>uitwisselmap</source>
        <translation>exchange folder</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../vnhg_desk/gui/find_bar.py" line="46"/>
        <source>Zoeken in deze editie</source>
        <translation>Find in this edition</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/find_bar.py" line="47"/>
        <source>Zoeken in de tekst</source>
        <translation>Find in the text</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/find_bar.py" line="50"/>
        <location filename="../../vnhg_desk/gui/find_bar.py" line="51"/>
        <source>Vervangen door</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/find_bar.py" line="52"/>
        <source>Hoofdletters</source>
        <translation>Match case</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/find_bar.py" line="53"/>
        <source>Alleen treffers met dezelfde hoofdletters</source>
        <translation>Only matches with the same capitals</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/find_bar.py" line="54"/>
        <source>Hele woorden</source>
        <translation>Whole words</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/find_bar.py" line="55"/>
        <source>Alleen hele woorden vinden</source>
        <translation>Find whole words only</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/find_bar.py" line="57"/>
        <source>Zoekresultaat</source>
        <translation>Search result</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/find_bar.py" line="63"/>
        <source>Vorige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/find_bar.py" line="64"/>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/find_bar.py" line="67"/>
        <source>Vervangen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/find_bar.py" line="68"/>
        <source>Alles vervangen</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/find_bar.py" line="79"/>
        <source>Zoekbalk sluiten (Esc)</source>
        <translation>Close the find bar (Esc)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/find_bar.py" line="143"/>
        <source>Niet gevonden</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/find_bar.py" line="156"/>
        <source>Treffer %1 van %2</source>
        <translation>Match %1 of %2</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/find_bar.py" line="235"/>
        <source>Alles vervangen: ‘%1’ door ‘%2’</source>
        <translation>Replace all: ‘%1’ with ‘%2’</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vnhg_desk/gui/find_bar.py" line="238"/>
        <source>%n vervangingen</source>
        <translation>
            <numerusform>%n replacement</numerusform>
            <numerusform>%n replacements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/find_bar.py" line="301"/>
        <source>Zoeken en vervangen</source>
        <translation>Find and replace</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/find_bar.py" line="313"/>
        <source>&amp;Zoeken in de tekst…</source>
        <translation>&amp;Find in the text…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/find_bar.py" line="315"/>
        <source>Zoeken en &amp;vervangen…</source>
        <translation>Find and &amp;replace…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/find_bar.py" line="317"/>
        <source>Volgende &amp;treffer</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/find_bar.py" line="319"/>
        <source>Vorige treffer</source>
        <translation>Find previous</translation>
    </message>
</context>
<context>
    <name>HouseStyleDialog</name>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="148"/>
        <source>Huisstijl</source>
        <translation>House style</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="156"/>
        <source>Logo kiezen…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="157"/>
        <source>Geen logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="209"/>
        <source>Vereniging</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="211"/>
        <source>Naam vereniging</source>
        <translation>Association name</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="212"/>
        <source>Korte naam</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="213"/>
        <source>Standaardtitel editie</source>
        <translation>Default edition title</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="214"/>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="312"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="218"/>
        <source>Kleuren en lettertypen</source>
        <translation>Colours and fonts</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="220"/>
        <source>Hoofdkleur</source>
        <translation>Main colour</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="221"/>
        <source>Accentkleur</source>
        <translation>Accent colour</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="222"/>
        <source>Tintkleur (kaders)</source>
        <translation>Tint colour (boxes)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="223"/>
        <source>Tekstkleur</source>
        <translation>Text colour</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="224"/>
        <source>Lettertype koppen</source>
        <translation>Heading font</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="225"/>
        <source>Lettertype tekst</source>
        <translation>Body font</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="229"/>
        <source>Contact (voettekst)</source>
        <translation>Contact (footer)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="231"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="232"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="233"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="234"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="235"/>
        <source>Sociale media (één per regel)</source>
        <translation>Social media (one per line)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="289"/>
        <source>(geen logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="304"/>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="304"/>
        <source>Afbeeldingen (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../vnhg_desk/gui/import_report_dialog.py" line="29"/>
        <source>Importeren: {0}</source>
        <translation>Import: {0}</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/import_report_dialog.py" line="36"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; wordt geïmporteerd (onderdelen: {1}, foto&apos;s: {2}).</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; will be imported (parts: {1}, photos: {2}).</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/import_report_dialog.py" line="44"/>
        <source>Niet alles uit het bestand kon worden overgenomen zoals het was. Lees de lijst voordat u importeert:</source>
        <translation>Not everything in the file could be taken over as it was. Read the list before you import:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/import_report_dialog.py" line="52"/>
        <source>Wat niet (zo) is overgenomen</source>
        <translation>What was not taken over (as it was)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/import_report_dialog.py" line="59"/>
        <source>Na het importeren kunt u het verslag aanvullen. Annuleren laat de bibliotheek ongewijzigd.</source>
        <translation>After importing you can complete the report. Cancel leaves the library unchanged.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/import_report_dialog.py" line="68"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>InvitationEditor</name>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="124"/>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="223"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="124"/>
        <source>Titel wijzigen</source>
        <translation>Change title</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="127"/>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="224"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="127"/>
        <source>Thema wijzigen</source>
        <translation>Change theme</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="130"/>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="225"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="130"/>
        <source>Datum wijzigen</source>
        <translation>Change date</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="133"/>
        <source>Begintijd</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="135"/>
        <source>Begintijd wijzigen</source>
        <translation>Change start time</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="139"/>
        <source>Eindtijd</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="141"/>
        <source>Eindtijd wijzigen</source>
        <translation>Change end time</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="146"/>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="227"/>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="146"/>
        <source>Plaats wijzigen</source>
        <translation>Change place</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="149"/>
        <source>Ook online te volgen</source>
        <translation>Can also be followed online</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="151"/>
        <source>Online wijzigen</source>
        <translation>Change online option</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="155"/>
        <source>Toelichting online (bijv. link volgt)</source>
        <translation>Online note (e.g. link to follow)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="157"/>
        <source>Toelichting online wijzigen</source>
        <translation>Change online note</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="161"/>
        <source>Taal van de uitnodiging</source>
        <translation>Language of the invitation</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="162"/>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="162"/>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="166"/>
        <source>Taal wijzigen</source>
        <translation>Change language</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="170"/>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="231"/>
        <source>Inleiding</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="170"/>
        <source>Inleiding wijzigen</source>
        <translation>Change introduction</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="173"/>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="232"/>
        <source>Aanmelden</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="175"/>
        <source>Aanmelding wijzigen</source>
        <translation>Change registration</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="178"/>
        <source>Opmaak: **vet**, *cursief*, - opsomming, [tekst](link)</source>
        <translation>Formatting: **bold**, *italic*, - bullet, [text](link)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="186"/>
        <source>Dagvoorzitter</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="189"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="192"/>
        <source>Persoon voor het panel</source>
        <translation>Person for the panel</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="193"/>
        <source>Aan panel toevoegen</source>
        <translation>Add to panel</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="194"/>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="195"/>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="196"/>
        <source>Uit panel halen</source>
        <translation>Remove from panel</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="197"/>
        <source>Personen beheren…</source>
        <translation>Manage people…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="198"/>
        <source>Eerder in het panel (Ctrl+Shift+Omhoog)</source>
        <translation>Earlier in the panel (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="199"/>
        <source>Later in het panel (Ctrl+Shift+Omlaag)</source>
        <translation>Later in the panel (Ctrl+Shift+Down)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="200"/>
        <source>Personen toevoegen of wijzigen in de personenlijst</source>
        <translation>Add or change people in the people list</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="216"/>
        <source>Bijeenkomst</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="226"/>
        <source>Tijd (van – tot)</source>
        <translation>Time (from – to)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="229"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="230"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="235"/>
        <source>Dagvoorzitter en panel</source>
        <translation>Moderator and panel</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="247"/>
        <source>Waarschuwing bij het panel</source>
        <translation>Panel warning</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="268"/>
        <source>Geen dagvoorzitter</source>
        <translation>No moderator</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="298"/>
        <source>%1 staat twee keer in het panel.</source>
        <translation>%1 is in the panel twice.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="304"/>
        <source>Dagvoorzitter %1 zit ook in het panel.</source>
        <translation>Moderator %1 is also in the panel.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="322"/>
        <source>Dagvoorzitter kiezen</source>
        <translation>Choose moderator</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="334"/>
        <source>Panellid toevoegen</source>
        <translation>Add panel member</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="342"/>
        <source>Panellid verwijderen</source>
        <translation>Remove panel member</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="349"/>
        <source>Panel herschikken</source>
        <translation>Reorder panel</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="386"/>
        <source>Uitnodiging elders gewijzigd</source>
        <translation>Invitation changed elsewhere</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="388"/>
        <source>Deze uitnodiging is intussen in een ander venster of programma bewaard. Die versie laden? (Nee: uw versie bewaren; de andere blijft als versie in de geschiedenis.)</source>
        <translation>This invitation has meanwhile been saved in another window or program. Load that version? (No: keep your version; the other one stays in the history.)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="400"/>
        <source>Opslaan mislukt</source>
        <translation>Saving failed</translation>
    </message>
</context>
<context>
    <name>ListMenus</name>
    <message>
        <location filename="../../vnhg_desk/gui/list_menus.py" line="62"/>
        <source>Artikel toevoegen</source>
        <translation>Add article</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/list_menus.py" line="63"/>
        <source>Kader toevoegen</source>
        <translation>Add box</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/list_menus.py" line="65"/>
        <location filename="../../vnhg_desk/gui/list_menus.py" line="77"/>
        <source>Omhoog</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/list_menus.py" line="66"/>
        <location filename="../../vnhg_desk/gui/list_menus.py" line="78"/>
        <source>Omlaag</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/list_menus.py" line="68"/>
        <location filename="../../vnhg_desk/gui/list_menus.py" line="80"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/list_menus.py" line="92"/>
        <source>Nieuwe streamer</source>
        <translation>New pull quote</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/list_menus.py" line="100"/>
        <source>Foto toevoegen…</source>
        <translation>Add photo…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/list_menus.py" line="101"/>
        <source>Bijschrift uit personen…</source>
        <translation>Caption from people…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vnhg_desk/gui/file_open.py" line="41"/>
        <location filename="../../vnhg_desk/gui/file_open.py" line="55"/>
        <source>Importeren geannuleerd: {0}</source>
        <translation>Import cancelled: {0}</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/file_open.py" line="84"/>
        <source>Kies ‘Mijn versie bewaren’ om de meegebrachte versie over te nemen (de versie in de bibliotheek blijft bewaard in de geschiedenis), ‘Andere versie houden’ om de bibliotheek te laten zoals die is (de meegebrachte versie komt in de geschiedenis), of ‘Beide bewaren’ om de meegebrachte versie als apart document toe te voegen.</source>
        <translation>Choose ‘Keep my version’ to take the version brought back (the version in the library stays in the history), ‘Keep the other version’ to leave the library as it is (the version brought back goes into the history), or ‘Keep both’ to add the version brought back as a separate document.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/file_open.py" line="94"/>
        <source>Elders gewijzigd</source>
        <translation>Changed elsewhere</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/file_open.py" line="97"/>
        <source>Mijn versie bewaren</source>
        <translation>Keep my version</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/file_open.py" line="98"/>
        <source>Andere versie houden</source>
        <translation>Keep the other version</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/file_open.py" line="99"/>
        <source>Beide bewaren</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/file_open.py" line="111"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/file_open.py" line="113"/>
        <source>Documenten ({0})</source>
        <translation>Documents ({0})</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/main_window.py" line="67"/>
        <source>VNHG Desk</source>
        <translation>VNHG Desk</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/main_window.py" line="85"/>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/main_window.py" line="140"/>
        <source>Statusbalk</source>
        <translation>Status bar</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/main_window.py" line="141"/>
        <source>Wijzigingen worden vanzelf bewaard</source>
        <translation>Changes are saved automatically</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/main_window.py" line="143"/>
        <source>Er is geen knop Opslaan nodig: elke wijziging staat binnen een seconde in de bibliotheek.</source>
        <translation>No Save button needed: every change is in the library within a second.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/file_open.py" line="33"/>
        <location filename="../../vnhg_desk/gui/main_window.py" line="196"/>
        <source>Openen mislukt</source>
        <extracomment>Suffixes the program opens by importing them (the content decides what they are).</extracomment>
        <translation>Could not open</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/file_open.py" line="74"/>
        <source>Geïmporteerd: {0}</source>
        <translation>Imported: {0}</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/main_window.py" line="80"/>
        <source>Kies links een editie of maak een nieuwe.</source>
        <translation>Choose an edition on the left or make a new one.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/main_window.py" line="211"/>
        <source>Niet bewaard</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/main_window.py" line="212"/>
        <source>De laatste wijzigingen in dit document konden niet worden bewaard. Toch een ander document openen? Die wijzigingen gaan dan verloren.</source>
        <translation>The latest changes to this document could not be saved. Open another document anyway? Those changes will then be lost.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/main_window.py" line="214"/>
        <source>Toch openen</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/main_window.py" line="421"/>
        <source>Niet alles is bewaard</source>
        <translation>Not everything is saved</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/main_window.py" line="422"/>
        <source>De laatste wijzigingen konden niet worden bewaard. Toch afsluiten?</source>
        <translation>The latest changes could not be saved. Quit anyway?</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/main_window.py" line="423"/>
        <source>Afsluiten zonder bewaren</source>
        <translation>Quit without saving</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/preview_jump.py" line="61"/>
        <source>Naar de tekst vanuit het voorbeeld</source>
        <translation>To the text from the preview</translation>
    </message>
</context>
<context>
    <name>MastheadEditor</name>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="24"/>
        <source>Titel van de editie</source>
        <translation>Title of the edition</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="25"/>
        <source>Vergadering of bijeenkomst</source>
        <translation>Meeting or event</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="26"/>
        <source>Datum van de vergadering</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="27"/>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="28"/>
        <source>Zaaknummer / documentnummer</source>
        <translation>Case number / document number</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="29"/>
        <source>Hoogtepunten, één per regel</source>
        <translation>Highlights, one per line</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="31"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="32"/>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="33"/>
        <source>Definitief</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="37"/>
        <source>Taal van de editie</source>
        <translation>Language of the edition</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="38"/>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="38"/>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="41"/>
        <source>De hoogtepunten staan als opsomming op de voorpagina.</source>
        <translation>The highlights appear as a bullet list on the front page.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="52"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="52"/>
        <source>Titel wijzigen</source>
        <translation>Change title</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="53"/>
        <source>&amp;Vergadering:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="54"/>
        <source>Vergadering wijzigen</source>
        <translation>Change meeting</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="55"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="55"/>
        <source>Datum wijzigen</source>
        <translation>Change date</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="56"/>
        <source>&amp;Plaats:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="56"/>
        <source>Plaats wijzigen</source>
        <translation>Change place</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="57"/>
        <source>&amp;Kenmerk:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="58"/>
        <source>Kenmerk wijzigen</source>
        <translation>Change reference</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="59"/>
        <source>&amp;Hoogtepunten:</source>
        <translation>&amp;Highlights:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="60"/>
        <source>Hoogtepunten wijzigen</source>
        <translation>Change highlights</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="61"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="61"/>
        <source>Status wijzigen</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="62"/>
        <source>Taa&amp;l:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="62"/>
        <source>Taal wijzigen</source>
        <translation>Change language</translation>
    </message>
</context>
<context>
    <name>PageBudgetActions</name>
    <message>
        <location filename="../../vnhg_desk/gui/page_budget.py" line="70"/>
        <source>Passend maken op pagina&apos;s…</source>
        <translation>Fit to pages…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/page_budget.py" line="73"/>
        <source>Foto&apos;s iets lager, minder witruimte en hoogstens 0,5 pt kleinere letter, tot het verslag op het gekozen aantal pagina&apos;s past</source>
        <translation>Slightly lower photos, less white space and at most 0.5 pt smaller type, until the report fits the chosen number of pages</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/page_budget.py" line="107"/>
        <location filename="../../vnhg_desk/gui/page_budget.py" line="141"/>
        <source>Passend maken</source>
        <translation>Fit to pages</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/page_budget.py" line="108"/>
        <source>Aantal pagina&apos;s (voor gevouwen drukwerk een viervoud):</source>
        <translation>Number of pages (a multiple of 4 for folded print):</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/page_budget.py" line="134"/>
        <source>Past niet</source>
        <translation>Does not fit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vnhg_desk/gui/page_budget.py" line="138"/>
        <source>Passend maken op %n pagina&apos;s</source>
        <translation>
            <numerusform>Fit to %n page</numerusform>
            <numerusform>Fit to %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/page_budget.py" line="140"/>
        <source>Aantal pagina&apos;s</source>
        <translation>Number of pages</translation>
    </message>
</context>
<context>
    <name>PageBudgetLabel</name>
    <message>
        <location filename="../../vnhg_desk/gui/page_budget.py" line="37"/>
        <source>Paginabudget</source>
        <translation>Page budget</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/page_budget.py" line="56"/>
        <source>Gevuld per pagina: {used}. Kies Opmaak → Passend maken om het verslag op het gewenste aantal pagina&apos;s te krijgen.</source>
        <translation>Filled per page: {used}. Choose Format → Fit to pages to bring the report to the number of pages you want.</translation>
    </message>
</context>
<context>
    <name>PartListPanel</name>
    <message>
        <location filename="../../vnhg_desk/gui/part_list.py" line="44"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/part_list.py" line="45"/>
        <source>Verwijder het gekozen onderdeel (Delete)</source>
        <translation>Remove the chosen part (Delete)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/part_list.py" line="142"/>
        <source>Onderdeel verwijderen</source>
        <translation>Remove part</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/part_list.py" line="148"/>
        <source>Verplaatsen</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>PasteNotes</name>
    <message numerus="yes">
        <location filename="../../vnhg_desk/gui/paste_convert.py" line="82"/>
        <source>Een tabel is overgenomen als %n regel(s), cellen gescheiden door |.</source>
        <translation>
            <numerusform>A table was pasted as %n line, cells separated by |.</numerusform>
            <numerusform>A table was pasted as %n lines, cells separated by |.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vnhg_desk/gui/paste_convert.py" line="87"/>
        <source>%n afbeelding(en) in de geplakte tekst niet overgenomen: voeg foto&apos;s toe via Foto toevoegen of sleep ze los in het artikel.</source>
        <translation>
            <numerusform>%n picture in the pasted text was left out: add photos with Add photo or drop them on the article.</numerusform>
            <numerusform>%n pictures in the pasted text were left out: add photos with Add photo or drop them on the article.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="77"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="82"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="82"/>
        <source>Functie</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="82"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="87"/>
        <source>Personenlijst</source>
        <translation>People list</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="88"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="89"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="90"/>
        <source>Een nieuwe persoon aan de lijst toevoegen</source>
        <translation>Add a new person to the list</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="91"/>
        <source>De gekozen persoon uit de lijst verwijderen</source>
        <translation>Remove the chosen person from the list</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="100"/>
        <source>Wijzigingen worden direct bewaard. Uitnodigingen houden hun eigen kopie.</source>
        <translation>Changes are saved at once. Invitations keep their own copy.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="130"/>
        <source>Nieuwe persoon</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="150"/>
        <source>Persoon verwijderen</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="151"/>
        <source>{name} uit de personenlijst verwijderen?</source>
        <translation>Remove {name} from the people list?</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="42"/>
        <source>Foto&apos;s van dit artikel</source>
        <translation>Photos of this article</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="54"/>
        <source>Sleep foto&apos;s (JPEG, PNG, HEIC) hierheen uit de verkenner of Finder</source>
        <translation>Drag photos (JPEG, PNG, HEIC) here from Explorer or Finder</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="56"/>
        <source>Foto toevoegen…</source>
        <translation>Add photo…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="57"/>
        <source>Kies foto&apos;s op schijf (JPEG, PNG of HEIC)</source>
        <translation>Choose photos on disk (JPEG, PNG or HEIC)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="59"/>
        <source>Bijschrift</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="61"/>
        <source>Fotograaf</source>
        <translation>Photographer</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="62"/>
        <source>Beschrijving voor schermlezers (alt-tekst)</source>
        <translation>Description for screen readers (alt text)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="66"/>
        <source>Bijschrift uit personen…</source>
        <translation>Caption from people…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="67"/>
        <source>Bijschrift maken uit de personenlijst</source>
        <translation>Make a caption from the people list</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="69"/>
        <source>Kies de mensen op de foto van links naar rechts: “Het panel v.l.n.r.: …”</source>
        <translation>Choose the people in the photo from left to right: “The panel from left to right: …”</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="73"/>
        <source>&amp;Bijschrift:</source>
        <translation>&amp;Caption:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="75"/>
        <source>&amp;Fotograaf:</source>
        <translation>&amp;Photographer:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="76"/>
        <source>&amp;Alt-tekst:</source>
        <translation>&amp;Alt text:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="78"/>
        <source>Bijschrift wijzigen</source>
        <translation>Change caption</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="79"/>
        <source>Fotograaf wijzigen</source>
        <translation>Change photographer</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="80"/>
        <source>Alt-tekst wijzigen</source>
        <translation>Change alt text</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="84"/>
        <source>(geen bijschrift)</source>
        <translation>(no caption)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="91"/>
        <source>Alt-tekst ontbreekt: beschrijf de foto voor schermlezers</source>
        <translation>Alt text missing: describe the photo for screen readers</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="105"/>
        <source>⚠ Alt-tekst ontbreekt: zonder beschrijving is de foto onbruikbaar voor wie een schermlezer gebruikt.</source>
        <translation>⚠ Alt text missing: without a description the photo is useless to people who use a screen reader.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="110"/>
        <source>Foto verwijderen</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="125"/>
        <source>Bijschrift uit personen</source>
        <translation>Caption from people</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="135"/>
        <source>Foto&apos;s toevoegen</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="137"/>
        <source>Foto&apos;s (*.jpg *.jpeg *.png *.heic *.heif);;Alle bestanden (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.heic *.heif);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="157"/>
        <source>Foto toevoegen</source>
        <translation>Add photo</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="160"/>
        <source>Foto niet toegevoegd</source>
        <translation>Photo not added</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="162"/>
        <source>%n foto(&apos;s) toegevoegd</source>
        <translation>
            <numerusform>%n photo added</numerusform>
            <numerusform>%n photos added</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="169"/>
        <source>Dit is geen foto die VNHG Desk kan gebruiken (JPEG, PNG of HEIC).</source>
        <translation>This is not a photo VNHG Desk can use (JPEG, PNG or HEIC).</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="173"/>
        <source>Het bestand is te groot voor een foto (meer dan 80 MB).</source>
        <translation>The file is too large for a photo (more than 80 MB).</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/photos_panel.py" line="177"/>
        <source>Het bestand kan niet worden gelezen: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../../vnhg_desk/gui/preview_worker.py" line="102"/>
        <source>Het voorbeeld is nog niet beschikbaar.</source>
        <extracomment>PDFium is not thread-safe: two windows&apos; previews (each with its own worker) or a print beside a render crashed the process in ``get_page``. Every use of pypdfium2 holds this.</extracomment>
        <translation>The preview is not available yet.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/preview_worker.py" line="105"/>
        <source>Het voorbeeld kon niet worden gemaakt:</source>
        <translation>The preview could not be made:</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../vnhg_desk/gui/preview_pane.py" line="82"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/preview_pane.py" line="85"/>
        <source>Toestand van het voorbeeld</source>
        <translation>State of the preview</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/preview_pane.py" line="99"/>
        <source>Voorbeeld van de PDF</source>
        <translation>Preview of the PDF</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/preview_pane.py" line="100"/>
        <source>Zo ziet de PDF voor de e-mail eruit</source>
        <translation>This is how the PDF for e-mail looks</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/preview_pane.py" line="113"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/preview_pane.py" line="114"/>
        <source>Zoom van het voorbeeld</source>
        <translation>Preview zoom</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/preview_pane.py" line="119"/>
        <source>Kleiner (Ctrl+min)</source>
        <translation>Smaller (Ctrl+minus)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/preview_pane.py" line="121"/>
        <source>Groter (Ctrl+plus)</source>
        <translation>Larger (Ctrl+plus)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/preview_pane.py" line="122"/>
        <source>Paginabreedte</source>
        <translation>Page width</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/preview_pane.py" line="123"/>
        <source>Pagina zo breed als het voorbeeld (Ctrl+0)</source>
        <translation>Page as wide as the preview (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/preview_pane.py" line="180"/>
        <source>Hier bewerken</source>
        <translation>Edit here</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/preview_pane.py" line="187"/>
        <source>Voorbeeld bijwerken</source>
        <translation>Refresh preview</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/preview_pane.py" line="238"/>
        <source>Geen document geopend</source>
        <translation>No document open</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/preview_pane.py" line="247"/>
        <location filename="../../vnhg_desk/gui/preview_pane.py" line="294"/>
        <source>Voorbeeld wordt bijgewerkt…</source>
        <translation>Updating preview…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vnhg_desk/gui/preview_pane.py" line="311"/>
        <source>Voorbeeld: %n pagina&apos;s (PDF voor e-mail)</source>
        <translation>
            <numerusform>Preview: %n page (e-mail PDF)</numerusform>
            <numerusform>Preview: %n pages (e-mail PDF)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/preview_pane.py" line="326"/>
        <source>Pagina %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/preview_pane.py" line="327"/>
        <source>Klik op een alinea, streamer of foto om hem te bewerken</source>
        <translation>Click a paragraph, pull quote or photo to edit it</translation>
    </message>
</context>
<context>
    <name>PublishActions</name>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="219"/>
        <source>Afdrukken als boekje…</source>
        <translation>Print as booklet…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="220"/>
        <source>Dubbelzijdig op A3 (of als A5-boekje op A4), om te vouwen tot een boekje</source>
        <translation>Double-sided on A3 (or as an A5 booklet on A4), to fold into a booklet</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/presend_dialog.py" line="217"/>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="223"/>
        <source>Controle voor verzenden…</source>
        <translation>Check before sending…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="224"/>
        <source>Zoek wat nog niet klopt voordat de editie de deur uitgaat</source>
        <translation>Find what is not right yet before the edition goes out</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/printing.py" line="123"/>
        <source>Boekje</source>
        <translation>Booklet</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/printing.py" line="127"/>
        <source>Gewone pagina&apos;s (A4)</source>
        <translation>Ordinary pages (A4)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/printing.py" line="128"/>
        <source>Boekje: de A4-pagina&apos;s op A3, dubbelzijdig</source>
        <translation>Booklet: the A4 pages on A3, double-sided</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/printing.py" line="131"/>
        <source>A5-boekje op A4, dubbelzijdig (printers zonder A3)</source>
        <translation>A5 booklet on A4, double-sided (printers without A3)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/printing.py" line="141"/>
        <source>Een boekje drukt u dubbelzijdig, omslaan langs de korte zijde; lege pagina&apos;s vullen aan tot een viervoud.</source>
        <translation>Print a booklet double-sided, flipped on the short edge; blank pages make up a multiple of four.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/presend_dialog.py" line="57"/>
        <source>Controle voor verzenden</source>
        <translation>Check before sending</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/presend_dialog.py" line="61"/>
        <source>{blocking} blokkerend, {warnings} waarschuwing(en).</source>
        <translation>{blocking} blocking, {warnings} warning(s).</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/presend_dialog.py" line="65"/>
        <source>Dit kan zo beter niet de deur uit.</source>
        <translation>Better not send it like this.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/presend_dialog.py" line="69"/>
        <source>Niets gevonden: dit document kan de deur uit.</source>
        <translation>Nothing found: this document can go out.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/presend_dialog.py" line="75"/>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/presend_dialog.py" line="94"/>
        <source>Toch doorgaan</source>
        <translation>Go on anyway</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/presend_dialog.py" line="98"/>
        <source>Terug naar de tekst</source>
        <translation>Back to the text</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/presend_dialog.py" line="100"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/presend_dialog.py" line="196"/>
        <source>Controle voor verzenden: {count} waarschuwing(en).</source>
        <translation>Check before sending: {count} warning(s).</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="202"/>
        <source>Exporteren als PDF (e-mail)…</source>
        <translation>Export as PDF (e-mail)…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="203"/>
        <source>Kleine PDF om per e-mail te versturen</source>
        <translation>Small PDF to send by e-mail</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="206"/>
        <source>Exporteren als PDF (drukwerk)…</source>
        <translation>Export as PDF (print)…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="207"/>
        <source>PDF voor de drukker: afloop, snijtekens, foto&apos;s op 300 ppi</source>
        <translation>PDF for the printer: bleed, crop marks, photos at 300 ppi</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="210"/>
        <source>Exporteren als Word…</source>
        <translation>Export as Word…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="211"/>
        <source>Word-bestand dat collega&apos;s kunnen bewerken</source>
        <translation>Word file that colleagues can edit</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="214"/>
        <location filename="../../vnhg_desk/gui/publish_mail.py" line="88"/>
        <source>E-mailconcept maken…</source>
        <translation>Create e-mail draft…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="215"/>
        <source>Concept met de PDF als bijlage openen in uw e-mailprogramma</source>
        <translation>Open a draft with the PDF attached in your e-mail program</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="217"/>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="217"/>
        <source>Afdrukken op een printer</source>
        <translation>Print on a printer</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="227"/>
        <source>Exportgeschiedenis…</source>
        <translation>Export history…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="228"/>
        <source>Wat er van dit document is geëxporteerd, verstuurd en afgedrukt</source>
        <translation>What was exported, sent and printed of this document</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="231"/>
        <source>Huisstijl…</source>
        <translation>House style…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="232"/>
        <source>Naam, logo, kleuren, lettertypen en contactgegevens</source>
        <translation>Name, logo, colours, fonts and contact details</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="234"/>
        <source>Personen…</source>
        <translation>People…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="234"/>
        <source>Personen voor panels en bijschriften</source>
        <translation>People for panels and captions</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="236"/>
        <source>Begeleidende e-mail…</source>
        <translation>Cover e-mail…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="237"/>
        <source>Adressenlijst, onderwerp, tekst en ondertekening</source>
        <translation>Address list, subject, text and signature</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="244"/>
        <source>PDF (e-mail)</source>
        <translation>PDF (e-mail)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="245"/>
        <source>E-mailconcept</source>
        <translation>E-mail draft</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="246"/>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="247"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_jobs.py" line="54"/>
        <source>Open eerst een editie of uitnodiging.</source>
        <extracomment>A job run in the worker: it gets the library copy and a progress callback (0-1).</extracomment>
        <translation>Open an edition or invitation first.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_jobs.py" line="68"/>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/file_export.py" line="49"/>
        <source> (drukwerk)</source>
        <translation> (print)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/file_export.py" line="55"/>
        <source>PDF voor e-mail opslaan</source>
        <translation>Save PDF for e-mail</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/file_export.py" line="56"/>
        <source>PDF voor drukwerk opslaan</source>
        <translation>Save PDF for print</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/file_export.py" line="57"/>
        <source>Word-bestand opslaan</source>
        <translation>Save Word file</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/file_export.py" line="60"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/file_export.py" line="61"/>
        <source>Word-bestanden (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/file_export.py" line="84"/>
        <source>{path} is een map; kies een bestandsnaam.</source>
        <translation>{path} is a folder; choose a file name.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/file_export.py" line="100"/>
        <source>Bezig met exporteren…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/file_export.py" line="104"/>
        <source>Opgeslagen in {path}</source>
        <translation>Saved in {path}</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_mail.py" line="58"/>
        <source>De adressenlijst is nog leeg. Vul hem in via Extra &gt; Begeleidende e-mail…</source>
        <translation>The address list is still empty. Fill it in via Tools &gt; Cover e-mail…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_mail.py" line="93"/>
        <source>E-mailconcept geopend in uw e-mailprogramma ({path})</source>
        <translation>E-mail draft opened in your e-mail program ({path})</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_mail.py" line="98"/>
        <source>Er is geen e-mailprogramma gevonden. Het concept staat in {path}</source>
        <translation>No e-mail program was found. The draft is in {path}</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/printing.py" line="224"/>
        <source>Afdrukken is mislukt: {error}</source>
        <translation>Printing failed: {error}</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/printing.py" line="229"/>
        <source>{count} pagina&apos;s naar de printer gestuurd</source>
        <translation>{count} pages sent to the printer</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/printing.py" line="239"/>
        <source>Afdruk voorbereiden…</source>
        <translation>Preparing the printout…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="280"/>
        <source>De nieuwe taal is overal zichtbaar na het herstarten van VNHG Desk. Nu herstarten? Uw werk is bewaard.</source>
        <translation>The new language will show everywhere after restarting VNHG Desk. Restart now? Your work has been saved.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="284"/>
        <source>Nu herstarten</source>
        <translation>Restart now</translation>
    </message>
</context>
<context>
    <name>QuotesPanel</name>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="44"/>
        <source>Streamers van dit artikel</source>
        <translation>Pull quotes of this article</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="45"/>
        <source>Nieuwe streamer</source>
        <translation>New pull quote</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="46"/>
        <source>Voeg een lege streamer toe</source>
        <translation>Add an empty pull quote</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="48"/>
        <source>Tekst van de streamer</source>
        <translation>Text of the pull quote</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="50"/>
        <source>Wie zegt het (mag leeg)</source>
        <translation>Who says it (may be empty)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="51"/>
        <source>&amp;Streamer:</source>
        <translation>&amp;Pull quote:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="52"/>
        <source>&amp;Van:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="53"/>
        <source>Streamer wijzigen</source>
        <translation>Change pull quote</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="54"/>
        <source>Naam bij streamer wijzigen</source>
        <translation>Change pull quote attribution</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="88"/>
        <source>(lege streamer)</source>
        <translation>(empty pull quote)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="98"/>
        <source>Streamer toevoegen</source>
        <translation>Add pull quote</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="102"/>
        <source>Streamer verwijderen</source>
        <translation>Remove pull quote</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="55"/>
        <source>Plaats bij alinea</source>
        <translation>Place with paragraph</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="58"/>
        <source>Na welke alinea de streamer komt (altijd erna, nooit direct ertegenaan). Automatisch: bij de alinea waarin de tekst staat.</source>
        <translation>The paragraph the pull quote follows (always after it, never directly against it). Automatic: the paragraph that contains its text.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="62"/>
        <source>&amp;Plaats bij alinea:</source>
        <translation>&amp;Place with paragraph:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="64"/>
        <source>Plaats van streamer wijzigen</source>
        <translation>Change pull quote position</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="69"/>
        <source>Automatisch (alinea met deze tekst)</source>
        <translation>Automatic (paragraph with this text)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="79"/>
        <source>Alinea %1: %2</source>
        <translation>Paragraph %1: %2</translation>
    </message>
</context>
<context>
    <name>SaveFeedback</name>
    <message>
        <location filename="../../vnhg_desk/gui/save_feedback.py" line="35"/>
        <source>Alles bewaard</source>
        <translation>All saved</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/save_feedback.py" line="46"/>
        <source>Niet bewaard: conflict</source>
        <translation>Not saved: conflict</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/save_feedback.py" line="49"/>
        <source>Elders gewijzigd</source>
        <translation>Changed elsewhere</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/save_feedback.py" line="51"/>
        <source>Dit document is intussen in een ander venster of op een andere computer bewaard. Uw laatste wijzigingen zijn daarom nog niet opgeslagen.

Kies ‘Andere versie laden’ om met die versie verder te werken (uw wijzigingen van zojuist vervallen), of ‘Mijn versie bewaren’ om uw versie op te slaan; de andere versie blijft dan bewaard in de geschiedenis.</source>
        <translation>This document has meanwhile been saved in another window or on another computer, so your latest changes have not been saved yet.

Choose ‘Load the other version’ to continue with that version (your recent changes are dropped), or ‘Keep my version’ to save yours; the other version then stays in the history.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/save_feedback.py" line="57"/>
        <source>Mijn versie bewaren</source>
        <translation>Keep my version</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/save_feedback.py" line="57"/>
        <source>Andere versie laden</source>
        <translation>Load the other version</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/save_feedback.py" line="62"/>
        <source>De andere versie is geladen.</source>
        <translation>The other version has been loaded.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/save_feedback.py" line="66"/>
        <source>Uw versie is bewaard; de andere staat in de geschiedenis.</source>
        <translation>Your version has been saved; the other one is in the history.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/save_feedback.py" line="69"/>
        <source>Niet bewaard: dit document is elders gewijzigd.</source>
        <translation>Not saved: this document was changed elsewhere.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/save_feedback.py" line="72"/>
        <source>Niet bewaard</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/save_feedback.py" line="78"/>
        <source>Opslaan mislukt</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/save_feedback.py" line="79"/>
        <source>Uw tekst blijft in dit venster staan; VNHG Desk probeert het bij elke wijziging opnieuw.</source>
        <translation>Your text stays in this window; VNHG Desk tries again with every change.</translation>
    </message>
</context>
<context>
    <name>SharedLibrary</name>
    <message>
        <location filename="../../vnhg_desk/gui/shared_library.py" line="44"/>
        <source>Ook geopend door</source>
        <extracomment>How often this window says it is still there and asks who else is (the store forgets a window after 90 s without a heartbeat). How soon a save the server could not take is tried again. Notifications are gathered this long, so a burst of saves refreshes the list once.</extracomment>
        <translation>Also open by</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/shared_library.py" line="46"/>
        <source>Bibliotheek openen…</source>
        <translation>Open library…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/shared_library.py" line="48"/>
        <source>Open een ander bibliotheekbestand of een gedeelde bibliotheek op een server</source>
        <translation>Open another library file or a shared library on a server</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/shared_library.py" line="78"/>
        <source>Alleen lezen</source>
        <translation>Read only</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/shared_library.py" line="80"/>
        <source>U kunt zoeken, lezen en exporteren; wijzigingen worden niet bewaard.</source>
        <translation>You can search, read and export; changes are not saved.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/shared_library.py" line="96"/>
        <source>Ook geopend door: {names}</source>
        <translation>Also open by: {names}</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/shared_library.py" line="132"/>
        <location filename="../../vnhg_desk/gui/shared_library.py" line="153"/>
        <source>Bibliotheek openen</source>
        <translation>Open library</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/shared_library.py" line="134"/>
        <source>Pad van een bibliotheekbestand, of het adres van een gedeelde bibliotheek:
postgresql://gebruiker@server/database</source>
        <translation>Path of a library file, or the address of a shared library:
postgresql://user@server/database</translation>
    </message>
</context>
<context>
    <name>SpellService</name>
    <message>
        <location filename="../../vnhg_desk/gui/spelling.py" line="247"/>
        <source>(geen suggesties)</source>
        <extracomment>While a window starts, underlines wait for the dictionary (a quarter second to load) until its first frame is painted: see ``load_after_start``.</extracomment>
        <translation>(no suggestions)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/spelling.py" line="250"/>
        <source>Toevoegen aan woordenlijst</source>
        <translation>Add to word list</translation>
    </message>
</context>
<context>
    <name>StructurePane</name>
    <message>
        <location filename="../../vnhg_desk/gui/structure_pane.py" line="36"/>
        <source>Opbouw</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/structure_pane.py" line="40"/>
        <source>Kop, datum en hoogtepunten</source>
        <translation>Masthead, date and highlights</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/structure_pane.py" line="42"/>
        <source>Kop van de editie bewerken</source>
        <translation>Edit the edition&apos;s masthead</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/structure_pane.py" line="44"/>
        <source>Titel, vergadering, datum, plaats, kenmerk en hoogtepunten</source>
        <translation>Title, meeting, date, place, reference and highlights</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/structure_pane.py" line="50"/>
        <source>Artikelen en kaders</source>
        <translation>Articles and boxes</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/structure_pane.py" line="52"/>
        <source>Sleep om de volgorde te wijzigen, of gebruik Ctrl+Shift+Pijl omhoog/omlaag</source>
        <translation>Drag to change the order, or use Ctrl+Shift+Up/Down arrow</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/structure_pane.py" line="60"/>
        <source>+ Artikel</source>
        <translation>+ Article</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/structure_pane.py" line="61"/>
        <source>Nieuw artikel na het gekozen onderdeel</source>
        <translation>New article after the chosen part</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/structure_pane.py" line="65"/>
        <source>+ Kader</source>
        <translation>+ Box</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/structure_pane.py" line="65"/>
        <source>Nieuw kader na het gekozen onderdeel</source>
        <translation>New box after the chosen part</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/structure_pane.py" line="68"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/structure_pane.py" line="68"/>
        <source>Verwijder het gekozen onderdeel (Delete)</source>
        <translation>Remove the chosen part (Delete)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/structure_pane.py" line="72"/>
        <source>Omhoog (Ctrl+Shift+Pijl omhoog)</source>
        <translation>Up (Ctrl+Shift+Up arrow)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/structure_pane.py" line="76"/>
        <source>Omlaag (Ctrl+Shift+Pijl omlaag)</source>
        <translation>Down (Ctrl+Shift+Down arrow)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/structure_pane.py" line="145"/>
        <source>(zonder titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/structure_pane.py" line="146"/>
        <source>Kader: %1</source>
        <translation>Box: %1</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/structure_pane.py" line="147"/>
        <source>(nog geen kop)</source>
        <translation>(no headline yet)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/structure_pane.py" line="181"/>
        <source>Artikel toevoegen</source>
        <translation>Add article</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/structure_pane.py" line="184"/>
        <source>Kader</source>
        <translation>Box</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/structure_pane.py" line="184"/>
        <source>Kader toevoegen</source>
        <translation>Add box</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/structure_pane.py" line="192"/>
        <source>Kader verwijderen</source>
        <translation>Remove box</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/structure_pane.py" line="192"/>
        <source>Artikel verwijderen</source>
        <translation>Remove article</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/structure_pane.py" line="202"/>
        <source>Volgorde wijzigen</source>
        <translation>Change order</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../vnhg_desk/gui/fields.py" line="259"/>
        <source>geen tijd</source>
        <translation>no time</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/fields.py" line="260"/>
        <source>Typ bijvoorbeeld 13.30 of 1330</source>
        <translation>Type for example 13.30 or 1330</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../vnhg_desk/gui/trash_dialog.py" line="29"/>
        <source>Prullenbak</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/trash_dialog.py" line="31"/>
        <source>Verwijderde documenten</source>
        <translation>Deleted documents</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/trash_dialog.py" line="32"/>
        <source>&amp;Terugzetten</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/trash_dialog.py" line="33"/>
        <source>Zet het gekozen document terug in het archief</source>
        <translation>Put the chosen document back into the archive</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/trash_dialog.py" line="39"/>
        <source>Documenten in de prullenbak:</source>
        <translation>Documents in the trash:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/trash_dialog.py" line="49"/>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="88"/>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="89"/>
        <source>Een Word-, OpenDocument- of uitwisselbestand toevoegen</source>
        <translation>Add a Word, OpenDocument or exchange file</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="40"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="41"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="42"/>
        <source>&amp;Invoegen</source>
        <translation>&amp;Insert</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="43"/>
        <source>&amp;Opmaak</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="44"/>
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="45"/>
        <source>E&amp;xtra</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="46"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="47"/>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="49"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="80"/>
        <source>&amp;Nieuwe editie</source>
        <translation>&amp;New edition</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="83"/>
        <source>Nieuwe &amp;uitnodiging</source>
        <translation>New &amp;invitation</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="84"/>
        <source>Begin een nieuwe ‘save the date’</source>
        <translation>Start a new ‘save the date’</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="85"/>
        <source>Editie &amp;dupliceren…</source>
        <translation>&amp;Duplicate edition…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="91"/>
        <source>Naar de &amp;prullenbak…</source>
        <translation>Move to &amp;trash…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="93"/>
        <source>Verplaats het open document naar de prullenbak</source>
        <translation>Move the open document to the trash</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="94"/>
        <source>Prullen&amp;bak…</source>
        <translation>&amp;Trash…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="95"/>
        <source>Verwijderde documenten bekijken en terugzetten</source>
        <translation>View and restore deleted documents</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="97"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="104"/>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="197"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="107"/>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="202"/>
        <source>Opnie&amp;uw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="118"/>
        <source>&amp;Zoeken in het archief</source>
        <translation>&amp;Search the archive</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="82"/>
        <source>Begin een nieuwe editie</source>
        <translation>Start a new edition</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="87"/>
        <source>Begin de volgende editie vanuit deze editie</source>
        <translation>Start the next edition from this one</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="120"/>
        <source>Zoek een woord in alle edities en uitnodigingen</source>
        <translation>Search a word in all editions and invitations</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="126"/>
        <source>&amp;Artikel</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="128"/>
        <source>Nieuw artikel na het gekozen onderdeel</source>
        <translation>New article after the chosen part</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="129"/>
        <source>&amp;Kader</source>
        <translation>&amp;Box</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="131"/>
        <source>Nieuw kader na het gekozen onderdeel</source>
        <translation>New box after the chosen part</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="132"/>
        <source>&amp;Foto…</source>
        <translation>&amp;Photo…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="134"/>
        <source>Foto toevoegen aan het open artikel</source>
        <translation>Add a photo to the open article</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="138"/>
        <source>Onderdeel om&amp;hoog</source>
        <translation>Move part &amp;up</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="140"/>
        <source>Onderdeel om&amp;laag</source>
        <translation>Move part &amp;down</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="150"/>
        <source>&amp;Voorbeeld tonen</source>
        <translation>Show &amp;preview</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="154"/>
        <source>&amp;Archief en opbouw tonen</source>
        <translation>Show &amp;archive and structure</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="159"/>
        <source>Voorbeeld &amp;bijwerken</source>
        <translation>&amp;Refresh preview</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="164"/>
        <source>Naar het &amp;archief</source>
        <translation>Go to the &amp;archive</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="165"/>
        <source>Naar de &amp;opbouw</source>
        <translation>Go to the &amp;structure</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="166"/>
        <source>Naar de &amp;tekst</source>
        <translation>Go to the &amp;text</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="167"/>
        <source>Naar het voorbee&amp;ld</source>
        <translation>Go to the pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="173"/>
        <source>&amp;Over VNHG Desk</source>
        <translation>&amp;About VNHG Desk</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="195"/>
        <source>&amp;Ongedaan maken: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="200"/>
        <source>Opnie&amp;uw: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="260"/>
        <source>Aanmaken mislukt</source>
        <translation>Could not create</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="269"/>
        <source>Nieuwe editie gemaakt</source>
        <translation>New edition created</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="273"/>
        <source>Nieuwe uitnodiging gemaakt</source>
        <translation>New invitation created</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="282"/>
        <source>Editie dupliceren</source>
        <translation>Duplicate edition</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="284"/>
        <source>Een nieuwe editie met dezelfde kop en opbouw (artikelen, rubrieken en kaders). Wilt u ook de teksten, streamers en foto&apos;s overnemen?</source>
        <translation>A new edition with the same masthead and structure (articles, kickers and boxes). Do you also want to copy the texts, pull quotes and photos?</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="287"/>
        <source>Teksten leegmaken</source>
        <translation>Empty texts</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="287"/>
        <source>Teksten behouden</source>
        <translation>Keep texts</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="292"/>
        <source>Kopie gemaakt; vul datum en teksten in</source>
        <translation>Copy made; fill in the date and texts</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="300"/>
        <source>(zonder titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="303"/>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="306"/>
        <source>Naar de prullenbak</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="304"/>
        <source>‘%1’ naar de prullenbak verplaatsen? U kunt het later terugzetten via Bestand &gt; Prullenbak.</source>
        <translation>Move ‘%1’ to the trash? You can restore it later via File &gt; Trash.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="312"/>
        <source>‘%1’ staat in de prullenbak.</source>
        <translation>‘%1’ is in the trash.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="346"/>
        <source>Over VNHG Desk</source>
        <translation>About VNHG Desk</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="347"/>
        <source>VNHG Desk %1

Verslagen en uitnodigingen van de Vereniging van Noord-Hollandse Gemeenten schrijven en verspreiden.

Licentie: EUPL-1.2</source>
        <translation>VNHG Desk %1

Write and distribute the reports and invitations of the Association of North Holland Municipalities (VNHG).

Licence: EUPL-1.2</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="172"/>
        <source>&amp;Logboek openen</source>
        <translation>Open the &amp;log</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="338"/>
        <source>Het logboek staat in %1</source>
        <translation>The log is in %1</translation>
    </message>
</context>
</TS>
