"""``accord schedule PLAN``: schedule an MS Project XML or Primavera XER plan from the
command line (an XER file is told by its ``.xer`` extension or its ERMHDR first line).

Runs without Django (``accord.cli`` hands ``schedule`` over before setting it up). A
file that is missing or cannot be read as a plan, and a plan that cannot be scheduled
(a loop in the logic, a link to a missing task), give one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from accord.scheduling.cpm import Schedule, schedule
from accord.scheduling.errors import SchedulingError
from accord.scheduling.montecarlo import RiskResult, simulate
from accord.scheduling.mspdi import read_mspdi
from accord.scheduling.xer import is_xer, read_xer

_NAME_WIDTH = 32


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text!r}") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a positive whole number: {text!r}")
    return value


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="accord schedule",
        description="Schedule a Microsoft Project XML (MSPDI) or Primavera P6 XER plan: "
        "early and late dates, float and the critical path; optionally a Monte Carlo risk "
        "analysis.",
    )
    p.add_argument("plan", metavar="PLAN", help="MS Project XML file or Primavera .xer file")
    p.add_argument(
        "--project",
        metavar="ID",
        help="in an XER file holding several projects, the one to read (id or short name)",
    )
    p.add_argument("--json", action="store_true", help="print machine-readable JSON")
    p.add_argument(
        "--threshold",
        type=int,
        default=0,
        metavar="DAYS",
        help="critical when total float <= DAYS (default 0)",
    )
    p.add_argument(
        "--simulate",
        type=_positive,
        metavar="N",
        help="run N Monte Carlo iterations on the Duration1/2/3 estimates",
    )
    p.add_argument("--seed", type=int, help="random seed, for a reproducible simulation")
    p.add_argument("--distribution", choices=("pert", "triangular"), default="pert")
    p.add_argument(
        "--target", type=_date, metavar="DATE", help="report the probability of finishing by DATE"
    )
    p.add_argument(
        "--convergence",
        type=float,
        metavar="DAYS",
        help="stop once P10-P90 move by at most DAYS between batches",
    )
    return p


def main(argv: list[str] | None = None) -> int:
    """Entry point; ``argv`` are the arguments after ``schedule``. Returns the exit code."""
    try:
        args = _parser().parse_args(sys.argv[2:] if argv is None else argv)
    except SystemExit as exc:  # argparse has printed the usage and the error
        return int(exc.code or 0)
    try:
        imported = _read(args.plan, args.project)
        for note in imported.notes:
            print(f"note: {note}", file=sys.stderr)
        if args.simulate:
            risk = simulate(
                imported.network,
                iterations=args.simulate,
                seed=args.seed,
                distribution=args.distribution,
                target=args.target,
                convergence=args.convergence,
            )
            text = json.dumps(risk.to_dict(), indent=2) if args.json else _risk_text(risk)
        else:
            plan = schedule(imported.network, critical_threshold=args.threshold)
            if args.json:
                text = json.dumps(plan.to_records(), indent=2)
            else:
                text = _schedule_text(plan, args.target)
    except SchedulingError as exc:
        print(f"accord schedule: {exc}", file=sys.stderr)
        return 2
    try:
        print(text)
    except BrokenPipeError:  # e.g. piped into head
        sys.stderr.close()
    return 0


def _read(path: str, project: str | None):
    """The plan in ``path``: XER by its extension or its first line, else MSPDI."""
    if path.lower().endswith(".xer"):
        return read_xer(path, project)
    try:
        with open(path, "rb") as handle:
            head = handle.read(64)
    except OSError:
        head = b""  # read_mspdi names the problem
    if is_xer(head):
        return read_xer(path, project)
    return read_mspdi(path)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "~"


def _schedule_text(plan: Schedule, target: date | None) -> str:
    header = (
        f"{'ID':>6}  {'Name':<{_NAME_WIDTH}} {'Dur':>4}  {'Early start':<11} "
        f"{'Early finish':<12} {'Late start':<11} {'Late finish':<11} {'TF':>5} "
        f"{'FF':>5}  Crit"
    )
    lines = [header, "-" * len(header)]
    for r in plan.rows():
        kind = " (summary)" if r.summary else " (milestone)" if r.milestone else ""
        mark = "*" if r.critical else ""
        if r.on_longest_path:
            mark += " LP"
        lines.append(
            f"{_cut(r.id, 6):>6}  {_cut(r.name + kind, _NAME_WIDTH):<{_NAME_WIDTH}} "
            f"{r.duration:>4}  {r.early_start.isoformat():<11} "
            f"{r.early_finish.isoformat():<12} {r.late_start.isoformat():<11} "
            f"{r.late_finish.isoformat():<11} {r.total_float:>5} {r.free_float:>5}  {mark}"
        )
    names = dict(zip(plan.ids, plan.names, strict=True))
    path = " -> ".join(f"{aid} {names[aid]}".strip() for aid in plan.critical_path)
    lines += [
        "",
        f"Project start {plan.project_start.isoformat()}, finish "
        f"{plan.project_finish.isoformat()}"
        + (f" (data date {plan.data_date.isoformat()})" if plan.data_date else ""),
        f"Critical (*): total float <= {plan.critical_threshold} working days; "
        "LP: on the longest path",
        f"Critical path: {path}",
    ]
    if target is not None:
        late = (plan.project_finish - target).days
        verdict = "meets" if late <= 0 else "misses"
        lines.append(f"Target {target.isoformat()}: the schedule {verdict} it")
    lines += [f"warning: {w}" for w in plan.warnings]
    return "\n".join(lines)


def _risk_text(risk: RiskResult) -> str:
    lines = [
        f"Monte Carlo: {risk.iterations} iterations, {risk.distribution} distribution, "
        f"seed {risk.seed}"
        + (
            ""
            if risk.converged is None
            else f", {'converged' if risk.converged else 'did not converge'}"
        ),
        f"Activities with three-point estimates: {int(risk.estimated.sum())} of {len(risk.ids)}",
        f"Deterministic finish: {risk.deterministic_finish.isoformat()}",
    ]
    lines += [f"{name:>3} finish: {day.isoformat()}" for name, day in risk.percentiles.items()]
    if risk.target is not None:
        lines.append(
            f"Probability of finishing by {risk.target.isoformat()}: {risk.probability:.1%}"
        )
    drivers = risk.tornado(10)
    if drivers:
        lines += ["", "Top risk drivers (correlation of duration with project finish):"]
        where = {aid: i for i, aid in enumerate(risk.ids)}
        for aid, name, value in drivers:
            crit = risk.criticality[where[aid]]
            lines.append(
                f"  {_cut(aid, 6):>6}  {_cut(name, _NAME_WIDTH):<{_NAME_WIDTH}} "
                f"sensitivity {value:+.2f}  criticality {crit:.0%}"
            )
    return "\n".join(lines)
