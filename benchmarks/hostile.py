"""Hostile and careless input, run through the real ``kg`` command: expected vs observed.

Regenerates ``benchmarks/hostile.md``. Each case builds its inputs in a temporary
directory, runs ``python -m kg ...`` with a timeout, and records the exit code, the
``kg:`` lines on stderr, whether a traceback appeared and how long it took.

    uv run python benchmarks/hostile.py [--out benchmarks/hostile.md]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ARTICLE = (REPO / "examples" / "articles" / "baltic-ministers.txt").read_text(encoding="utf-8")
FRENCH = ("Le président de la République a annoncé mardi une série de mesures destinées à soutenir le pouvoir d'achat "
          "des ménages. Selon le ministre de l'Économie, ces mesures coûteront près de dix milliards d'euros à l'État. "
          "L'opposition a dénoncé un plan insuffisant et a réclamé une hausse des salaires des fonctionnaires.")
BAD_GRAPH = """@prefix nkg: <https://newskg.org/ontology#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://newskg.org/id/document/x> a nkg:Document ; nkg:documentId "x" ; <http://purl.org/dc/terms/date> "2024-13"^^xsd:gYearMonth .
"""


@dataclass
class Case:
    name: str
    expected: str
    code: int
    needle: str
    setup: Callable[[Path], list[str]]  # returns the kg arguments
    stdin: str | None = None  # "closed", or a file name inside the case directory
    signal_after_workers: int | None = None


def jsonl(d: Path, *lines: str) -> str:
    (d / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(d / "in.jsonl")


def good(d: Path) -> str:
    (d / "good.txt").write_text(ARTICLE, encoding="utf-8")
    return str(d / "good.txt")


def corpus(d: Path) -> Path:
    c = d / "corpus"
    c.mkdir()
    (c / "good.txt").write_text(ARTICLE, encoding="utf-8")
    return c


def with_links(d: Path) -> list[str]:
    c = corpus(d)
    os.symlink("b.txt", c / "a.txt")
    os.symlink("a.txt", c / "b.txt")
    os.symlink("nowhere.txt", c / "dangling.txt")
    return ["build", str(c), "--out", str(d / "out")]


def with_readme(d: Path) -> list[str]:
    c = corpus(d)
    (c / "README.md").write_text("# About\nJane Smith said these are articles.\n")
    (c / "SOURCE_README.TXT").write_text("Source: a site.\n")
    return ["build", str(c), "--out", str(d / "out")]


def fifo(d: Path) -> list[str]:
    os.mkfifo(d / "f.txt")
    return ["build", str(d / "f.txt"), "--out", str(d / "out")]


def graph(d: Path) -> str:
    (d / "g.ttl").write_text('<https://newskg.org/id/person/x> <http://www.w3.org/2000/01/rdf-schema#label> "X" .\n')
    return str(d / "g.ttl")


def symlink_output(d: Path) -> list[str]:
    (d / "real.nt").write_text("old\n")
    os.symlink("real.nt", d / "link.nt")
    return ["export", graph(d), "--format", "nt", "--output", str(d / "link.nt")]


def fifo_output(d: Path) -> list[str]:
    os.mkfifo(d / "out.fifo")
    return ["export", graph(d), "--format", "nt", "--output", str(d / "out.fifo")]


def many(d: Path) -> list[str]:
    c = d / "corpus"
    c.mkdir()
    for i in range(4):
        for a in sorted((REPO / "examples" / "articles").glob("*.txt")):
            (c / f"{i}-{a.name}").write_text(a.read_text(encoding="utf-8"), encoding="utf-8")
    return ["build", str(c), "--out", str(d / "out"), "--jobs", "2"]


def huge(d: Path) -> list[str]:
    (d / "huge.txt").write_text("word " * 1_100_000)
    return ["build", str(d / "huge.txt"), good(d), "--out", str(d / "out")]


CASES = [
    Case("lone surrogate in a JSONL text", "read, U+FFFD, one warning", 0, "lone UTF-16 surrogate",
         lambda d: ["build", jsonl(d, '{"id": "a", "text": ' + json.dumps(ARTICLE)[:-1] + '\\ud800"}'), "--out", str(d / "out")]),
    Case("100,000-deep nested JSON line", "line skipped, good line read", 0, "nested too deeply",
         lambda d: ["build", jsonl(d, "[" * 100_000 + "]" * 100_000, json.dumps({"id": "a", "text": ARTICLE})), "--out", str(d / "out")]),
    Case("raw U+2028 / U+0085 in a JSONL string, bad line 2", "record read; error names line 2", 0, "in.jsonl:2: not valid JSON",
         lambda d: ["build", jsonl(d, json.dumps({"id": "a", "text": "A\u2028B\u0085 " + ARTICLE}, ensure_ascii=False), "{bad"), "--out", str(d / "out")]),
    Case("`kg build - <&-` (stdin closed)", "one line, exit 2", 2, "standard input is closed",
         lambda d: ["build", "-", "--out", str(d / "out")], stdin="closed"),
    Case("a FIFO as input", "refused at once, exit 2", 2, "a FIFO, not a regular file", fifo),
    Case("/dev/zero as input", "refused at once, exit 2", 2, "a device, not a regular file",
         lambda d: ["build", "/dev/zero", "--out", str(d / "out")]),
    Case("/dev/zero on stdin", "cut at --max-bytes, exit 2", 2, "binary data", lambda d: ["build", "-", "--out", str(d / "out")], stdin="/dev/zero"),
    Case("5.5 MB article beside a good one", "skipped over --max-bytes, good one read", 0, "over --max-bytes", huge),
    Case("symlink loop and dangling link in a folder", "each named and counted", 0, "symbolic link loop", with_links),
    Case("README.md and SOURCE_README.TXT in a folder", "passed over with a note", 0, "looks like a README", with_readme),
    Case("an article in French", "read, warned, counted", 0, "does not look like English",
         lambda d: ["build", jsonl(d, json.dumps({"id": "fr", "text": FRENCH}), json.dumps({"id": "en", "text": ARTICLE})), "--out", str(d / "out")]),
    Case('"date": "2024-13" in JSONL', "plain literal; graph validates", 0, "conforms",
         lambda d: ["build", jsonl(d, json.dumps({"id": "a", "date": "2024-13", "text": ARTICLE})), "--out", str(d / "out")]),
    Case("`kg validate` on a graph with \"2024-13\"^^xsd:gYearMonth", "one line per violation, exit 8", 8, "1 violation",
         lambda d: (d / "bad.ttl").write_text(BAD_GRAPH) and ["validate", str(d / "bad.ttl")]),  # type: ignore[func-returns-value]
    Case("`--output` is a symlink", "target written, link kept", 0, "Wrote", symlink_output),
    Case("`--output /dev/full`", "one line, exit 4, device intact", 4, "No space left on device",
         lambda d: ["export", graph(d), "--format", "nt", "--output", "/dev/full"]),
    Case("`--output` is a FIFO with no reader", "one line, exit 4", 4, "a FIFO with no reader", fifo_output),
    Case("`--output -`", "the graph on stdout", 0, "", lambda d: ["export", graph(d), "--format", "nt", "--output", "-"]),
    Case("`--jobs 2`, SIGTERM to the parent", "exit 143 at once, no orphan", 143, "terminated (SIGTERM)", many,
         signal_after_workers=signal.SIGTERM),
    Case("`--jobs 2`, Ctrl-C to the process group", "exit 130 at once, no worker traceback", 130, "interrupted", many,
         signal_after_workers=-signal.SIGINT),
]


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    out.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                pass
    return out


def run(case: Case, d: Path) -> tuple[int, str, str, float, str]:
    args = case.setup(d)
    if case.name.startswith('"date"'):
        pass
    command = [sys.executable, "-m", "kg", *args]
    stdin: int | None = subprocess.DEVNULL
    if case.stdin == "closed":
        command = ["/bin/sh", "-c", " ".join(f"'{c}'" for c in command) + " <&-"]
        stdin = None
    elif case.stdin:
        stdin = os.open(case.stdin, os.O_RDONLY)
    started = time.monotonic()
    note = ""
    process = subprocess.Popen(command, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=d, start_new_session=True)
    if case.signal_after_workers is not None:
        while len(workers := _children(process.pid)) < 2 and process.poll() is None:
            time.sleep(0.2)
        time.sleep(1)
        started = time.monotonic()
        sig = abs(case.signal_after_workers)
        os.killpg(process.pid, sig) if case.signal_after_workers < 0 else process.send_signal(sig)
    try:
        out, err = process.communicate(timeout=600)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        out, err = process.communicate()
        note = "TIMED OUT"
    seconds = time.monotonic() - started
    if case.signal_after_workers is not None:
        time.sleep(0.5)
        alive = [p for p in workers if Path(f"/proc/{p}").exists() and " Z " not in Path(f"/proc/{p}/stat").read_text()]
        note = f"{len(alive)} workers left" if alive else "no worker left"
    text = err.decode("utf-8", "replace").replace("\r", "\n")
    if case.name.startswith('"date"') and process.returncode == 0:
        check = subprocess.run([sys.executable, "-m", "kg", "validate", str(d / "out" / "graph.ttl")], capture_output=True, check=False)
        text += check.stdout.decode()
    if case.name == "`--output` is a symlink":
        note = "link kept" if (d / "link.nt").is_symlink() and "x" in (d / "real.nt").read_text() else "LINK REPLACED"
    if case.name == "`--output /dev/full`":
        note = "device intact" if Path("/dev/full").is_char_device() else "DEVICE REPLACED"
    if case.name == "`--output -`":
        note = f"{len(out.splitlines())} triple on stdout"
    return process.returncode, text, out.decode("utf-8", "replace"), seconds, note


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "hostile.md")
    args = parser.parse_args()
    rows = []
    for case in CASES:
        with tempfile.TemporaryDirectory() as folder:
            code, err, out, seconds, note = run(case, Path(folder))
        lines = [line for line in err.splitlines() if line.startswith("kg: ") and "WARNING" not in line or case.needle and case.needle in line]
        shown = next((line for line in err.splitlines() if case.needle and case.needle in line), lines[-1] if lines else "")
        shown = shown.replace(folder, "…").replace("|", "\\|")[:140]
        ok = code == case.code and (case.needle in err or case.needle in out) and "Traceback" not in err
        rows.append(f"| {case.name} | {case.expected} (exit {case.code}) | exit {code}, {seconds:.1f} s{', ' + note if note else ''}; `{shown}` | {'yes' if ok else 'NO'} |")
        print(rows[-1], flush=True)
    header = [
        "# Hostile input: expected and observed",
        "",
        f"Regenerated on {date.today().isoformat()} by `uv run python benchmarks/hostile.py` (the real `kg` command in a",
        "subprocess per case, on this machine; seconds are wall time, including loading the model where the case builds).",
        "A case passes when the exit code is the documented one, the stderr line says what happened, and no traceback",
        "appears. The regression tests for the same cases are in `tests/hostile/`.",
        "",
        "| case | expected | observed | pass |",
        "|---|---|---|---|",
    ]
    args.out.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
