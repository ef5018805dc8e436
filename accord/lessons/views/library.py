"""The lessons library, for the CDMO's staff only (a sponsor's people get 403 on every
page): the list with its search, filters and export, a lesson, and the forms that call
one service each (record from a source, edit, publish, make training, apply)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from accord.accounts.decorators import staff_required
from accord.core import clock, exports
from accord.core.errors import apply_to_form
from accord.core.pagination import paginate
from accord.lessons import selectors, services
from accord.lessons.forms import ApplicationForm, CurriculumForm, LessonEditForm, LessonForm
from accord.lessons.models import Cause, Lesson, SourceKind
from accord.lessons.permissions import EDIT, PUBLISH, RECORD, VIEW
from accord.lessons.sources import source, source_url
from accord.projects.models import Project
from accord.projects.selectors import projects_visible_to
from accord.proposals.models import Service
from accord.proposals.selectors import proposals_visible_to, rfps_visible_to
from accord.teams.models import Department

FILTERS = ("q", "source_kind", "modality", "service", "phase", "department", "cause", "status")


def _filtered(request: HttpRequest):
    values = {name: request.GET.get(name, "").strip()[:200] for name in FILTERS}
    rows = selectors.lessons_filter(
        selectors.lessons_visible_to(request.user), selectors.LibraryFilters(**values)
    )
    return rows, values


@staff_required(VIEW)
def library(request: HttpRequest) -> HttpResponse:
    rows, filters = _filtered(request)
    page = paginate(request, rows.order_by("-recorded_at", "-pk"))
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "lessons/library.html",
        {
            "page": page,
            "filters": filters,
            "selects": [
                {
                    "name": name,
                    "label": label,
                    "empty": empty,
                    "options": options,
                    "value": filters[name],
                }
                for name, label, empty, options in (
                    ("source_kind", "Source", "Every source", SourceKind.choices),
                    ("modality", "Modality", "Every modality", Project.Modality.choices),
                    ("service", "Service", "Every service", Service.choices),
                    ("phase", "Phase", "Every phase", Project.Phase.choices),
                    ("department", "Department", "Every department", Department.choices),
                    ("cause", "Cause", "Every cause", Cause.choices),
                    ("status", "Status", "Draft and published", Lesson.Status.choices),
                )
            ],
            "querystring": params.urlencode(),
            "filtered": any(filters.values()),
        },
    )


HEADINGS = [
    "Lesson",
    "Title",
    "What happened",
    "Lesson and recommendation",
    "Source",
    "Modality",
    "Service",
    "Phase",
    "Department",
    "Cause",
    "Status",
    "Recorded by",
    "Recorded on",
    "Published on",
    "Training curriculum",
    "Times applied",
]


def _row(lesson: Lesson) -> list[object]:
    return [
        lesson.number,
        lesson.title,
        lesson.what_happened,
        lesson.recommendation,
        lesson.get_source_kind_display(),
        lesson.get_modality_display(),
        lesson.get_service_display(),
        lesson.get_phase_display(),
        lesson.get_department_display(),
        lesson.get_cause_display(),
        lesson.get_status_display(),
        lesson.recorded_by.printed_name,
        timezone.localdate(lesson.recorded_at),
        timezone.localdate(lesson.published_at) if lesson.published_at else None,
        lesson.curriculum.name if lesson.curriculum_id else "",
        lesson.applications.count(),
    ]


@staff_required(VIEW)
def library_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in ("csv", "xlsx"):
        raise Http404("Export as csv or xlsx.")
    rows, _ = _filtered(request)
    data = [_row(lesson) for lesson in rows.order_by("number")]
    if fmt == "csv":
        return exports.csv_response("lessons.csv", HEADINGS, data)
    book = exports.xlsx_workbook()
    exports.xlsx_sheet(book, "Lessons", HEADINGS, data, widths=(14, 40, 50, 50))
    return exports.xlsx_response(book, "lessons.xlsx")


def _lesson(request: HttpRequest, pk: int) -> Lesson:
    return get_object_or_404(selectors.lessons_visible_to(request.user), pk=pk)


@staff_required(VIEW)
def lesson_detail(request: HttpRequest, pk: int) -> HttpResponse:
    lesson = _lesson(request, pk)
    user = request.user
    return render(
        request,
        "lessons/lesson_detail.html",
        {
            "lesson": lesson,
            "source_url": source_url(lesson),
            "applications": selectors.applications_visible_to(user).filter(lesson=lesson),
            "can_edit": user.has_perm(EDIT),
            "can_publish": user.has_perm(PUBLISH) and not lesson.is_published,
        },
    )


@staff_required(RECORD)
def lesson_from_source(request: HttpRequest, kind: str, source_pk: int) -> HttpResponse:
    found = source(kind)
    if found is None:
        raise Http404("No such source of lessons.")
    record = get_object_or_404(found.visible_to(request.user), pk=source_pk)
    form = LessonForm(request.POST or None, initial=found.prefill(record))
    if request.method == "POST" and form.is_valid():
        try:
            lesson = services.lesson_record(
                actor=request.user, source_kind=kind, source=record, **form.fields_for_service()
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{lesson.number} is recorded as a draft of the library.")
            return redirect("lessons:detail", pk=lesson.pk)
    return render(
        request,
        "lessons/form.html",
        {
            "form": form,
            "title": "Record a lesson",
            "lead": f"From {SourceKind(kind).label.lower()} {record}",
            "cancel": found.url(record),
        },
    )


@staff_required(EDIT)
def lesson_edit(request: HttpRequest, pk: int) -> HttpResponse:
    lesson = _lesson(request, pk)
    initial = {name: getattr(lesson, name) for name in (*LessonForm.TEXT, *LessonForm.TAGS)}
    form = LessonEditForm(request.POST or None, initial={**initial, "version": lesson.version})
    if request.method == "POST" and form.is_valid():
        try:
            services.lesson_update(
                actor=request.user,
                lesson=lesson,
                reason=form.cleaned_data["reason"],
                version=form.cleaned_data["version"],
                **form.fields_for_service(),
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{lesson.number} is saved.")
            return redirect("lessons:detail", pk=lesson.pk)
    return render(
        request,
        "lessons/form.html",
        {
            "form": form,
            "title": f"Edit {lesson.number}",
            "lead": lesson.title,
            "lesson": lesson,
        },
    )


@require_POST
@staff_required(PUBLISH)
def lesson_publish(request: HttpRequest, pk: int) -> HttpResponse:
    lesson = _lesson(request, pk)
    try:
        services.lesson_publish(actor=request.user, lesson=lesson)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, f"{lesson.number} is published in the library.")
    return redirect("lessons:detail", pk=lesson.pk)


@staff_required(EDIT)
def lesson_curriculum(request: HttpRequest, pk: int) -> HttpResponse:
    lesson = _lesson(request, pk)
    form = CurriculumForm(
        request.POST or None,
        initial={"curriculum": lesson.curriculum_id, "version": lesson.version},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.lesson_link_curriculum(
                actor=request.user,
                lesson=lesson,
                curriculum=form.cleaned_data["curriculum"],
                version=form.cleaned_data["version"],
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{lesson.number}: training material saved.")
            return redirect("lessons:detail", pk=lesson.pk)
    return render(
        request,
        "lessons/form.html",
        {
            "form": form,
            "title": f"Make {lesson.number} training material",
            "lead": "The curriculum's page lists the lesson as reading.",
            "lesson": lesson,
        },
    )


def _target(request: HttpRequest, target: str, target_pk: int):
    if target == "project":
        project = get_object_or_404(projects_visible_to(request.user), pk=target_pk)
        return {"project": project}, project, ("projects:detail", project.pk)
    if target == "rfp":
        rfp = get_object_or_404(rfps_visible_to(request.user), pk=target_pk)
        return {"rfp": rfp}, rfp, ("proposals:rfp_detail", rfp.pk)
    if target == "proposal":
        # Recorded on the proposal's RFP, so the RFP page and the proposal page agree.
        proposal = get_object_or_404(proposals_visible_to(request.user), pk=target_pk)
        return {"rfp": proposal.rfp}, proposal, ("proposals:proposal_detail", proposal.pk)
    raise Http404("Apply a lesson on a project, an RFP or a proposal.")


@staff_required(RECORD)
def lesson_apply(request: HttpRequest, pk: int, target: str, target_pk: int) -> HttpResponse:
    lesson = _lesson(request, pk)
    if not lesson.is_published:
        raise PermissionDenied("Only a published lesson is applied.")
    where, record, back = _target(request, target, target_pk)
    form = ApplicationForm(request.POST or None, initial={"applied_on": clock.today()})
    if request.method == "POST" and form.is_valid():
        try:
            services.application_record(
                actor=request.user, lesson=lesson, **where, **form.cleaned_data
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{lesson.number} is recorded as applied on {record}.")
            return redirect(*back)
    return render(
        request,
        "lessons/form.html",
        {
            "form": form,
            "title": f"Apply {lesson.number}",
            "lead": f"{lesson.title}, on {record}",
            "lesson": lesson,
            "quote": lesson.recommendation,
        },
    )
