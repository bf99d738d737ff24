"""The hostile suite: the real ``kg`` command in a subprocess, every run bounded in time.

Each case asserts one line on stderr, the documented exit code, and no traceback.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

RUN_LIMIT = 120  # seconds; a hang fails the test instead of the suite


@dataclass(frozen=True)
class Run:
    """What one ``kg`` process did."""

    code: int
    stdout: str
    stderr: str

    def one_error_line(self) -> str:
        """The single ``kg: error:`` line, after checking it is alone and no traceback."""
        assert "Traceback" not in self.stderr, self.stderr
        lines = [line for line in self.stderr.splitlines() if line.strip()]
        assert len(lines) == 1, self.stderr
        assert lines[0].startswith("kg: error: "), lines[0]
        return lines[0]


def run_kg(*args: str, timeout: float = RUN_LIMIT, cwd: Path | None = None) -> Run:
    """Run ``python -m kg ARGS``; fail the test if it outlives ``timeout``."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "kg", *args],
            capture_output=True, text=True, timeout=timeout, cwd=cwd, stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"kg {' '.join(args)} still running after {timeout} s")
    return Run(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def kg() -> Callable[..., Run]:
    """:func:`run_kg`, for tests: ``kg("query", path, "ASK {}", timeout=60)``."""
    return run_kg
