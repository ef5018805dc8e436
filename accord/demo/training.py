"""The demo's training and qualification story, through the training services on the
story's days (the data is in ``accord.demo.training_data``):

- on the set-up day QA sets up what people must know (competencies, SOPs, courses,
  quizzes, curricula, job roles, what deviation investigations and change assessments
  require), gives every staff member their job roles and runs the Accord e-signature
  e-learning, so that nobody signs anything in the demo before it (R-TRN-7);
- in the weeks after, everyone reads their SOPs (signed), passes their quizzes, attends
  GMP basics, and is assessed in their competencies; trainers at level 4;
- a year on: the GMP basics refresher (two people miss it: expired), the annual gowning
  requalification (one operator misses it: his aseptic gowning expired last month);
- the last quarter: effectiveness reviews per curriculum, a GDP refresher quiz for
  production (one fail then a pass, two not taken: overdue), on-the-job training
  records, a new version of SOP-MFG-014 that reopens training for everyone who charges
  reactors (some have read it, some are still due), and a scientist who takes on a
  production operator's job role (her training is due).

Loaded once: when the job roles exist already, the story does nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from accord.accounts.models import Role, Site, User
from accord.core import clock
from accord.demo.data import DEMO_PASSWORD, STAFF
from accord.demo.projects import PROJECTS
from accord.demo.story import SETUP_ON, Story, Tally, at, day, site_zone, weekday
from accord.demo.training_data import (
    CHANGE_ASSESSORS,
    COMPETENCIES,
    CURRICULA,
    DEVIATION_OWNERS,
    DOCUMENTS,
    E_SIGNATURE,
    GDP_FAILED_ONCE,
    GDP_NOT_TAKEN,
    GDP_QUIZ_CODE,
    GDP_REFRESHER,
    GMP_BASICS,
    GMP_OVERRIDE,
    GMP_REFRESHER_MISSED,
    GMP_TASKS,
    GOWNING_LAPSED,
    HOLDINGS,
    JOB_ROLES,
    LATE_HOLDING,
    NEW_VERSION,
    NEW_VERSION_READ,
    REQUIREMENTS,
    TRAINERS,
)
from accord.equipment.models import Equipment
from accord.planning import assignments, bookings
from accord.planning import services as plan_services
from accord.planning.models import Task
from accord.projects.models import Project
from accord.training import services
from accord.training.models import (
    Activity,
    Assignment,
    Competency,
    ControlledDocument,
    Curriculum,
    EffectivenessReview,
    JobRole,
    Level,
    Method,
    OjtRecord,
    QuizQuestion,
    Reason,
    Requirement,
    RoleHolding,
)

LABEL = "job roles held"
COORDINATOR = "qa.quinn"
DEPUTY = "lukas.meier"  # records and assesses what concerns the coordinator herself
STAFF_SITES = {spec.username: spec.site for spec in STAFF}


def _sign(user: User) -> dict:
    return {"username": user.username, "password": DEMO_PASSWORD, "acknowledge": True}


def _on(offset: int, time: str, key: str = "", site: str = "") -> dt.datetime:
    return at(weekday(day(offset)), time, key=key, zone=site_zone(site))


def setup_day() -> dt.date:
    """The day Accord was set up: the e-signature training is given that day."""
    return weekday(day(SETUP_ON), back=True)


@dataclass
class _Training:
    users: dict[str, User]
    sites: dict[str, Site]
    counts: Tally
    log: Callable[[str], None]
    fresh: bool = False
    requirements: dict[str, Requirement] = field(default_factory=dict)
    competencies: dict[str, Competency] = field(default_factory=dict)

    # ---- helpers

    @property
    def qa(self) -> User:
        return self.users[COORDINATOR]

    def staff(self) -> list[str]:
        return [name for name in HOLDINGS if name in self.users]

    def other_than(self, person: str, first: str = COORDINATOR, second: str = DEPUTY) -> User:
        return self.users[second if person == first else first]

    def open_assignment(self, person: str, code: str) -> Assignment | None:
        return (
            Assignment.objects.select_related("requirement", "person")
            .filter(
                person=self.users[person],
                requirement__code=code,
                status=Assignment.Status.OPEN,
            )
            .first()
        )

    def record_course(self, person: str, code: str, note: str) -> None:
        assignment = self.open_assignment(person, code)
        if assignment is not None:
            services.assignment_record_course(
                actor=self.other_than(person),
                assignment=assignment,
                completed_on=clock.today(),
                note=note,
            )

    def read(self, person: str, assignment: Assignment) -> None:
        user = self.users[person]
        services.assignment_read_and_understood(
            actor=user, assignment=assignment, **_sign(user), version=assignment.version
        )

    def quiz(self, person: str, code: str, *, fail: bool = False) -> None:
        assignment = self.open_assignment(person, code)
        if assignment is None:
            return
        user = self.users[person]
        attempt = services.quiz_start(actor=user, assignment=assignment)
        correct = dict(
            QuizQuestion.objects.filter(pk__in=[qid for qid, _ in attempt.questions]).values_list(
                "pk", "correct"
            )
        )
        answers: dict[str, int] = {}
        for index, (qid, _) in enumerate(attempt.questions):
            right = correct[qid]
            wrong = fail and index < 2  # two wrong of five: 60%, below the 80% pass mark
            answers[str(qid)] = (right + 1) % 4 if wrong else right
        services.quiz_submit(actor=user, attempt=attempt, answers=answers)

    def assess(
        self,
        person: str,
        code: str,
        level: int,
        evidence: str,
        method: str = Method.OBSERVATION,
        assessor: User | None = None,
    ) -> None:
        assessor = assessor or self.other_than(person, second="sofia.marchetti")
        services.competency_record(
            actor=assessor,
            person=self.users[person],
            competency=self.competencies[code],
            level=level,
            method=method,
            evidence=evidence,
            assessed_on=clock.today(),
            **_sign(assessor),
        )

    # ---- the set-up day

    def setup(self) -> Story:
        yield at(setup_day(), "09:30")
        if JobRole.objects.exists():
            for _ in RoleHolding.objects.all():
                self.counts.add(LABEL, False)
            return
        self.fresh = True
        qa = self.qa
        for spec in COMPETENCIES:
            self.competencies[spec.code] = services.competency_create(
                actor=qa,
                code=spec.code,
                name=spec.name,
                department=spec.department,
                validity_months=spec.validity_months,
                description=spec.description,
            )
        documents: dict[str, ControlledDocument] = {}
        for spec in DOCUMENTS:
            document = services.controlled_document_create(
                actor=qa,
                number=spec.number,
                title=spec.title,
                department=spec.department,
                site=self.sites[spec.site] if spec.site else None,
            )
            services.document_version_make_effective(
                actor=qa, document=document, summary="First issue in Accord."
            )
            documents[spec.number] = document
        signing_roles = list(
            Role.objects.filter(code__in={c for s in STAFF for c in s.roles}).order_by("code")
        )
        for spec in REQUIREMENTS:
            fields = {
                "code": spec.code,
                "title": spec.title,
                "kind": spec.kind,
                "description": spec.description,
                "course_format": spec.course_format,
                "validity_months": spec.validity_months,
            }
            if spec.document:
                fields["document"] = documents[spec.document]
            if spec.competency:
                fields["competency"] = self.competencies[spec.competency]
                fields["min_level"] = spec.min_level
            if spec.kind == Requirement.Kind.QUIZ:
                fields.update(pass_mark=80, max_attempts=3, questions_per_attempt=5)
            requirement = services.requirement_create(
                actor=qa, signing_roles=signing_roles if spec.signing else (), **fields
            )
            for q in spec.questions:
                services.quiz_question_add(
                    actor=qa,
                    requirement=requirement,
                    text=q.text,
                    choices=list(q.choices),
                    correct=q.correct,
                )
            self.requirements[spec.code] = requirement
        curricula: dict[str, Curriculum] = {}
        for spec in CURRICULA:
            curricula[spec.code] = services.curriculum_create(
                actor=qa,
                code=spec.code,
                name=spec.name,
                description=spec.description,
                grace_days=spec.grace_days,
                requirements=[self.requirements[code] for code in spec.requirements],
            )
        for spec in JOB_ROLES:
            services.job_role_create(
                actor=qa,
                code=spec.code,
                name=spec.name,
                department=spec.department,
                description=spec.description,
                curricula=[curricula[code] for code in spec.curricula],
            )
        # What the gate asks of whoever leads an investigation or assesses a change.
        for activity, code in (
            (Activity.DEVIATION_INVESTIGATION, "deviation-investigation"),
            (Activity.CHANGE_ASSESSMENT, "change-impact-assessment"),
        ):
            services.activity_requirement_set(
                actor=qa, activity=activity, competency=self.competencies[code], min_level=3
            )
        self.log("  + training: competencies, SOPs, courses, quizzes, curricula, job roles")

        yield at(setup_day(), "10:30")
        roles = {r.code: r for r in JobRole.objects.all()}
        for person in self.staff():
            user = self.users[person]
            site = self.sites[STAFF_SITES[person]]
            for code in HOLDINGS[person]:
                services.job_role_assign(actor=qa, person=user, job_role=roles[code], site=site)
                self.counts.add(LABEL, True)

        # Accord's go-live: the e-signature e-learning, before anyone signs anything.
        yield at(setup_day(), "11:30")
        for person in self.staff():
            self.record_course(
                person, E_SIGNATURE, "Accord go-live e-learning, completed with its test."
            )

    # ---- the first weeks: everyone completes their initial training

    def initial(self, index: int, person: str) -> Story:
        site = STAFF_SITES.get(person, "VSP")
        yield _on(SETUP_ON + 1 + index % 12, "10:00", key=person, site=site)
        if not self.fresh or person not in self.users:
            return
        for assignment in Assignment.objects.filter(
            person=self.users[person],
            status=Assignment.Status.OPEN,
            requirement__kind=Requirement.Kind.DOCUMENT,
        ).order_by("requirement__code"):
            self.read(person, assignment)
        yield _on(SETUP_ON + 1 + index % 12, "14:00", key=person, site=site)
        self.quiz(person, "gmp-quiz")
        self.quiz(person, GDP_QUIZ_CODE)

    def courses(self) -> Story:
        """GMP basics in the classroom and the data integrity e-learning, two sessions."""
        for offset, half in ((SETUP_ON + 4, 0), (SETUP_ON + 11, 1)):
            yield _on(offset, "16:00", key=f"gmp-{half}")
            if not self.fresh:
                return
            for person in self.staff()[half::2]:
                self.record_course(
                    person, GMP_BASICS, "GMP basics classroom session, trainer Quinn Fischer."
                )
                self.record_course(person, "data-integrity", "Data integrity e-learning (ALCOA+).")

    def competency_assessments(self) -> Story:
        """Trainers first (level 4), then everyone their job and their GMP work needs."""
        yield _on(SETUP_ON + 6, "09:00", key="trainers")
        if not self.fresh:
            return
        for code, trainers in TRAINERS.items():
            for person in trainers:
                self.assess(
                    person,
                    code,
                    Level.TRAINER,
                    "Qualified trainer: assessed on the trainer programme, records on file "
                    "from before Accord.",
                    method=Method.EXAM,
                )
        yield _on(SETUP_ON + 14, "10:00", key="competencies")
        needed = {
            (a.person.username, a.requirement.competency.code)
            for a in Assignment.objects.filter(
                status=Assignment.Status.OPEN, requirement__kind=Requirement.Kind.COMPETENCY
            ).select_related("person", "requirement__competency")
        }
        needed |= {(p, "deviation-investigation") for p in DEVIATION_OWNERS}
        needed |= {(p, "change-impact-assessment") for p in CHANGE_ASSESSORS}
        held = {(p, code) for code, people in TRAINERS.items() for p in people}
        for person, code in sorted(needed - held):
            self.assess(
                person,
                code,
                Level.INDEPENDENT,
                f"Observed performing the task independently; {code.replace('-', ' ')} "
                "records reviewed.",
            )

    # ---- a year on: refreshers and requalification

    def gmp_refresher(self) -> Story:
        yield _on(-265, "09:00", key="gmp-refresher")
        if not self.fresh:
            return
        invited = [p for p in self.staff() if p not in GMP_REFRESHER_MISSED]
        services.training_assign(
            actor=self.qa,
            people=[self.users[p] for p in invited],
            requirement=self.requirements[GMP_BASICS],
            reason=Reason.PERIODIC,
            due_on=clock.today() + dt.timedelta(days=30),
            source="GMP basics annual refresher",
        )
        yield _on(-250, "16:00", key="gmp-refresher-session")
        for person in invited:
            self.record_course(
                person, GMP_BASICS, "GMP basics annual refresher, trainer Quinn Fischer."
            )

    def gowning(self) -> Story:
        """Annual gowning requalification: one operator's falls early and is not renewed,
        so his aseptic gowning expired last month."""
        evidence = "Gowning requalification: three sessions, glove and gown plates 0 CFU."
        yield _on(-395, "11:00", key="gowning-early", site="SGN")
        if not self.fresh:
            return
        self.assess(GOWNING_LAPSED, "aseptic-gowning", Level.INDEPENDENT, evidence)
        yield _on(-235, "11:00", key="gowning", site="SGN")
        holders = sorted(
            {
                r.person.username
                for r in self.competencies["aseptic-gowning"].records.select_related("person")
            }
            - {GOWNING_LAPSED}
        )
        for person in holders:
            trainer = person in TRAINERS["aseptic-gowning"]
            self.assess(
                person,
                "aseptic-gowning",
                Level.TRAINER if trainer else Level.INDEPENDENT,
                evidence,
                assessor=self.users["sofia.marchetti"],
            )

    # ---- the last quarter

    def reviews(self) -> Story:
        """Effectiveness of every curriculum over the last quarter (R-TRN-6); production's
        only partly effective: a GDP refresher quiz follows."""
        start, end = last_quarter()
        yield _on((end - day(0)).days + 14, "10:00", key="effectiveness")
        if not self.fresh:
            return
        period = f"{start:%d %b} – {end:%d %b %Y}"
        for curriculum in Curriculum.objects.order_by("code"):
            partly = curriculum.code == "production"
            services.effectiveness_review_record(
                actor=self.qa,
                curriculum=curriculum,
                period_start=start,
                period_end=end,
                method="Quiz first-attempt pass rates, deviations with a training or "
                "documentation root cause, and interviews on the floor during the self-"
                f"inspection ({period}).",
                findings=(
                    "Two batch record corrections without a second-person check in the "
                    "quarter: GDP is known but not always applied under time pressure."
                    if partly
                    else "First-attempt pass rate above 90%; no deviation with a training "
                    "root cause in the quarter."
                ),
                conclusion=(
                    EffectivenessReview.Conclusion.PARTLY
                    if partly
                    else EffectivenessReview.Conclusion.EFFECTIVE
                ),
                actions="GDP refresher quiz for production and the warehouse within 30 days; "
                "second-person checks discussed at every shift handover."
                if partly
                else "",
                **_sign(self.qa),
            )
        yield _on((end - day(0)).days + 15, "09:00", key="gdp-refresher")
        services.training_assign(
            actor=self.qa,
            people=[self.users[p] for p in GDP_REFRESHER],
            requirement=self.requirements[GDP_QUIZ_CODE],
            reason=Reason.PERIODIC,
            due_on=clock.today() + dt.timedelta(days=30),
            source=f"Effectiveness review {period}: Production operations",
        )

    def gdp_quiz(self, n: int, person: str) -> Story:
        """A week after it is assigned, the GDP refresher quiz; one operator fails it
        once and passes two days later."""
        _, end = last_quarter()
        yield _on((end - day(0)).days + 20 + 2 * n, "13:00", key=person)
        if not self.fresh:
            return
        self.quiz(person, GDP_QUIZ_CODE, fail=person == GDP_FAILED_ONCE)
        if person == GDP_FAILED_ONCE:
            yield _on((end - day(0)).days + 22 + 2 * n, "16:00", key=person)
            self.quiz(person, GDP_QUIZ_CODE)

    def new_version(self) -> Story:
        """SOP-MFG-014 version 2: everyone who charges reactors reads it again."""
        number, summary = NEW_VERSION
        yield _on(-21, "08:30", key="sop-mfg-014-v2", site="VSP")
        if not self.fresh:
            return
        document = ControlledDocument.objects.get(number=number)
        services.document_version_make_effective(actor=self.qa, document=document, summary=summary)
        for n, person in enumerate(NEW_VERSION_READ):
            yield _on(-18 + 3 * n, "10:30", key=person, site=STAFF_SITES[person])
            assignment = self.open_assignment(person, f"read-{number.lower()}")
            if assignment is not None:
                self.read(person, assignment)

    def late_holding(self) -> Story:
        """A scientist takes on a production operator's job role; her gowning is trained
        on the job at once, the rest is due."""
        person, code, offset = LATE_HOLDING
        site = STAFF_SITES[person]
        yield _on(offset, "09:00", key="late-holding", site=site)
        if not self.fresh:
            return
        services.job_role_assign(
            actor=self.users["sofia.marchetti"],
            person=self.users[person],
            job_role=JobRole.objects.get(code=code),
            site=self.sites[site],
        )
        self.counts.add(LABEL, True)
        yield _on(offset + 4, "10:00", key="late-ojt", site=site)
        self.ojt(
            trainee=person,
            trainer="thomas.krueger",
            assessor="sofia.marchetti",
            competency="aseptic-gowning",
            task="Gowning for the Grade B fill-finish suite F2",
            steps=[
                "Hand disinfection and first gloves",
                "Coverall donned without touching the floor",
                "Hood, goggles and mask fitted, no skin visible",
                "Second gloves over the cuffs",
                "Mirror check and glove plates",
            ],
            level=Level.INDEPENDENT,
        )

    def ojt_records(self) -> Story:
        """Reactor charging trained on the job and assessed; HPLC waiting for its
        assessor."""
        yield _on(-75, "09:00", key="ojt-reactor", site="VSP")
        if not self.fresh:
            return
        self.ojt(
            trainee="rafael.costa",
            trainer="stefan.zimmermann",
            assessor="ops.omar",
            competency="reactor-charging",
            task="Charging 42 kg of intermediate to reactor R-204 under nitrogen",
            steps=[
                "Material identity and status checked against the batch record",
                "Reactor inerted, oxygen below 2%",
                "Solids charged through the powder transfer system",
                "Charge sheet signed by the second person at the reactor",
            ],
            level=Level.INDEPENDENT,
        )
        yield _on(-5, "13:30", key="ojt-hplc", site="SGN")
        self.ojt(
            trainee="ahmed.haddad",
            trainer="julia.wagner",
            assessor=None,
            competency="hplc-operation",
            task="Purity of soltuzumab by SEC-HPLC, sequence with bracketing standards",
            steps=[
                "System suitability injections meet SOP-QC-007 criteria",
                "Sequence built from the approved method version",
                "Integration reviewed without manual reintegration",
            ],
            level=None,
        )

    def ojt(
        self,
        *,
        trainee: str,
        trainer: str,
        assessor: str | None,
        competency: str,
        task: str,
        steps: list[str],
        level: int | None,
    ) -> OjtRecord:
        starter = self.users[assessor or trainer]
        record = services.ojt_start(
            actor=starter,
            trainee=self.users[trainee],
            trainer=self.users[trainer],
            competency=self.competencies[competency],
            task=task,
            steps=steps,
            performed_on=clock.today(),
        )
        trainer_user = self.users[trainer]
        record = services.ojt_sign(
            actor=trainer_user,
            ojt=record,
            observed=[True] * len(steps),
            comments=["Done as the SOP says."] + [""] * (len(steps) - 1),
            **_sign(trainer_user),
        )
        trainee_user = self.users[trainee]
        record = services.ojt_sign(actor=trainee_user, ojt=record, **_sign(trainee_user))
        if assessor is not None:
            assessor_user = self.users[assessor]
            record = services.ojt_assess(
                actor=assessor_user,
                ojt=record,
                verdict=OjtRecord.Verdict.COMPETENT,
                level=level,
                assessment="Performed every step independently and explained why each "
                "check matters.",
                **_sign(assessor_user),
            )
        return record


def _next_step(project: Project, pattern: str) -> Task | None:
    regex = re.compile(pattern)
    for task in Task.objects.filter(project=project, actual_start__isnull=True).order_by(
        "early_start", "sort_order"
    ):
        if regex.search(task.name):
            return task
    return None


def gmp_task_story(training: _Training, projects: dict[str, Project]) -> Story:
    """At the plan meeting before the next GMP batch steps, each project manager marks
    them GMP work, says what they require and puts qualified people on them (R-TRN-5);
    one operator in training is let on only with a signed override. The reactors and
    balances of the Visp steps are booked through the same gate."""
    yield _on(-4, "10:00", key="gmp-tasks")
    if not training.fresh:
        return
    managers = {spec.code: spec.team[0][0] for spec in PROJECTS}
    tasks: dict[str, Task] = {}
    for spec in GMP_TASKS:
        project = projects.get(spec.project)
        task = _next_step(project, spec.pattern) if project is not None else None
        if task is None:
            continue
        manager = training.users[managers[spec.project]]
        task = plan_services.task_update(actor=manager, task=task, gmp=True, version=task.version)
        assignments.task_skill_set(
            actor=manager,
            task=task,
            competency=training.competencies[spec.competency],
            min_level=Level.INDEPENDENT,
        )
        for person, role in spec.people:
            assignments.task_assign(
                actor=manager, task=task, person=training.users[person], role_on_task=role
            )
        for code, purpose in spec.equipment:
            bookings.task_book_equipment(
                actor=manager,
                task=task,
                equipment=Equipment.objects.get(code=code),
                purpose=purpose,
            )
        tasks[spec.project] = task
    project, person, role, supervisor, reason = GMP_OVERRIDE
    if project in tasks:
        supervisor_user = training.users[supervisor]
        assignments.task_assign(
            actor=supervisor_user,
            task=tasks[project],
            person=training.users[person],
            role_on_task=role,
            override_reason=reason,
            **_sign(supervisor_user),
        )


def last_quarter() -> tuple[dt.date, dt.date]:
    """The last calendar quarter that ended at least two months before the reference
    date: the period of the effectiveness reviews."""
    cutoff = day(0) - dt.timedelta(days=60)
    first_month = (cutoff.month - 1) // 3 * 3 + 1
    quarter_start = dt.date(cutoff.year, first_month, 1)
    end = quarter_start - dt.timedelta(days=1)
    start = dt.date(end.year, (end.month - 1) // 3 * 3 + 1, 1)
    return start, end


def training_stories(
    *,
    users: dict[str, User],
    sites: dict[str, Site],
    counts: Tally,
    log: Callable[[str], None],
    projects: dict[str, Project],
) -> list[Story]:
    training = _Training(users=users, sites=sites, counts=counts, log=log)
    people = [spec.username for spec in STAFF if spec.username in HOLDINGS]
    return [
        training.setup(),
        *(training.initial(index, person) for index, person in enumerate(people)),
        training.courses(),
        training.competency_assessments(),
        training.gmp_refresher(),
        training.gowning(),
        training.reviews(),
        *(
            training.gdp_quiz(n, person)
            for n, person in enumerate(p for p in GDP_REFRESHER if p not in GDP_NOT_TAKEN)
        ),
        training.new_version(),
        training.ojt_records(),
        training.late_holding(),
        gmp_task_story(training, projects),
    ]
