"""One node per entity across a corpus: merge what each article found.

Articles are resolved one at a time; this pass links their entities to each
other (and to those already in a store): a surname seen alone in one article
joins the one full name in the corpus that it fits ("Mr Blair" -> "Tony Blair").
When two different full names fit, nothing is merged and the link is kept as a
possible match instead.
"""

from __future__ import annotations

import math
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


def merge_entities(
    found: Iterable[Entity],
    known: Iterable[Entity] = (),
    documents: Iterable[Iterable[Entity]] = (),
) -> CorpusEntities:
    """Merge entities found in articles with each other and with ``known`` ones (from a store).

    Args:
        found: every entity the articles produced.
        known: entities already in the store; a new name may join one of them.
        documents: the entities of each article, as evidence: a surname joins a full
            name only when their articles share other entities ("Kennedy" beside
            "Sirhan" is not "Charles Kennedy" beside "Lib Dems"). Without it, a
            surname that fits exactly one full name joins it.
    """
    names: dict[str, Counter[str]] = defaultdict(Counter)
    first: dict[str, Entity] = {}
    for entity in [*known, *found]:
        first.setdefault(entity.key, entity)
        names[entity.key][entity.label] += 2
        for alias in entity.aliases:
            names[entity.key][alias] += 1
    result = CorpusEntities()
    context = _contexts(documents)
    persons = sorted((k for k, e in first.items() if e.cls == "Person"), key=lambda k: -len(first[k].label.split()))
    for n, key in enumerate(persons):
        words = first[key].label.split()
        fits = {_root(result, k) for k in persons[:n] if _fuller(first[k].label.split(), words)}
        fits.discard(key)
        target = _choose(key, sorted(fits), context, single_word=len(words) == 1)
        if target is not None:
            result.key_map[key] = target
        else:
            result.close_matches.update((key, k) for k in fits)
    for key in first:
        target = _root(result, key)
        if target != key:
            result.key_map[key] = target
            names[target].update(names[key])
    for key, entity in first.items():
        if key in result.key_map:
            continue
        counts = names[key]
        label = entity.label if entity.cls in {"Country", "Role", "System", "Plan"} else _fullest(counts)
        aliases = frozenset(n for n in counts if n != label)
        result.entities[key] = Entity(key, entity.cls, label, aliases, _mapped(result, entity.of))
    return result


def _fuller(full: list[str], short: list[str]) -> bool:
    """'George W Bush' is a fuller form of 'George Bush' and 'Bush'; 'George Bush' of 'G. Bush'."""
    if len(full) < len(short) or not name_compatible(short, full):
        return False
    peer_short, peer_full = without_peerage(short) != short, without_peerage(full) != full
    if peer_full and not peer_short:
        return len(full) > len(short)  # "Hale" joins "Lord Hale"
    short, full = without_peerage(short), without_peerage(full)  # "Lord Hale" joins "Peter Hale"
    return len(full) > len(short) or len(full[0].rstrip(".")) > len(short[0].rstrip("."))


def _root(result: CorpusEntities, key: str) -> str:
    while key in result.key_map:
        key = result.key_map[key]
    return key


def _contexts(documents: Iterable[Iterable[Entity]]) -> dict[str, Counter[str]]:
    """Entity key -> how often each other entity shares an article with it."""
    context: dict[str, Counter[str]] = defaultdict(Counter)
    for entities in documents:
        keys = {e.key for e in entities if e.cls != "Role"}
        for key in keys:
            context[key].update(keys - {key})
    return context


def _evidence(short: str, full: str, context: dict[str, Counter[str]]) -> float:
    """Shared neighbours of two entities, rarer neighbours counting more."""
    documents = max(1, len(context))
    shared = (set(context[short]) & set(context[full])) - {short, full}
    return sum(math.log(1 + documents / (1 + len(context[k]))) for k in shared)


def _choose(key: str, fits: list[str], context: dict[str, Counter[str]], *, single_word: bool) -> str | None:
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
    return max(counts, key=lambda n: (len(n.split()), counts[n], len(n)))
