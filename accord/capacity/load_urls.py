from django.urls import path

from accord.capacity import load_views

urlpatterns = [
    path("", load_views.load_overview, name="load"),
    path("load.<str:fmt>", load_views.load_export, name="load_export"),
    path("load/<int:resource_id>/", load_views.load_resource, name="load_resource"),
]
