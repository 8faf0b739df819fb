"""The demo edition: the (invented) report of a VNHG members' meeting in Hoorn.

All names, roles and figures are made up for the demo. Photo hashes are passed in,
because the photos are generated and stored by :func:`vnhg_desk.demo.add_demo`.
"""

from __future__ import annotations

from datetime import date

from vnhg_desk.model import Article, Edition, PageFit, PhotoRef, PullQuote, SidebarBox

MEETING_DATE = date(2026, 9, 25)
#: The fit the editor's "Passend maken op 4 pagina's" chooses for this edition (photos a
#: little lower, less white space, 0.5 pt smaller body type): the demo shows a report
#: that fills its four pages, as a secretary would send it. A test keeps it true.
DEMO_FIT = PageFit(photo_height=65, spacing=50, type_size=5)

_FINANCE_BODY = """\
Wie de begrotingen van de Noord-Hollandse gemeenten naast elkaar legt, ziet hetzelfde \
beeld: de uitgaven in het sociale domein groeien harder dan het gemeentefonds. \
Wethouder Joost van Vliet (Zaanstad), lid van de VNG-commissie Financiën, nam de zaal mee \
door de cijfers. “Over 2026 sluiten de meeste begrotingen nog net, vaak met hulp van \
reserves. Voor 2027 en verder zie ik bij bijna iedereen rode cijfers in de \
meerjarenraming.” Volgens Van Vliet is dat geen kwestie van slecht huishouden. “Gemeenten \
voeren steeds meer taken uit voor het Rijk, maar de middelen bewegen niet mee.”

## Opschalingskorting

Een belangrijk deel van het probleem zit in de opschalingskorting, die het Rijk jaren \
geleden heeft ingeboekt in de verwachting dat gemeenten door samenwerking goedkoper \
zouden gaan werken. Die besparing is nooit gerealiseerd, terwijl de korting wel elk jaar \
oploopt. Het kabinet heeft toegezegd de korting gedeeltelijk te schrappen, maar *alleen \
voor de jaren tot en met 2027*. “Daar kunnen we geen meerjarenbegroting op bouwen”, zei \
Van Vliet. “Een raad die nu moet kiezen tussen de bibliotheek en het zwembad, wil weten \
waar hij over vijf jaar staat.”

De financiële positie van gemeenten verschilt overigens sterk. Kleinere gemeenten met \
veel inwoners boven de 75 jaar hebben relatief hoge kosten voor de Wmo, terwijl groeiende \
gemeenten in de Metropoolregio vooral investeren in scholen, wegen en sportvelden. De \
herverdeling van het gemeentefonds pakt daardoor per gemeente anders uit, en dat maakt \
het lastig om met één stem te spreken.

## Reserves slinken

Penningmeester Marieke Hoogland, burgemeester van Heiloo, liet zien hoe de reserves van \
de leden de afgelopen drie jaar zijn afgenomen. Waar in 2023 nog ruim de helft van de \
gemeenten een weerstandsratio boven de 1,4 had, is dat nu minder dan een derde. “We \
teren in op het vet dat we in betere jaren hebben opgebouwd. Dat kan één keer, niet elk \
jaar.”

Uit de zaal kwam de vraag of gemeenten de lokale lasten niet moeten verhogen. Meerdere \
wethouders waarschuwden daarvoor. **De ozb verhogen om tekorten van het Rijk op te vangen, \
legt de rekening bij de inwoner neer** en verschuift het probleem alleen maar. Wel is er \
begrip voor gemeenten die de tarieven trendmatig laten meestijgen.

Hoogland wees ook op de gevolgen voor investeringen. Gemeenten stellen onderhoud aan \
scholen, bruggen en sportaccommodaties uit om de begroting sluitend te krijgen. “Dat \
voelt vandaag als een besparing, maar over tien jaar betalen we het dubbel terug.” Zij \
riep de raadsleden in de zaal op om bij de komende voorjaarsnota niet alleen naar het \
saldo te kijken, maar ook naar de staat van de openbare ruimte.

## Samen optrekken

De vergadering sprak af dat de VNHG de komende maanden drie dingen doet:

- de gezamenlijke cijfers van de leden bundelen in één overzicht voor de Tweede Kamer;
- met de provincie in gesprek gaan over de gevolgen voor het toezicht op begrotingen;
- een werkbijeenkomst organiseren voor raadsleden over keuzes in de begroting.

Van Vliet sloot af met een oproep: “Laat ons niet tegen elkaar uitspelen. Of je nu \
groeit of krimpt, we hebben hetzelfde belang bij een gemeentefonds dat meegroeit met de \
taken.” Het overzicht van de cijfers staat op \
[www.vnhg.info](https://www.vnhg.info/financien) bij de stukken van deze vergadering.
"""

