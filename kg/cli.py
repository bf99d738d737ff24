"""The ``kg`` command line: parse options, call one function, print, map errors to exit codes.

With :mod:`kg.cli_support`, the only module that prints or exits. Every
:class:`~kg.errors.NewskgError` becomes one line on stderr and the error's exit code,
never a traceback.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.cli_support import Exclude, Include, Inputs, Learned, MaxBytes, Model, Strict
from kg.cli_support import exit_now_if_workers_ran, fail, problem_printer, read_options, reports_errors
from kg.errors import InputError
from kg.input_files import DEFAULT_MAX_BYTES

app = typer.Typer(
    name="kg",
    help="Build a knowledge graph from news articles: typed facts with provenance, as RDF, SPARQL and an offline page.\n\n"
    "Example: kg build examples/articles --out out/",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
log = logging.getLogger("kg")


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what each step does.")] = False) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="kg: %(levelname)s: %(message)s")


def _wrote(path: Path) -> None:
    """Say what was written, unless it was standard output (the data is the output)."""
    if str(path) != "-":
        typer.echo(f"Wrote {path}")


@app.command()
@reports_errors
def build(
    inputs: Inputs,
    out: Annotated[Path, typer.Option("--out", help="Directory for graph.ttl and graph.html.")],
    model: Model = None,
    store: Annotated[Path | None, typer.Option("--store", help="Oxigraph store directory to add the facts to.")] = None,
    strict: Strict = False,
    jobs: Annotated[int, typer.Option("--jobs", min=1, help="Worker processes for parsing.")] = 1,
    threshold: Annotated[float | None, typer.Option("--threshold", min=0.0, max=1.0, help="Minimum confidence of a fact (default 0.5).")] = None,
    max_nodes: Annotated[int, typer.Option("--max-nodes", min=1, help="Draw only the N most connected entities on the page (the Turtle keeps all).")] = 500,
    learned: Learned = False,
    resume: Annotated[bool, typer.Option("--resume", help="Go on from the finished batches of an interrupted build with the same inputs (kept in OUT/.kg-work).")] = False,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles per batch: the unit of work, of resuming and of what is sent to a cluster.")] = 32,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Analyse the batches on an existing Dask cluster (e.g. tcp://HOST:8786).")] = None,
    cluster: Annotated[str | None, typer.Option("--cluster", help="Start a Dask cluster on this machine for the build: local:N for N worker processes.")] = None,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    include: Include = None,
    exclude: Exclude = None,
) -> None:
    """Build a graph from articles: writes OUT/graph.ttl and OUT/graph.html.

    Example: kg build examples/articles --out out/ --store out/store
    """
    from tqdm import tqdm

    from kg.build import build as run_build
    from kg.workers import Terminated

    if scheduler is not None and cluster is not None:
        raise InputError("give --scheduler or --cluster, not both")
    try:
        with tqdm(desc="articles", unit="doc", file=sys.stderr, disable=None) as bar:
            summary = run_build(
                inputs, out, model=model, store=store, strict=strict, jobs=jobs, threshold=threshold, learned=learned,
                on_problem=problem_printer(strict), progress=bar.update, page_options={"max_nodes": max_nodes},
                read_options=read_options(max_bytes, include, exclude),
                resume=resume, batch_size=batch_size, scheduler=scheduler, cluster=cluster,
            )
    except (KeyboardInterrupt, Terminated) as stop:
        what = "interrupted" if isinstance(stop, KeyboardInterrupt) else "terminated (SIGTERM)"
        message = (f"{what}; outputs and store are as they were, and the finished batches are kept in {out / '.kg-work'}: "
                   "run the same command with --resume to go on")
        code = 130 if isinstance(stop, KeyboardInterrupt) else Terminated.exit_code
        exit_now_if_workers_ran(message, code)
        fail(message, code)
    from kg.counts import format_counts

    typer.echo(
        f"Read {summary.documents} documents ({summary.sentences} sentences) in {summary.seconds:.1f} s"
        + (f", skipped {summary.skipped}" if summary.skipped else "")
        + (f", {summary.warnings} with warnings" if summary.warnings else "") + ". The graph holds:"
    )
    typer.echo(format_counts(summary.counts) if summary.counts else "(nothing counted)")
    typer.echo(f"Wrote {', '.join(str(p) for p in summary.outputs)}.")


@app.command()
@reports_errors
def extract(
    inputs: Inputs,
    fmt: Annotated[str, typer.Option("--format", help="jsonl or tsv.")] = "jsonl",
    model: Model = None,
    strict: Strict = False,
    threshold: Annotated[float | None, typer.Option("--threshold", min=0.0, max=1.0)] = None,
    learned: Learned = False,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    include: Include = None,
    exclude: Exclude = None,
) -> None:
    """Print the relations found, one per line, without writing a graph.

    Example: kg extract article.txt --format tsv
    """
    from kg.extract_output import extracted_rows

    if fmt not in {"jsonl", "tsv"}:
        raise InputError(f"unknown --format {fmt!r}; use jsonl or tsv")
    for row in extracted_rows(inputs, model=model, strict=strict, threshold=threshold, learned=learned, on_problem=problem_printer(strict), read_options=read_options(max_bytes, include, exclude)):
        if fmt == "jsonl":
            typer.echo(json.dumps(row, ensure_ascii=False))
        else:
            fields = [row["doc"], row["subject"]["text"], row["predicate"], row["object"]["text"], f"{row['confidence']:.2f}"]
            typer.echo("\t".join(" ".join(field.split()) for field in fields))  # one line per fact, whatever the text


@app.command()
@reports_errors
def query(
    graph: Annotated[Path, typer.Argument(help="RDF file (any format rdflib reads) or --store directory.")],
    sparql: Annotated[str | None, typer.Argument(help="The SPARQL query.")] = None,
    file: Annotated[Path | None, typer.Option("--file", help="Read the query from a .rq file.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
    allow_network: Annotated[bool, typer.Option("--allow-network", help="Allow SERVICE and FROM to reach the network (LOAD and other updates are always refused).")] = False,
    timeout: Annotated[float | None, typer.Option("--timeout", min=0.001, help="Stop the query after SECONDS (exit code 7).")] = None,
) -> None:
    """Run a SPARQL query over a graph, on Oxigraph's engine (a store is opened read-only).

    Example: kg query out/graph.ttl 'SELECT ?p ?r WHERE { ?p nkg:holdsRole ?r }'
    """
    from kg.query import check_format, execute, execute_csv, format_query_result, open_dataset
    from kg.query.text import read_query_file

    if (sparql is None) == (file is None):
        raise InputError("give a query or --file Q.rq (one of them)")
    check_format(fmt)
    text = read_query_file(file) if file is not None else sparql
    assert text is not None
    dataset = open_dataset(graph)
    if fmt == "csv":  # straight from the engine's serialiser: no rows read into Python
        typer.echo(execute_csv(dataset, text, allow_network=allow_network, timeout=timeout), nl=False)
        return
    result = execute(dataset, text, allow_network=allow_network, timeout=timeout)
    typer.echo(format_query_result(result, fmt), nl=False)


@app.command()
@reports_errors
def serve(
    graph: Annotated[Path, typer.Argument(help="RDF file or --store directory to serve (a store is served from a snapshot).")],
    host: Annotated[str, typer.Option("--host", help="Address to listen on; keep 127.0.0.1 unless others must reach it.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 7878,
    allow_network: Annotated[bool, typer.Option("--allow-network", help="Allow SERVICE and FROM to reach the network (updates are always refused).")] = False,
    timeout: Annotated[float, typer.Option("--timeout", min=0.001, help="Seconds a query may run before the client gets 503.")] = 30.0,
) -> None:
    """Serve a graph over the SPARQL 1.1 Protocol (read-only), with an explorer page at /.

    Example: kg serve out/store --port 7878   # then open http://127.0.0.1:7878/
    """
    from kg.serve import serve as run_server

    def ready(url: str) -> None:
        typer.echo(f"Serving {graph} at {url} (SPARQL endpoint {url}sparql); Ctrl-C to stop.", err=True)

    run_server(graph, host=host, port=port, allow_network=allow_network, timeout=timeout, on_ready=ready)


@app.command()
@reports_errors
def export(
    graph: Annotated[Path, typer.Argument(help="RDF file or --store directory.")],
    fmt: Annotated[str, typer.Option("--format", help="turtle, nt, nquads, trig, jsonld, graphml or csv (a folder: entities.csv, relations.csv, and .parquet with pyarrow).")],
    output: Annotated[Path, typer.Option("--output", help="File to write (a folder for csv), or - for standard output.")],
) -> None:
    """Export a graph to another format.

    Example: kg export out/graph.ttl --format jsonld --output out/graph.jsonld
    """
    from kg.store import load_graph, write_graph

    write_graph(load_graph(graph), output, fmt)
    _wrote(output)


@app.command()
@reports_errors
def render(
    graph: Annotated[Path, typer.Argument(help="RDF file or --store directory.")],
    out: Annotated[Path, typer.Option("--out", help="HTML file to write, or - for standard output.")],
    max_nodes: Annotated[int | None, typer.Option("--max-nodes", min=1, help="Draw only the N most connected entities.")] = None,
    focus: Annotated[str | None, typer.Option("--focus", help="Draw only this entity's neighbourhood.")] = None,
    hops: Annotated[int, typer.Option("--hops", min=1, help="Relations away from --focus.")] = 1,
    isolated: Annotated[bool, typer.Option("--isolated", help="Also draw entities with no relation on the page.")] = False,
) -> None:
    """Redraw the interactive page from an existing graph.

    Example: kg render out/graph.ttl --out tauscher.html --focus Tauscher --hops 2
    """
    from kg.render import write_html
    from kg.store import load_graph

    write_html(load_graph(graph), out, max_nodes=max_nodes, focus=focus, hops=hops, isolated=isolated)
    _wrote(out)


@app.command()
@reports_errors
def stats(graph: Annotated[Path, typer.Argument(help="RDF file or --store directory.")]) -> None:
    """Counts by class and relation, the most connected entities, and components.

    Example: kg stats out/graph.ttl
    """
    from kg.stats import format_stats, graph_stats
    from kg.store import load_graph

    typer.echo(format_stats(graph_stats(load_graph(graph))))


@app.command()
@reports_errors
def validate(
    graph: Annotated[Path, typer.Argument(help="RDF file or --store directory.")],
    rdfs: Annotated[bool, typer.Option("--rdfs", help="Apply the ontology under RDFS inference first (slower, stricter).")] = False,
) -> None:
    """Check a graph against newskg's SHACL shapes: one line per violation, exit 8 if any.

    Example: kg validate out/graph.ttl --rdfs
    """
    from kg.errors import ValidationError
    from kg.store import load_graph
    from kg.validate import violations

    found = violations(load_graph(graph), rdfs=rdfs)
    for line in found:
        typer.echo(line)
    if found:
        raise ValidationError(f"{graph}: {len(found)} violation{'s' if len(found) != 1 else ''} of ontology/shapes.ttl")
    typer.echo(f"{graph}: conforms to ontology/shapes.ttl" + (" (with the ontology under RDFS)" if rdfs else ""))


eval_app = typer.Typer(help="Measure extraction against gold relations.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

DEFAULT_CONLL04 = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "conll04"


@eval_app.command("conll04")
@reports_errors
def eval_conll04(
    split: Annotated[str, typer.Option("--split", help="train, dev or test (report test only once you are done).")] = "dev",
    data: Annotated[Path, typer.Option("--data", help="Directory with conll04_{split}.json.")] = DEFAULT_CONLL04,
    model: Model = None,
    threshold: Annotated[float | None, typer.Option("--threshold", min=0.0, max=1.0)] = None,
    learned: Learned = False,
) -> None:
    """Relation P/R/F1 per type and micro on CoNLL04 (Roth & Yih 2004).

    Example: kg eval conll04 --split dev
    """
    from kg.eval.conll04 import evaluate_conll04

    if not (data / f"conll04_{split}.json").exists():
        raise InputError(f"no conll04_{split}.json in {data}; pass --data DIR and --split train|dev|test")
    typer.echo(evaluate_conll04(data, split, model=model, threshold=threshold, learned=learned).format())


@eval_app.command("gold")
@reports_errors
def eval_gold(
    gold: Annotated[Path, typer.Argument(help="A gold JSON file or a directory of them.")],
    graph: Annotated[Path, typer.Argument(help="The built graph (RDF file or store).")],
    errors: Annotated[bool, typer.Option("--errors", help="Also list each missed and each wrong triple.")] = False,
) -> None:
    """Precision and recall of a built graph against newskg gold annotations.

    Example: kg eval gold examples/gold out/graph.ttl --errors
    """
    from kg.eval.gold import evaluate_gold
    from kg.store import load_graph

    typer.echo(evaluate_gold(gold, load_graph(graph), errors=errors).format())
