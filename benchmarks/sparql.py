"""SPARQL at scale: a synthetic store shaped like a newskg graph, and `kg query` against raw pyoxigraph.

Generates N-Triples with the shape of a built graph (documents; entities of every class
reused with a skewed frequency; relation triples; an ``nkg:Fact`` node with full
provenance per fact, a sixth of them not asserted; statements with speakers), bulk-loads
them into an Oxigraph store, then times every query in ``examples/queries/`` two ways,
each as a fresh process with its output sent to /dev/null:

- ``kg query STORE --file Q --format csv`` (the command a user runs), and
- raw pyoxigraph: ``Store.read_only(STORE).query(Q)`` serialised to CSV by pyoxigraph.

It also times both in one process with the store already open, which shows what
``kg.query`` adds to the engine (the network check and the query thread; CSV is written by pyoxigraph either way).
Each figure is the median of ``--repeat`` runs, the two ways alternating.

    uv run python benchmarks/sparql.py                    # 10 million triples
    uv run python benchmarks/sparql.py --triples 200000   # a quick run
    uv run python benchmarks/sparql.py --store /tmp/s10m  # keep the store; reuse it next time
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bytecode import BYTECODE_ENV  # benchmarks/bytecode.py

import pyoxigraph as ox

REPO = Path(__file__).resolve().parents[1]
QUERIES = sorted((REPO / "examples" / "queries").glob("*.rq"))
NKG, ID = "https://newskg.org/ontology#", "https://newskg.org/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XSD = "http://www.w3.org/2001/XMLSchema#"
LABEL, ALT = "http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#altLabel"
DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
DCT = "http://purl.org/dc/terms/"
# (relation, subject classes, object classes, share of facts), after the examples graph.
RELATIONS = [
    ("holdsRole", ["Person"], ["Role"], 25), ("roleOf", ["Role"], ["Country", "Organization"], 13),
    ("opposes", ["Person", "Organization", "Country"], ["Plan"], 11),
    ("supports", ["Person", "Organization", "Country"], ["Plan"], 9),
    ("memberOf", ["Person"], ["Organization"], 6), ("proposes", ["Person", "Organization"], ["Plan"], 5),
    ("locatedIn", ["System", "Place"], ["Place", "Country"], 4), ("meetsWith", ["Person"], ["Person"], 4),
    ("deploys", ["Country", "Organization"], ["System"], 3), ("heads", ["Person"], ["Organization"], 3),
    ("livesIn", ["Person"], ["Place"], 2), ("worksFor", ["Person"], ["Organization"], 2),
    ("basedIn", ["Organization"], ["Place"], 1), ("negotiatesWith", ["Person", "Country"], ["Person", "Country"], 1),
]
CLASS_SHARE = {"Person": 28, "Role": 21, "Organization": 18, "Place": 14, "Plan": 9, "Country": 5, "System": 5}
WORDS = ("the minister said government plan defence talks vote party leader council budget treaty "
         "missile summit border sanctions election reform army troops parliament deal").split()
FACTS_PER_DOC, STATEMENTS_PER_DOC = 20, 8


def lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def typed(value: object, datatype: str) -> str:
    return f'"{value}"^^<{XSD}{datatype}>'


class Entities:
    """A growing pool per class; picks favour early (frequent) entities, as news does."""

    def __init__(self, rng: random.Random, out: list[str]) -> None:
        self.rng, self.out, self.pool = rng, out, {c: [] for c in CLASS_SHARE}

    def pick(self, cls: str) -> str:
        pool = self.pool[cls]
        if not pool or self.rng.random() < 0.15:  # a new entity
            iri = f"<{ID}{cls.lower()}/e{len(pool)}>"
            name = " ".join(self.rng.choice(WORDS).title() for _ in range(2)) + f" {len(pool)}"
            self.out += [f"{iri} <{RDF}type> <{NKG}{cls}> .", f"{iri} <{LABEL}> {lit(name)} .",
                         f"{iri} <{NKG}mentionCount> {typed(self.rng.randint(1, 40), 'integer')} ."]
            if self.rng.random() < 0.15:
                self.out.append(f"{iri} <{ALT}> {lit(name.split()[0])} .")
            pool.append(iri)
            return iri
        return pool[int(len(pool) * self.rng.random() ** 3)]


def generate(path: Path, triples: int, seed: int = 7) -> int:
    """Write about ``triples`` N-Triples lines to ``path``; return how many were written."""
    rng = random.Random(seed)
    weights = [share for *_, share in RELATIONS]
    written = 0
    entities = Entities(rng, [])
    owners: dict[str, str] = {}
    with path.open("w", encoding="utf-8") as handle:
        doc_no = 0
        while written < triples:
            out: list[str] = []
            entities.out = out
            doc = f"<{ID}document/d{doc_no}.txt>"
            out += [f"{doc} <{RDF}type> <{NKG}Document> .", f"{doc} <{NKG}documentId> {lit(f'd{doc_no}.txt')} .",
                    f"{doc} <{DCT}source> \"Newswire\" .", f"{doc} <{DCT}date> {typed('2024-05-01', 'date')} .",
                    f"{doc} <{NKG}characterCount> {typed(rng.randint(800, 6000), 'integer')} ."]
            for n in range(FACTS_PER_DOC):
                name, subjects, objects, _ = rng.choices(RELATIONS, weights)[0]
                s, o = entities.pick(rng.choice(subjects)), entities.pick(rng.choice(objects))
                if name == "roleOf":  # a role is one body's post, as in a built graph ("minister" of X)
                    o = owners.setdefault(s, o)
                fact, asserted = f"<{ID}fact/d{doc_no}f{n}>", rng.random() < 0.85
                sentence = " ".join(rng.choices(WORDS, k=18)).capitalize() + "."
                start = rng.randint(0, 4000)
                out += [f"{fact} <{RDF}type> <{NKG}Fact> .", f"{fact} <{RDF}subject> {s} .",
                        f"{fact} <{RDF}predicate> <{NKG}{name}> .", f"{fact} <{RDF}object> {o} .",
                        f"{fact} <{DERIVED}> {doc} .", f"{fact} <{NKG}rule> {lit(name + '.rule/1')} .",
                        f"{fact} <{NKG}sentenceText> {lit(sentence)} .",
                        f"{fact} <{NKG}sentenceStart> {typed(start, 'integer')} .",
                        f"{fact} <{NKG}sentenceEnd> {typed(start + len(sentence), 'integer')} .",
                        f"{fact} <{NKG}subjectText> {lit(sentence[:12])} .",
                        f"{fact} <{NKG}subjectStart> {typed(start, 'integer')} .",
                        f"{fact} <{NKG}subjectEnd> {typed(start + 12, 'integer')} .",
                        f"{fact} <{NKG}objectText> {lit(sentence[20:34])} .",
                        f"{fact} <{NKG}objectStart> {typed(start + 20, 'integer')} .",
                        f"{fact} <{NKG}objectEnd> {typed(start + 34, 'integer')} .",
                        f"{fact} <{NKG}confidence> {typed(round(rng.uniform(0.5, 0.95), 2), 'double')} .",
                        f"{fact} <{NKG}polarity> {lit('positive' if asserted else 'negative')} .",
                        f"{fact} <{NKG}modality> {lit('asserted' if asserted else rng.choice(['hypothetical', 'reported']))} .",
                        f"{fact} <{NKG}asserted> {typed('true' if asserted else 'false', 'boolean')} ."]
                if asserted:
                    out.append(f"{s} <{NKG}{name}> {o} .")
                if rng.random() < 0.12:
                    out.append(f"{fact} <{NKG}attributedTo> {entities.pick('Person')} .")
            for n in range(STATEMENTS_PER_DOC):
                st, speaker = f"<{ID}statement/d{doc_no}s{n}>", entities.pick("Person")
                text = " ".join(rng.choices(WORDS, k=12))
                start = rng.randint(0, 4000)
                out += [f"{st} <{RDF}type> <{NKG}Statement> .", f"{st} <{DERIVED}> {doc} .",
                        f"{st} <{NKG}rule> \"speech.quotation/1\" .", f"{st} <{NKG}speaker> {speaker} .",
                        f"{speaker} <{NKG}said> {st} .", f"{st} <{NKG}statementDate> \"May 1\" .",
                        f"{st} <{NKG}text> {lit(text)} .", f"{st} <{NKG}textStart> {typed(start, 'integer')} .",
                        f"{st} <{NKG}textEnd> {typed(start + len(text), 'integer')} ."]
            handle.write("\n".join(out) + "\n")
            written += len(out)
            doc_no += 1
    return written


RAW = """
import sys, pyoxigraph as ox
store = ox.Store.read_only(sys.argv[1])
answer = store.query(open(sys.argv[2], encoding="utf-8").read())
sys.stdout.buffer.write(answer.serialize(format=ox.QueryResultsFormat.CSV))
"""


def timed_process(command: list[str]) -> tuple[float, float, bytes]:
    """Wall seconds, CPU seconds (user + system, all threads) and stdout of one process."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL, env=BYTECODE_ENV)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - started
        if process.returncode:
            raise SystemExit(f"{command[:4]} failed with exit code {process.returncode}")
        out.seek(0)
        return wall, usage.ru_utime + usage.ru_stime, out.read()


