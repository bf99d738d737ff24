"""How well newskg keeps one node per person across a corpus.

Builds the graph for a corpus (default: the 100 BBC politics articles in ../shared) and
reports: Person nodes; nodes that are a surname-only or honorific variant of another Person
node (duplicates); and the 20 most connected people with their roles.

    uv run python benchmarks/entities.py [--corpus DIR | --graph out/graph.ttl]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from rdflib import RDF, RDFS, Graph, URIRef

from kg.lexicon import honorifics
from kg.resolve.gender import first_name_gender, honorific_gender
from kg.resolve.linking import name_compatible
from kg.stats import relation_network
from kg.vocab import NKG

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "bbc_politics"


def person_labels(graph: Graph) -> dict[str, str]:
    return {str(node): str(graph.value(node, RDFS.label)) for node in graph.subjects(RDF.type, NKG.Person)}


def duplicates(labels: dict[str, str]) -> list[tuple[str, str]]:
    """(variant, fuller) pairs: 'Blair' or 'Mr Blair' beside 'Tony Blair'."""
    found = []
    for node, label in labels.items():
        words = label.split()
        bare = words[1:] if len(words) > 1 and words[0].lower().rstrip(".") in honorifics() else words
        for other_node, other in labels.items():
            if other_node == node:
                continue
            other_words = other.split()
            said, named = honorific_gender(words[0]), first_name_gender(other)
            if said and named and said != named:
                continue  # "Mrs Howard" beside "Michael Howard" is another person
            if (bare != words or len(bare) < len(other_words)) and name_compatible(bare, other_words):
                found.append((label, other))
                break
    return found


def top_people(graph: Graph, count: int = 20) -> list[tuple[str, int, list[str]]]:
    network = relation_network(graph).to_undirected()
    people = [n for n, data in network.nodes(data=True) if data["type"] == "Person"]
    ranked = sorted(people, key=lambda n: -network.degree(n))[:count]
    rows = []
    for node in ranked:
        roles = sorted({str(graph.value(r, RDFS.label)) for r in graph.objects(URIRef(node), NKG.holdsRole)})
        rows.append((network.nodes[node]["label"], network.degree(node), roles))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--graph", type=Path, help="an already built graph.ttl instead of building")
    args = parser.parse_args()
    if args.graph:
        graph = Graph().parse(args.graph)
    else:
        if not args.corpus.is_dir():
            sys.exit(f"entities: corpus {args.corpus} not found; pass --corpus DIR or --graph FILE")
        from kg.build import build

        with tempfile.TemporaryDirectory() as out:
            build([str(args.corpus)], Path(out))
            graph = Graph().parse(Path(out) / "graph.ttl")
    labels = person_labels(graph)
    dups = duplicates(labels)
    top = top_people(graph)
    top_names = {name for name, _, _ in top}
    top_dups = [d for d in dups if d[0] in top_names]
    share = len(dups) / len(labels) if labels else 0.0
    print(f"Person nodes: {len(labels)}")
    print(f"Surname-only or honorific variants of another Person node: {len(dups)} ({share:.1%}; target <= 2%)")
    for variant, fuller in dups:
        print(f"  {variant!r} beside {fuller!r}")
    print(f"Duplicates among the 20 most connected people: {len(top_dups)} (target 0)")
    print("The 20 most connected people:")
    for name, degree, roles in top:
        print(f"  {degree:>3}  {name:<28} {'; '.join(roles)[:90]}")


if __name__ == "__main__":
    main()
