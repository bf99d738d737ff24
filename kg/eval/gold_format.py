"""The newskg gold format (``docs/gold-format.md``): reading and checking gold files.

A file's mistakes are reported with the file and line, as every newskg input error is;
a folder is read recursively and its files merged, entities of different files being
the same when their class and first name (and, for roles, owner) agree.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.vocab import ENTITY_CLASSES, RELATIONS

SYMMETRIC_RELATIONS = frozenset({"meetsWith", "negotiatesWith", "agreementWith"})
GoldTriple = tuple[str, str, str]

_ENTITY_KEYS = frozenset({"id", "class", "names", "of", "note"})
_TOP_KEYS = frozenset({"documents", "entities", "triples", "optional", "note"})
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class GoldEntity:
    """One thing the annotator saw, with every wording that may name it."""

    id: str
    cls: str
    names: tuple[str, ...]
    of: str | None = None  # for roles: the gold id of whose role it is


@dataclass(frozen=True)
class Gold:
    """A whole gold set: one file, or the files of a directory merged."""

    documents: tuple[str, ...]
    entities: dict[str, GoldEntity]
    triples: frozenset[GoldTriple]
    optional: frozenset[GoldTriple]


def normalise_name(name: str) -> str:
    """Compare names case-insensitively, with runs of spaces collapsed and no leading 'the', 'a' or 'an'."""
    text = _SPACE.sub(" ", name).strip().casefold()
    for article in ("the ", "an ", "a "):
        if text.startswith(article) and len(text) > len(article):
            return text[len(article) :]
    return text


def load_gold(path: Path | str) -> Gold:
    """Read a gold file, or every ``*.json`` file under a directory, merged into one gold set.

    Entities of different files with the same class and the same first name (and, for
    roles, the same owner) are the same entity, so a corpus graph that merged them is
    scored correctly.

    Raises:
        InputError: the path is missing, a file is not valid JSON, or it breaks the format.
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.json") if not any(part.startswith(".") for part in p.relative_to(path).parts))
        if not files:
            raise InputError("directory has no .json gold files; point at a gold file or folder", path=str(path))
        return _merge([_load_file(f, prefix=f"{f.relative_to(path).with_suffix('').as_posix()}:") for f in files])
    if not path.is_file():
        raise InputError("no such gold file or directory; check the path", path=str(path))
    return _load_file(path, prefix="")


def _load_file(path: Path, prefix: str) -> Gold:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"cannot read gold file ({err}); check it is UTF-8 text", path=str(path)) from err
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(f"not valid JSON ({err.msg} at column {err.colno}); fix the file", path=str(path), line=err.lineno) from err
    return _FileReader(path, text, prefix).read(data)


class _FileReader:
    """Validates one decoded gold file, pointing each problem at its line where it can."""

    def __init__(self, path: Path, text: str, prefix: str) -> None:
        self.path, self.text, self.prefix = path, text, prefix

    def fail(self, message: str, *hints: str) -> InputError:
        line = None
        for hint in hints:
            found = re.search(hint, self.text)
            if found:
                line = self.text.count("\n", 0, found.start()) + 1
                break
        return InputError(message, path=str(self.path), line=line)

    def read(self, data: object) -> Gold:
        if not isinstance(data, dict):
            raise self.fail('expected a JSON object {"documents": [...], "entities": [...], "triples": [...]}')
        unknown = sorted(set(data) - _TOP_KEYS)
        if unknown:
            raise self.fail(f"unknown top-level key(s) {unknown}; allowed: {sorted(_TOP_KEYS)}", f'"{re.escape(unknown[0])}"')
        documents = data.get("documents", [])
        if not isinstance(documents, list) or not all(isinstance(d, str) and d.strip() for d in documents):
            raise self.fail('"documents" must be a list of document ids (file names or JSONL ids)', '"documents"')
        entities = self.entities(data.get("entities"))
        triples = self.triples(data.get("triples"), "triples", entities)
        optional = self.triples(data.get("optional", []), "optional", entities)
        both = triples & optional
        if both:
            raise self.fail(f"triple {list(min(both))} is listed both in triples and optional; keep it in one")
        return Gold(tuple(documents), entities, frozenset(triples), frozenset(optional))

    def entities(self, items: object) -> dict[str, GoldEntity]:
        if not isinstance(items, list):
            raise self.fail('"entities" must be a list of {"id", "class", "names"} objects', '"entities"')
        found: dict[str, GoldEntity] = {}
        owners: dict[str, str] = {}
        for n, item in enumerate(items):
            where = f"entities[{n}]"
            if not isinstance(item, dict):
                raise self.fail(f'{where} must be an object {{"id", "class", "names"}}')
            ident = item.get("id")
            hint = f'"id"\\s*:\\s*"{re.escape(str(ident))}"'
            if not isinstance(ident, str) or not ident.strip():
                raise self.fail(f'{where} needs a non-empty string "id"', '"entities"')
            unknown = sorted(set(item) - _ENTITY_KEYS)
            if unknown:
                raise self.fail(f"entity {ident!r}: unknown key(s) {unknown}; allowed: {sorted(_ENTITY_KEYS)}", hint)
            if ident in owners or self.prefix + ident in found:
                raise self.fail(f"entity id {ident!r} is used twice; give every entity its own id", hint)
            cls = item.get("class")
            if cls not in ENTITY_CLASSES:
                raise self.fail(f"entity {ident!r}: class {cls!r} is not one of {list(ENTITY_CLASSES)}", hint)
            names = item.get("names")
            if not isinstance(names, list) or not names or not all(isinstance(x, str) and x.strip() for x in names):
                raise self.fail(f'entity {ident!r}: "names" must be a non-empty list of non-blank strings', hint)
            of = item.get("of")
            if of is not None:
                if not isinstance(of, str):
                    raise self.fail(f'entity {ident!r}: "of" must be the id of another entity', hint)
                owners[ident] = of
            found[self.prefix + ident] = GoldEntity(self.prefix + ident, cls, tuple(names))
        for ident, of in owners.items():
            if self.prefix + of not in found:
                raise self.fail(f"entity {ident!r}: \"of\" names {of!r}, which is not an entity in this file", f'"of"\\s*:\\s*"{re.escape(of)}"')
            entity = found[self.prefix + ident]
            found[entity.id] = GoldEntity(entity.id, entity.cls, entity.names, self.prefix + of)
        return found

    def triples(self, items: object, key: str, entities: dict[str, GoldEntity]) -> set[GoldTriple]:
        if not isinstance(items, list):
            raise self.fail(f'"{key}" must be a list of [subject id, relation, object id] triples', f'"{key}"')
        found: set[GoldTriple] = set()
        for n, item in enumerate(items):
            if not (isinstance(item, list) and len(item) == 3 and all(isinstance(x, str) for x in item)):
                raise self.fail(f"{key}[{n}] must be a list of three strings [subject id, relation, object id]; got {item!r}")
            s, rel, o = item
            hint = r"\[\s*" + r"\s*,\s*".join(f'"{re.escape(x)}"' for x in item) + r"\s*\]"
            if rel not in RELATIONS:
                raise self.fail(f"{key}[{n}]: {rel!r} is not a newskg relation; use one of {list(RELATIONS)}", hint)
            for ident in (s, o):
                if self.prefix + ident not in entities:
                    raise self.fail(f"{key}[{n}]: {ident!r} is not an entity id in this file; add it to \"entities\"", hint)
            found.add(_oriented(self.prefix + s, rel, self.prefix + o))
        return found


