"""What every ``kg`` command shares: one line and an exit code for each failure, and the input options.

Kept apart from :mod:`kg.cli` so the commands stay readable; only the CLI imports it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import wraps
from typing import Annotated, Any, NoReturn, TypeVar

import typer

from kg.errors import InputError, NewskgError

__all__ = ["Exclude", "Include", "Inputs", "Learned", "MaxBytes", "Model", "Strict", "exit_now_if_workers_ran", "fail", "problem_printer", "read_options", "reports_errors"]

F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str, code: int) -> NoReturn:
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
        exit_now_if_workers_ran(message, code)
        fail(message, code)

    return wrapper  # type: ignore[return-value]


def exit_now_if_workers_ran(message: str, code: int) -> None:
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


def problem_printer(strict: bool) -> Callable[[InputError], None]:
    def print_problem(problem: InputError) -> None:
        typer.echo(f"kg: skipped {problem}", err=True)

    return print_problem


def read_options(max_bytes: int, include: list[str] | None, exclude: list[str] | None) -> dict[str, Any]:
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
