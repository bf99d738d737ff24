"""``kg build --jobs 2`` ends promptly on SIGINT or SIGTERM, to the parent or its whole group.

One line on stderr (saying how to resume), exit 130 or 143, no worker traceback, no worker left behind.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .running import ARTICLE


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in {"Z", "X"}


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the worker processes")
@pytest.mark.parametrize(("signum", "group", "code"), [
    (signal.SIGINT, False, 130),
    (signal.SIGINT, True, 130),
    (signal.SIGTERM, False, 143),
])
def test_jobs_2_ends_promptly_with_one_line(tmp_path: Path, signum: int, group: bool, code: int) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for copy in range(4):  # enough parsing to keep two workers busy for a while
        for article in sorted(ARTICLE.glob("*.txt")):
            shutil.copy(article, corpus / f"{copy}-{article.name}")
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(tmp_path / "out"), "--jobs", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True, cwd=tmp_path,
    )
    try:
        deadline = time.monotonic() + 240
        while len(workers := _children(process.pid)) < 2:
            assert process.poll() is None, process.communicate()[1].decode()[-2000:]
            assert time.monotonic() < deadline, "the workers never started"
            time.sleep(0.2)
        time.sleep(1.0)
        sent = time.monotonic()
        if group:
            os.killpg(process.pid, signum)
        else:
            process.send_signal(signum)
        _, err = process.communicate(timeout=30)
        took = time.monotonic() - sent
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    text = err.decode("utf-8", "replace")
    assert process.returncode == code, text[-2000:]
    assert took < 10
    assert "Traceback" not in text
    errors = [line for line in text.replace("\r", "\n").splitlines() if line.startswith("kg: error:")]
    what = "interrupted" if signum == signal.SIGINT else "terminated (SIGTERM)"
    assert errors == [
        f"kg: error: {what}; outputs and store are as they were, and the finished batches are kept in "
        f"{tmp_path / 'out' / '.kg-work'}: run the same command with --resume to go on"
    ]
    time.sleep(0.5)
    assert [pid for pid in workers if _alive(pid)] == []
    assert not (tmp_path / "out" / "graph.ttl").exists()
