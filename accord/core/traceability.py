"""The traceability matrix: requirement IDs, the tests that prove them, their last result.

Tests carry ``@pytest.mark.req("AT-6")``. The test suite writes what ran, with its
markers and outcome, to ``var/traceability-<database>.json`` (see ``tests/conftest.py``);
``accord trace`` joins those files with the requirement list.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

_TABLE_ROW = re.compile(r"^\|\s*([A-Z]+(?:-[A-Z]+)*-\d+)\s*\|\s*(.+?)\s*\|")
_BULLET = re.compile(r"^- \*\*([A-Z]+(?:-[A-Z]+)*-\d+)(?:\s*\([^)]*\))?\*\*:?\s*(.*)")
_TAGS = re.compile(r"<[^>]+>|\*\*|`")


@dataclass(frozen=True)
class Requirement:
    id: str
    summary: str


def requirements_from(path: Path) -> list[Requirement]:
    found: dict[str, Requirement] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _TABLE_ROW.match(line) or _BULLET.match(line)
        if match and match.group(1) not in found:
            text = _TAGS.sub(" ", match.group(2))
            summary = " ".join(text.split())
            found[match.group(1)] = Requirement(
                match.group(1), summary[:90] + ("…" if len(summary) > 90 else "")
            )
    return list(found.values())


def results_write(path: Path, database: str, results: list[dict], run: dict | None = None) -> None:
    """``run`` says when and on what the tests ran (date, version, commit, counts), for
    the validation pack."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"database": database, "tests": results}
    if run is not None:
        data["run"] = run
    path.write_text(json.dumps(data, indent=1))


def results_read(directory: Path) -> dict[str, list[dict]]:
    """``{database: [test results]}`` from every results file in ``directory``."""
    runs = {}
    for file in sorted(directory.glob("traceability-*.json")):
        data = json.loads(file.read_text())
        runs[data["database"]] = data["tests"]
    return runs


def runs_read(directory: Path) -> dict[str, dict]:
    """``{database: facts of its last run}`` (empty for files written before runs had them)."""
    runs = {}
    for file in sorted(directory.glob("traceability-*.json")):
        data = json.loads(file.read_text())
        runs[data["database"]] = data.get("run", {})
    return runs


@dataclass(frozen=True)
class Row:
    requirement: Requirement
    tests: list[str]
    outcomes: dict[str, str]  # database -> "passed" / "failed" / "skipped" / "not run"


def matrix(requirements: list[Requirement], runs: dict[str, list[dict]]) -> list[Row]:
    tests_by_req: dict[str, set[str]] = defaultdict(set)
    outcome: dict[tuple[str, str], str] = {}
    for database, tests in runs.items():
        for test in tests:
            for req in test["requirements"]:
                tests_by_req[req].add(test["nodeid"])
            outcome[(database, test["nodeid"])] = test["outcome"]
    rows = []
    for requirement in requirements:
        tests = sorted(tests_by_req.get(requirement.id, ()))
        outcomes = {}
        for database in runs:
            seen = [outcome.get((database, t), "not run") for t in tests]
            if not seen:
                outcomes[database] = "no test"
            elif "failed" in seen:
                outcomes[database] = "failed"
            elif all(s == "skipped" for s in seen):
                outcomes[database] = "skipped"
            else:
                outcomes[database] = "passed"
        rows.append(Row(requirement, tests, outcomes))
    return rows


def unknown_ids(requirements: list[Requirement], runs: dict[str, list[dict]]) -> set[str]:
    known = {r.id for r in requirements}
    used = {req for tests in runs.values() for t in tests for req in t["requirements"]}
    return used - known
