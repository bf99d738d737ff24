"""Outputs that are not plain files: links, FIFOs, devices, stdout, a full disk, an interrupt."""

from __future__ import annotations

import os
import stat
import subprocess
import threading
from pathlib import Path

import pytest
import typer
from rdflib import Graph

from kg.cli import reports_errors
from kg.output_files import write_output

from .running import kg

TURTLE = """@prefix nkg: <https://newskg.org/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://newskg.org/id/person/ellen-tauscher> a nkg:Person ; rdfs:label "Ellen Tauscher" .
"""


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    path = tmp_path / "g.ttl"
    path.write_text(TURTLE)
    return path


def test_a_symlink_output_writes_its_target_and_stays_a_link(tmp_path: Path, graph_file: Path) -> None:
    (tmp_path / "real.nt").write_text("old\n")
    os.symlink("real.nt", tmp_path / "link.nt")
    run = kg("export", str(graph_file), "--format", "nt", "--output", str(tmp_path / "link.nt"))
    assert run.code == 0, run.err
    assert (tmp_path / "link.nt").is_symlink()
    assert len(Graph().parse(tmp_path / "real.nt", format="nt")) == 2


def test_a_dangling_link_output_is_refused(tmp_path: Path, graph_file: Path) -> None:
    os.symlink("nowhere.nt", tmp_path / "dangling.nt")
    run = kg("export", str(graph_file), "--format", "nt", "--output", str(tmp_path / "dangling.nt"))
    assert run.code == 4 and "dangling symbolic link" in run.err
    assert (tmp_path / "dangling.nt").is_symlink() and not (tmp_path / "nowhere.nt").exists()


def test_dev_full_is_written_through_and_reported_never_replaced(graph_file: Path) -> None:
    before = os.stat("/dev/full")
    run = kg("export", str(graph_file), "--format", "nt", "--output", "/dev/full")
    assert run.code == 4
    assert run.err.strip() == "kg: error: cannot write the graph to /dev/full: No space left on device; free some space or write elsewhere"
    after = os.stat("/dev/full")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev


def test_dash_and_proc_self_fd_1_write_to_stdout(graph_file: Path) -> None:
    run = kg("export", str(graph_file), "--format", "nt", "--output", "-")
    assert run.code == 0 and len(Graph().parse(data=run.out, format="nt")) == 2
    run = kg("export", str(graph_file), "--format", "nt", "--output", "/proc/self/fd/1")
    assert run.code == 0 and "ellen-tauscher" in run.out


def test_a_fifo_output_is_written_through_when_read_and_refused_without_a_reader(tmp_path: Path, graph_file: Path) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    run = kg("export", str(graph_file), "--format", "nt", "--output", str(fifo), timeout=60)
    assert run.code == 4 and "a FIFO with no reader" in run.err
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    run = kg("export", str(graph_file), "--format", "nt", "--output", str(fifo), timeout=60)
    reader.join(timeout=60)
    assert run.code == 0, run.err
    assert b"ellen-tauscher" in received[0]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_full_disk_leaves_the_old_output_and_no_temporary_file(tmp_path: Path, graph_file: Path) -> None:
    disk = tmp_path / "small"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(disk)], capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"SKIPPED LOUDLY: cannot mount a small tmpfs here ({mounted.stderr.decode().strip()}); "
                    "test_full_disk_by_fault_injection covers the same path")
    try:
        (disk / "graph.nt").write_text("old\n")
        big = tmp_path / "big.ttl"
        lines = [TURTLE] + [f'<https://newskg.org/id/person/p{i}> <http://www.w3.org/2000/01/rdf-schema#label> "Person number {i}" .' for i in range(3000)]
        big.write_text("\n".join(lines))
        run = kg("export", str(big), "--format", "nt", "--output", str(disk / "graph.nt"))
        assert run.code == 4 and "No space left on device" in run.err
        assert (disk / "graph.nt").read_text() == "old\n"
        assert sorted(p.name for p in disk.iterdir()) == ["graph.nt"]
    finally:
        subprocess.run(["umount", str(disk)], check=False)


def test_full_disk_by_fault_injection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from kg.errors import OutputError

    (tmp_path / "graph.ttl").write_text("old\n")

    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OutputError, match="No space left on device"):
        write_output(tmp_path / "graph.ttl", b"new\n")
    assert (tmp_path / "graph.ttl").read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_an_interrupt_after_writing_says_what_was_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    @reports_errors
    def writes_then_interrupted() -> None:
        write_output(tmp_path / "graph.ttl", b"data\n")
        raise KeyboardInterrupt

    with pytest.raises(typer.Exit) as exit_info:
        writes_then_interrupted()
    assert exit_info.value.exit_code == 130
    message = capsys.readouterr().err
    assert "nothing was written" not in message
    assert message == f"kg: error: interrupted after writing {tmp_path / 'graph.ttl'}\n"
