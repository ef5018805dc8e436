"""The jobs page: background jobs and the periodic schedule, for administrators."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from accord.accounts.decorators import staff_required
from accord.core import jobs, periodic, selectors
from accord.core.models import Job
from accord.core.pagination import paginate

ORIGINS = {"requested": "Asked for by a person", "periodic": "Periodic", "all": "All jobs"}


@staff_required(selectors.VIEW_JOBS)
def job_list(request: HttpRequest) -> HttpResponse:
    visible = selectors.jobs_visible_to(request.user)
    queryset = visible.select_related("requested_by")
    status = request.GET.get("status", "")
    if status in Job.Status.values:
        queryset = queryset.filter(status=status)
    else:
        status = ""
    origin = request.GET.get("origin", "requested")
    if origin not in ORIGINS:
        origin = "requested"
    if origin == "requested":
        queryset = queryset.filter(periodic="")
    elif origin == "periodic":
        queryset = queryset.exclude(periodic="")
    query = request.GET.get("q", "").replace("\x00", "").strip()[:100]
    if query:
        queryset = queryset.filter(
            Q(name__icontains=query)
            | Q(error__icontains=query)
            | Q(requested_by__username__icontains=query)
            | Q(requested_by__first_name__icontains=query)
            | Q(requested_by__last_name__icontains=query)
        )
    counts = dict(visible.values_list("status").annotate(n=Count("pk")).values_list("status", "n"))
    kept = request.GET.copy()
    kept.pop("page", None)
    return render(
        request,
        "core/jobs/list.html",
        {
            "page": paginate(request, queryset),
            "querystring": kept.urlencode(),
            "selected": {"status": status, "origin": origin, "q": query},
            "statuses": [
                (value, label, counts.get(value, 0)) for value, label in Job.Status.choices
            ],
            "origins": ORIGINS.items(),
            "schedule": _schedule_rows(visible),
            "can_retry": request.user.has_perm(jobs.RETRY_PERMISSION),
        },
    )


def _schedule_rows(visible) -> list[dict]:
    from django_q.models import Schedule

    next_runs = dict(
        Schedule.objects.filter(func=jobs.SCHEDULED_FUNC).values_list("name", "next_run")
    )
    rows = []
    for entry in periodic.SCHEDULE:
        last = visible.filter(periodic=entry.name).order_by("-created_at", "-pk").first()
        rows.append(
            {
                "entry": entry,
                "how_often": _how_often(entry),
                "last": last,
                "next_run": next_runs.get(entry.name),
            }
        )
    return rows


def _how_often(entry: periodic.Periodic) -> str:
    if entry.every is None:
        return f"Daily at {entry.daily_at:%H:%M}"
    minutes = int(entry.every.total_seconds() // 60)
    if minutes % 1440 == 0:
        days = minutes // 1440
        return "Every day" if days == 1 else f"Every {days} days"
    if minutes % 60 == 0:
        hours = minutes // 60
        return "Every hour" if hours == 1 else f"Every {hours} hours"
    return "Every minute" if minutes == 1 else f"Every {minutes} minutes"


@staff_required(selectors.VIEW_JOBS)
def job_detail(request: HttpRequest, pk: int) -> HttpResponse:
    job = get_object_or_404(
        selectors.jobs_visible_to(request.user).select_related("requested_by"), pk=pk
    )
    return render(
        request,
        "core/jobs/detail.html",
        {"job": job, "can_retry": request.user.has_perm(jobs.RETRY_PERMISSION)},
    )


@require_POST
@staff_required(jobs.RETRY_PERMISSION)
def job_retry(request: HttpRequest, pk: int) -> HttpResponse:
    job = get_object_or_404(selectors.jobs_visible_to(request.user), pk=pk)
    try:
        jobs.job_retry(actor=request.user, job=job)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, f"“{job.name}” is queued again.")
    return redirect("jobs:detail", pk=job.pk)
