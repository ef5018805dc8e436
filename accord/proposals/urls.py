from django.urls import path

from accord.proposals.views import (
    acceptance,
    analytics,
    builder,
    outcomes,
    proposals,
    rfps,
    signing,
)

app_name = "proposals"

urlpatterns = [
    path("rfps/", rfps.rfp_list, name="rfp_list"),
    path("rfps/new/", rfps.rfp_create, name="rfp_create"),
    path("rfps/submit/", rfps.rfp_submit, name="rfp_submit"),
    path("rfps/<int:pk>/", rfps.rfp_detail, name="rfp_detail"),
    path("rfps/<int:pk>/edit/", rfps.rfp_edit, name="rfp_edit"),
    path("rfps/<int:pk>/do/<slug:name>/", rfps.rfp_transition, name="rfp_transition"),
    path("rfps/<int:pk>/proposals/new/", proposals.proposal_create, name="proposal_create"),
    path("proposals/", proposals.proposal_list, name="proposal_list"),
    path("proposals/<int:pk>/", proposals.proposal_detail, name="proposal_detail"),
    path("proposals/<int:pk>/edit/", proposals.proposal_edit, name="proposal_edit"),
    path("proposals/<int:pk>/revisions/new/", proposals.revision_new, name="revision_new"),
    path("proposals/revisions/<int:pk>/", proposals.revision_detail, name="revision_detail"),
    path("proposals/revisions/<int:pk>/edit/", builder.revision_edit, name="revision_edit"),
    path("proposals/revisions/<int:pk>/items/new/", builder.item_add, name="item_add"),
    path(
        "proposals/revisions/<int:pk>/items/<int:item_pk>/edit/",
        builder.item_edit,
        name="item_edit",
    ),
    path(
        "proposals/revisions/<int:pk>/items/<int:item_pk>/remove/",
        builder.item_remove,
        name="item_remove",
    ),
    path(
        "proposals/revisions/<int:pk>/milestones/new/", builder.milestone_add, name="milestone_add"
    ),
    path(
        "proposals/revisions/<int:pk>/milestones/<int:milestone_pk>/edit/",
        builder.milestone_edit,
        name="milestone_edit",
    ),
    path(
        "proposals/revisions/<int:pk>/milestones/<int:milestone_pk>/remove/",
        builder.milestone_remove,
        name="milestone_remove",
    ),
    path("proposals/revisions/<int:pk>/timeline/", builder.timeline_build, name="timeline"),
    path("proposals/revisions/<int:pk>/complexity/", builder.complexity, name="complexity"),
    path("proposals/revisions/<int:pk>/review/<slug:kind>/", signing.review_sign, name="review"),
    path(
        "proposals/revisions/<int:pk>/do/<slug:name>/",
        signing.revision_transition,
        name="revision_transition",
    ),
    path("proposals/revisions/<int:pk>/comment/", proposals.comment_add, name="comment_add"),
    # The proposal document, and the sponsor's answer in the portal.
    path("proposals/revisions/<int:pk>/pdf/", acceptance.revision_pdf, name="revision_pdf"),
    path(
        "proposals/revisions/<int:pk>/accept/", acceptance.revision_accept, name="revision_accept"
    ),
    path(
        "proposals/revisions/<int:pk>/decline/",
        acceptance.revision_decline,
        name="revision_decline",
    ),
    # Outcomes and analytics (CDMO staff only).
    path("rfps/<int:pk>/outcome/won/", outcomes.outcome_win, name="outcome_win"),
    path("rfps/<int:pk>/outcome/lost/", outcomes.outcome_lose, name="outcome_lose"),
    path("rfps/<int:pk>/outcome/<slug:name>/", outcomes.outcome_close, name="outcome_close"),
    path("proposals/lessons/", outcomes.lessons, name="lessons"),
    path("proposals/postmortems/<int:pk>/", outcomes.postmortem_detail, name="postmortem_detail"),
    path("proposals/analytics/", analytics.analytics, name="analytics"),
    path("proposals/analytics/export.xlsx", analytics.export_xlsx, name="analytics_xlsx"),
    path("proposals/analytics/export.csv", analytics.export_csv, name="analytics_csv"),
]
