"""The one orchestrator: article files in, a graph (Turtle, page, store) out.

The only module that touches both spaCy (through :mod:`kg.analyse`) and rdflib
(through :mod:`kg.mapping` and :mod:`kg.store`). Everything is computed before
anything is written, and every file is written atomically, so an interrupted or
failed build leaves earlier outputs and stores as they were.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef

from kg.errors import InputError, OutputError
from kg.mapping import (
    Triple,
    distinct_records,
    document_triples,
    entity_group_triples,
    entity_node,
    fact_triples,
    statement_triples,
)
from kg.resolve.corpus import CorpusEntities, merge_entities
from kg.types import DocumentResult, Entity
from kg.vocab import ENTITY_CLASSES, NKG

log = logging.getLogger(__name__)


@dataclass
class BuildSummary:
    """What a build read and wrote: the numbers the CLI prints at the end."""

    documents: int = 0
    sentences: int = 0
    entities: int = 0
    facts: int = 0
    unasserted: int = 0
    statements: int = 0
    skipped: int = 0
    warnings: int = 0
    seconds: float = 0.0
    by_relation: Counter[str] = field(default_factory=Counter)
    outputs: list[Path] = field(default_factory=list)


def corpus_triples(results: Sequence[DocumentResult], known: Iterable[Entity] = ()) -> tuple[list[Triple], CorpusEntities]:
    """All triples for a set of analysed articles, entities merged across them."""
    found = [e for r in results for e in r.entities] + [
        m.entity for r in results for f in r.facts for m in (f.subject, f.object)
    ]
    corpus = merge_entities(found, known, [r.entities for r in results])
    mention_counts: Counter[str] = Counter()
    for result in results:
        for mention in result.mentions:
            mention_counts[corpus.key_map.get(mention.entity.key, mention.entity.key)] += 1
    triples: list[Triple] = []
    used = _used_entity_keys(results, corpus)
    groups: dict[URIRef, list[tuple[Entity, int]]] = {}  # names that differ only in spacing or accents share an IRI
    for key in sorted(used):
        entity = corpus.entities[key]
        groups.setdefault(entity_node(entity, corpus), []).append((entity, mention_counts[key]))
    for node, group in groups.items():
        triples.extend(entity_group_triples(node, group))
    for a, b in sorted(corpus.close_matches):
        if a in used and b in used:
            triples.append((entity_node(corpus.entities[b], corpus), SKOS.closeMatch, _node_of(corpus, a)))
    for result in results:
        triples.extend(document_triples(result))
        facts, statements = distinct_records(result.facts, result.statements, corpus)
        for fact in facts:
            triples.extend(fact_triples(fact, corpus))
        for statement in statements:
            triples.extend(statement_triples(statement, corpus))
    return triples, corpus


def _node_of(corpus: CorpusEntities, key: str) -> URIRef:
    return entity_node(corpus.entities[corpus.key_map.get(key, key)], corpus)


def _used_entity_keys(results: Sequence[DocumentResult], corpus: CorpusEntities) -> set[str]:
    """Entities that are named in a fact, a statement, or by a proper name in the text."""
    used: set[str] = set()
    for result in results:
        for fact in result.facts:
            for mention in (fact.subject, fact.object, fact.speaker):
                if mention is not None:
                    used.add(corpus.resolve(mention.entity).key)
        for statement in result.statements:
            used.add(corpus.resolve(statement.speaker.entity).key)
        for entity in result.entities:
            used.add(corpus.resolve(entity).key)
    for key in list(used):
        owner = corpus.entities[key].of
        if owner:
            used.add(owner)
    return used


def known_entities(graph: Graph) -> list[Entity]:
    """Entities already in a store, so that a new build merges with them."""
    found: list[Entity] = []
    classes = {getattr(NKG, c): c for c in ENTITY_CLASSES}
    for node, cls_iri in graph.subject_objects(RDF.type):
        cls = classes.get(cls_iri)
        if cls is None or cls == "Role":
            continue
        label = graph.value(node, RDFS.label)
        if label is None:
            continue
        aliases = frozenset(str(a) for a in graph.objects(node, SKOS.altLabel))
        found.append(Entity(f"{cls.lower()}:{str(label).lower()}", cls, str(label), aliases))
    return found


def summarise(results: Sequence[DocumentResult], corpus: CorpusEntities, skipped: int, started: float) -> BuildSummary:
    summary = BuildSummary(skipped=skipped)
    summary.documents = len(results)
    summary.sentences = sum(r.sentences for r in results)
    summary.entities = len(corpus.entities)
    for result in results:
        summary.statements += len(result.statements)
        for fact in result.facts:
            if fact.asserted:
                summary.facts += 1
                summary.by_relation[fact.predicate] += 1
            else:
                summary.unasserted += 1
    summary.seconds = time.perf_counter() - started
    return summary


def build(
    inputs: Sequence[str],
    out_dir: Path,
    *,
    model: str | None = None,
    store: Path | None = None,
    strict: bool = False,
    jobs: int = 1,
    threshold: float | None = None,
    learned: bool = False,
    on_problem: Callable[[InputError], None] | None = None,
    progress: Callable[[Iterator[DocumentResult]], Iterator[DocumentResult]] | None = None,
    page_options: dict[str, object] | None = None,
    read_options: dict[str, Any] | None = None,
) -> BuildSummary:
    """Read articles, extract facts, and write ``graph.ttl`` and ``graph.html`` into ``out_dir``.

    With ``store``, the new facts are added to that Oxigraph store and the outputs show
    the whole store. Problems with single articles are reported through ``on_problem``
    and counted; the build goes on without them unless ``strict``. ``read_options`` go to
    :func:`kg.sources.read_articles` (``max_bytes``, ``selection``).
    """
    from kg.analyse import analyse
    from kg.extract import DEFAULT_THRESHOLD, families
    from kg.nlp import load_model
    from kg.sources import read_articles
    from kg.store import add_triples, bind_prefixes, open_store, write_graph

    started = time.perf_counter()
    _check_writable(out_dir)
    skipped = 0

    def count_problem(problem: InputError) -> None:
        nonlocal skipped
        skipped += 1
        if on_problem is not None:
            on_problem(problem)

    warnings: list[str] = []
    articles = read_articles(inputs, strict=strict, on_problem=count_problem, on_warning=warnings.append, **(read_options or {}))
    first = next(articles, None)  # no model load (seconds) when nothing can be read
    if first is None:
        raise InputError(f"no article could be read from {', '.join(inputs)} ({skipped} skipped); nothing was written")
    nlp = load_model(model, learned_entities=learned)
    stream = analyse(
        itertools.chain([first], articles),
        nlp,
        n_process=max(1, jobs),
        threshold=threshold if threshold is not None else DEFAULT_THRESHOLD,
        use=families(learned),
    )
    results = list(progress(stream) if progress else stream)
    if not results:
        raise InputError(f"no article could be read from {', '.join(inputs)} ({skipped} skipped); nothing was written")

    graph = open_store(store, create=True) if store is not None else bind_prefixes(Graph())
    try:
        known = known_entities(graph) if store is not None else []
        triples, corpus = corpus_triples(results, known)
        stale, kept_names = _stale_values(graph, triples) if store is not None else ([], [])
        moved, old = _merged_into_new_nodes(graph, known, corpus)
        add_triples(graph, triples + kept_names + moved)  # one transaction: all or nothing
        for triple in stale + old:  # only after the new values are safely in
            graph.remove(triple)
        summary = summarise(results, corpus, skipped, started)
        summary.warnings = len(warnings)
        write_graph(graph, out_dir / "graph.ttl", "turtle")
        from kg.render import write_html

        options: dict[str, object] = {"title": f"newskg: {summary.documents} article{'s' if summary.documents != 1 else ''}", **(page_options or {})}
        write_html(graph, out_dir / "graph.html", **options)  # type: ignore[arg-type]
    finally:
        if store is not None:
            graph.close()
    summary.outputs = [out_dir / "graph.ttl", out_dir / "graph.html"]
    summary.seconds = time.perf_counter() - started
    return summary


def _merged_into_new_nodes(graph: Graph, known: list[Entity], corpus: CorpusEntities) -> tuple[list[Triple], list[Triple]]:
    """Move a stored node that the new articles show to be a fuller-named entity ("Tauscher" -> "Ellen Tauscher").

    Returns the triples to add (rewritten onto the new node) and the old ones to remove.
    """
    moved: list[Triple] = []
    old: list[Triple] = []
    for entity in known:
        target = corpus.key_map.get(entity.key)
        if target is None or target not in corpus.entities:
            continue
        before = entity_node(entity, corpus)
        after = entity_node(corpus.entities[target], corpus)
        if before == after:
            continue
        for p, o in graph.predicate_objects(before):
            old.append((before, p, o))  # type: ignore[arg-type]
            if p not in {RDFS.label, NKG.mentionCount}:
                moved.append((after, p, o))  # type: ignore[arg-type]
            elif p == RDFS.label:
                moved.append((after, SKOS.altLabel, o))  # type: ignore[arg-type]
        for s, p in graph.subject_predicates(before):
            old.append((s, p, before))  # type: ignore[arg-type]
            moved.append((s, p, after))  # type: ignore[arg-type]
    return moved, old


def _stale_values(graph: Graph, triples: list[Triple]) -> tuple[list[Triple], list[Triple]]:
    """Values a rebuild recomputes (labels, counts) that the store holds in an older form.

    Returns what to remove, and what to add besides: an old label stays an alternative name.
    """
    single = {RDFS.label, NKG.mentionCount}
    stale: list[Triple] = []
    kept_names: list[Triple] = []
    for s, p, o in triples:
        if p not in single:
            continue
        for old in graph.objects(s, p):
            # Oxigraph hands literals back typed xsd:string; compare values, not terms.
            if isinstance(old, Literal) and isinstance(o, Literal) and old.toPython() == o.toPython():
                continue
            stale.append((s, p, old))  # type: ignore[arg-type]
            if p == RDFS.label:
                kept_names.append((s, SKOS.altLabel, old))  # type: ignore[arg-type]
    return stale, kept_names


def _check_writable(out_dir: Path) -> None:
    """Fail before any work when the output directory cannot be made."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"{out_dir}: cannot create the output directory ({exc.strerror}); choose a writable --out"
        ) from exc
    if not out_dir.is_dir():
        raise OutputError(f"{out_dir}: not a directory; choose a directory for --out")
