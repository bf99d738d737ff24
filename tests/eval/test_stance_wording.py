"""The diagnostic that pairs a wrong stance with a missed one on the same plan worded otherwise."""

from __future__ import annotations

from types import ModuleType

import pytest
from benchmark_script import load


def stance_wording_script() -> ModuleType:
    return load("stance_wording")


@pytest.mark.parametrize(
    ("label", "names", "same"),
    [
        ("capping spending on roads", ("spending cap", "cap spending on roads, schools and hospitals"), True),
        ("plan to levy taxes on ferry fuel", ("tax on ferry fuel", "levy taxes on ferry fuel"), True),
        ("ferry fuel", ("tax on ferry fuel",), True),
        # one shared word is no match, nor a plan word alone
        ("cutting the fuel duty", ("fuel subsidies",), False),
        ("plans for a new stadium", ("plans for a new bypass",), False),
    ],
)
def test_same_plan_in_other_words(label: str, names: tuple[str, ...], same: bool) -> None:
    assert stance_wording_script().same_plan_in_other_words(label, names) is same
