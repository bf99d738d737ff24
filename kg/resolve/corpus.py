"""One node per entity across a corpus: merge what each article found.

Articles are resolved one at a time; this pass links their entities to each
other (and to those already in a store): a surname seen alone in one article
joins the one full name in the corpus that it fits ("Mr Blair" -> "Tony Blair").
When two different full names fit, nothing is merged and the link is kept as a
possible match instead.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.resolve.linking import name_compatible
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


def merge_entities(found: Iterable[Entity], known: Iterable[Entity] = ()) -> CorpusEntities:
    """Merge entities found in articles with each other and with ``known`` ones (from a store)."""
    names: dict[str, Counter[str]] = defaultdict(Counter)
    first: dict[str, Entity] = {}
    for entity in [*known, *found]:
        first.setdefault(entity.key, entity)
        names[entity.key][entity.label] += 2
        for alias in entity.aliases:
            names[entity.key][alias] += 1
    result = CorpusEntities()
    persons = [k for k, e in first.items() if e.cls == "Person"]
    full = [k for k in persons if len(first[k].label.split()) > 1]
    for key in persons:
        if key in full:
            continue
        words = first[key].label.split()
        fits = [k for k in full if name_compatible(words, first[k].label.split())]
        if len(fits) == 1:
            result.key_map[key] = fits[0]
        elif len(fits) > 1:
            result.close_matches.update((key, k) for k in fits)
    for key, entity in first.items():
        target = result.key_map.get(key, key)
        names[target].update(names[key]) if target != key else None
    for key, entity in first.items():
        if key in result.key_map:
            continue
        counts = names[key]
        label = entity.label if entity.cls in {"Country", "Role", "System", "Plan"} else _fullest(counts)
        aliases = frozenset(n for n in counts if n != label)
        result.entities[key] = Entity(key, entity.cls, label, aliases, _mapped(result, entity.of))
    return result


def _mapped(result: CorpusEntities, key: str | None) -> str | None:
    return result.key_map.get(key, key) if key else None


def _fullest(counts: Counter[str]) -> str:
    return max(counts, key=lambda n: (len(n.split()), counts[n], len(n)))
