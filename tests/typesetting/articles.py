# ruff: noqa: E501  (prose: one paragraph a line)
"""Real-length news reports in Dutch (our own writing) for the typesetting tests and
benchmark: three editions of three or four articles of 300 to 500 words each, with
subheadings, names, places, hyphenated compounds, numbers, links, lists and boxes."""

from __future__ import annotations

from datetime import date

from vnhg_desk.model import Article, Edition, PullQuote, SidebarBox

FINANCE = """Wie de begrotingen van de Noord-Hollandse gemeenten naast elkaar legt, ziet overal hetzelfde patroon. De uitgaven in het sociale domein stijgen sneller dan de inkomsten uit het gemeentefonds, en de reserves waarmee gemeenten de afgelopen jaren gaten dichtten, raken op. Wethouder Victor Brouwer uit Purmerend opende de middag met een nuchtere rekensom: zonder aanvullende middelen moet zijn gemeente in 2027 ruim vier miljoen euro bezuinigen.

"Dat is geen bedrag dat je vindt door wat efficiënter te werken," zei Brouwer. "Dan praat je over het sluiten van een zwembad, over minder openingsuren van de bibliotheek en over het stoppen met subsidies aan verenigingen die al jaren op ons rekenen." De zaal reageerde instemmend; verschillende wethouders herkenden het beeld uit hun eigen gemeente.

## Het ravijnjaar komt dichterbij

Het VNG-bestuur waarschuwt al langer voor wat inmiddels het ravijnjaar heet. Vanaf 2026 valt een groot deel van de tijdelijke extra middelen weg, terwijl de taken blijven. Penningmeester Judith Kramer van de vereniging liet zien dat bijna twee derde van de leden voor de komende jaren een tekort in de meerjarenraming heeft staan. Bij de kleinere gemeenten is dat aandeel nog hoger.

Kramer benadrukte dat gemeenten niet stil hebben gezeten. De afgelopen jaren zijn veel uitvoeringstaken samengevoegd in regionale diensten, zijn gebouwen afgestoten en is de inkoop van zorg en ondersteuning beter georganiseerd. "Maar er is een grens aan wat je met slimmer organiseren kunt opvangen. Op een gegeven moment raak je de voorzieningen zelf."

## Herverdeling pakt verschillend uit

Een complicerende factor is de herverdeling van het gemeentefonds. De nieuwe verdeelsleutel pakt voor sommige gemeenten gunstig uit en voor andere juist nadelig. Dat maakt het lastig om met één stem te spreken richting het Rijk. Burgemeester Ahmet Kılıç van Heerhugowaard riep de leden op om de onderlinge verschillen niet groter te maken dan ze zijn. "Als wij elkaar gaan bevechten over de verdeling van een te kleine pot, heeft Den Haag het makkelijk."

De provinciale toezichthouder, die als gast aanwezig was, toonde begrip voor de zorgen. Tegelijk vroeg zij gemeenten om hun begrotingen realistisch op te stellen en niet te rekenen op geld dat nog niet is toegezegd. Structurele uitgaven horen gedekt te zijn met structurele inkomsten; incidentele meevallers zijn daar geen vervanging voor.

## Wat de vereniging gaat doen

De leden stemden in met een gezamenlijke brief aan de Tweede Kamer, waarin de vereniging vraagt om een structurele oplossing voor de financiering van gemeenten. Daarnaast gaat een werkgroep van wethouders financiën onderzoeken welke voorzieningen het eerst onder druk komen te staan, zodat raadsleden en inwoners op tijd weten wat er op het spel staat.

- een brief aan de Tweede Kamer, nog voor de behandeling van de begroting;
- een overzicht per gemeente van de verwachte tekorten in de komende vier jaar;
- een bijeenkomst voor raadsleden over keuzes in de begroting.

Het volledige verslag van de financiële sessie en de presentatie van de penningmeester staan op [de website van de vereniging](https://www.vnhg.info/verslagen/financien-najaar). Vragen kunnen per e-mail aan het secretariaat worden gesteld."""

