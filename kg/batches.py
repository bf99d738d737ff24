"""Record files and the build's work directory: what makes a build resumable.

A build analyses articles in numbered batches and writes each finished batch to
``OUT/.kg-work/batch-NNNNNN.jsonl.gz`` (written to a temporary name, then renamed,
so a file that exists is complete). ``--resume`` keeps the batches of an earlier,
interrupted build with the same inputs and options and analyses only the rest. A
store keeps the record files of every article built into it (``STORE/newskg-records``),
so that a later build can merge entities over all of them again.

A record file is gzipped JSON lines: a header (the batch number, the articles that
failed) and then one :mod:`kg.records` record per article.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.errors import OutputError
from kg.records import DocumentRecord, from_json

__all__ = ["WorkDir", "read_failures", "read_lines", "read_records", "record_iris", "write_lines"]

log = logging.getLogger(__name__)

WORK_DIR = ".kg-work"
_MANIFEST = "manifest.json"

Failure = tuple[str, str]
"""An article that could not be analysed: where it was read, and why."""


def write_lines(path: Path, header: dict[str, Any], records: Iterable[dict[str, Any]]) -> None:
    """Write a record file atomically: a reader sees all of it or nothing."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=1) as handle:
            handle.write(json.dumps(header, ensure_ascii=False) + "\n")
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
        os.replace(tmp, path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot write {path}: {err.strerror or err}; check free space and permissions") from err


def read_lines(path: Path) -> Iterator[dict[str, Any]]:
    """The header, then the records, as JSON values."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def read_failures(path: Path) -> list[Failure]:
    """The articles a batch could not analyse, from its header."""
    header = next(read_lines(path))
    return [(where, why) for where, why in header.get("failed", [])]


def read_records(paths: Iterable[Path], skip: dict[Path, set[str]] | None = None) -> Iterator[DocumentRecord]:
    """The records in ``paths``, in order, leaving out the document IRIs listed in ``skip``."""
    for path in paths:
        left_out = (skip or {}).get(path, set())
        lines = read_lines(path)
        next(lines)  # the header
        for data in lines:
            if data["iri"] not in left_out:
                yield from_json(data)


def record_iris(path: Path) -> list[str]:
    """The document IRIs in a record file, from its header."""
    return list(next(read_lines(path))["iris"])


class WorkDir:
    """``OUT/.kg-work``: finished batches of one build, kept until the build is done."""

    def __init__(self, out_dir: Path, manifest: dict[str, Any], *, resume: bool) -> None:
        self.path = out_dir / WORK_DIR
        previous = self._manifest()
        if resume and previous == manifest:
            log.info("resuming from %d finished batches in %s", len(self.files()), self.path)
        else:
            if resume and previous is not None:
                log.warning("%s was made for other inputs or options; starting afresh", self.path)
            shutil.rmtree(self.path, ignore_errors=True)
            self.path.mkdir(parents=True)
            (self.path / _MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")

    def _manifest(self) -> dict[str, Any] | None:
        try:
            data = json.loads((self.path / _MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def batch(self, index: int) -> Path:
        return self.path / f"batch-{index:06d}.jsonl.gz"

    def finished(self, index: int) -> bool:
        return self.batch(index).exists()

    def write(self, index: int, records: list[dict[str, Any]], failures: list[Failure]) -> None:
        header = {"batch": index, "failed": failures, "iris": [r["iri"] for r in records]}
        write_lines(self.batch(index), header, records)

    def files(self) -> list[Path]:
        """Finished batches in batch order."""
        return sorted(self.path.glob("batch-*.jsonl.gz"))

    def remove(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
