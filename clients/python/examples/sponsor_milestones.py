"""Pull a sponsor's milestones from Accord: every project the token sees, each milestone's
forecast against its baseline, and whether it has been reached.

A sponsor's portfolio tool would run this with a read-only token of one of the sponsor's
people: Accord answers only that sponsor's projects, as its portal does.

    pip install ./clients/python            # or: PYTHONPATH=clients/python
    ACCORD_URL=https://accord.example.com ACCORD_TOKEN=acc_... \\
        python clients/python/examples/sponsor_milestones.py [--csv]
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from collections.abc import Iterator

from accord_client import AuthenticatedClient
from accord_client.api.plans import list_milestones
from accord_client.api.projects import list_projects
from accord_client.models import ErrorOut, PlanMilestoneOut, ProjectOut

COLUMNS = ("project", "milestone", "baseline", "forecast", "variance_days", "reached_on")


def projects(client: AuthenticatedClient) -> Iterator[ProjectOut]:
    """Every project the token sees, walked by cursor (nothing repeats or is skipped if
    a project is added meanwhile)."""
    cursor = ""
    while cursor is not None:
        page = list_projects.sync(client=client, cursor=cursor, page_size=200)
        if isinstance(page, ErrorOut) or page is None:
            raise SystemExit(f"Accord refused the project list: {_problem(page)}")
        yield from page.items
        cursor = page.next_cursor if isinstance(page.next_cursor, str) else None


def milestones(client: AuthenticatedClient, project: ProjectOut) -> list[PlanMilestoneOut]:
    answer = list_milestones.sync(client=client, project_id=project.id)
    if isinstance(answer, ErrorOut) or answer is None:
        raise SystemExit(f"Accord refused the milestones of {project.code}: {_problem(answer)}")
    return [row for row in answer if row.kind == "milestone"]


def rows(client: AuthenticatedClient) -> Iterator[dict[str, object]]:
    for project in projects(client):
        for milestone in milestones(client, project):
            yield {
                "project": project.code,
                "milestone": milestone.name,
                "baseline": milestone.baseline_finish or "",
                "forecast": milestone.forecast or "",
                "variance_days": "" if milestone.variance_days is None else milestone.variance_days,
                "reached_on": milestone.reached_on or "",
            }


def _problem(answer: ErrorOut | None) -> str:
    return f"{answer.status} {answer.detail}" if isinstance(answer, ErrorOut) else "no answer"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=os.environ.get("ACCORD_URL", "http://127.0.0.1:8000"))
    parser.add_argument("--token", default=os.environ.get("ACCORD_TOKEN"))
    parser.add_argument("--csv", action="store_true", help="CSV instead of a table")
    args = parser.parse_args(argv)
    if not args.token:
        parser.error("give an API token with --token or ACCORD_TOKEN")
    client = AuthenticatedClient(base_url=args.url.rstrip("/"), token=args.token, timeout=30)
    with client:
        found = list(rows(client))
    if args.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(found)
    else:
        print(
            f"{'Project':<14} {'Milestone':<44} {'Baseline':<10} {'Forecast':<10} "
            f"{'Var.':>5} Reached"
        )
        for row in found:
            print(
                f"{row['project']:<14} {str(row['milestone'])[:44]:<44} {row['baseline']!s:<10} "
                f"{row['forecast']!s:<10} {row['variance_days']!s:>5} {row['reached_on']!s}"
            )
        print(f"{len(found)} milestones")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
