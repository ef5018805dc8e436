"""The load mix: CDMO staff at work and sponsors in their portal, about 5 % writes.

    locust -f benchmarks/load/locustfile.py --host http://127.0.0.1:8765 \\
        (LOAD_TARGETS=path/to/targets.json, written by benchmarks/load/run.py)

``benchmarks/load/run.py`` runs it headless at 8, 16 and 32 users; the targets file names
the demo's users and, for each, the projects, tasks and risks they may see and change
(found in the database before the run, so the mix follows the data, not fixed ids).

Each simulated person signs in once through the login form (with its CSRF token), then
picks pages by weight. Requests are named by page ("plan page", "task edit (save)") so
the statistics are per page, whatever the ids. Writes go through the real forms: the
user loads the form, keeps every field (CSRF token, the record's version), changes one
value and posts it, as a browser does:

* **risk edit**: the mitigation plan of a live risk gets a line; its version is the one
  the form was loaded with, so two people editing one risk meet the optimistic lock.
* **task edit**: a task's duration goes one working day up or down (the plan is
  rescheduled); when the change overloads a resource the page asks to confirm and the
  user confirms, as a planner would.
* **baseline (signature)**: a project manager saves a new baseline of a plan with an
  electronic signature (password re-entered; the demo has nothing else that one person
  may sign again and again, so this is the repeatable signature of the mix).

A write that loses the optimistic lock to another user (409 Conflict, "Someone else
changed this ...") is a correct answer, not a failure: it is counted under its own name
("... (version conflict)"). Failures are 5xx, connection errors and answers that make
no sense (a form that comes back with errors for any other reason).
"""

from __future__ import annotations

import itertools
import json
import os
import random
import threading

from locust import HttpUser, between, task

from benchmarks.load.forms import form_with, post_forms, replace

PASSWORD = os.environ.get("LOAD_PASSWORD", "accord-demo-2026!")
TARGETS = json.loads(open(os.environ["LOAD_TARGETS"], encoding="utf-8").read())  # noqa: SIM115

_lock = threading.Lock()
_staff = itertools.cycle(TARGETS["staff"])
_sponsors = itertools.cycle(TARGETS["sponsors"])


def _next(pool):
    with _lock:
        return next(pool)


class _Person(HttpUser):
    abstract = True
    wait_time = between(0.5, 1.5)
    pool = None

    def on_start(self) -> None:
        self.me = _next(self.pool)
        for _attempt in range(3):  # a sign-in cut off (a worker killed) is tried again
            if self._sign_in():
                return

    def _sign_in(self) -> bool:
        login = self.client.get("/accounts/login/", name="login form")
        form = form_with(login.text, "username")
        fields = replace(form["fields"] if form else [], "username", self.me["username"])
        fields = replace(fields, "password", PASSWORD)
        with self.client.post(
            "/accounts/login/",
            data=fields,
            name="sign in",
            headers={"Referer": self.host + "/accounts/login/"},
            catch_response=True,
            allow_redirects=False,
        ) as answer:
            if answer.status_code != 302:
                answer.failure(f"sign-in of {self.me['username']} answered {answer.status_code}")
                return False
        return True

    def page(self, url: str, name: str) -> None:
        with self.client.get(url, name=name, catch_response=True) as answer:
            if answer.status_code != 200:
                answer.failure(f"{answer.status_code} on {url}")
            elif "/accounts/login/" in answer.url:
                answer.failure(f"{url} sent {self.me['username']} to the login page")

    def project(self) -> dict:
        return random.choice(self.me["projects"])


