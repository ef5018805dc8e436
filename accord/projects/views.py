from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.cache import patch_vary_headers

from accord.accounts.decorators import staff_required
from accord.accounts.selectors import sponsors_visible_to
from accord.changes.models import ChangeOrder
from accord.changes.selectors import change_orders_visible_to
from accord.core.errors import apply_to_form
from accord.core.exports import Column, csv_response, rows_of
from accord.core.pagination import paginate
from accord.core.storage import file_download
from accord.delays.selectors import delays_visible_to
from accord.planning.models import Baseline
from accord.planning.selectors import baseline_dates
from accord.projects import selectors, services
from accord.projects.forms import (
    DocumentUploadForm,
    ProjectCreateForm,
    ProjectEditForm,
    ProjectFilterForm,
)
from accord.risks.selectors import project_risks_for_card

SORTS = {
    "code": "code",
    "-code": "-code",
    "sponsor": "sponsor__name",
    "start": "start_date",
    "-start": "-start_date",
    "end": "target_end_date",
    "status": "status",
}


def _filtered_projects(request: HttpRequest):
    form = ProjectFilterForm(request.GET or None, sponsors=sponsors_visible_to(request.user))
    projects = selectors.projects_filter(
        selectors.projects_visible_to(request.user), **form.filters()
    )
    sort = request.GET.get("sort", "code")
    return form, projects.order_by(SORTS.get(sort, "code")), sort


@login_required
def project_list(request: HttpRequest) -> HttpResponse:
    form, projects, sort = _filtered_projects(request)
    query = request.GET.copy()
    query.pop("page", None)
    # htmx asks for the results alone when a filter changes; a normal request gets the page.
    template = (
        "projects/_project_results.html"
        if request.headers.get("HX-Request")
        else "projects/project_list.html"
    )
    response = render(
        request,
        template,
        {
            "form": form,
            "page": paginate(request, projects),
            "sort": sort,
            "querystring": query.urlencode(),
        },
    )
    patch_vary_headers(response, ["HX-Request"])
    return response


PROJECT_COLUMNS = (
    Column("Code", "code"),
    Column("Title", "title"),
    Column("Sponsor", "sponsor"),
    Column("Molecule", "molecule"),
    Column("Modality", "modality"),
    Column("Phase", "phase"),
    Column("Status", "status"),
    Column("Site", "site"),
    Column("Start", "start_date"),
    Column("Target end", "target_end_date"),
)


@login_required
def project_export(request: HttpRequest) -> HttpResponse:
    """The filtered project list as CSV: exactly the rows the list page would show."""
    _, projects, _ = _filtered_projects(request)
    return csv_response(
        f"accord-projects-{timezone.localtime():%Y%m%d-%H%M}.csv",
        [column.heading for column in PROJECT_COLUMNS],
        rows_of(projects.select_related("sponsor", "site"), PROJECT_COLUMNS),
    )


@staff_required("projects.add_project")
def project_create(request: HttpRequest) -> HttpResponse:
    form = ProjectCreateForm(request.POST or None, sponsors=sponsors_visible_to(request.user))
    if request.method == "POST" and form.is_valid():
        try:
            project = services.project_create(actor=request.user, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"Project {project.code} was created.")
            return redirect("projects:detail", pk=project.pk)
    return render(request, "projects/project_form.html", {"form": form})


@staff_required("projects.change_project")
def project_edit(request: HttpRequest, pk: int) -> HttpResponse:
    project = get_object_or_404(selectors.projects_visible_to(request.user), pk=pk)
    fields = [name for name in ProjectEditForm.base_fields if name != "reason"]
    form = ProjectEditForm(
        request.POST or None, initial={name: getattr(project, name) for name in fields}
    )
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        reason = data.pop("reason")
        try:
            services.project_update(actor=request.user, project=project, reason=reason, **data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{project.code} was updated.")
            return redirect("projects:detail", pk=project.pk)
    return render(request, "projects/project_edit.html", {"form": form, "project": project})


@login_required
def project_detail(request: HttpRequest, pk: int) -> HttpResponse:
    project = get_object_or_404(selectors.projects_visible_to(request.user), pk=pk)
    cdmo_team, sponsor_team = selectors.project_team(project)
    documents = selectors.documents_visible_to(request.user).filter(project=project)
    can_upload = request.user.is_cdmo_staff and request.user.has_perm(
        "projects.add_projectdocument"
    )
    baseline, baseline_items = baseline_dates(project)
    # After a re-baseline, the variance against the first (contract) baseline too: a
    # plan that lost 25 days does not read "+0 days" without saying why.
    first = (
        Baseline.objects.filter(project=project, number=1).first()
        if baseline is not None and baseline.number > 1
        else None
    )
    first_items = {item.task_id: item for item in first.items.all()} if first else {}

    def variance(items: dict, task) -> int | None:
        if task.pk in items and task.early_finish:
            return (task.early_finish - items[task.pk].finish).days
        return None

    milestones = [
        (task, variance(baseline_items, task), variance(first_items, task))
        for task in project.tasks.filter(kind__in=["milestone", "decision"]).order_by(
            "early_finish", "sort_order"
        )
    ]
    return render(
        request,
        "projects/project_detail.html",
        {
            "project": project,
            "cdmo_team": cdmo_team,
            "sponsor_team": sponsor_team,
            "documents": documents,
            "upload_form": DocumentUploadForm() if can_upload else None,
            "milestones": milestones,
            "baseline": baseline,
            "first_baseline": first,
            "risks": project_risks_for_card(request.user, project),
            "recent_delays": list(
                delays_visible_to(request.user).filter(project=project).order_by("-occurred_on")[:5]
            ),
            "open_changes": list(
                change_orders_visible_to(request.user)
                .filter(project=project, status__in=OPEN_CHANGE_STATES)
                .order_by("-number")
            ),
        },
    )


# Change orders still in motion: the sponsor sees only those sent for its decision.
OPEN_CHANGE_STATES = (
    ChangeOrder.Status.DRAFT,
    ChangeOrder.Status.INTERNAL_REVIEW,
    ChangeOrder.Status.SENT,
    ChangeOrder.Status.APPROVED,
)


@staff_required("projects.add_projectdocument")
def document_upload(request: HttpRequest, pk: int) -> HttpResponse:
    project = get_object_or_404(selectors.projects_visible_to(request.user), pk=pk)
    form = DocumentUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            document = services.document_upload(
                actor=request.user,
                project=project,
                title=form.cleaned_data["title"],
                upload=form.cleaned_data["file"],
                visibility=form.cleaned_data["visibility"],
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"“{document.title}” was attached.")
            return redirect("projects:detail", pk=project.pk)
    return render(request, "projects/document_form.html", {"form": form, "project": project})


@login_required
def document_download(request: HttpRequest, pk: int) -> FileResponse | HttpResponse:
    document = get_object_or_404(selectors.documents_visible_to(request.user), pk=pk)
    return file_download(
        request,
        document,
        document.file,
        sha256=document.sha256,
        filename=document.original_name,
        content_type=document.content_type,
    )
