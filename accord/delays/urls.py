from django.urls import path

from accord.delays import views

app_name = "delays"

urlpatterns = [
    path("projects/<int:pk>/delays/", views.project_delays, name="project_delays"),
    path("projects/<int:pk>/delays/export.csv", views.project_delays_export, name="export"),
    path("projects/<int:pk>/delays/new/", views.delay_create, name="create"),
    path("delays/", views.portfolio, name="portfolio"),
    path("delays/<int:pk>/", views.delay_detail, name="detail"),
    path("delays/<int:pk>/edit/", views.delay_edit, name="edit"),
    path("delays/<int:pk>/communicated/", views.delay_communicate, name="communicate"),
]
