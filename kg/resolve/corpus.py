"""One node per entity across a corpus: merge what each article found.

Articles are resolved one at a time; this pass links their entities to each
other (and to those already in a store): a surname seen alone in one article
joins the one full name in the corpus that it fits ("Mr Blair" -> "Tony Blair").
When two different full names fit, nothing is merged and the link is kept as a
possible match instead.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.resolve.linking import name_compatible, without_peerage
from kg.types import Entity


@dataclass
class CorpusEntities:
    """The corpus-wide entities and how each article's entity keys map onto them."""

    entities: dict[str, Entity] = field(default_factory=dict)
    key_map: dict[str, str] = field(default_factory=dict)
    close_matches: set[tuple[str, str]] = field(default_factory=set)

    def resolve(self, local: Entity) -> Entity:
        """The corpus entity for an article's entity."""
        return self.entities[self.key_map.get(local.key, local.key)]


class EntityTable:
    """Entities gathered article by article, merged once at the end.

    Holds one row per entity key (its names with their weights, its owner) and, per
    article, the ids of the entities it names: the co-occurrence evidence is computed
    from these postings when a surname has to be placed, never as a full table, so
    memory grows with the number of distinct entities, not with the corpus.

    The result does not depend on the order articles are added in: every choice
    (representative name, owner, which person is placed first) breaks ties by the
    names themselves. So a store rebuilt in any order of builds gets the same graph.
    """

    def __init__(self) -> None:
        self.classes: dict[str, str] = {}
        self.names: dict[str, Counter[str]] = {}
        self.owners: dict[str, Counter[str]] = {}
        self._ids: dict[str, int] = {}
        self._documents: list[tuple[int, ...]] = []
        self._postings: dict[int, list[int]] = defaultdict(list)

    def add(self, entity: Entity, weight: int = 1) -> None:
        """Count one (or ``weight``) occurrence of ``entity``: its label counts double."""
        names = self.names.get(entity.key)
        if names is None:
            names = self.names[entity.key] = Counter()
            self.classes[entity.key] = entity.cls
        names[entity.label] += 2 * weight
        for alias in entity.aliases:
            names[alias] += weight
        if entity.of:
            self.owners.setdefault(entity.key, Counter())[entity.of] += weight

    def add_document(self, entities: Iterable[Entity]) -> None:
        """Record which entities one article names together (the evidence for surnames)."""
        ids = sorted({self._ids.setdefault(e.key, len(self._ids)) for e in entities if e.cls != "Role"})
        number = len(self._documents)
        self._documents.append(tuple(ids))
        for i in ids:
            self._postings[i].append(number)

    def merge(self) -> CorpusEntities:
        """One entity per real-world thing, and closeMatch links where merging would be a guess."""
        result = CorpusEntities()
        context = _Context(self._ids, self._documents, self._postings)
        label = {key: _representative(names) for key, names in self.names.items()}
        persons = sorted((k for k, c in self.classes.items() if c == "Person"), key=lambda k: _fullness(label[k], k))
        # Only names ending in the same surname can be fuller forms (see name_compatible): comparing
        # within a surname keeps the merge near linear in the corpus's people, not quadratic.
        earlier: dict[str, list[str]] = defaultdict(list)
        for key in persons:
            words = label[key].split()
            same_surname = earlier[_surname(words)]
            fits = {_root(result, k) for k in same_surname if _fuller(label[k].split(), words)}
            same_surname.append(key)
            fits.discard(key)
            target = _choose(key, sorted(fits), context, single_word=len(words) == 1)
            if target is not None:
                result.key_map[key] = target
            else:
                result.close_matches.update((key, k) for k in fits)
        result.key_map.update(_plans_as_acts(self.classes, self.names, label))
        names = {key: Counter(counts) for key, counts in self.names.items()}
        for key in self.names:
            target = _root(result, key)
            if target != key:
                result.key_map[key] = target
                names[target].update(names[key])
        for key, cls in self.classes.items():
            if key in result.key_map:
                continue
            counts = names[key]
            name = label[key] if cls in {"Country", "Role", "System", "Plan"} else _fullest(counts)
            owner = _representative(self.owners[key]) if key in self.owners else None
            result.entities[key] = Entity(key, cls, name, frozenset(n for n in counts if n != name), _mapped(result, owner))
        return result


# "plans to cut fees" is the plan "cutting fees": the words that only say a plan is put forward.
_PUT_FORWARD = re.compile(r"^(plans?|proposals?|pledges?|promises?|commitments?|moves?|bids?) to ")


