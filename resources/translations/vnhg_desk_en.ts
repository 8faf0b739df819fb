<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ArchivePane</name>
    <message>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="101"/>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="104"/>
        <source>Archief</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="102"/>
        <source>Knoppen van het archief</source>
        <translation>Archive buttons</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="109"/>
        <source>Zoek in alle verslagen…</source>
        <translation>Search all reports…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="110"/>
        <source>Zoeken in het archief</source>
        <translation>Search the archive</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="112"/>
        <source>Zoekt in koppen, intro&apos;s, teksten, streamers, bijschriften en kaders</source>
        <translation>Searches headlines, leads, texts, pull quotes, captions and boxes</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="118"/>
        <source>Edities en uitnodigingen</source>
        <translation>Editions and invitations</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="153"/>
        <source>%n documenten</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="201"/>
        <source>%n treffers</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="157"/>
        <source>Uitnodiging</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="157"/>
        <source>Verslag</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="159"/>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="163"/>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="164"/>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="194"/>
        <source>(zonder titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/archive_pane.py" line="201"/>
        <source>Niets gevonden</source>
        <translation>Nothing found</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="37"/>
        <source>Bovenkop (rubriek)</source>
        <translation>Kicker (section)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="38"/>
        <source>Kop</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="43"/>
        <source>Ondertitel</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="44"/>
        <source>Intro (vet gezette openingsalinea)</source>
        <translation>Lead (opening paragraph in bold)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="46"/>
        <source>Auteur of bron (mag leeg)</source>
        <translation>Author or source (may be empty)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="47"/>
        <source>Tekst van het artikel</source>
        <translation>Text of the article</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="48"/>
        <source>Maak streamer van selectie</source>
        <translation>Make pull quote from selection</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="52"/>
        <source>Zet de geselecteerde zin als streamer in het artikel (Ctrl+Shift+Q)</source>
        <translation>Put the selected sentence in the article as a pull quote (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="62"/>
        <source>&amp;Bovenkop:</source>
        <translation>&amp;Kicker:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="63"/>
        <source>&amp;Kop:</source>
        <translation>&amp;Headline:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="64"/>
        <source>&amp;Ondertitel:</source>
        <translation>&amp;Subtitle:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="65"/>
        <source>&amp;Intro:</source>
        <translation>&amp;Lead:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="69"/>
        <source>Bovenkop wijzigen</source>
        <translation>Change kicker</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="70"/>
        <source>Kop wijzigen</source>
        <translation>Change headline</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="71"/>
        <source>Ondertitel wijzigen</source>
        <translation>Change subtitle</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="72"/>
        <source>Intro wijzigen</source>
        <translation>Change lead</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="73"/>
        <source>Tekst wijzigen</source>
        <translation>Change text</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="74"/>
        <source>Auteur wijzigen</source>
        <translation>Change author</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="82"/>
        <source>&amp;Tekst:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="87"/>
        <source>&amp;Auteur:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="94"/>
        <source>Streamers en foto&apos;s</source>
        <translation>Pull quotes and photos</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="141"/>
        <source>Streamers (%1)</source>
        <translation>Pull quotes (%1)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="142"/>
        <source>Foto&apos;s (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="151"/>
        <source>Selecteer eerst een zin in de tekst.</source>
        <translation>Select a sentence in the text first.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/article_editor.py" line="156"/>
        <source>Streamer gemaakt van de selectie</source>
        <translation>Pull quote made from the selection</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="209"/>
        <source>Opmaak</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="210"/>
        <source>Opmaak van de tekst</source>
        <translation>Text formatting</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="214"/>
        <source>Tussenkop</source>
        <translation>Subheading</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="215"/>
        <source>Maak van de alinea een tussenkop (of weer gewone tekst)</source>
        <translation>Turn the paragraph into a subheading (or back into plain text)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="217"/>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="218"/>
        <source>Vet</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="219"/>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="220"/>
        <source>Cursief</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="221"/>
        <source>Koppeling…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="222"/>
        <source>Maak van de selectie een koppeling naar een webadres</source>
        <translation>Turn the selection into a link to a web address</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="223"/>
        <source>Opsomming</source>
        <translation>Bullet list</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="224"/>
        <source>Opsomming met bolletjes aan of uit</source>
        <translation>Bullet list on or off</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="248"/>
        <source>Koppeling</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="249"/>
        <source>Webadres (leeg laten om de koppeling te verwijderen):</source>
        <translation>Web address (leave empty to remove the link):</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/body_editor.py" line="255"/>
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
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="173"/>
        <source>Bijschrift met personen</source>
        <translation>Caption with people</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="176"/>
        <source>Beschikbare personen</source>
        <translation>Available people</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="177"/>
        <source>Gekozen personen, van links naar rechts</source>
        <translation>Chosen people, from left to right</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="190"/>
        <source>Met functie en organisatie</source>
        <translation>With role and organisation</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="199"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="200"/>
        <source>Op de foto, v.l.n.r.</source>
        <translation>In the photo, left to right</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="210"/>
        <source>Dubbelklik om iemand toe te voegen of weg te halen; sleep om de volgorde te wijzigen.</source>
        <translation>Double-click to add or remove someone; drag to change the order.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="245"/>
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
    <name>CoverEmailDialog</name>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="48"/>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="140"/>
        <source>Begeleidende e-mail</source>
        <translation>Cover e-mail</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="52"/>
        <source>Secretariaat VNHG &lt;secretariaat@voorbeeld.nl&gt;</source>
        <translation>VNHG Secretariat &lt;secretariat@example.org&gt;</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="59"/>
        <source>Velden: {title} titel, {date} datum, {meeting} vergadering, {place} plaats</source>
        <translation>Fields: {title} title, {date} date, {meeting} meeting, {place} place</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="64"/>
        <source>E-mailadres</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="64"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="64"/>
        <source>Groepen (komma&apos;s)</source>
        <translation>Groups (commas)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="69"/>
        <source>Adressenlijst</source>
        <translation>Address list</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="72"/>
        <source>Adres toevoegen</source>
        <translation>Add address</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="73"/>
        <source>Adres verwijderen</source>
        <translation>Remove address</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="78"/>
        <source>Afzender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="79"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="80"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="81"/>
        <source>Ondertekening</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="82"/>
        <source>Standaardgroep</source>
        <translation>Default group</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="98"/>
        <source>Ontvangers (komen in Bcc, zien elkaars adres niet)</source>
        <translation>Recipients (go in Bcc, do not see each other&apos;s address)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../vnhg_desk/gui/fields.py" line="114"/>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
</context>
<context>
    <name>DraftOptionsDialog</name>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="157"/>
        <source>E-mailconcept maken</source>
        <translation>Create e-mail draft</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="159"/>
        <source>Versturen aan:</source>
        <translation>Send to:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="163"/>
        <source>{group} ({count} adressen)</source>
        <translation>{group} ({count} addresses)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="169"/>
        <source>Uitnodiging (save the date) meesturen:</source>
        <translation>Also attach the invitation (save the date):</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="171"/>
        <source>Uitnodiging</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/cover_email_dialog.py" line="199"/>
        <source>{count} ontvangers in Bcc</source>
        <translation>{count} recipients in Bcc</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Er ging iets mis dat niet had mogen gebeuren. Uw werk tot de laatste wijziging is opgeslagen in de bibliotheek.</source>
        <translation>Something went wrong that should not have. Your work up to the last change is saved in the library.</translation>
    </message>
    <message>
        <source>Meld dit aan de ontwikkelaars en stuur dit logboek mee (er staat geen tekst uit uw documenten in):
%1</source>
        <translation>Please report this to the developers and send this log along (it holds no text from your documents):
%1</translation>
    </message>
    <message>
        <source>Onverwachte fout</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>ExportLogDialog</name>
    <message>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="27"/>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="32"/>
        <source>Exportgeschiedenis</source>
        <translation>Export history</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="31"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="31"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="31"/>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="52"/>
        <source>{title}: {count} keer geëxporteerd, verstuurd of afgedrukt</source>
        <translation>{title}: exported, sent or printed {count} times</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="68"/>
        <source>PDF (e-mail)</source>
        <translation>PDF (e-mail)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="69"/>
        <source>PDF (drukwerk)</source>
        <translation>PDF (print)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="70"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="71"/>
        <source>e-mailconcept</source>
        <translation>e-mail draft</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="72"/>
        <source>afdruk</source>
        <translation>printout</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="73"/>
        <source>uitwisselbestand (JSON)</source>
        <translation>exchange file (JSON)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="74"/>
        <source>uitwisselbestand (zip)</source>
        <translation>exchange file (zip)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/export_log_dialog.py" line="75"/>
        <source>uitwisselmap</source>
        <translation>exchange folder</translation>
    </message>
</context>
<context>
    <name>HouseStyleDialog</name>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="154"/>
        <source>Huisstijl</source>
        <translation>House style</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="162"/>
        <source>Logo kiezen…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="163"/>
        <source>Geen logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="215"/>
        <source>Vereniging</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="217"/>
        <source>Naam vereniging</source>
        <translation>Association name</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="218"/>
        <source>Korte naam</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="219"/>
        <source>Standaardtitel editie</source>
        <translation>Default edition title</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="220"/>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="304"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="224"/>
        <source>Kleuren en lettertypen</source>
        <translation>Colours and fonts</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="226"/>
        <source>Hoofdkleur</source>
        <translation>Main colour</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="227"/>
        <source>Accentkleur</source>
        <translation>Accent colour</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="228"/>
        <source>Tintkleur (kaders)</source>
        <translation>Tint colour (boxes)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="229"/>
        <source>Tekstkleur</source>
        <translation>Text colour</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="230"/>
        <source>Lettertype koppen</source>
        <translation>Heading font</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="231"/>
        <source>Lettertype tekst</source>
        <translation>Body font</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="235"/>
        <source>Contact (voettekst)</source>
        <translation>Contact (footer)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="237"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="238"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="239"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="240"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="241"/>
        <source>Sociale media (één per regel)</source>
        <translation>Social media (one per line)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="281"/>
        <source>(geen logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="296"/>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/house_style_dialog.py" line="296"/>
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
        <location filename="../../vnhg_desk/gui/import_report_dialog.py" line="69"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>InvitationEditor</name>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="148"/>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="246"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="148"/>
        <source>Titel wijzigen</source>
        <translation>Change title</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="151"/>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="247"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="151"/>
        <source>Thema wijzigen</source>
        <translation>Change theme</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="154"/>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="248"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="154"/>
        <source>Datum wijzigen</source>
        <translation>Change date</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="157"/>
        <source>Begintijd</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="159"/>
        <source>Begintijd wijzigen</source>
        <translation>Change start time</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="163"/>
        <source>Eindtijd</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="165"/>
        <source>Eindtijd wijzigen</source>
        <translation>Change end time</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="169"/>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="250"/>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="169"/>
        <source>Plaats wijzigen</source>
        <translation>Change place</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="172"/>
        <source>Ook online te volgen</source>
        <translation>Can also be followed online</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="174"/>
        <source>Online wijzigen</source>
        <translation>Change online option</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="178"/>
        <source>Toelichting online (bijv. link volgt)</source>
        <translation>Online note (e.g. link to follow)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="180"/>
        <source>Toelichting online wijzigen</source>
        <translation>Change online note</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="184"/>
        <source>Taal van de uitnodiging</source>
        <translation>Language of the invitation</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="185"/>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="185"/>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="189"/>
        <source>Taal wijzigen</source>
        <translation>Change language</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="193"/>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="254"/>
        <source>Inleiding</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="193"/>
        <source>Inleiding wijzigen</source>
        <translation>Change introduction</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="196"/>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="255"/>
        <source>Aanmelden</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="198"/>
        <source>Aanmelding wijzigen</source>
        <translation>Change registration</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="201"/>
        <source>Opmaak: **vet**, *cursief*, - opsomming, [tekst](link)</source>
        <translation>Formatting: **bold**, *italic*, - bullet, [text](link)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="209"/>
        <source>Dagvoorzitter</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="212"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="215"/>
        <source>Persoon voor het panel</source>
        <translation>Person for the panel</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="216"/>
        <source>Aan panel toevoegen</source>
        <translation>Add to panel</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="217"/>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="218"/>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="219"/>
        <source>Uit panel halen</source>
        <translation>Remove from panel</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="220"/>
        <source>Personen beheren…</source>
        <translation>Manage people…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="221"/>
        <source>Eerder in het panel (Ctrl+Shift+Omhoog)</source>
        <translation>Earlier in the panel (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="222"/>
        <source>Later in het panel (Ctrl+Shift+Omlaag)</source>
        <translation>Later in the panel (Ctrl+Shift+Down)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="223"/>
        <source>Personen toevoegen of wijzigen in de personenlijst</source>
        <translation>Add or change people in the people list</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="239"/>
        <source>Bijeenkomst</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="249"/>
        <source>Tijd (van – tot)</source>
        <translation>Time (from – to)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="252"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="253"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="258"/>
        <source>Dagvoorzitter en panel</source>
        <translation>Moderator and panel</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="287"/>
        <source>Geen dagvoorzitter</source>
        <translation>No moderator</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="318"/>
        <source>Dagvoorzitter kiezen</source>
        <translation>Choose moderator</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="330"/>
        <source>Panellid toevoegen</source>
        <translation>Add panel member</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="338"/>
        <source>Panellid verwijderen</source>
        <translation>Remove panel member</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="345"/>
        <source>Panel herschikken</source>
        <translation>Reorder panel</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="382"/>
        <source>Uitnodiging elders gewijzigd</source>
        <translation>Invitation changed elsewhere</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="384"/>
        <source>Deze uitnodiging is intussen in een ander venster of programma bewaard. Die versie laden? (Nee: uw versie bewaren; de andere blijft als versie in de geschiedenis.)</source>
        <translation>This invitation has meanwhile been saved in another window or program. Load that version? (No: keep your version; the other one stays in the history.)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="396"/>
        <source>Opslaan mislukt</source>
        <translation>Saving failed</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vnhg_desk/gui/file_open.py" line="38"/>
        <source>Importeren geannuleerd: {0}</source>
        <translation>Import cancelled: {0}</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/file_open.py" line="62"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/file_open.py" line="64"/>
        <source>Documenten ({0})</source>
        <translation>Documents ({0})</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/main_window.py" line="50"/>
        <source>VNHG Desk</source>
        <translation>VNHG Desk</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/main_window.py" line="62"/>
        <source>Kies links een verslag of maak een nieuw.</source>
        <translation>Choose a report on the left or make a new one.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/main_window.py" line="67"/>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/main_window.py" line="111"/>
        <source>Statusbalk</source>
        <translation>Status bar</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/main_window.py" line="112"/>
        <source>Wijzigingen worden vanzelf bewaard</source>
        <translation>Changes are saved automatically</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/main_window.py" line="114"/>
        <source>Er is geen knop Opslaan nodig: elke wijziging staat binnen een seconde in de bibliotheek.</source>
        <translation>No Save button needed: every change is in the library within a second.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/file_open.py" line="30"/>
        <location filename="../../vnhg_desk/gui/main_window.py" line="174"/>
        <source>Openen mislukt</source>
        <extracomment>Suffixes the program opens by importing them (the content decides what they are).</extracomment>
        <translation>Could not open</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/file_open.py" line="50"/>
        <source>Geïmporteerd: {0}</source>
        <translation>Imported: {0}</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/main_window.py" line="189"/>
        <source>Niet bewaard</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/main_window.py" line="190"/>
        <source>De laatste wijzigingen in dit document konden niet worden bewaard. Toch een ander document openen? Die wijzigingen gaan dan verloren.</source>
        <translation>The latest changes to this document could not be saved. Open another document anyway? Those changes will then be lost.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/main_window.py" line="192"/>
        <source>Toch openen</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/main_window.py" line="224"/>
        <source>Uitnodigingen kunnen hier nog niet worden bewerkt.</source>
        <translation>Invitations cannot be edited here yet.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/main_window.py" line="398"/>
        <source>Niet alles is bewaard</source>
        <translation>Not everything is saved</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/main_window.py" line="399"/>
        <source>De laatste wijzigingen konden niet worden bewaard. Toch afsluiten?</source>
        <translation>The latest changes could not be saved. Quit anyway?</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/main_window.py" line="400"/>
        <source>Afsluiten zonder bewaren</source>
        <translation>Quit without saving</translation>
    </message>
</context>
<context>
    <name>MastheadEditor</name>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="19"/>
        <source>Titel van de editie</source>
        <translation>Title of the edition</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="20"/>
        <source>Vergadering of bijeenkomst</source>
        <translation>Meeting or event</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="21"/>
        <source>Datum van de vergadering</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="22"/>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="23"/>
        <source>Zaaknummer / documentnummer</source>
        <translation>Case number / document number</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="24"/>
        <source>Hoogtepunten, één per regel</source>
        <translation>Highlights, one per line</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="26"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="27"/>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="28"/>
        <source>Definitief</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="32"/>
        <source>Taal van de nieuwsbrief</source>
        <translation>Language of the newsletter</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="33"/>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="33"/>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="36"/>
        <source>De hoogtepunten staan als opsomming op de voorpagina.</source>
        <translation>The highlights appear as a bullet list on the front page.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="47"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="47"/>
        <source>Titel wijzigen</source>
        <translation>Change title</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="48"/>
        <source>&amp;Vergadering:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="49"/>
        <source>Vergadering wijzigen</source>
        <translation>Change meeting</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="50"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="50"/>
        <source>Datum wijzigen</source>
        <translation>Change date</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="51"/>
        <source>&amp;Plaats:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="51"/>
        <source>Plaats wijzigen</source>
        <translation>Change place</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="52"/>
        <source>&amp;Kenmerk:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="53"/>
        <source>Kenmerk wijzigen</source>
        <translation>Change reference</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="54"/>
        <source>&amp;Hoogtepunten:</source>
        <translation>&amp;Highlights:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="55"/>
        <source>Hoogtepunten wijzigen</source>
        <translation>Change highlights</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="56"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="56"/>
        <source>Status wijzigen</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="57"/>
        <source>Taa&amp;l:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/masthead_editor.py" line="57"/>
        <source>Taal wijzigen</source>
        <translation>Change language</translation>
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
        <location filename="../../vnhg_desk/gui/part_list.py" line="141"/>
        <source>Onderdeel verwijderen</source>
        <translation>Remove part</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/part_list.py" line="147"/>
        <source>Verplaatsen</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="72"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="76"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="76"/>
        <source>Functie</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="76"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="81"/>
        <source>Personenlijst</source>
        <translation>People list</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="82"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="83"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="84"/>
        <source>Een nieuwe persoon aan de lijst toevoegen</source>
        <translation>Add a new person to the list</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="85"/>
        <source>De gekozen persoon uit de lijst verwijderen</source>
        <translation>Remove the chosen person from the list</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="94"/>
        <source>Wijzigingen worden direct bewaard. Uitnodigingen houden hun eigen kopie.</source>
        <translation>Changes are saved at once. Invitations keep their own copy.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="124"/>
        <source>Nieuwe persoon</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="143"/>
        <source>Persoon verwijderen</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/people_dialog.py" line="144"/>
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
        <location filename="../../vnhg_desk/gui/preview_worker.py" line="89"/>
        <source>Het voorbeeld is nog niet beschikbaar.</source>
        <translation>The preview is not available yet.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/preview_worker.py" line="92"/>
        <source>Het voorbeeld kon niet worden gemaakt:</source>
        <translation>The preview could not be made:</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../vnhg_desk/gui/preview_pane.py" line="61"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/preview_pane.py" line="64"/>
        <source>Toestand van het voorbeeld</source>
        <translation>State of the preview</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/preview_pane.py" line="78"/>
        <source>Voorbeeld van de nieuwsbrief</source>
        <translation>Preview of the newsletter</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/preview_pane.py" line="79"/>
        <source>Zo ziet de PDF voor de e-mail eruit</source>
        <translation>This is how the PDF for e-mail looks</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/preview_pane.py" line="102"/>
        <source>Geen document geopend</source>
        <translation>No document open</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/preview_pane.py" line="140"/>
        <source>Voorbeeld wordt bijgewerkt…</source>
        <translation>Updating preview…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vnhg_desk/gui/preview_pane.py" line="157"/>
        <source>Voorbeeld: %n pagina&apos;s (PDF voor e-mail)</source>
        <translation>
            <numerusform>Preview: %n page (e-mail PDF)</numerusform>
            <numerusform>Preview: %n pages (e-mail PDF)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/preview_pane.py" line="170"/>
        <source>Pagina %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>PublishActions</name>
    <message>
        <source>Afdrukken als boekje…</source>
        <translation>Print as booklet…</translation>
    </message>
    <message>
        <source>Dubbelzijdig op A3 (of als A5-boekje op A4), om te vouwen tot een boekje</source>
        <translation>Double-sided on A3 (or as an A5 booklet on A4), to fold into a booklet</translation>
    </message>
    <message>
        <source>Controle voor verzenden…</source>
        <translation>Check before sending…</translation>
    </message>
    <message>
        <source>Zoek wat nog niet klopt voordat de editie de deur uitgaat</source>
        <translation>Find what is not right yet before the edition goes out</translation>
    </message>
    <message>
        <source>Boekje</source>
        <translation>Booklet</translation>
    </message>
    <message>
        <source>Gewone pagina&apos;s (A4)</source>
        <translation>Ordinary pages (A4)</translation>
    </message>
    <message>
        <source>Boekje: de A4-pagina&apos;s op A3, dubbelzijdig</source>
        <translation>Booklet: the A4 pages on A3, double-sided</translation>
    </message>
    <message>
        <source>A5-boekje op A4, dubbelzijdig (printers zonder A3)</source>
        <translation>A5 booklet on A4, double-sided (printers without A3)</translation>
    </message>
    <message>
        <source>Een boekje drukt u dubbelzijdig, omslaan langs de korte zijde; lege pagina&apos;s vullen aan tot een viervoud.</source>
        <translation>Print a booklet double-sided, flipped on the short edge; blank pages make up a multiple of four.</translation>
    </message>
    <message>
        <source>Controle voor verzenden</source>
        <translation>Check before sending</translation>
    </message>
    <message>
        <source>{blocking} blokkerend, {warnings} waarschuwing(en).</source>
        <translation>{blocking} blocking, {warnings} warning(s).</translation>
    </message>
    <message>
        <source>Dit kan zo beter niet de deur uit.</source>
        <translation>Better not send it like this.</translation>
    </message>
    <message>
        <source>Niets gevonden: dit document kan de deur uit.</source>
        <translation>Nothing found: this document can go out.</translation>
    </message>
    <message>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Toch doorgaan</source>
        <translation>Go on anyway</translation>
    </message>
    <message>
        <source>Terug naar de tekst</source>
        <translation>Back to the text</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Controle voor verzenden: {count} waarschuwing(en).</source>
        <translation>Check before sending: {count} warning(s).</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="189"/>
        <source>Exporteren als PDF (e-mail)…</source>
        <translation>Export as PDF (e-mail)…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="190"/>
        <source>Kleine PDF om per e-mail te versturen</source>
        <translation>Small PDF to send by e-mail</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="193"/>
        <source>Exporteren als PDF (drukwerk)…</source>
        <translation>Export as PDF (print)…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="194"/>
        <source>PDF voor de drukker: afloop, snijtekens, foto&apos;s op 300 ppi</source>
        <translation>PDF for the printer: bleed, crop marks, photos at 300 ppi</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="197"/>
        <source>Exporteren als Word…</source>
        <translation>Export as Word…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="198"/>
        <source>Word-bestand dat collega&apos;s kunnen bewerken</source>
        <translation>Word file that colleagues can edit</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="201"/>
        <location filename="../../vnhg_desk/gui/publish_mail.py" line="81"/>
        <source>E-mailconcept maken…</source>
        <translation>Create e-mail draft…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="202"/>
        <source>Concept met de PDF als bijlage openen in uw e-mailprogramma</source>
        <translation>Open a draft with the PDF attached in your e-mail program</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="204"/>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="204"/>
        <source>Afdrukken op een printer</source>
        <translation>Print on a printer</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="206"/>
        <source>Exportgeschiedenis…</source>
        <translation>Export history…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="207"/>
        <source>Wat er van dit document is geëxporteerd, verstuurd en afgedrukt</source>
        <translation>What was exported, sent and printed of this document</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="210"/>
        <source>Huisstijl…</source>
        <translation>House style…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="211"/>
        <source>Naam, logo, kleuren, lettertypen en contactgegevens</source>
        <translation>Name, logo, colours, fonts and contact details</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="213"/>
        <source>Personen…</source>
        <translation>People…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="213"/>
        <source>Personen voor panels en bijschriften</source>
        <translation>People for panels and captions</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="215"/>
        <source>Begeleidende e-mail…</source>
        <translation>Cover e-mail…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="216"/>
        <source>Adressenlijst, onderwerp, tekst en ondertekening</source>
        <translation>Address list, subject, text and signature</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="223"/>
        <source>PDF (e-mail)</source>
        <translation>PDF (e-mail)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="224"/>
        <source>E-mailconcept</source>
        <translation>E-mail draft</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="225"/>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="226"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="239"/>
        <source>Open eerst een editie of uitnodiging.</source>
        <translation>Open an edition or invitation first.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="250"/>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="277"/>
        <source> (drukwerk)</source>
        <translation> (print)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="317"/>
        <source>PDF voor e-mail opslaan</source>
        <translation>Save PDF for e-mail</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="318"/>
        <source>PDF voor drukwerk opslaan</source>
        <translation>Save PDF for print</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="319"/>
        <source>Word-bestand opslaan</source>
        <translation>Save Word file</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="322"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="323"/>
        <source>Word-bestanden (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="336"/>
        <source>{path} is een map; kies een bestandsnaam.</source>
        <translation>{path} is a folder; choose a file name.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="344"/>
        <source>Bezig met exporteren…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="347"/>
        <source>Opgeslagen in {path}</source>
        <translation>Saved in {path}</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_mail.py" line="53"/>
        <source>De adressenlijst is nog leeg. Vul hem in via Extra &gt; Begeleidende e-mail…</source>
        <translation>The address list is still empty. Fill it in via Tools &gt; Cover e-mail…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_mail.py" line="86"/>
        <source>E-mailconcept geopend in uw e-mailprogramma ({path})</source>
        <translation>E-mail draft opened in your e-mail program ({path})</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_mail.py" line="91"/>
        <source>Er is geen e-mailprogramma gevonden. Het concept staat in {path}</source>
        <translation>No e-mail program was found. The draft is in {path}</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/printing.py" line="141"/>
        <source>Afdrukken is mislukt: {error}</source>
        <translation>Printing failed: {error}</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/printing.py" line="146"/>
        <source>{count} pagina&apos;s naar de printer gestuurd</source>
        <translation>{count} pages sent to the printer</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/printing.py" line="156"/>
        <source>Afdruk voorbereiden…</source>
        <translation>Preparing the printout…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="412"/>
        <source>De nieuwe taal is overal zichtbaar na het herstarten van VNHG Desk. Nu herstarten? Uw werk is bewaard.</source>
        <translation>The new language will show everywhere after restarting VNHG Desk. Restart now? Your work has been saved.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/publish_actions.py" line="416"/>
        <source>Nu herstarten</source>
        <translation>Restart now</translation>
    </message>
</context>
<context>
    <name>QuotesPanel</name>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="17"/>
        <source>Streamers van dit artikel</source>
        <translation>Pull quotes of this article</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="18"/>
        <source>Nieuwe streamer</source>
        <translation>New pull quote</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="19"/>
        <source>Voeg een lege streamer toe</source>
        <translation>Add an empty pull quote</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="21"/>
        <source>Tekst van de streamer</source>
        <translation>Text of the pull quote</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="23"/>
        <source>Wie zegt het (mag leeg)</source>
        <translation>Who says it (may be empty)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="24"/>
        <source>&amp;Streamer:</source>
        <translation>&amp;Pull quote:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="25"/>
        <source>&amp;Van:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="26"/>
        <source>Streamer wijzigen</source>
        <translation>Change pull quote</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="27"/>
        <source>Naam bij streamer wijzigen</source>
        <translation>Change pull quote attribution</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="30"/>
        <source>(lege streamer)</source>
        <translation>(empty pull quote)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="40"/>
        <source>Streamer toevoegen</source>
        <translation>Add pull quote</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="44"/>
        <source>Streamer verwijderen</source>
        <translation>Remove pull quote</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="56"/>
        <source>Plaats bij alinea</source>
        <translation>Place with paragraph</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="59"/>
        <source>Na welke alinea de streamer komt (altijd erna, nooit direct ertegenaan). Automatisch: bij de alinea waarin de tekst staat.</source>
        <translation>The paragraph the pull quote follows (always after it, never directly against it). Automatic: the paragraph that contains its text.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="63"/>
        <source>&amp;Plaats bij alinea:</source>
        <translation>&amp;Place with paragraph:</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="65"/>
        <source>Plaats van streamer wijzigen</source>
        <translation>Change pull quote position</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="70"/>
        <source>Automatisch (alinea met deze tekst)</source>
        <translation>Automatic (paragraph with this text)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/quotes_panel.py" line="78"/>
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
        <source>Dit verslag is intussen in een ander venster of op een andere computer bewaard. Uw laatste wijzigingen zijn daarom nog niet opgeslagen.

Kies ‘Andere versie laden’ om met die versie verder te werken (uw wijzigingen van zojuist vervallen), of ‘Mijn versie bewaren’ om uw versie op te slaan; de andere versie blijft dan bewaard in de geschiedenis.</source>
        <translation>This report has meanwhile been saved in another window or on another computer, so your latest changes have not been saved yet.

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
        <source>Niet bewaard: dit verslag is elders gewijzigd.</source>
        <translation>Not saved: this report was changed elsewhere.</translation>
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
        <location filename="../../vnhg_desk/gui/invitation_editor.py" line="52"/>
        <source>geen tijd</source>
        <translation>no time</translation>
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
        <location filename="../../vnhg_desk/gui/trash_dialog.py" line="48"/>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="80"/>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="81"/>
        <source>Een Word-, OpenDocument- of uitwisselbestand toevoegen</source>
        <translation>Add a Word, OpenDocument or exchange file</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="32"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="33"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="34"/>
        <source>&amp;Invoegen</source>
        <translation>&amp;Insert</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="35"/>
        <source>&amp;Opmaak</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="36"/>
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="37"/>
        <source>E&amp;xtra</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="38"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="39"/>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="41"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="72"/>
        <source>&amp;Nieuwe editie</source>
        <translation>&amp;New edition</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="74"/>
        <source>Begin een nieuw verslag</source>
        <translation>Start a new report</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="75"/>
        <source>Nieuwe &amp;uitnodiging</source>
        <translation>New &amp;invitation</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="76"/>
        <source>Begin een nieuwe ‘save the date’</source>
        <translation>Start a new ‘save the date’</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="77"/>
        <source>Editie &amp;dupliceren…</source>
        <translation>&amp;Duplicate edition…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="79"/>
        <source>Begin het volgende verslag vanuit dit verslag</source>
        <translation>Start the next report from this one</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="83"/>
        <source>Naar de &amp;prullenbak…</source>
        <translation>Move to &amp;trash…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="85"/>
        <source>Verplaats het open document naar de prullenbak</source>
        <translation>Move the open document to the trash</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="86"/>
        <source>Prullen&amp;bak…</source>
        <translation>&amp;Trash…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="87"/>
        <source>Verwijderde documenten bekijken en terugzetten</source>
        <translation>View and restore deleted documents</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="89"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="96"/>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="172"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="99"/>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="177"/>
        <source>Opnie&amp;uw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="108"/>
        <source>&amp;Zoeken in het archief</source>
        <translation>&amp;Search the archive</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="110"/>
        <source>Zoek een woord in alle verslagen</source>
        <translation>Search for a word in all reports</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="116"/>
        <source>&amp;Artikel</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="118"/>
        <source>Nieuw artikel na het gekozen onderdeel</source>
        <translation>New article after the chosen part</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="119"/>
        <source>&amp;Kader</source>
        <translation>&amp;Box</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="121"/>
        <source>Nieuw kader na het gekozen onderdeel</source>
        <translation>New box after the chosen part</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="122"/>
        <source>&amp;Foto…</source>
        <translation>&amp;Photo…</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="124"/>
        <source>Foto toevoegen aan het open artikel</source>
        <translation>Add a photo to the open article</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="128"/>
        <source>Onderdeel om&amp;hoog</source>
        <translation>Move part &amp;up</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="130"/>
        <source>Onderdeel om&amp;laag</source>
        <translation>Move part &amp;down</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="140"/>
        <source>&amp;Voorbeeld tonen</source>
        <translation>Show &amp;preview</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="144"/>
        <source>&amp;Archief en opbouw tonen</source>
        <translation>Show &amp;archive and structure</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="148"/>
        <source>Voorbeeld &amp;bijwerken</source>
        <translation>&amp;Refresh preview</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="153"/>
        <source>Naar het &amp;archief</source>
        <translation>Go to the &amp;archive</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="154"/>
        <source>Naar de &amp;opbouw</source>
        <translation>Go to the &amp;structure</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="155"/>
        <source>Naar de &amp;tekst</source>
        <translation>Go to the &amp;text</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="156"/>
        <source>Naar het voorbee&amp;ld</source>
        <translation>Go to the pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="161"/>
        <source>&amp;Over VNHG Desk</source>
        <translation>&amp;About VNHG Desk</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="170"/>
        <source>&amp;Ongedaan maken: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="175"/>
        <source>Opnie&amp;uw: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="226"/>
        <source>Aanmaken mislukt</source>
        <translation>Could not create</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="235"/>
        <source>Nieuwe editie gemaakt</source>
        <translation>New edition created</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="239"/>
        <source>Nieuwe uitnodiging gemaakt</source>
        <translation>New invitation created</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="248"/>
        <source>Editie dupliceren</source>
        <translation>Duplicate edition</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="250"/>
        <source>Een nieuwe editie met dezelfde kop en opbouw (artikelen, rubrieken en kaders). Wilt u ook de teksten, streamers en foto&apos;s overnemen?</source>
        <translation>A new edition with the same masthead and structure (articles, kickers and boxes). Do you also want to copy the texts, pull quotes and photos?</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="253"/>
        <source>Teksten leegmaken</source>
        <translation>Empty texts</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="253"/>
        <source>Teksten behouden</source>
        <translation>Keep texts</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="258"/>
        <source>Kopie gemaakt; vul datum en teksten in</source>
        <translation>Copy made; fill in the date and texts</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="266"/>
        <source>(zonder titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="269"/>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="272"/>
        <source>Naar de prullenbak</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="270"/>
        <source>‘%1’ naar de prullenbak verplaatsen? U kunt het later terugzetten via Bestand &gt; Prullenbak.</source>
        <translation>Move ‘%1’ to the trash? You can restore it later via File &gt; Trash.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="278"/>
        <source>‘%1’ staat in de prullenbak.</source>
        <translation>‘%1’ is in the trash.</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="302"/>
        <source>Over VNHG Desk</source>
        <translation>About VNHG Desk</translation>
    </message>
    <message>
        <location filename="../../vnhg_desk/gui/window_actions.py" line="303"/>
        <source>VNHG Desk %1

Verslagen en uitnodigingen van de Vereniging van Noord-Hollandse Gemeenten schrijven en verspreiden.

Licentie: EUPL-1.2</source>
        <translation>VNHG Desk %1

Write and distribute the reports and invitations of the Association of North Holland Municipalities (VNHG).

Licence: EUPL-1.2</translation>
    </message>
    <message>
        <source>&amp;Logboek openen</source>
        <translation>Open the &amp;log</translation>
    </message>
    <message>
        <source>Het logboek staat in %1</source>
        <translation>The log is in %1</translation>
    </message>
</context>
</TS>
