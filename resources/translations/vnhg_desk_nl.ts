<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>ArchivePane</name>
    <message numerus="yes">
        <source>%n documenten</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n treffers</source>
        <translation>
            <numerusform>%n treffer</numerusform>
            <numerusform>%n treffers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n onderdelen</source>
        <translation>
            <numerusform>in %n onderdeel</numerusform>
            <numerusform>in %n onderdelen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftOptionsDialog</name>
    <message numerus="yes">
        <source>%1 (%n adressen)</source>
        <translation>
            <numerusform>%1 (%n adres)</numerusform>
            <numerusform>%1 (%n adressen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ontvangers in Bcc</source>
        <translation>
            <numerusform>%n ontvanger in Bcc</numerusform>
            <numerusform>%n ontvangers in Bcc</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%n vervangingen</source>
        <translation>
            <numerusform>%n vervanging</numerusform>
            <numerusform>%n vervangingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasteNotes</name>
    <message numerus="yes">
        <source>Een tabel is overgenomen als %n regel(s), cellen gescheiden door |.</source>
        <translation>
            <numerusform>Een tabel is overgenomen als %n regel, cellen gescheiden door |.</numerusform>
            <numerusform>Een tabel is overgenomen als %n regels, cellen gescheiden door |.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n afbeelding(en) in de geplakte tekst niet overgenomen: voeg foto&apos;s toe via Foto toevoegen of sleep ze los in het artikel.</source>
        <translation>
            <numerusform>%n afbeelding in de geplakte tekst niet overgenomen: voeg foto&apos;s toe via Foto toevoegen of sleep ze los in het artikel.</numerusform>
            <numerusform>%n afbeeldingen in de geplakte tekst niet overgenomen: voeg foto&apos;s toe via Foto toevoegen of sleep ze los in het artikel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message numerus="yes">
        <source>%n foto(&apos;s) toegevoegd</source>
        <translation>
            <numerusform>%n foto toegevoegd</numerusform>
            <numerusform>%n foto&apos;s toegevoegd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message numerus="yes">
        <source>Voorbeeld: %n pagina&apos;s (PDF voor e-mail)</source>
        <translation>
            <numerusform>Voorbeeld: %n pagina (PDF voor e-mail)</numerusform>
            <numerusform>Voorbeeld: %n pagina&apos;s (PDF voor e-mail)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageBudgetActions</name>
    <message numerus="yes">
        <source>Passend maken op %n pagina&apos;s</source>
        <translation>
            <numerusform>Passend maken op %n pagina</numerusform>
            <numerusform>Passend maken op %n pagina&apos;s</numerusform>
        </translation>
    </message>
</context>
</TS>
