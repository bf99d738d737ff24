"""The one place IRIs are minted: deterministic, readable and percent-encoded.

The same entity name always yields the same IRI, in this run or a later one,
so graphs built separately merge by plain RDF set union.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from rdflib import URIRef

from kg.types import Article

BASE = "https://newskg.org/id/"

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


def slug(name: str) -> str:
    """Lower-case, accent-folded, hyphen-joined words: 'Ellen Tauscher' -> 'ellen-tauscher'."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    words = _NON_WORD.sub(" ", folded.lower().replace("'", "").replace("\u2019", "")).split()
    return "-".join(words) or "unnamed"


def entity_iri(cls: str, key_name: str) -> URIRef:
    """IRI of an entity of class ``cls`` (e.g. ``Person``) known by ``key_name``."""
    return URIRef(f"{BASE}{cls.lower()}/{quote(slug(key_name), safe='-')}")


def document_iri(article: Article) -> URIRef:
    """IRI of a document, from what it is rather than where it was read.

    The source's own id (a JSONL ``id``, or its ``url``) when it has one, else a hash
    of the normalised text: the same article given through another path is the same
    document, and two articles that share a file name are two.
    """
    if article.own_id:
        return URIRef(f"{BASE}document/{quote(article.id, safe='')}")
    if article.url:
        return URIRef(f"{BASE}document/{quote(article.url, safe='')}")
    return URIRef(f"{BASE}document/text-{text_digest(article.text)}")


def text_digest(text: str) -> str:
    """Hash of a text that ignores Unicode normal form, line endings and runs of white space."""
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normal.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def hashed_iri(kind: str, *parts: object) -> URIRef:
    """IRI for a fact or statement: a hash of what identifies it, stable across runs."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:20]
    return URIRef(f"{BASE}{kind}/{digest}")
