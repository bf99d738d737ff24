"""A mention as :mod:`kg.resolve.mentions` finds it, before linking: its own module so that the
typing helpers it passes through (:mod:`kg.resolve.typing_context`) and the linker can name it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class RawMention:
    """A typed span before linking: token range, class, and the name it gives."""

    start: int
    end: int
    cls: str
    name: str
    country: str | None = None  # canonical country name, for Country mentions
    honorific: str | None = None  # "Mrs" in "Mrs Howard", for people
    telling: bool = False  # typed by the phrase around it ("Vardo, a fishing town"), not by the tag


def full_name_surnames(found: list[RawMention]) -> set[str]:
    """Last words of the people the article names in full ('Kinnock' of 'Neil Kinnock')."""
    return {m.name.split()[-1] for m in found if m.cls == "Person" and len(m.name.split()) > 1}
