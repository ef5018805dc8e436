from django.urls import path

from accord.quality import views
from accord.quality.capa_views import urlpatterns as capa_urlpatterns

app_name = "quality"

urlpatterns = [
    path("agreements/", views.agreement_list, name="agreements"),
    path("agreements/export.<str:fmt>", views.agreement_export, name="agreements_export"),
    path("agreements/new/", views.agreement_create, name="agreement_create"),
    path("agreements/<int:pk>/", views.agreement_detail, name="agreement"),
    path("agreements/<int:pk>/edit/", views.agreement_edit, name="agreement_edit"),
    path("agreements/<int:pk>/approve/", views.agreement_approve, name="agreement_approve"),
]

# CAPA (accord.quality.capa_views).
urlpatterns += capa_urlpatterns
