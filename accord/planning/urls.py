from django.urls import path

from accord.planning import views

app_name = "planning"

urlpatterns = [
    path("projects/<int:pk>/plan/", views.plan, name="plan"),
    path("projects/<int:pk>/plan/template/", views.apply_template, name="apply_template"),
    path("projects/<int:pk>/plan/baseline/", views.baseline_save, name="baseline_save"),
    path("projects/<int:pk>/plan/import/", views.plan_import, name="plan_import"),
    path("projects/<int:pk>/plan.<str:fmt>", views.plan_export, name="plan_export"),
    path("projects/<int:pk>/plan/tasks/new/", views.task_create, name="task_create"),
    path("projects/<int:pk>/gantt/", views.gantt, name="gantt"),
    path("projects/<int:pk>/risk/", views.risk, name="risk"),
    path(
        "projects/<int:pk>/risk/runs/<int:run>/",
        views.simulation_progress,
        name="simulation_progress",
    ),
    path("projects/<int:pk>/gantt.json", views.gantt_data, name="gantt_data"),
    path("tasks/<int:pk>/", views.task_edit, name="task_edit"),
    path("tasks/<int:pk>/move/", views.task_move, name="task_move"),
    path("tasks/<int:pk>/decision/", views.decision_record, name="decision_record"),
    path("tasks/<int:pk>/links/new/", views.dependency_add, name="dependency_add"),
    path("links/<int:pk>/remove/", views.dependency_remove, name="dependency_remove"),
    path("projects/<int:pk>/feeds/", views.feeds, name="feeds"),
    path("feeds/<int:pk>/revoke/", views.feed_revoke_view, name="feed_revoke"),
    path("feeds/<str:secret>.ics", views.feed_ics, name="feed_ics"),
]
