from django.urls import path

from accord.capacity import demand_views, register_views

urlpatterns = [
    path("", register_views.resource_list, name="resource_list"),
    path("export/<str:fmt>/", register_views.resource_export, name="resource_export"),
    path("new/", register_views.resource_create, name="resource_create"),
    path("<int:pk>/", register_views.resource_detail, name="resource_detail"),
    path("<int:pk>/edit/", register_views.resource_edit, name="resource_edit"),
    path("<int:pk>/retire/", register_views.resource_retire, name="resource_retire"),
    path("<int:pk>/reactivate/", register_views.resource_reactivate, name="resource_reactivate"),
    path("<int:pk>/history/", register_views.resource_history, name="resource_history"),
    path("<int:pk>/availability/new/", register_views.availability_add, name="availability_add"),
    path("availability/<int:pk>/edit/", register_views.availability_edit, name="availability_edit"),
    path(
        "availability/<int:pk>/remove/",
        register_views.availability_remove,
        name="availability_remove",
    ),
    path("tasks/<int:pk>/demands/", demand_views.task_demands, name="task_demands"),
    path("demands/<int:pk>/remove/", demand_views.demand_remove, name="demand_remove"),
]
