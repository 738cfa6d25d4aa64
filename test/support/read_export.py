"""Reads a kks-graph export with the tools a researcher would use, and prints what it holds as JSON.

GraphML and GEXF are read by networkx, Turtle by rdflib, CSV by Python's csv module and VOSviewer
JSON by its json module: readers independent of the code that wrote the files.

    python read_export.py graphml|gexf|nodes.csv|edges.csv|vosviewer.json|ttl <file>
"""

import csv
import json
import sys

import networkx
import rdflib
from rdflib.namespace import RDF, SKOS


def read_graph(kind: str, path: str) -> dict:
    graph = networkx.read_graphml(path) if kind == "graphml" else networkx.read_gexf(path)
    return {
        "directed": graph.is_directed(),
        "nodes": {node: dict(data) for node, data in graph.nodes(data=True)},
        "edges": [
            {"source": source, "target": target, **{key: value for key, value in data.items() if key != "id"}}
            for source, target, data in graph.edges(data=True)
        ],
    }


def read_csv(path: str) -> list:
    with open(path, newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def read_turtle(path: str) -> dict:
    graph = rdflib.Graph()
    graph.parse(path, format="turtle")
    concepts = {}
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        labels = lambda predicate: sorted(
            [str(label), label.language] for label in graph.objects(concept, predicate)
        )
        links = lambda predicate: sorted(str(other) for other in graph.objects(concept, predicate))
        concepts[str(concept)] = {
            "prefLabel": labels(SKOS.prefLabel),
            "altLabel": labels(SKOS.altLabel),
            "definition": labels(SKOS.definition),
            "broader": links(SKOS.broader),
            "narrower": links(SKOS.narrower),
            "related": links(SKOS.related),
            "inScheme": links(SKOS.inScheme),
        }
    schemes = sorted(str(scheme) for scheme in graph.subjects(RDF.type, SKOS.ConceptScheme))
    return {"triples": len(graph), "schemes": schemes, "concepts": concepts}


def main() -> None:
    kind, path = sys.argv[1], sys.argv[2]
    if kind in ("graphml", "gexf"):
        result = read_graph(kind, path)
    elif kind in ("nodes.csv", "edges.csv"):
        result = read_csv(path)
    elif kind == "vosviewer.json":
        with open(path, encoding="utf-8") as file:
            result = json.load(file)
    elif kind == "ttl":
        result = read_turtle(path)
    else:
        raise SystemExit(f"unknown export kind {kind}")
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
