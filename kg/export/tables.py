"""``entities.csv`` and ``relations.csv`` (and ``.parquet`` when pyarrow is installed).

Column names follow what Gephi's spreadsheet import expects (``Id``/``Label`` for nodes,
``Source``/``Target`` for edges); pandas reads them as they are, and Neo4j's ``LOAD CSV``
takes them with the statements in docs/exports.md.
"""

from __future__ import annotations

import csv
import io
from dataclasses import astuple
from pathlib import Path

from rdflib import Graph

from kg.export.rows import entity_rows, relation_rows

ENTITY_COLUMNS = ("Id", "Label", "class", "mentions", "altLabels")
RELATION_COLUMNS = ("Source", "Target", "relation", "confidence", "sentence", "document", "date", "rule", "facts")


def table_files(graph: Graph) -> dict[str, bytes]:
    """File name → contents for the CSV tables, plus parquet copies when pyarrow is present."""
    entities = [astuple(row) for row in entity_rows(graph)]
    relations = [astuple(row) for row in relation_rows(graph)]
    files = {
        "entities.csv": _csv(ENTITY_COLUMNS, entities),
        "relations.csv": _csv(RELATION_COLUMNS, relations),
    }
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return files
    files["entities.parquet"] = _parquet(ENTITY_COLUMNS, entities)
    files["relations.parquet"] = _parquet(RELATION_COLUMNS, relations)
    return files


def _csv(columns: tuple[str, ...], rows: list[tuple[object, ...]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(columns)
    writer.writerows(["" if value is None else value for value in row] for row in rows)
    return buffer.getvalue().encode("utf-8")


def _parquet(columns: tuple[str, ...], rows: list[tuple[object, ...]]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({name: [row[i] for row in rows] for i, name in enumerate(columns)})
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return bytes(sink.getvalue().to_pybytes())
