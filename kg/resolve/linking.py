"""Link the mentions in one article into entities: one node per real-world thing.

"Ellen Tauscher", "Tauscher" and "Ms Tauscher" become one Person; "U.S." and
"the United States" one Country; "NATO" and "the North Atlantic Treaty
Organization" one Organization. Ambiguous surnames go to the nearest earlier
full name, never to a random one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kg.resolve.gender import first_name_gender, honorific_gender
from kg.resolve.raw import RawMention


# Titles that are part of how a peer is named when no given name is known.
PEERAGE = frozenset({"lord", "lady", "baroness"})


@dataclass
class Cluster:
    """Mentions of one entity within an article."""

    cls: str
    names: list[str] = field(default_factory=list)
    members: list[RawMention] = field(default_factory=list)

    @property
    def label(self) -> str:
        """The fullest common name: longest, then most frequent."""
        if self.cls == "Country":
            return self.members[0].country or self.names[0]
        counts = Counter(self.names)
        best = max(counts, key=lambda n: (len(n.split()), counts[n], len(n)))
        peer = next((m.honorific for m in self.members if m.honorific and m.honorific.lower() in PEERAGE), None)
        if self.cls == "Person" and peer is not None and len(best.split()) == 1:
            return f"{peer} {best}"  # "Baroness Kerrigan", "Lord Hale": a peer is named by the title
        return best

    @property
    def key(self) -> str:
        return f"{self.cls.lower()}:{self.label.lower()}"


def link_mentions(raw: list[RawMention]) -> dict[int, Cluster]:
    """Cluster mentions into entities; returns mention index -> its cluster.

    Candidate clusters are looked up by surname, acronym or country rather than scanned,
    so an article naming thousands of different people still links in near-linear time.
    """
    index = _ClusterIndex()
    assignment: dict[int, Cluster] = {}
    # Longer person names first so that surnames find their full name.
    order = sorted(range(len(raw)), key=lambda i: (raw[i].cls != "Person", -len(raw[i].name.split()), raw[i].start))
    for i in order:
        mention = raw[i]
        cluster = _match(mention, index)
        if cluster is None:
            cluster = index.new(mention.cls)
        cluster.names.append(mention.name)
        cluster.members.append(mention)
        index.add(cluster, mention)
        assignment[i] = cluster
    return assignment


class _ClusterIndex:
    """Clusters by exact name, surname, acronym letters, initials and country, in creation order."""

    def __init__(self) -> None:
        self.created: dict[int, int] = {}
        self.by_key: dict[tuple[str, str], Cluster] = {}
        self.by_surname: dict[str, list[Cluster]] = {}
        self.by_letters: dict[str, list[Cluster]] = {}  # organisations named by an acronym ("NATO")
        self.by_initials: dict[str, list[Cluster]] = {}  # organisations by their names' initials
        self.by_country: dict[str | None, Cluster] = {}

    def new(self, cls: str) -> Cluster:
        cluster = Cluster(cls)
        self.created[id(cluster)] = len(self.created)
        return cluster

    def add(self, cluster: Cluster, mention: RawMention) -> None:
        self.by_key.setdefault((mention.cls, _norm(mention.name)), cluster)
        words = mention.name.split()
        if cluster.cls == "Person" and words:
            self._file(self.by_surname, words[-1].lower(), cluster)
        elif cluster.cls == "Organization":
            letters = mention.name.replace(".", "")
            if letters.isupper() and len(letters) >= 2:
                self._file(self.by_letters, letters, cluster)
            self._file(self.by_initials, _initials(mention.name), cluster)
        elif cluster.cls == "Country":
            self.by_country.setdefault(cluster.members[0].country, cluster)

    def _file(self, table: dict[str, list[Cluster]], key: str, cluster: Cluster) -> None:
        found = table.setdefault(key, [])
        if all(c is not cluster for c in found):
            found.append(cluster)
            found.sort(key=lambda c: self.created[id(c)])

    def first(self, *groups: list[Cluster]) -> Cluster | None:
        return min((c for group in groups for c in group), key=lambda c: self.created[id(c)], default=None)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _norm(name: str) -> str:
    return " ".join(name.lower().replace("\u2019", "'").split())


def _match(mention: RawMention, index: _ClusterIndex) -> Cluster | None:
    if mention.cls == "Country":
        return index.by_country.get(mention.country)
    exact = index.by_key.get((mention.cls, _norm(mention.name)))
    if exact is not None:
        return exact
    if mention.cls == "Person":
        words = mention.name.split()
        return _person_match(mention, index.by_surname.get(words[-1].lower(), []) if words else [])
    if mention.cls == "Organization":
        letters = mention.name.replace(".", "")
        if letters.isalpha() and len(letters) >= 3:
            letters = letters.upper()  # "Acpo", as the BBC writes acronyms, is "ACPO"
        as_acronym = index.by_initials.get(letters, []) if letters.isupper() and len(letters) >= 2 else []
        return index.first(as_acronym, index.by_letters.get(_initials(mention.name), []))
    return None


def _person_match(mention: RawMention, clusters: list[Cluster]) -> Cluster | None:
    """A shorter name matches a fuller one when surnames agree and given names are compatible."""
    words = mention.name.split()
    named = [c for c in clusters if c.cls == "Person" and any(name_compatible(words, n.split()) for n in c.names)]
    candidates = [c for c in named if _same_gender(mention, c)]
    if named and not candidates and mention.honorific and len(words) == 1:
        # "Mrs Howard" beside "Michael Howard": another person; her honorific stays in her name.
        mention.name = f"{mention.honorific} {mention.name}"
    if not candidates:
        return None
    # Ambiguous surname: the cluster mentioned most recently before this mention.
    def last_before(c: Cluster) -> int:
        starts = [m.start for m in c.members if m.start < mention.start]
        return max(starts) if starts else -1

    return max(candidates, key=last_before)


def _same_gender(mention: RawMention, cluster: Cluster) -> bool:
    """Unless both are known, any gender fits."""
    said = honorific_gender(mention.honorific) if mention.honorific else None
    if said is None:
        return True
    known = {honorific_gender(m.honorific) for m in cluster.members if m.honorific} | {
        first_name_gender(n) for n in cluster.names
    }
    known.discard(None)
    return not known or known == {said}


def name_compatible(short: list[str], full: list[str]) -> bool:
    """'Blair' ~ 'Tony Blair'; 'G. Bush' ~ 'George W. Bush'; 'Tony Blair' !~ 'Cherie Blair'."""
    short, full = without_peerage(short), without_peerage(full)
    if not short or not full or len(short) > len(full):
        return False
    if short[-1].lower() != full[-1].lower():
        return False
    given_short, given_full = short[:-1], full[:-1]
    if not given_short:
        return True
    first_short, first_full = given_short[0].rstrip("."), given_full[0].rstrip(".")
    if len(first_short) == 1:
        return first_full[:1].lower() == first_short.lower()
    return first_short.lower() == first_full.lower()


def without_peerage(words: list[str]) -> list[str]:
    """'Lord Hale' -> 'Hale': a peer's title is no given name ('Lord Hale' ~ 'Peter Hale')."""
    return words[1:] if len(words) > 1 and words[0].lower() in PEERAGE else words
