from django.urls import path

from accord.risks import views

app_name = "risks"

urlpatterns = [
    path("projects/<int:pk>/risks/", views.risk_register, name="register"),
    path("projects/<int:pk>/risks/export.csv", views.risk_export, name="export"),
    path("projects/<int:pk>/risks/new/", views.risk_create, name="create"),
    path("risks/<int:pk>/", views.risk_detail, name="detail"),
    path("risks/<int:pk>/edit/", views.risk_edit, name="edit"),
    path("risks/<int:pk>/review/", views.risk_review, name="review"),
    path("risks/<int:pk>/close/", views.risk_close, name="close"),
]