def _oriented(s: str, rel: str, o: str) -> GoldTriple:
    """Symmetric relations are compared as unordered pairs: write them in one order."""
    return (o, rel, s) if rel in SYMMETRIC_RELATIONS and o < s else (s, rel, o)


def _merge_order(entity: GoldEntity) -> int:
    """Owners, then roles with an owner, then roles without one."""
    return 2 if entity.cls == "Role" and entity.of is None else int(entity.of is not None)


def _file_of(entity: GoldEntity) -> str:
    return entity.id.rpartition(":")[0]


def _same_post(role: GoldEntity, posts: list[str], names: dict[str, list[str]], files_of: dict[str, set[str]]) -> str | None:
    """A post of the same owner, from other files only, that one of the role's names also names."""
    wordings = {normalise_name(n) for n in role.names}
    for post in posts:
        if _file_of(role) not in files_of[post] and wordings & {normalise_name(n) for n in names[post]}:
            return post
    return None


def _merge(golds: Sequence[Gold]) -> Gold:
    """One gold set from many files: same class + first name (+ owner) is one entity.

    A post is also one entity when files give it the same owner and a shared wording, or
    when one file gives it no owner and the set gives its name only one.
    """
    canonical: dict[str, str] = {}
    by_key: dict[tuple[str, str, str | None], str] = {}
    names: dict[str, list[str]] = defaultdict(list)
    merged_entities = [e for gold in golds for e in gold.entities.values()]
    owners_of_post: dict[str, set[str]] = defaultdict(set)
    posts_of: dict[str, list[str]] = defaultdict(list)
    files_of: dict[str, set[str]] = defaultdict(set)
    # Owners first, so a role's key can use its owner's merged id; roles with no owner last.
    for entity in sorted(merged_entities, key=_merge_order):
        owner = canonical.get(entity.of, entity.of) if entity.of else None
        name = normalise_name(entity.names[0])
        if entity.cls == "Role" and owner is not None:
            owners_of_post[name].add(owner)
        elif entity.cls == "Role" and len(owners_of_post[name]) == 1:
            # "Home Secretary" of the UK in one file and with no owner in another: one post
            owner = next(iter(owners_of_post[name]))
        key = (entity.cls, name, owner)
        if entity.cls == "Role" and owner is not None and key not in by_key:
            # "leader" of the Lib Dems in one file, "Lib Dem leader" in another, each listing the other wording
            by_key[key] = _same_post(entity, posts_of[owner], names, files_of) or entity.id
        target = by_key.setdefault(key, entity.id)
        canonical[entity.id] = target
        files_of[target].add(_file_of(entity))
        if entity.cls == "Role" and owner is not None and target == entity.id:
            posts_of[owner].append(target)
        names[target].extend(n for n in entity.names if n not in names[target])
    entities = {}
    for entity in merged_entities:
        target = canonical[entity.id]
        if target == entity.id:
            owner = canonical.get(entity.of, entity.of) if entity.of else None
            entities[target] = GoldEntity(target, entity.cls, tuple(names[target]), owner)

    def remap(triples: Iterable[GoldTriple]) -> frozenset[GoldTriple]:
        return frozenset(_oriented(canonical[s], r, canonical[o]) for s, r, o in triples)

    documents = tuple(dict.fromkeys(d for gold in golds for d in gold.documents))
    triples = remap(t for gold in golds for t in gold.triples)
    optional = remap(t for gold in golds for t in gold.optional) - triples
    return Gold(documents, entities, triples, optional)


