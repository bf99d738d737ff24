"""Measuring extraction against gold relations (CoNLL04 and newskg's own gold format)."""