class Staff(_Person):
    """A CDMO employee: My work, projects, plans, Gantt, risks; sometimes a change."""

    weight = 3
    pool = _staff

    @task(10)
    def my_work(self) -> None:
        self.page("/work/", "My work")

    @task(10)
    def project_overview(self) -> None:
        self.page(f"/projects/{self.project()['id']}/", "project overview")

    @task(12)
    def plan_page(self) -> None:
        self.page(f"/plans/projects/{self.project()['id']}/plan/", "plan page")

    @task(10)
    def gantt_data(self) -> None:
        self.page(f"/plans/projects/{self.project()['id']}/gantt.json", "Gantt data")

    @task(8)
    def risk_register(self) -> None:
        self.page(f"/projects/{self.project()['id']}/risks/", "risk register")

    @task(6)
    def risk_detail(self) -> None:
        risks = self.project()["risks"]
        if risks:
            self.page(f"/risks/{random.choice(risks)}/", "risk detail")

    @task(4)
    def project_list(self) -> None:
        self.page("/projects/", "project list")

    # Writes: 3 + 3 + 1 of 67 staff weights; with the sponsors' reads, about 5 % of requests.
    @task(3)
    def risk_edit(self) -> None:
        risks = [r for p in self.me["projects"] for r in p["editable_risks"]]
        if not self.me["can_edit_risks"] or not risks:
            return
        url = f"/risks/{random.choice(risks)}/edit/"
        form = self._form(url, "risk edit (form)", "version")
        if form is None:
            return
        note = f"Load check {random.randrange(10**6)}."
        fields = dict(form["fields"])
        fields = replace(
            form["fields"],
            "mitigation_plan",
            (fields.get("mitigation_plan") or "")[-1500:] + "\n" + note,
        )
        self._save(url, fields, "risk edit (save)")

    @task(3)
    def task_edit(self) -> None:
        tasks = [t for p in self.me["projects"] for t in p["tasks"]]
        if not self.me["can_plan"] or not tasks:
            return
        url = f"/plans/tasks/{random.choice(tasks)}/"
        form = self._form(url, "task edit (form)", "duration_days")
        if form is None:
            return
        duration = int(dict(form["fields"]).get("duration_days") or 1)
        duration = duration + 1 if duration <= 2 or random.random() < 0.5 else duration - 1
        fields = replace(form["fields"], "duration_days", str(duration))
        fields = replace(fields, "reason", "Load check: duration re-estimated.")
        self._save(url, fields, "task edit (save)", confirm="capacity_confirmed")

    @task(1)
    def baseline_signature(self) -> None:
        if not self.me["can_plan"]:
            return
        project = random.choice([p for p in self.me["projects"] if p["tasks"]] or [None])
        if project is None:
            return
        url = f"/plans/projects/{project['id']}/plan/baseline/"
        form = self._form(url, "baseline (form)", "name")
        if form is None:
            return
        fields = replace(form["fields"], "name", "Load check baseline")
        for name, choices in form["radios"].items():
            fields = replace(fields, name, choices[0])
        if any(name == "username" for name, _ in form["fields"]):
            fields = replace(fields, "username", self.me["username"])
        fields = replace(fields, "password", PASSWORD)
        fields = replace(fields, "acknowledge", "on")
        self._save(url, fields, "baseline (signature)")

    def _form(self, url: str, name: str, field: str) -> dict | None:
        with self.client.get(url, name=name, catch_response=True) as answer:
            form = form_with(answer.text, field) if answer.status_code == 200 else None
            if form is None:
                answer.failure(f"{answer.status_code} on {url}, or no form with {field}")
        return form

    def _save(self, url: str, fields, name: str, confirm: str | None = None) -> None:
        with self.client.post(
            url,
            data=fields,
            name=name,
            headers={"Referer": self.host + url},
            catch_response=True,
            allow_redirects=False,
        ) as answer:
            if answer.status_code == 302:
                return
            if answer.status_code == 409:
                answer.request_meta["name"] = f"{name.split(' (')[0]} (version conflict)"
                return
            again = None
            if answer.status_code == 200 and confirm:
                again = next(
                    (
                        f
                        for f in post_forms(answer.text)
                        if any(k == confirm for k, _ in f["fields"])
                    ),
                    None,
                )
            if again is None:
                answer.failure(f"{answer.status_code} on {url}: the form came back")
                return
            answer.request_meta["name"] = f"{name} (overload shown)"
        with self.client.post(
            url,
            data=again["fields"],
            name=f"{name} (confirmed)",
            headers={"Referer": self.host + url},
            catch_response=True,
            allow_redirects=False,
        ) as answer:
            if answer.status_code == 409:
                answer.request_meta["name"] = f"{name.split(' (')[0]} (version conflict)"
            elif answer.status_code != 302:
                answer.failure(f"{answer.status_code} on {url}: confirming came back")


class Sponsor(_Person):
    """A sponsor's employee in the portal: home, their projects, plans and shared risks."""

    weight = 1
    pool = _sponsors

    @task(10)
    def portal(self) -> None:
        self.page("/portal/", "portal home")

    @task(6)
    def project_overview(self) -> None:
        self.page(f"/projects/{self.project()['id']}/", "portal project")

    @task(4)
    def plan_page(self) -> None:
        self.page(f"/plans/projects/{self.project()['id']}/plan/", "portal plan")

    @task(3)
    def gantt_data(self) -> None:
        self.page(f"/plans/projects/{self.project()['id']}/gantt.json", "portal Gantt data")

    @task(3)
    def risk_register(self) -> None:
        self.page(f"/projects/{self.project()['id']}/risks/", "portal risk register")
