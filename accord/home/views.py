from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from accord.accounts.decorators import sponsor_required, staff_required
from accord.accounts.selectors import sponsors_visible_to
from accord.changes.models import ChangeOrder
from accord.changes.selectors import change_orders_visible_to
from accord.clients.selectors import overdue_followups_widget
from accord.delays.selectors import delays_visible_to
from accord.meetings.selectors import action_items_of_user, overdue_action_items_widget
from accord.projects.models import Project
from accord.projects.selectors import (
    cdmo_contacts_of,
    documents_visible_to,
    projects_visible_to,
)
from accord.proposals.work import proposals_awaiting_answer, reviews_waiting_for
from accord.qbr.selectors import latest_published_for
from accord.quality.capa_work import capa_work_card
from accord.quality.change_work import changes_to_decide, changes_waiting_card
from accord.quality.work import deviations_waiting_card
from accord.reports.selectors import recent_published_reports
from accord.risks.selectors import overdue_reviews_widget
from accord.service.work import concerns_waiting_card
from accord.training.work import training_work_card


@login_required
def index(request: HttpRequest) -> HttpResponse:
    return redirect("home:portal" if request.user.is_sponsor_user else "home:work")


@staff_required()
def work(request: HttpRequest) -> HttpResponse:
    """Staff home: the projects I am on, what waits on me, and the portfolio at a glance."""
    visible = projects_visible_to(request.user)
    mine = visible.filter(memberships__user=request.user).order_by("target_end_date", "code")
    by_status = dict(
        visible.values_list("status").annotate(n=Count("id")).values_list("status", "n")
    )
    by_site = (
        visible.values("site__code", "site__name").annotate(n=Count("id")).order_by("site__code")
    )
    return render(
        request,
        "home/work.html",
        {
            "my_projects": mine[:10],
            "my_project_count": mine.count(),
            "status_counts": [
                (value, label, by_status.get(value, 0)) for value, label in Project.Status.choices
            ],
            "by_site": by_site,
            "project_total": sum(by_status.values()),
            "sponsor_count": sponsors_visible_to(request.user).count(),
            "recent_projects": visible.order_by("-updated_at")[:5],
            "overdue_reviews": overdue_reviews_widget(request.user),
            "overdue_actions": overdue_action_items_widget(request.user),
            "my_followups": overdue_followups_widget(request.user, today=timezone.localdate()),
            "reviews_to_sign": reviews_waiting_for(request.user),
            "my_concerns": concerns_waiting_card(request.user),
            "my_changes": changes_waiting_card(request.user),
            "my_deviations": deviations_waiting_card(request.user),
            "my_capa": capa_work_card(request.user),
            "my_training": training_work_card(request.user),
        },
    )


@sponsor_required
def portal(request: HttpRequest) -> HttpResponse:
    """Sponsor home: our projects at the CDMO, shared documents and who to call."""
    projects = projects_visible_to(request.user).order_by("status", "code")
    documents = documents_visible_to(request.user).order_by("-uploaded_at")[:8]
    contacts = cdmo_contacts_of(request.user)[:8]
    my_actions = action_items_of_user(request.user)
    proposals = proposals_awaiting_answer(request.user)
    change_orders = list(
        change_orders_visible_to(request.user)
        .filter(status=ChangeOrder.Status.SENT)
        .order_by("project__code", "number")[:10]
    )
    changes_to_approve = changes_to_decide(request.user)
    return render(
        request,
        "home/portal.html",
        {
            "projects": projects,
            "active_count": projects.filter(status=Project.Status.ACTIVE).count(),
            "documents": documents,
            "contacts": contacts,
            "my_actions": my_actions[:8],
            "my_action_count": my_actions.count(),
            "status_reports": recent_published_reports(request.user),
            "business_reviews": latest_published_for(request.user, limit=3),
            "today": timezone.localdate(),
            "proposals_awaiting": proposals,
            "awaiting_decision": change_orders,
            "changes_to_approve": changes_to_approve,
            "decision_count": len(proposals) + len(change_orders) + len(changes_to_approve),
            "recent_delays": list(
                delays_visible_to(request.user).order_by("-sponsor_informed_on", "-number")[:5]
            ),
        },
    )
