"""The demo's lessons learned, told in time: the completed projects write and sign their
lessons review before they close; the project on hold for good has its review in draft;
business development turns the lost proposals' postmortems into lessons; QA and a project
manager draw lessons from a deviation, a CAPA and a concern; newer projects and proposals
of the same modality say which lessons they applied; one lesson becomes training."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from accord.accounts.models import User
from accord.demo.data import DEMO_PASSWORD
from accord.demo.projects import PROJECTS
from accord.demo.proposals import RFPS
from accord.demo.story import Story, Tally, at, day, site_zone, weekday
from accord.lessons import services
from accord.lessons.models import Cause, Lesson, LessonApplication, LessonsReview
from accord.projects.models import Project
from accord.proposals.models import Postmortem, Rfp


@dataclass(frozen=True)
class Finding:
    title: str
    what_happened: str
    recommendation: str
    cause: str
    service: str = ""
    department: str = ""


@dataclass(frozen=True)
class ReviewSpec:
    project: str
    went_well: str
    went_badly: str
    root_causes: str
    recommendations: str
    ratings: tuple[int, int, int, int]  # process, quality, schedule, sponsor satisfaction
    budget: tuple[str, str]  # planned, actual
    follow_on: str
    technical_notes: str
    business_notes: str
    findings: tuple[Finding, ...]
    submitted: bool = True


REVIEWS: tuple[ReviewSpec, ...] = (
    ReviewSpec(
        "HSZ-1120-SSQ",
        "Three validation batches right first time; comparability data accepted by Hoshizora "
        "QA without questions; the Japanese variation was filed a month early.",
        "Imported reference standards waited five weeks in customs; the Japanese "
        "translation of the batch records was late and done twice.",
        "No customs broker with pharma experience on the import route; translation "
        "ordered only after the batches instead of with the protocol.",
        "Book a pharma customs broker when the standards are ordered; order Japanese "
        "translations of batch records with the validation protocol.",
        (5, 5, 3, 5),
        ("1850000.00", "1912000.00"),
        "awarded",
        "Process capable (Cpk above 1.6 on the assay); no deviation in validation.",
        "3 % over budget (customs storage and the second translation); Hoshizora awarded "
        "the commercial supply agreement.",
        (
            Finding(
                "Book a pharma customs broker with the reference standard order",
                "Reference standards for the second-source qualification waited five weeks "
                "in customs at Basel.",
                "Order imported reference standards with a pharma-experienced customs broker "
                "booked at the same time, and plan four weeks of import in the schedule.",
                Cause.SUPPLY_CHAIN,
                "commercial_manufacturing",
                "supply_chain",
            ),
            Finding(
                "Order regulatory translations with the protocol, not after the batches",
                "The Japanese translation of the batch records was ordered after batch 3 and "
                "redone after the sponsor's review.",
                "For Japanese filings, contract the translation with the validation protocol "
                "and have the sponsor approve a glossary first.",
                Cause.PLANNING,
                "regulatory_support",
                "regulatory_affairs",
            ),
        ),
    ),
    ReviewSpec(
        "KRW-2201-AMT",
        "All six method transfer protocols passed first time; Kerrowan's analysts joined "
        "the comparative testing on site.",
        "The GC residual solvents protocol waited six days for the sponsor's approval; the "
        "PSD method needed a second laser diffraction unit we had to borrow.",
        "Protocol approvals were not in the sponsor's plan; instrument capacity was checked "
        "per method, not for the whole transfer.",
        "Put sponsor approval dates in the joint plan at kick-off; check instrument "
        "capacity for all methods of a transfer together.",
        (4, 5, 4, 4),
        ("265000.00", "259500.00"),
        "likely",
        "Six methods transferred with equivalent results; no OOS.",
        "2 % under budget; Kerrowan plans the PPQ with us.",
        (
            Finding(
                "Plan the sponsor's protocol approvals in the joint plan",
                "The residual solvents transfer protocol waited six days for Kerrowan's approval.",
                "At kick-off, agree the sponsor's approval dates for every protocol and put "
                "them in the plan as sponsor tasks.",
                Cause.COMMUNICATION,
                "analytical_method_development",
                "analytical_development",
            ),
        ),
    ),
    ReviewSpec(
        "NVB-230-CLD",
        "Clone selection done in 14 weeks with three high producers banked.",
        "The project stopped after clone selection; the research cell bank was not yet "
        "characterised when it went on hold.",
        "The sponsor's financing round slipped; our plan had no hold point before banking.",
        "",
        (4, 4, 3, 0),
        ("600000.00", "245000.00"),
        "unknown",
        "",
        "",
        (),
        submitted=False,
    ),
)


def _user(users: dict[str, User], username: str) -> User | None:
    return users.get(username)


def _manager(spec) -> str:
    return spec.team[0][0]


def review_story(spec: ReviewSpec, *, users, projects, counts: Tally, log) -> Story:
    """Drafted two weeks before the project's end, findings the next days, signed three
    working days before it closes (for the project on hold: a draft four weeks ago)."""
    project_spec = next(p for p in PROJECTS if p.code == spec.project)
    zone = site_zone(project_spec.site)
    end = project_spec.target_end_date if spec.submitted else day(-28)
    yield at(weekday(end - dt.timedelta(days=14)), "10:00", key=spec.project, zone=zone)
    project: Project | None = projects.get(spec.project)
    manager = _user(users, _manager(project_spec))
    if project is None or manager is None:
        return
    if LessonsReview.objects.filter(project=project).exists():
        counts.add("lessons", False)
        return
    review = services.review_start(actor=manager, project=project)
    process, quality, schedule, satisfaction = spec.ratings
    review = services.review_update(
        actor=manager,
        review=review,
        went_well=spec.went_well,
        went_badly=spec.went_badly,
        root_causes=spec.root_causes,
        recommendations=spec.recommendations,
        process_rating=process,
        quality_rating=quality,
        schedule_rating=schedule,
        sponsor_satisfaction=satisfaction or None,
        budget_planned=spec.budget[0],
        budget_actual=spec.budget[1],
        follow_on=spec.follow_on,
        technical_notes=spec.technical_notes,
        business_notes=spec.business_notes,
    )
    counts.add("lessons", True)
    log(f"  + {project.code} lessons review drafted by {manager.username}")
    moment = weekday(end - dt.timedelta(days=14))
    for finding in spec.findings:
        moment = weekday(moment + dt.timedelta(days=1))
        yield at(moment, "11:00", key=finding.title, zone=zone)
        services.review_finding_add(
            actor=manager,
            review=review,
            title=finding.title,
            what_happened=finding.what_happened,
            recommendation=finding.recommendation,
            cause=finding.cause,
            service=finding.service,
            department=finding.department,
        )
    if not spec.submitted:
        return
    yield at(
        max(weekday(end - dt.timedelta(days=3)), weekday(moment + dt.timedelta(days=1))),
        "16:00",
        key=spec.project,
        zone=zone,
    )
    services.review_submit(
        actor=manager,
        review=review,
        username=manager.username,
        password=DEMO_PASSWORD,
        acknowledge=True,
        version=None,
    )
    log(f"  + {project.code} lessons review submitted")


def postmortem_story(rfp_spec, *, users, counts: Tally, log) -> Story:
    """A week after the loss, business development records the postmortem's lesson; an
    executive publishes it the next working day."""
    recorded = weekday(day(rfp_spec.decided) + dt.timedelta(days=7))
    yield at(recorded, "10:30", key=rfp_spec.title)
    postmortem = Postmortem.objects.filter(rfp__title=rfp_spec.title).select_related("rfp").first()
    author = _user(users, rfp_spec.offer.owner if rfp_spec.offer else "bd.ben")
    publisher = _user(users, "exec.erin")
    if postmortem is None or not postmortem.lessons or author is None or publisher is None:
        return
    if Lesson.objects.filter(postmortem=postmortem).exists():
        counts.add("lessons", False)
        return
    rfp = postmortem.rfp
    lesson = services.lesson_record(
        actor=author,
        source_kind="postmortem",
        source=postmortem,
        title=f"Lost {rfp.number}: {rfp_spec.molecule}"[:200],
        what_happened=postmortem.data_says or f"We lost {rfp.title}.",
        recommendation=postmortem.lessons,
        cause=Cause.CAPACITY if "capacity" in postmortem.reasons else Cause.COMMERCIAL,
        modality=rfp.modality,
        service=rfp.services[0] if rfp.services else "",
        phase=rfp.phase if rfp.phase in Project.Phase.values else "",
    )
    counts.add("lessons", True)
    log(f"  + lesson {lesson.number} from the postmortem of {rfp.number}")
    yield at(weekday(recorded + dt.timedelta(days=1)), "09:30", key=rfp_spec.title)
    services.lesson_publish(actor=publisher, lesson=lesson)


@dataclass(frozen=True)
class RecordLesson:
    when: int
    author: str
    kind: str
    find: Callable[[], object | None]
    title: str
    recommendation: str
    cause: str
    department: str


def _closed_deviation():
    from accord.quality.models import Deviation

    return (
        Deviation.objects.filter(state="closed", project__isnull=False).order_by("number").first()
    )


def _closed_capa():
    from accord.quality.models import Capa

    return (
        Capa.objects.filter(state__in=("closed_effective", "closed"), deviation__isnull=False)
        .order_by("number")
        .first()
    )


def _closed_concern():
    from accord.service.models import Concern

    return Concern.objects.filter(state="closed", project__isnull=False).order_by("pk").first()


RECORDS = (
    RecordLesson(
        -26,
        "qa.quinn",
        "deviation",
        _closed_deviation,
        "Contain first, then classify: the deviation's first hour",
        "Quarantine the batch and the area within the hour, before the classification "
        "discussion; the investigation then starts from an intact scene.",
        Cause.QUALITY_SYSTEM,
        "quality_assurance",
    ),
    RecordLesson(
        -22,
        "qa.quinn",
        "capa",
        _closed_capa,
        "Check a CAPA's effectiveness on the next three batches, not the next one",
        "One clean batch proves little: set the check of effectiveness on three batches "
        "made under the changed procedure.",
        Cause.QUALITY_SYSTEM,
        "quality_assurance",
    ),
    RecordLesson(
        -18,
        "pm.alice",
        "concern",
        _closed_concern,
        "Give sponsors one firm date and the risk around it",
        "When a date moves twice, send the sponsor one committed date with its P80 and what "
        "it depends on, instead of each re-plan.",
        Cause.COMMUNICATION,
        "project_management",
    ),
)


def _what_happened(record) -> str:
    text = getattr(record, "description", "") or getattr(record, "problem", "")
    return f"{record}: {text}"[:5000]


def record_story(spec: RecordLesson, *, users, counts: Tally, log) -> Story:
    yield at(weekday(day(spec.when)), "14:30", key=spec.title)
    author = _user(users, spec.author)
    record = spec.find()
    if author is None or record is None:
        return
    if Lesson.objects.filter(title=spec.title).exists():
        counts.add("lessons", False)
        return
    project = getattr(record, "project", None)
    if project is None and spec.kind == "capa":
        project = record.deviation.project
    lesson = services.lesson_record(
        actor=author,
        source_kind=spec.kind,
        source=record,
        title=spec.title,
        what_happened=_what_happened(record),
        recommendation=spec.recommendation,
        cause=spec.cause,
        modality=project.modality if project else "",
        phase=project.phase if project else "",
        department=spec.department,
        publish=author.has_perm("lessons.publish_lesson"),
    )
    counts.add("lessons", True)
    log(f"  + lesson {lesson.number} from {record}")


def applications_story(*, users, projects, counts: Tally, log) -> Story:
    """Newer projects and proposals of the same modality say which lessons they applied;
    QA makes the customs lesson reading of a curriculum."""
    applied = weekday(day(-14))
    yield at(applied, "11:30", key="lessons applied")
    pm = _user(users, "pm.alice")
    bd = _user(users, "bd.ben")
    qa = _user(users, "qa.quinn")
    if pm is None or bd is None or qa is None:
        return
    published = Lesson.objects.filter(status=Lesson.Status.PUBLISHED)
    customs = published.filter(title__startswith="Book a pharma customs broker").first()
    approvals = published.filter(title__startswith="Plan the sponsor's protocol").first()
    adc = published.filter(modality="adc", source_kind="postmortem").first()
    small = projects.get("NVB-101-TT")
    open_rfp = (
        Rfp.objects.filter(
            modality="small_molecule",
            status__in=(Rfp.Status.NEW, Rfp.Status.QUALIFYING, Rfp.Status.IN_PREPARATION),
        )
        .order_by("number")
        .first()
    )
    adc_project = Project.objects.filter(modality="adc", status=Project.Status.ACTIVE).first()
    plans = [
        (
            customs,
            {"project": small},
            pm,
            "Standards for NVB-101 ordered with a customs broker "
            "booked; four weeks of import in the plan.",
        ),
        (
            approvals,
            {"project": small},
            pm,
            "NovaBridge's protocol approvals are sponsor tasks in the joint plan since kick-off.",
        ),
        (
            approvals,
            {"rfp": open_rfp},
            bd,
            "The proposal's timeline shows the sponsor's approval dates as their tasks.",
        ),
        (
            adc,
            {"project": adc_project},
            pm,
            "Lyophilizer time booked before the fill was quoted to Solvantis.",
        ),
    ]
    for lesson, where, actor, how in plans:
        target = next(iter(where.values()))
        if lesson is None or target is None:
            continue
        # Found again by the lesson and the kind of target: the open RFP or the active ADC
        # project of the step's day need not be the first one on a later load.
        kind = next(iter(where))
        if LessonApplication.objects.filter(lesson=lesson, **{f"{kind}__isnull": False}).exists():
            counts.add("lesson applications", False)
            continue
        services.application_record(actor=actor, lesson=lesson, how=how, **where)
        counts.add("lesson applications", True)
        log(f"  + {lesson.number} applied on {target}")
    yield at(weekday(applied + dt.timedelta(days=1)), "10:00", key="lesson training")
    from accord.training.models import Curriculum

    curriculum = (
        Curriculum.objects.filter(code__icontains="supply").first()
        or Curriculum.objects.order_by("code").first()
    )
    if customs is not None and curriculum is not None and customs.curriculum_id is None:
        services.lesson_link_curriculum(actor=qa, lesson=customs, curriculum=curriculum)
        log(f"  + {customs.number} is reading of {curriculum.name}")


def lessons_stories(*, users, projects, counts: Tally, log) -> list[Story]:
    stories: list[Story] = [
        review_story(spec, users=users, projects=projects, counts=counts, log=log)
        for spec in REVIEWS
    ]
    stories += [
        postmortem_story(spec, users=users, counts=counts, log=log)
        for spec in RFPS
        if spec.stage == "lost" and spec.postmortem is not None
    ]
    stories += [record_story(spec, users=users, counts=counts, log=log) for spec in RECORDS]
    stories.append(applications_story(users=users, projects=projects, counts=counts, log=log))
    return stories
