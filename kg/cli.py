"""The ``kg`` command line: parse options, call one function, print, map errors to exit codes.

The only module that prints or exits. Every :class:`~kg.errors.NewskgError`
becomes one line on stderr and the error's exit code, never a traceback.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from kg.errors import InputError, NewskgError
from kg.input_files import DEFAULT_MAX_BYTES

app = typer.Typer(
    name="kg",
    help="Build a knowledge graph from news articles: typed facts with provenance, as RDF, SPARQL and an offline page.\n\n"
    "Example: kg build examples/articles --out out/",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
F = TypeVar("F", bound=Callable[..., Any])
log = logging.getLogger("kg")


def _fail(message: str, code: int) -> None:
    typer.echo(f"kg: error: {message}", err=True)
    raise typer.Exit(code)


def reports_errors(func: F) -> F:
    """Turn our errors (and a few of the OS's) into one line and a non-zero exit."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from kg.output_files import forget_written

        forget_written()
        try:
            return func(*args, **kwargs)
        except NewskgError as exc:
            message, code = str(exc), exc.exit_code
        except KeyboardInterrupt:
            from kg.output_files import written

            done = written()
            message, code = (f"interrupted after writing {', '.join(done)}" if done else "interrupted; nothing was written"), 130
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(0) from None
        _exit_now_if_workers_ran(message, code)
        _fail(message, code)

    return wrapper  # type: ignore[return-value]


def _exit_now_if_workers_ran(message: str, code: int) -> None:
    """After worker processes (``--jobs``), fail at once: a normal exit waits on their queues and can hang.

    Outputs are already written atomically, so only stdout and stderr need flushing.
    """
    from kg.workers import kill_workers, workers_started

    if not workers_started():
        return
    kill_workers()
    typer.echo(f"kg: error: {message}", err=True)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what each step does.")] = False) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="kg: %(levelname)s: %(message)s")


def _wrote(path: Path) -> None:
    """Say what was written, unless it was standard output (the data is the output)."""
    if str(path) != "-":
        typer.echo(f"Wrote {path}")


def _problem_printer(strict: bool) -> Callable[[InputError], None]:
    def print_problem(problem: InputError) -> None:
        typer.echo(f"kg: skipped {problem}", err=True)

    return print_problem


def _read_options(max_bytes: int, include: list[str] | None, exclude: list[str] | None) -> dict[str, Any]:
    from kg.input_files import Selection

    return {"max_bytes": max_bytes, "selection": Selection(tuple(include or ()), tuple(exclude or ()))}


Inputs = Annotated[list[str], typer.Argument(help="Article files (.txt, .md, .jsonl), directories, or - for stdin.")]
Model = Annotated[str | None, typer.Option("--model", help="spaCy model name or path (default: en_core_web_sm).")]
Strict = Annotated[bool, typer.Option("--strict", help="Stop at the first bad input instead of skipping it.")]
MaxBytes = Annotated[
    int,
    typer.Option("--max-bytes", min=1, help="Skip (and count) any article over N bytes: a text file, a JSONL line or standard input."),
]
Include = Annotated[
    list[str] | None,
    typer.Option("--include", help="In directories, read only files matching this glob (repeatable; matched on the relative path and the name)."),
]
Exclude = Annotated[list[str] | None, typer.Option("--exclude", help="In directories, skip files matching this glob (repeatable).")]
Learned = Annotated[
    bool,
    typer.Option("--learned", help="Use the parts trained on CoNLL04: its fine-tuned entity recogniser and the relation classifier (more recall, less precision)."),
]


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
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    include: Include = None,
    exclude: Exclude = None,
) -> None:
    """Build a graph from articles: writes OUT/graph.ttl and OUT/graph.html.

    Example: kg build examples/articles --out out/ --store out/store
    """
    from tqdm import tqdm

    from kg.build import build as run_build

    def progress(results: Iterator[Any]) -> Iterator[Any]:
        yield from tqdm(results, desc="articles", unit="doc", file=sys.stderr, disable=None)

    summary = run_build(
        inputs, out, model=model, store=store, strict=strict, jobs=jobs, threshold=threshold, learned=learned,
        on_problem=_problem_printer(strict), progress=progress, page_options={"max_nodes": max_nodes},
        read_options=_read_options(max_bytes, include, exclude),
    )
    relations = ", ".join(f"{name} {count}" for name, count in summary.by_relation.most_common()) or "none"
    typer.echo(
        f"Read {summary.documents} documents ({summary.sentences} sentences) in {summary.seconds:.1f} s"
        + (f", skipped {summary.skipped}" if summary.skipped else "")
        + (f", {summary.warnings} with warnings" if summary.warnings else "")
        + f". Found {summary.entities} entities, {summary.facts} facts ({relations}), "
        f"{summary.statements} statements, and kept {summary.unasserted} negated, hedged or reported facts "
        f"out of the plain graph. Wrote {', '.join(str(p) for p in summary.outputs)}."
    )


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
    for row in extracted_rows(inputs, model=model, strict=strict, threshold=threshold, learned=learned, on_problem=_problem_printer(strict), read_options=_read_options(max_bytes, include, exclude)):
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
    allow_network: Annotated[bool, typer.Option("--allow-network", help="Allow SERVICE to reach the network (LOAD and other updates are always refused).")] = False,
) -> None:
    """Run a SPARQL query over a graph.

    Example: kg query out/graph.ttl 'SELECT ?p ?r WHERE { ?p nkg:holdsRole ?r }'
    """
    from kg.query import format_query_result, run_query
    from kg.store import load_graph

    if (sparql is None) == (file is None):
        raise InputError("give a query or --file Q.rq (one of them)")
    if file is not None:
        try:
            sparql = file.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot read the query ({exc.strerror})", path=str(file)) from exc
    assert sparql is not None
    result = run_query(load_graph(graph), sparql, allow_network=allow_network)
    typer.echo(format_query_result(result, fmt), nl=False)


@app.command()
@reports_errors
def export(
    graph: Annotated[Path, typer.Argument(help="RDF file or --store directory.")],
    fmt: Annotated[str, typer.Option("--format", help="turtle, nt, nquads, trig, jsonld or graphml.")],
    output: Annotated[Path, typer.Option("--output", help="File to write, or - for standard output.")],
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
) -> None:
    """Redraw the interactive page from an existing graph.

    Example: kg render out/graph.ttl --out tauscher.html --focus Tauscher --hops 2
    """
    from kg.render import write_html
    from kg.store import load_graph

    write_html(load_graph(graph), out, max_nodes=max_nodes, focus=focus, hops=hops)
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
    """Check a graph against newskg's SHACL shapes: one line per violation, exit 7 if any.

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