_YOUTH_BODY = """\
Wethouder Samira El Idrissi (Haarlemmermeer) schetste hoe de jeugdzorg in haar regio is \
veranderd sinds de decentralisatie. Het aantal jongeren met een vorm van jeugdhulp is \
gestegen, de trajecten duren langer en de kosten lopen op. “Tegelijk zien we dat een \
groep kinderen met zware problemen te lang wacht. Meer geld alleen lost dat niet op.”

## Wachtlijsten

Vooral voor specialistische hulp, zoals behandeling bij eetstoornissen of een plek in \
een gezinshuis, zijn de wachttijden lang. Aanbieders kunnen moeilijk personeel vinden en \
sommige stoppen met hun diensten voor gemeenten, omdat de tarieven niet kostendekkend \
zouden zijn. El Idrissi: “Wij moeten als gemeenten een betrouwbare opdrachtgever zijn. \
Dat betekent langere contracten, minder verantwoordingslast en afspraken die we ook \
nakomen.”

Volgens jeugdarts Pieter Kuijpers, die als gast aan het panel deelnam, begint het bij \
de toegang. Lichte hulp wordt snel ingezet, soms waar een gesprek met school of de \
huisarts ook had volstaan. “Elke euro die naar lichte hulp gaat die niet nodig is, kan \
niet naar het kind dat echt vastloopt.” Hij pleitte voor praktijkondersteuners jeugd bij \
alle huisartsen en voor een vaste contactpersoon op elke school.

## Regionale inkoop

De gemeenten in Noord-Holland kopen hun specialistische jeugdzorg in zes regio’s in. Dat \
werkt, maar de verschillen in werkwijze zijn groot. Aanbieders die in meerdere regio’s \
werken, moeten zich elke keer aan andere formulieren en productcodes aanpassen. De leden \
steunden het voorstel om voor de _hoog-specialistische_ zorg één gezamenlijke \
inkoopafspraak te maken voor heel Noord-Holland.

“Samen inkopen betekent niet dat we onze eigen keuzes opgeven”, benadrukte El Idrissi. \
“Het betekent dat een aanbieder in Den Helder en in Amstelveen hetzelfde formulier \
invult, zodat er meer tijd overblijft voor de jongeren zelf.”

## Wat de raad kan doen

Voor raadsleden gaf het panel een paar concrete handvatten mee. Vraag niet alleen naar \
de kosten, maar ook naar de wachttijden en de ervaringen van ouders. Zorg dat de raad \
jaarlijks een gesprek voert met de jongerenraad of een vergelijkbaar platform. En \
accepteer dat resultaten in de jeugdzorg soms pas na jaren zichtbaar worden. \
**Geduld is in dit dossier een bestuurlijke deugd.**
"""

_ENERGY_BODY = """\
Het stroomnet in Noord-Holland raakt vol. Op steeds meer plekken kunnen nieuwe \
bedrijven, woonwijken en laadpleinen niet direct worden aangesloten. Emre Kılıç, \
programmaleider energietransitie van de regio Noord-Holland Noord, legde uit wat dat \
betekent voor de plannen van gemeenten. “We hebben de ambities goed op papier. Nu blijkt \
dat de kabels en de transformatorstations het tempo bepalen, niet de gemeenteraad.”

## Vol stroomnet

Netbeheerders investeren miljarden, maar de uitbreiding van het net kost tijd: \
vergunningen, ruimte in de ondergrond en technici zijn schaars. Kılıç riep gemeenten op \
om ruimte te reserveren voor nieuwe verdeelstations, ook als dat botst met andere \
wensen. “Een verdeelstation is niet mooi, maar zonder verdeelstation geen warmtepompen \
en geen nieuwe woningen.”

Gemeenten kunnen ook zelf bijdragen door slim te plannen. Denk aan het bundelen van \
zonnevelden bij bedrijventerreinen, zodat stroom dicht bij de gebruiker blijft, en aan \
afspraken met bedrijven over het spreiden van hun verbruik over de dag.

## Warmte uit de buurt

In meerdere kernen wordt gewerkt aan warmtenetten, gevoed door restwarmte, \
aquathermie of geothermie. De ervaringen zijn wisselend. Waar inwoners vroeg zijn \
betrokken en een coöperatie mede-eigenaar is, is het draagvlak groot. Waar het net van \
bovenaf werd aangekondigd, liep het vast op wantrouwen over de prijs.

Wethouder Lotte Zwaan (Hollands Kroon) vertelde over een dorp waar een energiecoöperatie \
het initiatief nam. “De gemeente heeft vooral gefaciliteerd: een kwartiermaker betaald, \
de vergunningen snel geregeld en de grond beschikbaar gesteld. Het vertrouwen kwam van \
de buren zelf.”

## Inwoners aan zet

De leden vroegen de VNHG om bij de provincie te pleiten voor voorrang voor \
maatschappelijke voorzieningen op het net, zoals scholen, zorginstellingen en \
gemeentelijke gebouwen. Ook wordt een kennisdag georganiseerd over warmtenetten in \
coöperatief eigendom, met voorbeelden uit de eigen provincie. Kılıç: “De energietransitie \
lukt alleen als inwoners er zelf iets aan overhouden. Dat is geen bijzaak, dat is de kern.”
"""

