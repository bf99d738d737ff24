"""Kept while callers move to kg.extract.modality."""

from kg.extract.modality import negated

__all__ = ["negated"]
