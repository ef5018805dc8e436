from django.urls import path

from accord.capacity import leveling_views as views

urlpatterns = [
    path("", views.leveling_list, name="leveling_list"),
    path("<int:pk>/", views.leveling_detail, name="leveling_detail"),
    path("<int:pk>/progress/", views.leveling_progress, name="leveling_progress"),
    path("<int:pk>/apply/", views.leveling_decide, {"decision": "apply"}, name="leveling_apply"),
    path(
        "<int:pk>/discard/", views.leveling_decide, {"decision": "discard"}, name="leveling_discard"
    ),
    path("<int:pk>/export/<str:fmt>/", views.leveling_export, name="leveling_export"),
    path("projects/<int:project_pk>/", views.project_leveling, name="project_leveling"),
]
