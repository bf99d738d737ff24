"""The listing of headline stances over a corpus, on articles written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmark_script import load


def test_it_lists_each_headline_stance_with_its_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    script = load("headline_stances")
    body = "\n\nFinance Minister Karl Ostrander spoke to reporters in Oslo on Monday about the Norwegian economy.\n"
    (tmp_path / "politics").mkdir()
    (tmp_path / "politics" / "001.txt").write_text("Ostrander backs debt relief plan" + body)
    (tmp_path / "politics" / "002.txt").write_text("Ostrander visits Bergen" + body)
    assert script.main(["--corpus", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == ["politics/001.txt | Ostrander backs debt relief plan => Karl Ostrander supports debt relief plan"]
    assert "1 headline stances: politics 1" in err
