"""Routes of batches, the QA dashboard with its management review, the sponsor's quality
page and the deviation package (added to ``quality.urls``' namespace)."""

from django.urls import path

from accord.quality import batch_views, dashboard_views, portal_views

urlpatterns = [
    path("batches/", batch_views.batch_list, name="batches"),
    path("batches/export.<str:fmt>", batch_views.batch_export, name="batches_export"),
    path("batches/new/", batch_views.batch_register, name="batch_register"),
    path("batches/<int:pk>/", batch_views.batch_detail, name="batch"),
    path("dashboard/", dashboard_views.quality_dashboard, name="dashboard"),
    path(
        "dashboard/management-review.<str:fmt>",
        dashboard_views.management_review,
        name="management_review",
    ),
    path("portal/", portal_views.sponsor_quality, name="portal"),
    path(
        "deviations/<int:pk>/package.pdf",
        portal_views.deviation_package,
        name="deviation_package",
    ),
]
