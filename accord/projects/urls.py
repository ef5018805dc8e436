from django.urls import path

from accord.projects import document_views, views

app_name = "projects"

urlpatterns = [
    path("", views.project_list, name="list"),
    path("export.csv", views.project_export, name="export"),
    path("new/", views.project_create, name="create"),
    path("<int:pk>/", views.project_detail, name="detail"),
    path("<int:pk>/edit/", views.project_edit, name="edit"),
    path("<int:pk>/documents/new/", views.document_upload, name="document_upload"),
    path("documents/<int:pk>/download/", views.document_download, name="document_download"),
    path("documents/<int:pk>/", document_views.document_detail, name="document_detail"),
    path("documents/<int:pk>/edit/", document_views.document_edit, name="document_edit"),
    path(
        "documents/<int:pk>/do/<slug:name>/",
        document_views.document_transition,
        name="document_transition",
    ),
    path(
        "documents/<int:pk>/versions/new/",
        document_views.document_version_add,
        name="document_version_add",
    ),
    path(
        "documents/<int:pk>/versions/<int:number>/download/",
        document_views.document_version_download,
        name="document_version_download",
    ),
    path(
        "documents/<int:pk>/record.pdf", document_views.document_record_pdf, name="document_record"
    ),
]