YOUTH = """De kosten van de jeugdzorg blijven de begrotingen van de Noord-Hollandse gemeenten zwaar belasten. In de ledenvergadering deelden wethouders hun ervaringen met de regionale inkoop, die sinds twee jaar in vrijwel alle regio's van de provincie is ingevoerd. Het beeld is gemengd: de samenwerking levert overzicht en betere afspraken op, maar de uitgaven dalen nauwelijks.

Wethouder Sanne de Vries uit Alkmaar vertelde hoe haar regio de contracten met aanbieders heeft teruggebracht van ruim tweehonderd naar ongeveer zestig. "Daardoor weten we beter wie wat doet, en kunnen we afspraken maken over resultaten in plaats van alleen over uren." Tegelijk ziet zij dat de wachtlijsten voor specialistische hulp niet korter worden.

## Zorg dichter bij huis

Verschillende gemeenten investeren in ondersteuning in de wijk en op school, in de hoop dat zwaardere zorg minder vaak nodig is. In Zaanstad werken praktijkondersteuners jeugd inmiddels bij de meeste huisartsen. Volgens wethouder Thomas Jansen daalt het aantal verwijzingen naar specialistische jeugdhulp daar merkbaar, al is het te vroeg om van een blijvend effect te spreken.

Ook het onderwijs speelt een grotere rol. Scholen en jeugdteams maken afspraken over wie een leerling helpt wanneer het thuis of in de klas niet goed gaat. Een directeur van een scholengemeenschap in Hoorn vertelde dat leerkrachten daardoor sneller weten bij wie ze terechtkunnen. "Vroeger belden we rond tot iemand tijd had. Nu zit de jeugdconsulent twee ochtenden per week gewoon bij ons op school."

## Afspraken met aanbieders

Een terugkerend punt was de verhouding met de grote aanbieders. Die hebben te maken met personeelstekorten en stijgende lonen, en vragen hogere tarieven. Gemeenten willen daar best over praten, maar verwachten wel openheid over de besteding van het geld. De vereniging gaat samen met de regio's een gezamenlijk kader opstellen voor tariefonderhandelingen, zodat aanbieders niet de ene regio tegen de andere uitspelen.

De leden waren het erover eens dat de jeugdzorg een gedeelde verantwoordelijkheid blijft van gemeenten, aanbieders, scholen en het Rijk. Het VNG-bestuur is gevraagd om in de landelijke gesprekken over de hervormingsagenda aandacht te vragen voor de positie van kleinere gemeenten, die een enkele dure plaatsing nauwelijks kunnen opvangen in hun begroting."""

ENERGY = """Netcongestie houdt de energietransitie in Noord-Holland op. Bedrijven die willen uitbreiden of verduurzamen, krijgen geen nieuwe aansluiting, en ook woningbouwprojecten lopen vertraging op omdat het stroomnet vol is. In een drukbezochte sessie spraken gemeenten met de netbeheerder over wat zij zelf kunnen doen om de druk op het net te verminderen.

Een vertegenwoordiger van de netbeheerder schetste de omvang van het probleem. In grote delen van de provincie is de capaciteit voor het afnemen en terugleveren van stroom vrijwel volledig benut. Uitbreiding van het net kost jaren, onder meer door de lange procedures voor nieuwe stations en kabeltracés. "We bouwen zo snel als we kunnen, maar we lopen achter de vraag aan."

## Slimmer gebruik van het net

Gemeenten kunnen helpen door ruimte te reserveren voor nieuwe stations en door procedures te versnellen. Daarnaast wordt gekeken naar slimmer gebruik van de bestaande capaciteit. Op bedrijventerreinen in Den Helder en Heerhugowaard werken ondernemers samen in een energiehub, waarbij ze onderling afspreken wie wanneer stroom afneemt. Zo past er meer op dezelfde kabel.

Wethouder Pieter-Jan Smit van Edam-Volendam vertelde over de warmtenetten die zijn gemeente wil aanleggen. Collectieve warmte vraagt minder van het elektriciteitsnet dan wanneer elke woning een eigen warmtepomp krijgt. Maar de aanleg is kostbaar en de onzekerheid over de nieuwe warmtewet maakt investeerders voorzichtig. "We hebben duidelijkheid nodig over wie het net bezit en wie het risico draagt."

## Ruimte en draagvlak

Een groot deel van de discussie ging over ruimte. Transformatorstations, batterijopslag en zonneparken vragen grond, en die is schaars in een provincie waar ook woningen, natuur en landbouw een plek moeten krijgen. Verschillende raadsleden wezen op het belang van vroege betrokkenheid van inwoners. Een station dat zonder overleg in een woonwijk verschijnt, leidt tot verzet en uiteindelijk tot vertraging.

De vereniging gaat een overzicht maken van locaties die gemeenten samen met de provincie en de netbeheerder geschikt achten. Ook komt er een handreiking voor participatie bij energieprojecten, gebaseerd op ervaringen in Schagen en Hollands Kroon. De netbeheerder zegde toe om elk halfjaar in de ledenvergadering te vertellen hoe de uitbreiding van het net vordert."""

