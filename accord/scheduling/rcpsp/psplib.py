"""PSPLIB single-mode ``.sm`` files (j30, j60, j90, j120) read into and written from an
:class:`~accord.scheduling.rcpsp.model.Instance`.

A file names its jobs 1..N (job 1 the dummy source, job N the dummy sink) in three
blocks, each opened by a header line and closed by a line of asterisks::

    PRECEDENCE RELATIONS:
    jobnr.    #modes  #successors   successors
       1        1          3           2   3   4
    REQUESTS/DURATIONS:
    jobnr. mode duration  R 1  R 2  R 3  R 4
    ------------------------------------------------------------------------
      1      1     0       0    0    0    0
    RESOURCEAVAILABILITIES:
      R 1  R 2  R 3  R 4
       12   13    4   12

The instance numbers the same jobs 0..N-1. Only renewable resources and one mode per job
are supported (the multi-mode ``.mm`` files are not); anything else is a ``ValueError``
naming the line.
"""

from __future__ import annotations

import re
from pathlib import Path

from accord.scheduling.rcpsp.model import Instance

RULE = "*" * 72
_JOBS = re.compile(r"^\s*jobs\s*\(incl\.\s*supersource/sink\s*\)\s*:\s*(\d+)\s*$", re.I)
_RENEWABLE = re.compile(r"^\s*-\s*renewable\s*:\s*(\d+)\b", re.I)
_NON_RENEWABLE = re.compile(r"^\s*-\s*(nonrenewable|doubly constrained)\s*:\s*(\d+)\b", re.I)


def _fail(lineno: int, message: str) -> ValueError:
    return ValueError(f"line {lineno}: {message}")


def _ints(text: str, lineno: int) -> list[int]:
    try:
        return [int(t) for t in text.split()]
    except ValueError:
        raise _fail(lineno, f"expected whole numbers, got {text.strip()!r}") from None


def _block(lines: list[str], header: str) -> tuple[int, list[tuple[int, str]]]:
    """The numbered lines after ``header`` up to the closing rule (or the end)."""
    for i, line in enumerate(lines):
        if line.strip().upper().startswith(header):
            body = []
            for j in range(i + 1, len(lines)):
                text = lines[j]
                if text.strip().startswith("*"):
                    break
                if text.strip():
                    body.append((j + 1, text))
            return i + 1, body
    raise ValueError(f"no {header!r} block in the file")


def read_sm(text: str, *, name: str = "") -> Instance:
    """Parse the text of a PSPLIB single-mode file."""
    lines = text.splitlines()
    declared_jobs = None
    declared_resources = None
    for lineno, line in enumerate(lines, 1):
        if m := _JOBS.match(line):
            declared_jobs = int(m.group(1))
        elif m := _RENEWABLE.match(line):
            declared_resources = int(m.group(1))
        elif (m := _NON_RENEWABLE.match(line)) and int(m.group(2)) != 0:
            raise _fail(lineno, f"{m.group(1)} resources are not supported (renewable only)")

    # Precedence relations: a header line (jobnr. #modes ...), then one row per job.
    precedence_line, rows = _block(lines, "PRECEDENCE RELATIONS")
    if rows and not rows[0][1].strip()[0].isdigit():
        rows = rows[1:]
    successors: list[tuple[int, ...]] = []
    for lineno, text in rows:
        values = _ints(text, lineno)
        if len(values) < 3:
            raise _fail(lineno, "a precedence row needs jobnr, #modes and #successors")
        job, modes, count, succ = values[0], values[1], values[2], values[3:]
        if job != len(successors) + 1:
            raise _fail(lineno, f"expected job {len(successors) + 1}, got job {job}")
        if modes != 1:
            raise _fail(lineno, f"job {job} has {modes} modes; only single-mode files are read")
        if count != len(succ):
            raise _fail(lineno, f"job {job} declares {count} successors but lists {len(succ)}")
        successors.append(tuple(s - 1 for s in succ))
        last_precedence_line = lineno
    n = len(successors)
    if n == 0:
        raise _fail(precedence_line, "the precedence block lists no jobs")
    if declared_jobs is not None and declared_jobs != n:
        raise _fail(last_precedence_line, f"the file declares {declared_jobs} jobs, lists {n}")
    for (lineno, _), job, succ in zip(rows, range(n), successors, strict=True):
        for s in succ:
            if not 0 <= s < n or s == job:
                raise _fail(lineno, f"job {job + 1} has an unknown successor {s + 1}")

    # Requests/durations: a header line, a line of dashes, one row per job.
    header_line, rows = _block(lines, "REQUESTS/DURATIONS")
    rows = [(k, t) for k, t in rows if t.strip()[0].isdigit()]
    durations: list[int] = []
    demands: list[tuple[int, ...]] = []
    request_lines: list[int] = []
    resources = declared_resources
    for lineno, text in rows:
        values = _ints(text, lineno)
        if resources is None:
            resources = len(values) - 3
        if len(values) != 3 + resources:
            raise _fail(lineno, f"expected jobnr, mode, duration and {resources} demands")
        job, mode, duration = values[0], values[1], values[2]
        if job != len(durations) + 1:
            raise _fail(lineno, f"expected job {len(durations) + 1}, got job {job}")
        if mode != 1:
            raise _fail(lineno, f"job {job} has mode {mode}; only single-mode files are read")
        if duration < 0 or any(v < 0 for v in values[3:]):
            raise _fail(lineno, f"job {job} has a negative duration or demand")
        durations.append(duration)
        demands.append(tuple(values[3:]))
        request_lines.append(lineno)
    if len(durations) != n:
        where = rows[-1][0] if rows else header_line
        raise _fail(where, f"the requests block lists {len(durations)} jobs, expected {n}")

    # Resource availabilities: a header line (R 1 R 2 ...), then one line of numbers.
    header_line, rows = _block(lines, "RESOURCEAVAILABILITIES")
    rows = [(k, t) for k, t in rows if t.strip()[0].isdigit()]
    if not rows:
        raise _fail(header_line, "no resource availabilities follow")
    lineno, text = rows[0]
    capacities = _ints(text, lineno)
    if len(capacities) != resources:
        raise _fail(lineno, f"expected {resources} availabilities, got {len(capacities)}")
    if any(c < 0 for c in capacities):
        raise _fail(lineno, "an availability is negative")
    for job, (request_line, row) in enumerate(zip(request_lines, demands, strict=True)):
        for k, (q, c) in enumerate(zip(row, capacities, strict=True)):
            if q > c:
                raise _fail(
                    request_line, f"job {job + 1} needs {q} of R {k + 1}, above its {c} available"
                )
    try:
        return Instance(
            durations=tuple(durations),
            successors=tuple(successors),
            demands=tuple(demands),
            capacities=tuple(capacities),
            name=name,
        )
    except ValueError as error:  # a cycle: the precedence block as a whole is at fault
        raise _fail(precedence_line, f"the precedence relations are invalid ({error})") from None


