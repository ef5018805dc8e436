"""The example at the top of docs/scheduling.md runs and says what it shows."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "scheduling.md"


def test_the_documented_example_gives_the_documented_results():
    block = re.search(r"```python\n(.*?)```", DOC.read_text(), re.S).group(1)
    names: dict = {}
    exec(compile(block, str(DOC), "exec"), names)  # noqa: S102 - our own documentation
    plan, p, risk = names["plan"], names["p"], names["risk"]
    eb = plan.row("EB")
    assert (eb.early_start, eb.early_finish) == (date(2026, 3, 9), date(2026, 3, 24))
    assert plan.critical_path == ["KO", "PD", "EB", "GO", "GMP"]
    assert plan.project_finish == date(2026, 4, 16)
    assert plan.to_records()[4]["early_start"] == "2026-03-24"
    assert (p.expected_duration, round(p.standard_deviation, 1)) == (76.0, 6.8)
    assert p.probability_of_finishing_by(date(2026, 4, 24)) == pytest.approx(0.616, abs=1e-3)
    assert {k: v.isoformat() for k, v in risk.percentiles.items()} == {
        "P10": "2026-04-09",
        "P50": "2026-04-22",
        "P80": "2026-05-01",
        "P90": "2026-05-07",
    }
    assert risk.probability == pytest.approx(0.63, abs=0.005)
    assert [aid for aid, _, _ in risk.tornado(2)] == ["PD", "EB"]
