from django.urls import path

from accord.teams import staffing_views, views

app_name = "teams"

urlpatterns = [
    path("projects/<int:pk>/team/", views.project_team, name="project_team"),
    path(
        "projects/<int:pk>/team/deliverables/new/",
        views.deliverable_create,
        name="deliverable_create",
    ),
    path("projects/<int:pk>/team/steering/", views.steering_edit, name="steering"),
    path(
        "projects/<int:pk>/team/escalation/<slug:matter>/",
        views.escalation_edit,
        name="escalation",
    ),
    path("teams/deliverables/<int:pk>/edit/", views.deliverable_edit, name="deliverable_edit"),
    path("teams/deliverables/<int:pk>/raci/", views.raci_edit, name="raci"),
    path(
        "projects/<int:pk>/team/members/add/<slug:side>/",
        staffing_views.member_add,
        name="member_add",
    ),
    path(
        "projects/<int:pk>/team/members/<int:user_id>/role/",
        staffing_views.member_role,
        name="member_role",
    ),
    path(
        "projects/<int:pk>/team/members/<int:user_id>/remove/",
        staffing_views.member_remove,
        name="member_remove",
    ),
]
