from django.urls import path

from accord.service import concern_views, dashboard_views, views

app_name = "service"

urlpatterns = [
    path("levels/", views.policy_list, name="levels"),
    path("levels/export.<str:fmt>", views.policy_export, name="levels_export"),
    path("levels/new/", views.policy_create, name="level_create"),
    path("levels/<int:pk>/edit/", views.policy_edit, name="level_edit"),
    path("levels/<int:pk>/remove/", views.policy_remove, name="level_remove"),
    path("hours/", views.hours_list, name="hours"),
    path("hours/<int:pk>/edit/", views.hours_edit, name="hours_edit"),
]

urlpatterns += [
    path("concerns/", concern_views.concern_list, name="concerns"),
    path("concerns/new/", concern_views.concern_create, name="concern_create"),
    path("concerns/<int:pk>/", concern_views.concern_detail, name="concern"),
    path(
        "concerns/<int:pk>/files/<int:file_id>/",
        concern_views.concern_attachment,
        name="concern_file",
    ),
]

urlpatterns += [
    path("dashboard/", dashboard_views.service_dashboard, name="dashboard"),
    path("dashboard/export.<str:fmt>", dashboard_views.dashboard_export, name="dashboard_export"),
]
