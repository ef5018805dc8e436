"""What the load users may see and change, and the query count and server time per page.

Run inside Django (``benchmarks/load/run.py`` calls it in a child process with the load
database's ``DATABASE_URL``):

    python -m benchmarks.load.pages targets OUT.json   # the users, projects, tasks, risks
    python -m benchmarks.load.pages queries OUT.json [TARGETS.json]  # queries, time per page
    python -m benchmarks.load.pages consistency - TARGETS.json  # versions against the audit

The query count of a page is measured once per page through Django's test client with
``CaptureQueriesContext``, after one warm-up request, on the smallest and the largest
project the user sees (by tasks + risks): "constant in the size of the data" means the
two counts are equal.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

STAFF = (
    "pm.alice",
    "priya.raman",
    "jonas.becker",
    "tobias.wenger",
    "qa.quinn",
    "ops.omar",
    "exec.erin",
)
SPONSORS = (
    "novabridge.manager",
    "solvantis.manager",
    "kerrowan.manager",
    "novabridge.contact",
    "solvantis.contact",
)

# Page name (as in the locustfile) -> URL pattern; {project}, {risk}, {task} are filled in.
STAFF_PAGES = {
    "My work": "/work/",
    "project list": "/projects/",
    "project overview": "/projects/{project}/",
    "plan page": "/plans/projects/{project}/plan/",
    "Gantt data": "/plans/projects/{project}/gantt.json",
    "risk register": "/projects/{project}/risks/",
    "risk detail": "/risks/{risk}/",
    "risk edit (form)": "/risks/{risk}/edit/",
    "task edit (form)": "/plans/tasks/{task}/",
}
SPONSOR_PAGES = {
    "portal home": "/portal/",
    "portal project": "/projects/{project}/",
    "portal plan": "/plans/projects/{project}/plan/",
    "portal Gantt data": "/plans/projects/{project}/gantt.json",
    "portal risk register": "/projects/{project}/risks/",
}


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "accord.settings")
    import django

    django.setup()


def targets() -> dict:
    """The demo users of the mix and, for each, what they see and may change."""
    from accord.accounts.models import User
    from accord.planning.models import Task
    from accord.planning.services import PLAN_PERMISSION
    from accord.projects.selectors import projects_visible_to
    from accord.risks.models import Risk
    from accord.risks.selectors import risks_visible_to

    def person(username: str) -> dict | None:
        user = User.objects.filter(username=username, is_active=True).first()
        if user is None:
            return None
        projects = []
        staff = user.is_cdmo_staff
        for project in projects_visible_to(user).order_by("code"):
            risks = list(risks_visible_to(user).filter(project=project).values_list("pk", "status"))
            tasks = list(
                Task.objects.filter(project=project, kind=Task.Kind.TASK, actual_finish=None)
                .order_by("sort_order")
                .values_list("pk", flat=True)
            )
            projects.append(
                {
                    "id": project.pk,
                    "code": project.code,
                    "risks": [pk for pk, _ in risks],
                    "editable_risks": [pk for pk, s in risks if s in Risk.LIVE_STATUSES]
                    if staff
                    else [],
                    "tasks": tasks if staff else [],
                    "size": Task.objects.filter(project=project).count() + len(risks),
                }
            )
        if not projects:
            return None
        return {
            "username": username,
            "staff": staff,
            "can_plan": staff and user.has_perm(PLAN_PERMISSION),
            "can_edit_risks": staff and user.has_perm("risks.change_risk"),
            "projects": projects,
        }

    staff = [p for p in map(person, STAFF) if p]
    sponsors = [p for p in map(person, SPONSORS) if p]
    return {"staff": staff, "sponsors": sponsors, "versions": versions()}


# The writes of the mix, each bumping its record's version once, with the field it changes.
WRITES = {
    "task": ("planning.task.updated", "duration_days"),
    "risk": ("risks.risk.updated", "mitigation_plan"),
}


def versions() -> dict:
    """Every task's and risk's version now, and the audit chain's last event."""
    from accord.audit.models import AuditEvent
    from accord.planning.models import Task
    from accord.risks.models import Risk

    last = AuditEvent.objects.order_by("-seq").values_list("seq", flat=True).first() or 0
    return {
        "seq": last,
        "task": {str(k): v for k, v in Task.objects.values_list("pk", "version")},
        "risk": {str(k): v for k, v in Risk.objects.values_list("pk", "version")},
    }