HOUSING = """De woningbouwopgave in Noord-Holland is groot en de tijd dringt. Volgens de provinciale afspraken moeten er tot 2030 ruim honderdduizend woningen bij komen, een aanzienlijk deel daarvan betaalbaar. Gemeenten zien de noodzaak, maar lopen aan tegen stijgende bouwkosten, stikstofregels, netcongestie en een gebrek aan personeel bij de eigen afdelingen ruimtelijke ordening.

Wethouder Fatima El Amrani uit Haarlemmermeer gaf een openhartig inkijkje in de praktijk. Van de plannen die haar gemeente twee jaar geleden presenteerde, is ongeveer de helft in uitvoering. "Het ligt niet aan de wil. Elke vertraging in een procedure kost maanden, en elke maand maakt het project duurder. Dan haken ontwikkelaars af of schuiven ze de betaalbare woningen naar achteren."

## Huisvesting van statushouders

Een gevoelig onderwerp was de huisvesting van statushouders. Gemeenten hebben een taakstelling, maar het aantal beschikbare sociale huurwoningen is beperkt. Verschillende gemeenten werken met tijdelijke woningen of delen woningen toe aan meerdere jongeren samen. Burgemeester Gerrit Zwart van Opmeer pleitte voor een eerlijke verdeling binnen de regio, waarbij gemeenten met meer bouwruimte een groter deel van de opgave op zich nemen.

De leden vroegen het bestuur om bij het Rijk aan te dringen op meerjarige financiering van tijdelijke huisvesting. Nu worden veel oplossingen per jaar bekostigd, wat het voor corporaties moeilijk maakt om te investeren. Ook de samenwerking met woningcorporaties kwam aan bod; in de meeste regio's zijn prestatieafspraken gemaakt, maar de uitvoering vraagt om geld dat corporaties niet altijd hebben.

## Sneller door samenwerking

Een aantal gemeenten werkt inmiddels samen in een regionaal projectbureau, dat kleinere gemeenten ondersteunt met kennis over aanbesteding, planeconomie en de nieuwe Omgevingswet. Volgens de coördinator van het bureau in West-Friesland levert dat tijdwinst op, omdat niet elke gemeente zelf het wiel hoeft uit te vinden. "Een kleine gemeente doet misschien één groot project in tien jaar. Dan heb je die kennis niet in huis."

De vereniging organiseert in het voorjaar een werkbezoek aan een van de projecten, zodat raadsleden en wethouders met eigen ogen kunnen zien wat wel en niet werkt. Aanmelden kan via het secretariaat."""

