"""Relation rules, registered under versioned names with the properties they emit.

A rule is a pure function ``(ExtractionContext) -> Iterable[Fact]``. Registering
it declares which ontology properties it may emit, so a test can check every
declared property exists in the ontology and the build can list what ran.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact

RuleFunc = Callable[["ExtractionContext"], Iterable["Fact"]]


@dataclass(frozen=True)
class Rule:
    """A registered relation rule."""

    name: str
    version: int
    emits: tuple[str, ...]
    func: RuleFunc

    @property
    def id(self) -> str:
        """What provenance records as the rule: 'roles.title_before_name/1'."""
        return f"{self.name}/{self.version}"


RULES: dict[str, Rule] = {}


def relation_rule(name: str, *, version: int, emits: tuple[str, ...]) -> Callable[[RuleFunc], RuleFunc]:
    """Register a rule function under ``name``; the latest registration of a name wins."""

    def register(func: RuleFunc) -> RuleFunc:
        RULES[name] = Rule(name, version, emits, func)
        return func

    return register
