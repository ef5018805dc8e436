from django.urls import path

from accord.planning import assignment_views, calendar_views, views

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
    path("tasks/<int:pk>/people/", assignment_views.task_people, name="task_people"),
    path("tasks/<int:pk>/skills/new/", assignment_views.task_skill_add, name="task_skill_add"),
    path(
        "task-skills/<int:pk>/remove/", assignment_views.task_skill_remove, name="task_skill_remove"
    ),
    path(
        "task-assignments/<int:pk>/remove/",
        assignment_views.task_unassign,
        name="task_unassign",
    ),
    path(
        "task-assignments/<int:pk>/override/",
        assignment_views.assignment_override,
        name="assignment_override",
    ),
    path("links/<int:pk>/remove/", views.dependency_remove, name="dependency_remove"),
    path("projects/<int:pk>/feeds/", views.feeds, name="feeds"),
    path("feeds/<int:pk>/revoke/", views.feed_revoke_view, name="feed_revoke"),
    path("feeds/<str:secret>.ics", views.feed_ics, name="feed_ics"),
    path("calendars/", calendar_views.calendar_list, name="calendars"),
    path("calendars/<int:pk>/", calendar_views.site_calendar, name="site_calendar"),
    path("calendars/<int:pk>/region/", calendar_views.site_region, name="site_region"),
    path("calendars/<int:pk>/import/", calendar_views.holiday_import, name="holiday_import"),
    path(
        "calendars/<int:pk>/days/<str:date>/",
        calendar_views.calendar_day_edit,
        name="calendar_day_edit",
    ),
    path(
        "calendars/<int:pk>/days/<str:date>/remove/",
        calendar_views.calendar_day_remove,
        name="calendar_day_remove",
    ),
    path("projects/<int:pk>/calendar/", calendar_views.project_calendar, name="project_calendar"),
]