DIGITAL = """Steeds meer contact tussen gemeenten en inwoners verloopt digitaal. Dat maakt veel zaken sneller en eenvoudiger, maar niet voor iedereen. In een sessie over digitale dienstverlening bespraken de leden hoe zij ervoor zorgen dat inwoners die minder handig zijn met computers of telefoons niet buiten de boot vallen.

Programmamanager Lotte Visser uit Hilversum vertelde dat haar gemeente het aantal formulieren op de website heeft gehalveerd. "We ontdekten dat veel inwoners het formulier niet begrepen en daarna toch belden. Door de vragen eenvoudiger te maken en alleen te vragen wat we echt nodig hebben, kregen we minder telefoontjes en minder fouten." Ook zijn alle brieven herschreven op taalniveau B1.

## Hulp bij de bibliotheek

In veel gemeenten is de bibliotheek een informatiepunt digitale overheid geworden. Inwoners kunnen daar terecht met vragen over hun toeslagen, hun DigiD of een aanvraag bij de gemeente. Vrijwilligers helpen bij het invullen, en medewerkers van de gemeente houden er spreekuur. Volgens de leden werkt dat goed, mits de bibliotheek voldoende middelen krijgt om de hulp overeind te houden.

Een belangrijk punt is toegankelijkheid. Websites en documenten van de overheid moeten voldoen aan de eisen voor digitale toegankelijkheid, zodat ook mensen met een visuele beperking ze kunnen gebruiken. Verschillende gemeenten gaven toe dat hun pdf-documenten daar nog niet aan voldoen. De vereniging gaat een gezamenlijke aanpak uitwerken, waarbij ook de eigen verslagen en nieuwsbrieven worden meegenomen.

## Privacy en vertrouwen

Tot slot ging het over privacy. Gemeenten beschikken over veel gegevens van inwoners, en het vertrouwen dat daar zorgvuldig mee wordt omgegaan, is kwetsbaar. De functionaris gegevensbescherming van een middelgrote gemeente wees erop dat elke nieuwe toepassing begint met de vraag of het gebruik van gegevens echt nodig is. "Kun je het ook zonder, dan moet je het zonder doen."

De leden spraken af om ervaringen met algoritmes en datagedreven werken te delen in een besloten online omgeving. Meer informatie over de aanpak staat op [www.vnhg.info/digitaal](https://www.vnhg.info/digitaal)."""

SAFETY = """Ondermijnende criminaliteit is niet alleen een probleem van de grote steden. Ook in de kleinere gemeenten van Noord-Holland zien burgemeesters signalen: leegstaande bedrijfspanden die plotseling worden verhuurd, vakantieparken waar niemand op vakantie lijkt te zijn, en ondernemers die betalen met contant geld waarvan de herkomst onduidelijk is.

Burgemeester Judith Bakker van Wormerland beschreef hoe haar gemeente met de politie, de belastingdienst en het regionale informatie- en expertisecentrum samenwerkt. "Niemand ziet alles. Pas als we informatie bij elkaar leggen, ontstaat er een beeld." Die samenwerking vraagt wel om duidelijke afspraken over wat partners met elkaar mogen delen.

## Weerbare ambtenaren en bestuurders

Ondermijning raakt ook de eigen organisatie. Ambtenaren die vergunningen verlenen of handhaven, kunnen onder druk worden gezet. De vereniging biedt daarom trainingen aan over integriteit en weerbaarheid, die volgens de deelnemers in een behoefte voorzien. Verschillende gemeenten hebben inmiddels een meldpunt waar medewerkers terechtkunnen als zij zich bedreigd voelen.

Ook raadsleden en wethouders krijgen steeds vaker te maken met intimidatie, online en op straat. De leden vroegen het bestuur om in overleg met het Rijk te zorgen voor betere bescherming van lokale bestuurders, en om de aandacht voor dit onderwerp niet te laten verslappen nu de politieke agenda vol staat met andere zaken.

## Vakantieparken in beeld

Een concreet voorbeeld kwam uit de kop van de provincie, waar gemeenten samen de vakantieparken in kaart hebben gebracht. Op een deel van de parken wonen mensen permanent, soms omdat zij nergens anders terechtkunnen, soms omdat er iets anders aan de hand is. De gemeenten kiezen voor een aanpak waarin zorg en handhaving samengaan: wie er woont uit noodzaak, krijgt hulp bij het vinden van een andere woning.

De vereniging zal de ervaringen met deze aanpak bundelen in een handreiking, die in het najaar verschijnt."""


def _article(kicker, headline, lead, body, quote, attribution, byline="") -> Article:
    return Article(
        kicker=kicker,
        headline=headline,
        lead=lead,
        body=body,
        byline=byline,
        quotes=[PullQuote(quote, attribution)] if quote else [],
    )


