from django.urls import path

from accord.changes import views

app_name = "changes"

urlpatterns = [
    path("projects/<int:pk>/changes/", views.project_change_orders, name="project_changes"),
    path("projects/<int:pk>/changes/new/", views.change_order_create, name="create"),
    path("changes/<int:pk>/", views.change_order_detail, name="detail"),
    path("changes/<int:pk>.pdf", views.change_order_pdf, name="pdf"),
    path("changes/<int:pk>/edit/", views.change_order_edit, name="edit"),
    path("changes/<int:pk>/edits/new/", views.plan_edit_add, name="edit_add"),
    path(
        "changes/<int:pk>/edits/<int:edit_pk>/remove/",
        views.plan_edit_remove,
        name="edit_remove",
    ),
    path("changes/<int:pk>/do/<slug:name>/", views.change_order_transition, name="transition"),
]
