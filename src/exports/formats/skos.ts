/**
 * The lexicon as a SKOS concept scheme in Turtle, written by N3.js: each concept with its preferred
 * and alternative labels in Dutch and English, its definition, and its broader, narrower and
 * related concepts; the policy themes as a second scheme. Concept IRIs are `urn:kks-graph:` and the
 * node's readable id (`urn:kks-graph:Concept:job-carving`), so they are stable across servers.
 */
import { DataFactory, Writer } from 'n3';
import type { ConceptModel, ThemeModel } from '../../domain/models.js';

const namedNode = (iri: string) => DataFactory.namedNode(iri);
const literal = (value: string, language: string) => DataFactory.literal(value, language);

const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const DCT_TITLE = 'http://purl.org/dc/terms/title';
const BASE = 'urn:kks-graph:';

export interface SchemeConcept {
  readonly concept: ConceptModel;
  /** Slugs of the concepts this one is narrower than. */
  readonly broader: readonly string[];
  /** Slugs of the concepts related to this one (either direction). */
  readonly related: readonly string[];
}

export interface ConceptScheme {
  readonly concepts: readonly SchemeConcept[];
  readonly themes: readonly ThemeModel[];
}

export const CONCEPT_SCHEME_IRI = `${BASE}scheme:concepts`;
export const THEME_SCHEME_IRI = `${BASE}scheme:themes`;

export function conceptIri(label: 'Concept' | 'Theme', slug: string): string {
  return `${BASE}${label}:${slug}`;
}

export function toSkosTurtle(scheme: ConceptScheme): Promise<string> {
  const writer = new Writer({ prefixes: { skos: SKOS, dct: 'http://purl.org/dc/terms/' } });
  const add = (
    subject: string,
    predicate: string,
    object: ReturnType<typeof literal | typeof namedNode>,
  ) => writer.addQuad(namedNode(subject), namedNode(predicate), object);
  const skos = (term: string) => `${SKOS}${term}`;

  add(CONCEPT_SCHEME_IRI, RDF_TYPE, namedNode(skos('ConceptScheme')));
  add(CONCEPT_SCHEME_IRI, DCT_TITLE, literal('Concepten van Kennis voor Krachtige Steden', 'nl'));
  add(CONCEPT_SCHEME_IRI, DCT_TITLE, literal('Concepts of Kennis voor Krachtige Steden', 'en'));
  add(THEME_SCHEME_IRI, RDF_TYPE, namedNode(skos('ConceptScheme')));
  add(THEME_SCHEME_IRI, DCT_TITLE, literal('Thema’s van de regionale arbeidsmarktagenda', 'nl'));
  add(THEME_SCHEME_IRI, DCT_TITLE, literal('Themes of the regional labour-market agenda', 'en'));

  const narrower = new Map<string, string[]>();
  for (const { concept, broader } of scheme.concepts) {
    for (const parent of broader)
      narrower.set(parent, [...(narrower.get(parent) ?? []), concept.slug]);
  }
  for (const { concept, broader, related } of scheme.concepts) {
    const iri = conceptIri('Concept', concept.slug);
    add(iri, RDF_TYPE, namedNode(skos('Concept')));
    add(iri, skos('inScheme'), namedNode(CONCEPT_SCHEME_IRI));
    labelled(iri, concept.labels, concept.definition, add);
    if (broader.length === 0) add(iri, skos('topConceptOf'), namedNode(CONCEPT_SCHEME_IRI));
    for (const parent of broader)
      add(iri, skos('broader'), namedNode(conceptIri('Concept', parent)));
    for (const child of narrower.get(concept.slug) ?? []) {
      add(iri, skos('narrower'), namedNode(conceptIri('Concept', child)));
    }
    for (const other of related) add(iri, skos('related'), namedNode(conceptIri('Concept', other)));
  }
  for (const theme of scheme.themes) {
    const iri = conceptIri('Theme', theme.slug);
    add(iri, RDF_TYPE, namedNode(skos('Concept')));
    add(iri, skos('inScheme'), namedNode(THEME_SCHEME_IRI));
    add(iri, skos('topConceptOf'), namedNode(THEME_SCHEME_IRI));
    labelled(iri, theme.labels, theme.definition, add);
  }
  return new Promise((resolve, reject) => {
    writer.end((error: Error | null, turtle: string) => (error ? reject(error) : resolve(turtle)));
  });
}

function labelled(
  iri: string,
  labels: ConceptModel['labels'],
  definition: ConceptModel['definition'],
  add: (subject: string, predicate: string, object: ReturnType<typeof literal>) => void,
): void {
  add(iri, `${SKOS}prefLabel`, literal(labels.nl, 'nl'));
  if (labels.en !== null) add(iri, `${SKOS}prefLabel`, literal(labels.en, 'en'));
  // SKOS keeps preferred and alternative labels of one language disjoint.
  for (const alt of labels.altNl.filter((label) => label !== labels.nl)) {
    add(iri, `${SKOS}altLabel`, literal(alt, 'nl'));
  }
  for (const alt of labels.altEn.filter((label) => label !== labels.en)) {
    add(iri, `${SKOS}altLabel`, literal(alt, 'en'));
  }
  if (definition !== null) {
    add(iri, `${SKOS}definition`, literal(definition.nl, 'nl'));
    add(iri, `${SKOS}definition`, literal(definition.en, 'en'));
  }
}