def in_process(store_path: Path, query: str, repeat: int) -> tuple[float, float]:
    """Median CPU seconds, store already open: raw query + pyoxigraph's CSV, and kg.query's path
    (the network check, the query thread, the same CSV serialiser)."""
    from kg.query import QueryDataset, execute_csv

    store = ox.Store.read_only(str(store_path))
    dataset = QueryDataset(store, source=str(store_path))
    raw, ours = [], []
    for _ in range(repeat):
        started = time.process_time()
        store.query(query).serialize(format=ox.QueryResultsFormat.CSV)
        raw.append(time.process_time() - started)
        started = time.process_time()
        execute_csv(dataset, query)  # what `kg query --format csv` runs
        ours.append(time.process_time() - started)
    return statistics.median(raw), statistics.median(ours)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=10_000_000, help="size of the synthetic graph")
    parser.add_argument("--store", type=Path, help="store directory to build (or reuse if it exists)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per query and way (median)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="newskg-sparql-"))
    store_path = args.store or work / "store"
    try:
        if not store_path.exists():
            nt = work / "synthetic.nt"
            started = time.perf_counter()
            lines = generate(nt, args.triples)
            print(f"generated {lines:,} triples ({nt.stat().st_size / 1e6:,.0f} MB of N-Triples) "
                  f"in {time.perf_counter() - started:.1f} s", flush=True)
            started = time.perf_counter()
            store = ox.Store(str(store_path))
            store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
            store.flush()
            store.optimize()
            print(f"bulk-loaded into an Oxigraph store in {time.perf_counter() - started:.1f} s", flush=True)
            del store
            nt.unlink()
        count = len(ox.Store.read_only(str(store_path)))
        print(f"store {store_path}: {count:,} triples\n", flush=True)
        kg = [sys.executable, "-m", "kg", "query", str(store_path), "--format", "csv", "--file"]
        raw = [sys.executable, "-c", RAW, str(store_path)]
        print("Processes: wall and CPU seconds (user + system) of `kg query` and of raw pyoxigraph;")
        print("in one process: CPU seconds with the store open. CPU time is the steadier figure on a")
        print("shared machine, where wall time also counts the waits for a core.\n")
        print(f"{'query':28} {'rows':>8} | {'raw wall':>8} {'kg wall':>8} {'ratio':>6} | {'raw cpu':>8} {'kg cpu':>8} "
              f"{'ratio':>6} | {'in-proc raw':>11} {'kg.query':>8} {'ratio':>6} | same CSV")
        warm = work / "warm.rq"  # one tiny query each way first: their bytecode is cached before any timing
        warm.write_text("SELECT * WHERE { ?s ?p ?o } LIMIT 1\n", encoding="utf-8")
        for command in ([*kg, str(warm)], [*raw, str(warm)]):
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=BYTECODE_ENV)
        for query in QUERIES:
            runs: dict[str, list[tuple[float, float]]] = {"raw": [], "kg": []}
            for _ in range(args.repeat):
                wall, cpu, raw_out = timed_process([*raw, str(query)])
                runs["raw"].append((wall, cpu))
                wall, cpu, kg_out = timed_process([*kg, str(query)])
                runs["kg"].append((wall, cpu))
            inner_raw, inner_kg = in_process(store_path, query.read_text(encoding="utf-8"), args.repeat)
            rw, kw = (statistics.median(w for w, _ in runs[k]) for k in ("raw", "kg"))
            rc, kc = (statistics.median(c for _, c in runs[k]) for k in ("raw", "kg"))
            rows = kg_out.count(b"\r\n") - 1
            print(f"{query.name:28} {rows:>8,} | {rw:>8.2f} {kw:>8.2f} {kw / rw:>5.2f}x | {rc:>8.2f} {kc:>8.2f} "
                  f"{kc / rc:>5.2f}x | {inner_raw:>11.2f} {inner_kg:>8.2f} {inner_kg / inner_raw:>5.2f}x | "
                  f"{'yes' if kg_out == raw_out else 'NO'}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