def consistency(before: dict) -> list[str]:
    """Since ``before`` (a ``versions()``): every task and risk went up one version per
    update event in the audit trail, and its row holds what its last event says it
    changed to: no row without its event, no event without its row."""
    from accord.audit.models import AuditEvent
    from accord.planning.models import Task
    from accord.risks.models import Risk

    problems = []
    now = versions()
    checked = 0
    for kind, model in (("task", Task), ("risk", Risk)):
        action, field = WRITES[kind]
        events: dict[str, list] = {}
        for target_id, changes in (
            AuditEvent.objects.filter(seq__gt=before["seq"], action=action)
            .order_by("seq")
            .values_list("target_id", "changes")
        ):
            events.setdefault(target_id, []).append(
                json.loads(changes) if isinstance(changes, str) else changes
            )
        moved = {pk for pk, v in now[kind].items() if v != before[kind].get(pk, v)}
        for pk in sorted(moved | set(events), key=int):
            checked += 1
            went = now[kind].get(pk, 0) - before[kind].get(pk, 0)
            if went != len(events.get(pk, [])):
                problems.append(
                    f"{kind} {pk}: version went up {went}, {len(events.get(pk, []))} events"
                )
                continue
            last = events[pk][-1] if events.get(pk) else {}
            if field in last:
                value = model.objects.filter(pk=pk).values_list(field, flat=True).first()
                if value != last[field][1]:
                    problems.append(f"{kind} {pk}: {field} is {value!r}, its event says otherwise")
    print(f"{checked} tasks and risks changed since the snapshot; {len(problems)} inconsistent")
    return problems


def _urls(pages: dict, project: dict) -> dict[str, str]:
    out = {}
    for name, pattern in pages.items():
        if "{risk}" in pattern and not project["risks"]:
            continue
        if "{task}" in pattern and not project["tasks"]:
            continue
        if "(form)" in name and "{risk}" in pattern:
            if not project["editable_risks"]:
                continue
            risk = project["editable_risks"][0]
        else:
            risk = project["risks"][0] if project["risks"] else None
        task = project["tasks"][0] if project["tasks"] else None
        out[name] = pattern.format(project=project["id"], risk=risk, task=task)
    return out


def queries(found: dict, runs: int = 5) -> list[dict]:
    """Per page: queries on the smallest and largest project, and the median server time
    of ``runs`` requests (after a warm-up) on the largest, through the test client."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from accord.accounts.models import User

    rows = []
    for pages, who in (
        (STAFF_PAGES, found["staff"][0]),
        (SPONSOR_PAGES, found["sponsors"][0]),
    ):
        user = User.objects.get(username=who["username"])
        client = Client()
        client.force_login(user)
        by_size = sorted(who["projects"], key=lambda p: p["size"])
        small, large = by_size[0], by_size[-1]
        small_urls, large_urls = _urls(pages, small), _urls(pages, large)
        for name in pages:
            counts = {}
            for label, urls in (("small", small_urls), ("large", large_urls)):
                url = urls.get(name)
                if url is None:
                    continue
                client.get(url)
                with CaptureQueriesContext(connection) as captured:
                    status = client.get(url).status_code
                counts[label] = len(captured.captured_queries)
                if status != 200:
                    counts[label] = f"{counts[label]} (HTTP {status})"
            url = large_urls.get(name) or small_urls.get(name)
            times = []
            for _ in range(runs):
                began = time.perf_counter()
                client.get(url)
                times.append((time.perf_counter() - began) * 1000)
            rows.append(
                {
                    "page": name,
                    "user": who["username"],
                    "url": url,
                    "queries_small": counts.get("small"),
                    "queries_large": counts.get("large"),
                    "small": f"{small['code']} ({small['size']})",
                    "large": f"{large['code']} ({large['size']})",
                    "server_ms": round(statistics.median(times), 1),
                }
            )
    return rows


def main() -> None:
    what, out = sys.argv[1], sys.argv[2]
    _setup()
    if what == "targets":
        result = targets()
    elif what == "queries":
        found = json.loads(Path(sys.argv[3]).read_text()) if len(sys.argv) > 3 else targets()
        result = queries(found)
        for row in result:
            print(
                f"  {row['page']:<22} queries {row['queries_small']!s:>4} / "
                f"{row['queries_large']!s:<4} server {row['server_ms']:7.1f} ms  {row['url']}"
            )
    elif what == "consistency":
        before = json.loads(Path(sys.argv[3]).read_text())["versions"]
        result = consistency(before)
        for problem in result:
            print(f"  {problem}")
        if result:
            raise SystemExit(1)
    else:
        raise SystemExit(f"unknown command {what!r}: targets, queries or consistency")
    if out != "-":
        Path(out).write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
