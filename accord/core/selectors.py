"""Reads of the core records that depend on who is asking."""

from __future__ import annotations

from django.db.models import QuerySet

from accord.core.models import Job

VIEW_JOBS = "core.view_job"


def jobs_visible_to(user) -> QuerySet[Job]:
    """Background jobs: administrators of the CDMO see all of them, nobody else any."""
    if user is None or not user.is_authenticated:
        return Job.objects.none()
    if not (user.is_cdmo_staff and user.has_perm(VIEW_JOBS)):
        return Job.objects.none()
    return Job.objects.all()