_DIGITAL_BODY = """\
Hoe bereik je inwoners die nooit naar een inspraakavond komen? Steeds meer gemeenten \
zetten digitale middelen in: online peilingen, een participatieplatform, of een \
*digitale bewonersavond* die mensen thuis op de bank kunnen volgen. Raadslid Yasmina \
Şahin (Purmerend) deelde haar ervaringen.

## Meer stemmen, andere stemmen

Bij een digitale peiling over de herinrichting van een winkelstraat reageerden vier keer \
zoveel inwoners als bij eerdere avonden in het stadhuis, en het waren andere mensen: \
jonger, vaker werkend, vaker met kinderen. “Ineens hoorden we de ouders die om half acht \
’s avonds echt niet naar het stadhuis kunnen komen.”

Tegelijk waarschuwde Şahin voor een nieuwe kloof. Niet iedereen is digitaal vaardig, en \
juist ouderen en laaggeletterden haken af bij ingewikkelde formulieren. Purmerend \
combineert daarom de online peiling met een inloopspreekuur in de bibliotheek.

## Privacy en vertrouwen

Wie online meepraat, laat gegevens achter. Şahin vindt dat gemeenten daar open over \
moeten zijn. “Vertel vooraf wat je vraagt, waarom je het vraagt en wat je ermee doet. \
En bewaar niet meer dan nodig is.” Meerdere gemeenten gebruiken inmiddels een platform \
dat deelnemers niet verplicht om een account aan te maken, zodat meedoen drempelloos \
blijft.

Ook de raad zelf moet wennen aan de nieuwe werkwijze. Een online peiling is geen \
referendum, en de uitkomst is niet zonder meer representatief. Het helpt als de raad \
vooraf vastlegt hoe hij de uitkomsten meeweegt, zodat deelnemers weten wat er met hun \
inbreng gebeurt en teleurstelling achteraf wordt voorkomen.

## Leren van elkaar

De leden spraken af dat de themabijeenkomst in november in het teken staat van digitale \
participatie. Daar komen de technische kant, de privacy van deelnemers en de vraag hoe \
de raad de uitkomsten weegt aan bod. **Zet de datum alvast in uw agenda.**
"""

_HOUSEKEEPING_BODY = """\
- De jaarrekening 2025 is vastgesteld; het bestuur kreeg decharge voor het gevoerde \
beleid.
- De begroting 2027 is aangenomen. De contributie blijft gelijk aan die van 2026.
- Burgemeester Ruud van Schagen-Koster neemt na acht jaar afscheid als bestuurslid. De \
vergadering dankte hem met een warm applaus.
- Wethouder Lotte Zwaan (Hollands Kroon) is benoemd als nieuw bestuurslid.
- De volgende algemene ledenvergadering is op vrijdag 5 maart 2027 in Purmerend.
"""


