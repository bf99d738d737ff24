"""Helpers for the hostile suite: the real ``kg`` command in a subprocess, every run bounded in time.

Each test feeds one kind of bad, odd or malicious input and asserts what the README
promises: one line per problem, the documented exit code, no traceback, the good
articles still in, and outputs that are valid (or untouched).
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
ARTICLE = REPO / "examples" / "articles"


@dataclass
class Run:
    code: int
    out: str
    err: str

    def no_traceback(self) -> Run:
        assert "Traceback" not in self.err and "Traceback" not in self.out, self.err[-2000:]
        return self


def kg(*args: str, cwd: Path | None = None, stdin: int | bytes | None = None, timeout: float = 120) -> Run:
    """Run ``python -m kg ARGS``; bytes go to its stdin, an int is used as its stdin fd."""
    command = [sys.executable, "-m", "kg", *args]
    data = stdin if isinstance(stdin, bytes) else None
    fd = stdin if isinstance(stdin, int) else (subprocess.DEVNULL if data is None else None)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    done = subprocess.run(
        command, cwd=cwd, input=data, stdin=fd, capture_output=True, timeout=timeout, env=env, check=False
    )
    return Run(done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")).no_traceback()


def example(name: str = "baltic-ministers.txt") -> str:
    """The text of one example article shipped with the repo (English news written for newskg)."""
    return (ARTICLE / name).read_text(encoding="utf-8")
