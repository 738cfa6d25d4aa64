/** The explorer's own words in Dutch and English; the graph's labels come in the language asked. */
export type Lang = 'NL' | 'EN';

const WORDS = {
  title: { NL: 'KKS-kennisgraaf', EN: 'KKS knowledge graph' },
  subtitle: {
    NL: 'Kennis voor Krachtige Steden: concepten, bevindingen en hun bronnen',
    EN: 'Kennis voor Krachtige Steden: concepts, findings and their sources',
  },
  search: {
    NL: 'Zoek een concept, regio, instrument…',
    EN: 'Search a concept, region, instrument…',
  },
  searchLabel: { NL: 'Zoeken', EN: 'Search' },
  results: { NL: 'Zoekresultaten', EN: 'Search results' },
  noResults: { NL: 'Niets gevonden.', EN: 'Nothing found.' },
  allDocuments: { NL: 'Alle documenten', EN: 'All documents' },
  allSections: { NL: 'Alle secties', EN: 'All sections' },
  document: { NL: 'Document', EN: 'Document' },
  section: { NL: 'Sectie', EN: 'Section' },
  weighting: { NL: 'Weging', EN: 'Weighting' },
  RAW: { NL: 'Aantal gedeelde passages', EN: 'Passages in common' },
  ASSOCIATION_STRENGTH: { NL: 'Associatiesterkte', EN: 'Association strength' },
  JACCARD: { NL: 'Jaccard', EN: 'Jaccard' },
  minCount: { NL: 'Minimaal samen genoemd', EN: 'Mentioned together at least' },
  concepts: { NL: 'Concepten op de kaart', EN: 'Concepts on the map' },
  definition: { NL: 'Definitie', EN: 'Definition' },
  alsoCalled: { NL: 'Ook', EN: 'Also' },
  findings: { NL: 'Bevindingen', EN: 'Findings' },
  evidence: { NL: 'Bron', EN: 'Evidence' },
  mentions: { NL: 'Genoemd in', EN: 'Mentioned in' },
  relatedFindings: { NL: 'Verwante bevindingen', EN: 'Related findings' },
  relatedConcepts: { NL: 'Verwante concepten', EN: 'Related concepts' },
  broader: { NL: 'Breder', EN: 'Broader' },
  narrower: { NL: 'Smaller', EN: 'Narrower' },
  about: { NL: 'Over', EN: 'About' },
  shares: { NL: 'deelt', EN: 'shares' },
  page: { NL: 'p.', EN: 'p.' },
  pathFrom: { NL: 'Pad vanaf hier', EN: 'Path from here' },
  pathTo: { NL: 'Pad naar…', EN: 'Path to…' },
  paths: { NL: 'Paden', EN: 'Paths' },
  noPath: { NL: 'Geen pad van hoogstens 4 stappen.', EN: 'No path of at most 4 hops.' },
  hops: { NL: 'stappen', EN: 'hops' },
  bridge: { NL: 'Wat ze delen', EN: 'What they share' },
  sharedConcepts: { NL: 'Gedeelde concepten', EN: 'Shared concepts' },
  sharedRegions: { NL: 'Gedeelde regio’s', EN: 'Shared regions' },
  nothingShared: { NL: 'Geen.', EN: 'None.' },
  openSubject: { NL: 'Open dit onderwerp', EN: 'Open this subject' },
  inSide: { NL: 'In', EN: 'In' },
  playground: { NL: 'Toon deze query in de playground', EN: 'Show this query in the playground' },
  export: { NL: 'Exporteer kaart', EN: 'Export map' },
  loading: { NL: 'Laden…', EN: 'Loading…' },
  close: { NL: 'Sluiten', EN: 'Close' },
  language: { NL: 'Taal', EN: 'Language' },
  pick: {
    NL: 'Kies een concept op de kaart of in de lijst, of zoek.',
    EN: 'Pick a concept on the map or in the list, or search.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export function words(key: keyof typeof WORDS, lang: Lang): string {
  return WORDS[key][lang];
}

export function mapSummary(lang: Lang, nodes: number, edges: number, passages: number): string {
  return lang === 'NL'
    ? `${nodes} concepten, ${edges} verbanden uit ${passages} passages`
    : `${nodes} concepts, ${edges} links from ${passages} passages`;
}
