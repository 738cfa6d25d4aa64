/**
 * The source of the fixture PDF: a short Dutch essay on regional labour markets, written for the
 * PDF ingestion tests. Markup, so that tests know what the PDF prints:
 * - `[^n]` is footnote marker n, printed superscript after the character before it;
 * - `\u00ad` (soft hyphen, written `·` below and replaced) is where a word may break across lines.
 */

export type FixtureBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'table'; readonly table: FixtureTable };

export interface FixtureTable {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly {
    /** The label as printed, line by line. */
    readonly label: readonly string[];
    /** Per column, its cells; each cell as printed, line by line. */
    readonly cells: readonly (readonly (readonly string[])[])[];
  }[];
}

export interface FixtureSource {
  readonly title: string;
  readonly authors: string;
  readonly runningHeader: string;
  readonly firstPageNumber: number;
  readonly blocks: readonly FixtureBlock[];
  readonly notes: readonly { readonly number: number; readonly text: string }[];
}

const soft = (text: string) => text.replace(/·/g, '\u00ad');
const paragraph = (text: string): FixtureBlock => ({ kind: 'paragraph', text: soft(text) });
const heading = (level: 1 | 2, text: string): FixtureBlock => ({ kind: 'heading', level, text });

/**
 * Instruments of the lexicon, each in the horizon the seed essay's table gives it but under another
 * theme, so that the two tables share instruments and neither contradicts the other.
 */
const INSTRUMENT_MATRIX: FixtureTable = {
  caption: 'Tabel 1  Instrumenten voor de regionale arbeidsmarkt',
  columns: ['Inclusiviteit', 'Weerbaarheid', 'Hervorming'],
  rows: [
    {
      label: ['Korte', 'tijdshorizon'],
      cells: [
        [['(Om)scholingsbeleid'], ['Informatie en', 'onderzoek']],
        [['Loonsubsidies'], ['Regionaal', 'gesubsidieerde arbeid']],
        [['Stages']],
      ],
    },
    {
      label: ['Lange', 'tijdshorizon'],
      cells: [
        [['Leven lang leren'], ['Transitiebeleid']],
        [['Job carving'], ['Functionele regio’s']],
        [['Quotumregeling'], ['Cultuurverandering', 'Arbeidsorganisaties']],
      ],
    },
  ],
};