def read_sm_file(path: str | Path) -> Instance:
    """Read a ``.sm`` file; the instance is named after the file (``j301_1``)."""
    path = Path(path)
    return read_sm(path.read_text(encoding="ascii", errors="replace"), name=path.stem)


def _longest_path(instance: Instance) -> int:
    n = len(instance.durations)
    indegree = [0] * n
    for succ in instance.successors:
        for s in succ:
            indegree[s] += 1
    ready = [j for j in range(n) if indegree[j] == 0]
    finish_early = [0] * n
    start = [0] * n
    while ready:
        j = ready.pop()
        finish_early[j] = start[j] + instance.durations[j]
        for s in instance.successors[j]:
            start[s] = max(start[s], finish_early[j])
            indegree[s] -= 1
            if indegree[s] == 0:
                ready.append(s)
    return max(finish_early, default=0)


def write_sm(instance: Instance, *, seed: int = 0) -> str:
    """The instance as PSPLIB ``.sm`` text (read back by :func:`read_sm` unchanged)."""
    n = len(instance.durations)
    k = len(instance.capacities)
    cpm = _longest_path(instance)
    name = instance.name or "instance"
    out = [
        RULE,
        f"file with basedata            : {name}.bas",
        f"initial value random generator: {seed}",
        RULE,
        "projects                      :  1",
        f"jobs (incl. supersource/sink ):  {n}",
        f"horizon                       :  {sum(instance.durations)}",
        "RESOURCES",
        f"  - renewable                 :  {k}   R",
        "  - nonrenewable              :  0   N",
        "  - doubly constrained        :  0   D",
        RULE,
        "PROJECT INFORMATION:",
        "pronr.  #jobs rel.date duedate tardcost  MPM-Time",
        f"    1{max(n - 2, 0):7d}{0:7d}{cpm:9d}{0:9d}{cpm:9d}",
        RULE,
        "PRECEDENCE RELATIONS:",
        "jobnr.    #modes  #successors   successors",
    ]
    for j, succ in enumerate(instance.successors):
        listed = "".join(f"{s + 1:4d}" for s in succ)
        out.append(f"{j + 1:4d}{1:9d}{len(succ):11d}        {listed}".rstrip())
    out += [
        RULE,
        "REQUESTS/DURATIONS:",
        "jobnr. mode duration" + "".join(f"  R{r + 1:2d}" for r in range(k)),
        "-" * 72,
    ]
    for j in range(n):
        demand = "".join(f"{d:5d}" for d in instance.demands[j])
        out.append(f"{j + 1:3d}{1:7d}{instance.durations[j]:6d}   {demand}".rstrip())
    out += [
        RULE,
        "RESOURCEAVAILABILITIES:",
        "".join(f"  R{r + 1:2d}" for r in range(k)),
        "".join(f"{c:5d}" for c in instance.capacities),
        RULE,
    ]
    return "\n".join(out) + "\n"
