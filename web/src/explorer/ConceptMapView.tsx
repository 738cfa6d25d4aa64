/**
 * The concept co-occurrence map drawn with sigma.js: concepts sized by the passages that mention
 * them and coloured by cluster, pairs as edges as wide as their weight, laid out by ForceAtlas2
 * from a fixed start, so the same map looks the same every time. A click on a concept selects it.
 */
import { MultiUndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import type { ExplorerConceptMapQuery } from '../__generated__/graphql.js';

type MapData = NonNullable<ExplorerConceptMapQuery['conceptMap']>;

/** Colours of clusters 1, 2, …, repeating; distinct for the colour-blind (Okabe-Ito, then Tol). */
export const CLUSTER_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
  '#999933',
  '#882255',
  '#44AA99',
  '#332288',
  '#AA4499',
  '#117733',
];

export function clusterColour(cluster: number): string {
  return CLUSTER_COLOURS[(cluster - 1) % CLUSTER_COLOURS.length] as string;
}

const LAYOUT_ITERATIONS = 300;

function graphOf(map: MapData): MultiUndirectedGraph {
  const graph = new MultiUndirectedGraph();
  const maxWeight = Math.max(1, ...map.nodes.map((node) => node.weight));
  map.nodes.forEach((node, index) => {
    // Start on a circle, heaviest first, then let ForceAtlas2 pull related concepts together.
    const angle = (2 * Math.PI * index) / map.nodes.length;
    graph.addNode(node.concept.id, {
      label: node.concept.name,
      x: Math.cos(angle) * 100,
      y: Math.sin(angle) * 100,
      size: 3 + 9 * Math.sqrt(node.weight / maxWeight),
      color: clusterColour(node.cluster),
    });
  });
  const maxEdge = Math.max(...map.edges.map((edge) => edge.weight), Number.MIN_VALUE);
  for (const edge of map.edges) {
    graph.addEdge(edge.source.id, edge.target.id, {
      size: 0.5 + 4 * (edge.weight / maxEdge),
      weight: edge.weight,
      color: '#b8c0cc',
    });
  }
  if (graph.order > 1) {
    forceAtlas2.assign(graph, {
      iterations: LAYOUT_ITERATIONS,
      getEdgeWeight: 'weight',
      // Strong gravity keeps concepts that share no passage with the rest on the map's edge, not
      // far off it.
      settings: {
        ...forceAtlas2.inferSettings(graph),
        barnesHutOptimize: false,
        strongGravityMode: true,
        gravity: 0.05,
      },
    });
  }
  return graph;
}

export interface ConceptMapViewProps {
  readonly map: MapData;
  readonly selected: string | null;
  readonly onSelect: (id: string) => void;
  readonly label: string;
}

export function ConceptMapView({ map, selected, onSelect, label }: ConceptMapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Sigma | null>(null);
  const selectedRef = useRef(selected);
  selectedRef.current = selected;

  useEffect(() => {
    if (container.current === null) return;
    const graph = graphOf(map);
    const sigma = new Sigma(graph, container.current, {
      // Labels wherever they fit; the heaviest concepts win the space.
      // Sizes in screen pixels, so a map of ten concepts and one of a hundred look alike.
      settings: {
        itemSizesReference: 'screen',
        labelRenderedSizeThreshold: 0,
        labelDensity: 0.7,
        stagePadding: 60,
      },
      nodeReducer: (node, data) =>
        node === selectedRef.current
          ? { ...data, highlighted: true, labelVisibility: 'visible', zIndex: 1 }
          : data,
    });
    sigma.on('clickNode', ({ node }) => onSelect(node));
    renderer.current = sigma;
    return () => {
      sigma.kill();
      renderer.current = null;
    };
  }, [map, onSelect]);

  useEffect(() => {
    renderer.current?.refresh();
  }, [selected]);

  return (
    <div
      ref={container}
      className="concept-map"
      role="img"
      aria-label={label}
      data-testid="concept-map"
      data-nodes={map.nodes.length}
      data-edges={map.edges.length}
    />
  );
}