/** About six A4 pages once laid out. */
export const FIXTURE_ESSAY: FixtureSource = {
  title: 'Werk in de regio',
  authors: 'Anna de Vries en Pieter Bakker',
  runningHeader: 'Werk in de regio: een proefessay',
  firstPageNumber: 7,
  blocks: [
    heading(1, 'Inleiding'),
    paragraph(
      'De regionale arbeids·markt staat opnieuw in de belangstelling van gemeenten, provincies en het Rijk. Na jaren van crisis en herstel is de werkloosheid gedaald, maar de verschillen tussen regio’s zijn groot gebleven.[^1] In Groningen ligt de werkloosheid ruim twee procentpunt hoger dan in de Randstad, en de verwachting is dat dit verschil de komende jaren blijft bestaan.',
    ),
    paragraph(
      'Dit essay vraagt wat regionale samen·werking kan bijdragen aan een arbeids·markt waarop meer mensen naar vermogen meedoen. We bespreken eerst de kijk·richting, daarna de instrumenten die gemeenten en werkgevers samen kunnen inzetten, en ten slotte de vraag hoe het bestuur van de regio daarvoor moet veranderen.',
    ),
    paragraph(
      'De analyse steunt op onderzoek uit het programma Kennis voor Krachtige Steden en op gegevens van het Centraal Bureau voor de Statistiek over de periode 2010 tot 2015.[^2] Waar we cijfers noemen, gaat het om regionale gemiddelden; binnen een regio lopen de uitkomsten per gemeente sterk uiteen.',
    ),
    heading(1, 'Twee opgaven voor de regio'),
    paragraph(
      'Regionaal arbeids·markt·beleid heeft twee gezichten. Het eerste is inclusiviteit: de opgave om mensen die aan de kant staan, zoals werklozen en mensen met een arbeids·beperking, te laten participeren. Het tweede is weerbaarheid: het vermogen van de regionale economie om schokken op te vangen en zich te vernieuwen.',
    ),
    paragraph(
      'Beide opgaven vragen om een andere schaal dan de gemeente. Werk·zoekenden en werk·gevers houden zich niet aan gemeente·grenzen: wie in Assen woont, werkt vaak in Groningen, en een bedrijf in de Randstad werft personeel in de hele provincie. De regionale arbeids·markt is daarom de eenheid waarop beleid voor inclusiviteit en weerbaarheid moet worden ontworpen, en niet het grond·gebied van één gemeente.',
    ),
    paragraph(
      'Toch zijn de instrumenten over verschillende bestuurs·lagen verdeeld. De gemeente voert de Participatiewet uit, de provincie richt zich op innovatie en bedrijvig·heid, en het Rijk bepaalt de regels voor het onderwijs en de sociale zekerheid. Wie de twee opgaven wil verbinden, moet dus over de grenzen van deze bestuurs·lagen heen werken.',
    ),
    heading(2, 'Inclusiviteit'),
    paragraph(
      'Sinds de invoering van de Participatiewet in 2015 zijn gemeenten verantwoordelijk voor de begeleiding naar werk van iedereen die arbeidsvermogen heeft.[^3] Dat vraagt om werk·gevers die taken anders willen inrichten. Bij job carving worden eenvoudige taken uit bestaande functies gehaald en gebundeld tot nieuwe banen, zodat ook mensen met minder vaardig·heden productief kunnen zijn.',
    ),
    paragraph(
      'Gemeenten kunnen dat op drie manieren ondersteunen. Ze kunnen werkgevers tijdelijk compenseren, ze kunnen de begeleiding op de werkvloer organiseren en ze kunnen de dienst·verlening aan werkgevers in de hele regio bundelen:',
    ),
    {
      kind: 'list',
      items: [
        soft(
          'loonsubsidies die het verschil tussen loonwaarde en wettelijk minimumloon voor een periode van ten hoogste twee jaar aanvullen;',
        ),
        soft('jobcoaches die werknemer en leiding·gevende in de eerste maanden begeleiden;'),
        soft(
          'een regionaal werkgevers·servicepunt dat vacatures van alle gemeenten in de arbeids·markt·regio samen·brengt.',
        ),
      ],
    },
    paragraph(
      'Uit de evaluaties blijkt dat vooral de combinatie van deze instrumenten werkt.[^4] Een loonsubsidie zonder begeleiding leidt vaak tot korte dienst·verbanden; begeleiding zonder compensatie schrikt kleine werkgevers af. Naar verwachting zal het aantal banen voor mensen met een beperking tot 2026 met ruim 100.000 toenemen, als werkgevers en gemeenten deze instrumenten samen inzetten.',
    ),
    heading(2, 'Weerbaarheid'),
    paragraph(
      'Weerbaarheid gaat over de economische structuur van de regio. Regio’s met gerelateerde variëteit, waarin bedrijven uit verwante sectoren kennis en vaardigheden delen, herstellen sneller van een schok dan regio’s die op één sector leunen.[^5] De Europese strategie van slimme specialisatie bouwt op dit inzicht: regio’s investeren in de sectoren waarin ze al sterk zijn en zoeken verbindingen met aanverwante activiteiten.',
    ),
    paragraph(
      'Voor de arbeids·markt betekent dit dat werknemers gemakkelijker van de ene naar de andere sector kunnen overstappen als hun vaardigheden verwant zijn. Een leven lang leren is daarvoor een voor·waarde: wie zijn vaardigheden bijhoudt, kan de overstap maken voordat ontslag dreigt. In Groningen, waar de gaswinning wordt afgebouwd, is dat een opgave voor duizenden werknemers.',
    ),
    heading(1, 'Instrumenten naar thema en termijn'),
    paragraph(
      'Tabel 1 ordent de instrumenten die in dit essay aan bod komen naar thema en naar de termijn waarop ze effect hebben. Instrumenten met een korte tijdshorizon werken binnen twee jaar; instrumenten met een lange tijdshorizon vragen om een investering die pas na jaren rendeert.',
    ),
    { kind: 'table', table: INSTRUMENT_MATRIX },
    paragraph(
      'De tabel laat zien dat de meeste instrumenten voor inclusiviteit op korte termijn werken, terwijl weerbaarheid vooral om investeringen op lange termijn vraagt. Daaruit volgt dat een regio beide agenda’s tegelijk moet voeren: wie alleen op de korte termijn stuurt, verliest de structuur van de regionale economie uit het oog.[^6]',
    ),
    heading(1, 'Twee regio’s vergeleken'),
    paragraph(
      'Hoe verschillend de opgaven uitpakken, laat een vergelijking van Groningen en de Randstad zien. In de Randstad groeit de werk·gelegenheid in de zakelijke dienst·verlening en de zorg, en trekken de grote steden jonge hoog·opgeleiden aan. De krapte op de arbeids·markt is daar het grootste probleem: werkgevers vinden moeilijk personeel voor technische en verzorgende beroepen.',
    ),
    paragraph(
      'In Groningen is de beroeps·bevolking ouder en krimpt het aantal jongeren in de dorpen buiten de stad. Het aandeel mensen met een uitkering ligt er ruim een derde hoger dan het landelijke gemiddelde. Tegelijk groeit in de stad Groningen de werkgelegenheid in het onderwijs en de energie·sector, zodat de regio te maken heeft met krapte en werkloosheid tegelijk.',
    ),
    paragraph(
      'Beide regio’s hebben dus een regionale arbeids·markt·agenda nodig, maar de accenten verschillen. Waar de Randstad vooral moet investeren in om·scholing naar beroepen met tekorten, moet Groningen de verbinding leggen tussen de groeiende stad en de krimpende omgeving. Dat vraagt om afspraken over vervoer, over opleidingen dicht bij huis en over werk·gevers·dienstverlening die de hele provincie bestrijkt.',
    ),
    heading(2, 'Lessen uit de vergelijking'),
    paragraph(
      'De vergelijking leert dat er geen blauwdruk bestaat voor regionaal arbeidsmarktbeleid. Wel zijn er bouwstenen die overal terugkomen: een gedeeld beeld van de regionale arbeids·markt, een werkgevers·servicepunt dat de vraag van werkgevers bundelt, en een leven lang leren dat werknemers in staat stelt om van sector te wisselen.',
    ),
    heading(1, 'Bestuur van de regionale arbeidsmarkt'),
    paragraph(
      'De Nederlandse arbeids·markt is verdeeld in vijfendertig arbeids·markt·regio’s, maar deze indeling valt maar ten dele samen met de functionele regio’s waarin mensen wonen en werken.[^7] Gemeenten werken samen in een werk·bedrijf, provincies voeren het economisch beleid en onderwijs·instellingen kijken naar hun eigen verzorgings·gebied. Die verdeling van verantwoordelijk·heden maakt het moeilijk om de agenda’s van inclusiviteit en weerbaarheid te verbinden.',
    ),
    paragraph(
      'Wij concluderen daarom dat de vrijblijvendheid uit de regionale samenwerking moet. Dat kan door regionale fondsvorming, waarbij gemeenten een deel van hun participatie·budget in een gezamenlijk fonds storten, en door bindende afspraken tussen gemeenten, werkgevers en onderwijs·instellingen over de vraag welke opleidingen de regio nodig heeft.',
    ),
    paragraph(
      'De regio is zo de schaal waarop de sociale, de economische en de onderwijs·agenda samen·komen. Zonder bestuurlijke hervorming blijft regionaal arbeids·markt·beleid een optelsom van lokale plannen; met een gedeelde agenda en een gedeeld budget kan de regio de arbeids·markt van morgen vormgeven.[^8]',
    ),
  ],
  notes: [
    {
      number: 1,
      text: 'Het verschil is gemeten als het gemiddelde over de jaren 2013 tot en met 2015 en houdt rekening met de omvang van de beroepsbevolking in elke regio.',
    },
    { number: 2, text: 'Centraal Bureau voor de Statistiek, Statline, regionale kerncijfers.' },
    {
      number: 3,
      text: 'De Participatiewet verving de Wet werk en bijstand, de Wet sociale werkvoorziening en een deel van de Wajong.',
    },
    {
      number: 4,
      text: 'Zie de evaluaties van de werkgeversdienstverlening in de arbeidsmarktregio’s.',
    },
    {
      number: 5,
      text: 'Gerelateerde variëteit meet in welke mate de sectoren in een regio vaardigheden en technologie delen.',
    },
    { number: 6, text: 'Dit punt is ook gemaakt in de bouwstenen voor de regionale arbeidsmarkt.' },
    { number: 7, text: 'De indeling in arbeidsmarktregio’s dateert van 2012.' },
    {
      number: 8,
      text: 'Een uitgebreidere versie van dit betoog verschijnt in de reeks essays van het programma Kennis voor Krachtige Steden.',
    },
  ],
};

/**
 * A longer variant for timing: the essay's sections repeated `copies` times, with headings and
 * notes renumbered so the sequence stays valid.
 */
export function repeatedEssay(copies: number): FixtureSource {
  const perCopy = FIXTURE_ESSAY.notes.length;
  const renumber = (text: string, copy: number) =>
    text.replace(/\[\^(\d+)\]/g, (_, number: string) => `[^${Number(number) + copy * perCopy}]`);
  const blocks = Array.from({ length: copies }, (_, copy) =>
    FIXTURE_ESSAY.blocks.map((block): FixtureBlock => {
      if (block.kind === 'heading') return { ...block, text: `${block.text} (deel ${copy + 1})` };
      if (block.kind === 'paragraph') return { ...block, text: renumber(block.text, copy) };
      if (block.kind === 'table') {
        return {
          ...block,
          table: { ...block.table, caption: block.table.caption.replace('1', String(copy + 1)) },
        };
      }
      return block;
    }),
  ).flat();
  const notes = Array.from({ length: copies }, (_, copy) =>
    FIXTURE_ESSAY.notes.map((note) => ({ ...note, number: note.number + copy * perCopy })),
  ).flat();
  return { ...FIXTURE_ESSAY, blocks, notes };
}