def articles() -> dict[str, Article]:
    """The six reports by subject, each a new object."""
    return {
        "finance": _article(
            "Financiën",
            "Gemeenten vragen het Rijk om structurele ruimte",
            "Zonder aanvullende middelen moeten veel Noord-Hollandse gemeenten vanaf 2027 "
            "fors bezuinigen. De leden willen met één stem spreken richting Den Haag.",
            FINANCE,
            "Als wij elkaar gaan bevechten over een te kleine pot, heeft Den Haag het makkelijk",
            "burgemeester Ahmet Kılıç",
            "Tekst: secretariaat VNHG",
        ),
        "youth": _article(
            "Jeugd",
            "Regionale inkoop jeugdzorg geeft overzicht, maar kosten blijven stijgen",
            "De regio's kopen de jeugdzorg samen in. Dat levert betere afspraken op, "
            "maar de wachtlijsten worden niet korter.",
            YOUTH,
            "Nu zit de jeugdconsulent twee ochtenden per week gewoon bij ons op school",
            "schooldirecteur in Hoorn",
        ),
        "energy": _article(
            "Energie",
            "Vol stroomnet remt bouw en verduurzaming",
            "Gemeenten en netbeheerder zoeken samen naar ruimte op het net en in de provincie.",
            ENERGY,
            "We bouwen zo snel als we kunnen, maar we lopen achter de vraag aan",
            "netbeheerder",
        ),
        "housing": _article(
            "Wonen",
            "Woningbouw loopt vast op procedures en kosten",
            "De opgave is groot en de tijd dringt. Samenwerking in de regio moet helpen.",
            HOUSING,
            "Het ligt niet aan de wil, elke vertraging kost maanden",
            "wethouder Fatima El Amrani",
        ),
        "digital": _article(
            "Dienstverlening",
            "Digitaal waar het kan, persoonlijk waar het moet",
            "Hoe zorgen gemeenten dat niemand buiten de boot valt?",
            DIGITAL,
            "",
            "",
        ),
        "safety": _article(
            "Veiligheid",
            "Ondermijning vraagt om samenwerking, ook in kleine gemeenten",
            "Burgemeesters zien signalen in leegstaande panden en op vakantieparken.",
            SAFETY,
            "Pas als we informatie bij elkaar leggen, ontstaat er een beeld",
            "burgemeester Judith Bakker",
        ),
    }


def _box(title: str, body: str, kicker: str = "Huishoudelijk") -> SidebarBox:
    return SidebarBox(kicker=kicker, title=title, body=body)


DECISIONS = (
    "- De jaarrekening en het jaarverslag zijn vastgesteld.\n"
    "- De contributie voor volgend jaar blijft gelijk.\n"
    "- Het bestuur is décharge verleend voor het gevoerde beleid.\n"
    "- Wethouder Pieter-Jan Smit is gekozen als lid van het bestuur."
)


def editions() -> dict[str, Edition]:
    """Three editions of real length (three or four articles and a box each)."""
    a = articles()
    common = dict(
        association="Vereniging van Noord-Hollandse Gemeenten",
        meeting="Algemene ledenvergadering",
        references="Z.2026/0318",
    )
    return {
        "najaar": Edition(
            title="Verslag ledenvergadering",
            date=date(2026, 10, 9),
            place="Hoorn",
            highlights=["Financiën", "Jeugdzorg", "Netcongestie"],
            content=[
                a["finance"],
                a["youth"],
                _box("Besluiten van de vergadering", DECISIONS),
                a["energy"],
            ],
            **common,
        ),
        "voorjaar": Edition(
            title="Verslag ledenvergadering",
            date=date(2026, 4, 17),
            place="Haarlem",
            highlights=["Woningbouw", "Digitale dienstverlening", "Ondermijning"],
            content=[
                a["housing"],
                a["digital"],
                _box("Besluiten van de vergadering", DECISIONS),
                a["safety"],
            ],
            **common,
        ),
        "themadag": Edition(
            title="Verslag themadag",
            date=date(2026, 6, 12),
            place="Alkmaar",
            highlights=["Energie", "Wonen", "Financiën", "Veiligheid"],
            content=[a["energy"], a["housing"], a["finance"], a["safety"]],
            **common,
        ),
    }