def demo_edition(photo_hashes: list[str]) -> Edition:
    """The demo edition, using ``photo_hashes`` (panel, speaker, town hall, polder)."""
    panel, speaker, town_hall, polder = photo_hashes
    finance = Article(
        kicker="VERSLAG",
        headline="HET RAVIJNJAAR KOMT DICHTERBIJ",
        subtitle="Gemeenten vragen het Rijk om structurele financiële ruimte",
        lead=(
            "De financiën van de Noord-Hollandse gemeenten staan onder druk. De kosten in "
            "het sociale domein stijgen, reserves slinken en het Rijk geeft alleen voor de "
            "korte termijn duidelijkheid. In Hoorn spraken de leden daarom af om samen op "
            "te trekken richting Den Haag."
        ),
        body=_FINANCE_BODY,
        byline="Tekst: Hanneke Vos",
        quotes=[
            PullQuote(
                "Voor 2027 en verder zie ik bij bijna iedereen rode cijfers in de meerjarenraming.",
                "Joost van Vliet",
            ),
            PullQuote(
                "We teren in op het vet dat we in betere jaren hebben opgebouwd.",
                "Marieke Hoogland",
            ),
        ],
        photos=[
            PhotoRef(
                speaker,
                caption="Wethouder Joost van Vliet (Zaanstad) licht de cijfers toe.",
                credit="Foto: Jeroen Schouten",
                alt_text="Een spreker in donker pak achter een houten spreekgestoelte, "
                "in het licht van een spot.",
            )
        ],
    )
    youth = Article(
        kicker="JEUGD",
        headline="JEUGDZORG VRAAGT OM REGIE, NIET OM NIEUWE REGELS",
        subtitle="Samen inkopen en vroeg de juiste hulp",
        lead=(
            "Wachtlijsten, personeelstekorten en oplopende kosten: de jeugdzorg blijft een "
            "zorgenkind. Een panel van bestuurders en professionals besprak wat gemeenten "
            "zelf kunnen doen."
        ),
        body=_YOUTH_BODY,
        quotes=[
            PullQuote(
                "Wij moeten als gemeenten een betrouwbare opdrachtgever zijn.",
                "Samira El Idrissi",
            ),
            PullQuote(
                "Samen inkopen betekent niet dat we onze eigen keuzes opgeven",
                "Samira El Idrissi",
            ),
        ],
        photos=[
            PhotoRef(
                panel,
                caption="Het panel v.l.n.r.: Pieter Kuijpers, Samira El Idrissi, "
                "Emre Kılıç, Lotte Zwaan en dagvoorzitter Annelies Verbeek.",
                credit="Foto: Jeroen Schouten",
                alt_text="Vier panelleden achter een lange tafel met microfoons; rechts "
                "staat de dagvoorzitter, achter hen hangt een projectiescherm.",
            )
        ],
    )
    energy = Article(
        kicker="ENERGIE",
        headline="NETCONGESTIE REMT DE WARMTETRANSITIE",
        subtitle="Ruimte maken voor kabels, en voor inwoners",
        lead=(
            "Het volle stroomnet dwingt gemeenten om hun energieplannen anders aan te "
            "pakken. Warmtenetten van en voor de buurt bieden perspectief."
        ),
        body=_ENERGY_BODY,
        quotes=[
            PullQuote(
                "Een verdeelstation is niet mooi, maar zonder verdeelstation geen "
                "warmtepompen en geen nieuwe woningen.",
                "Emre Kılıç",
            ),
            PullQuote(
                "Het vertrouwen kwam van de buren zelf.",
                "Lotte Zwaan",
            ),
        ],
        photos=[
            PhotoRef(
                polder,
                caption="Polderlandschap bij Schermer: ruimte voor zon en wind is er, "
                "ruimte op het net nog niet.",
                credit="Foto: Hanneke Vos",
                alt_text="Vlakke akkers onder een blauwe lucht, een sloot naar de horizon, "
                "een rij bomen en een molen.",
            )
        ],
    )
    digital = Article(
        kicker="THEMA",
        headline="DIGITAAL MEEPRATEN, OOK ZONDER LAPTOP",
        subtitle="Meer en andere inwoners bereiken",
        lead=(
            "Digitale participatie brengt nieuwe stemmen in het gemeentehuis. Maar hoe "
            "voorkom je dat een andere groep buiten de boot valt?"
        ),
        body=_DIGITAL_BODY,
        photos=[
            PhotoRef(
                town_hall,
                caption="Het stadhuis van Purmerend, waar de themabijeenkomst in november "
                "wordt gehouden.",
                credit="Foto: gemeente Purmerend",
                alt_text="Een bakstenen gemeentehuis met drie rijen ramen en een vlag op het dak.",
            )
        ],
    )
    housekeeping = SidebarBox(
        kicker="HUISHOUDELIJK",
        title="Jaarrekening, begroting en bestuur",
        body=_HOUSEKEEPING_BODY,
    )
    return Edition(
        title="Verslag ledenvergadering",
        kind="report",
        association="Vereniging van Noord-Hollandse Gemeenten",
        meeting="Algemene ledenvergadering",
        date=MEETING_DATE,
        place="Hoorn",
        references="Z.2026-0418 / D.2026-10932",
        highlights=[
            "Financiële positie gemeenten",
            "Jeugdzorg: samen sterker inkopen",
            "Netcongestie en warmtenetten",
            "Digitale participatie",
        ],
        content=[finance, youth, housekeeping, energy, digital],
        page_target=4,
        fit=DEMO_FIT,
    )
