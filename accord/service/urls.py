from django.urls import path

from accord.service import views

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
