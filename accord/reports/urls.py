from django.urls import path

from accord.reports import views

app_name = "reports"

urlpatterns = [
    path("projects/<int:pk>/reports/", views.project_reports, name="project_reports"),
    path("projects/<int:pk>/reports/new/", views.report_create, name="create"),
    path("projects/<int:pk>/reports/<int:report_id>/", views.report_detail, name="detail"),
    path("projects/<int:pk>/reports/<int:report_id>/edit/", views.report_edit, name="edit"),
    path(
        "projects/<int:pk>/reports/<int:report_id>/refresh/",
        views.report_refresh,
        name="refresh",
    ),
    path(
        "projects/<int:pk>/reports/<int:report_id>/publish/",
        views.report_publish,
        name="publish",
    ),
    path("projects/<int:pk>/reports/<int:report_id>/pdf/", views.report_download, name="pdf"),
]