def _plans_as_acts(classes: dict[str, str], names: dict[str, Counter[str]], label: dict[str, str]) -> dict[str, str]:
    """'plans to cut fees' -> the node 'cutting fees', when the corpus has that act as a node of its own.

    The act is one plan however it is put forward ("Labour plans to cut fees", "pledged to
    cut fees", "the proposal to cut fees"); only the act's own -ing name joins them, never
    a shorter name ("ban on smoking" for "ban on smoking in pubs"), which may be another plan.
    """
    acts = {label[k].lower(): k for k, c in classes.items() if c == "Plan" and label[k].split()[0].endswith("ing")}
    merged: dict[str, str] = {}
    for key, cls in classes.items():
        if cls != "Plan" or not _PUT_FORWARD.match(label[key].lower()):
            continue
        act = next((acts[n.lower()] for n in sorted(names[key]) if n.lower() in acts and acts[n.lower()] != key), None)
        if act is not None:
            merged[key] = act
    return merged


def merge_entities(
    found: Iterable[Entity],
    known: Iterable[Entity] = (),
    documents: Iterable[Iterable[Entity]] = (),
) -> CorpusEntities:
    """Merge entities found in articles with each other and with ``known`` ones.

    Args:
        found: every entity the articles produced.
        known: entities from elsewhere (no article evidence); a new name may join one of them.
        documents: the entities of each article, as evidence: a surname joins a full
            name only when their articles share other entities ("Kennedy" beside
            "Sirhan" is not "Charles Kennedy" beside "Lib Dems"). Without it, a
            surname that fits exactly one full name joins it.
    """
    table = EntityTable()
    for entity in [*known, *found]:
        table.add(entity)
    for entities in documents:
        table.add_document(entities)
    return table.merge()


class _Context:
    """Which entities share articles with which, answered from per-article postings."""

    def __init__(self, ids: dict[str, int], documents: list[tuple[int, ...]], postings: dict[int, list[int]]) -> None:
        self._ids, self._documents, self._postings = ids, documents, postings
        self._sizes: dict[int, int] = {}

    def __contains__(self, key: str) -> bool:
        return self._ids.get(key) in self._postings

    def __len__(self) -> int:
        return len(self._postings)

    def id(self, key: str) -> int:
        return self._ids[key]

    def neighbours(self, key: str) -> set[int]:
        i = self._ids[key]
        return {j for d in self._postings[i] for j in self._documents[d]} - {i}

    def size(self, i: int) -> int:
        """How many distinct entities share an article with entity ``i``."""
        if i not in self._sizes:
            self._sizes[i] = len({j for d in self._postings[i] for j in self._documents[d]} - {i})
        return self._sizes[i]


def _fuller(full: list[str], short: list[str]) -> bool:
    """'George W Bush' is a fuller form of 'George Bush' and 'Bush'; 'George Bush' of 'G. Bush'."""
    if len(full) < len(short) or not name_compatible(short, full):
        return False
    peer_short, peer_full = without_peerage(short) != short, without_peerage(full) != full
    if peer_full and not peer_short:
        return len(full) > len(short)  # "Hale" joins "Lord Hale"
    short, full = without_peerage(short), without_peerage(full)  # "Lord Hale" joins "Peter Hale"
    return len(full) > len(short) or len(full[0].rstrip(".")) > len(short[0].rstrip("."))


def _surname(words: list[str]) -> str:
    """The word two names must share to be forms of one name ('Lord Hale' and 'Peter Hale')."""
    bare = without_peerage(words)
    return bare[-1].lower() if bare else ""


def _fullness(label: str, key: str) -> tuple[int, int, str]:
    """Fuller names first, so a shorter one finds every name it may join: "Robin Hartley"
    before "Lord Hartley" (a title is no given name), then by key for a fixed order."""
    words = label.split()
    return -len(without_peerage(words)), -len(words), key


def _root(result: CorpusEntities, key: str) -> str:
    while key in result.key_map:
        key = result.key_map[key]
    return key


def _evidence(short: str, full: str, context: _Context) -> float:
    """Shared neighbours of two entities, rarer neighbours counting more."""
    entities = max(1, len(context))
    shared = (context.neighbours(short) & context.neighbours(full)) - {context.id(short), context.id(full)}
    return sum(math.log(1 + entities / (1 + context.size(k))) for k in shared)


def _choose(key: str, fits: list[str], context: _Context, *, single_word: bool) -> str | None:
    """The one fuller name a name belongs to, or ``None`` when unsure (then: closeMatch)."""
    if not fits:
        return None
    with_context = key in context and all(k in context for k in fits)
    if not with_context:
        return fits[0] if len(fits) == 1 else None
    scores = sorted(((_evidence(key, k, context), k) for k in fits), reverse=True)
    best, target = scores[0]
    runner_up = scores[1][0] if len(scores) > 1 else 0.0
    if len(fits) == 1 and not single_word:
        return target  # a first name agrees as well: "George Bush" -> "George W Bush"
    if best > 0 and best >= 2 * runner_up:
        return target
    return None


def _mapped(result: CorpusEntities, key: str | None) -> str | None:
    return result.key_map.get(key, key) if key else None


def _fullest(counts: Counter[str]) -> str:
    return max(counts, key=lambda n: (len(n.split()), counts[n], len(n), n))


def _representative(counts: Counter[str]) -> str:
    """The most frequent name, ties broken by the name itself (not by reading order)."""
    return max(counts, key=lambda n: (counts[n], n))
