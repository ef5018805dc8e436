from django.urls import path

from accord.equipment import views

app_name = "equipment"

urlpatterns = [
    path("", views.equipment_list, name="list"),
    path("export/<str:fmt>/", views.equipment_export, name="export"),
    path("new/", views.equipment_create, name="create"),
    path("<int:pk>/", views.equipment_detail, name="detail"),
    path("<int:pk>/edit/", views.equipment_edit, name="edit"),
    path("<int:pk>/status/", views.equipment_status, name="status"),
    path("<int:pk>/qualifications/new/", views.qualification_add, name="qualification_add"),
    path(
        "<int:pk>/qualifications/<int:record_pk>/approve/",
        views.qualification_approve,
        name="qualification_approve",
    ),
    path("<int:pk>/calibrations/new/", views.calibration_add, name="calibration_add"),
    path("<int:pk>/maintenance/new/", views.maintenance_add, name="maintenance_add"),
]
