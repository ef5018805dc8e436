from django.urls import path

from accord.quality import board_urls, deviation_step_views, deviation_views, views
from accord.quality.capa_views import urlpatterns as capa_urlpatterns

app_name = "quality"

urlpatterns = [
    path("agreements/", views.agreement_list, name="agreements"),
    path("agreements/export.<str:fmt>", views.agreement_export, name="agreements_export"),
    path("agreements/new/", views.agreement_create, name="agreement_create"),
    path("agreements/<int:pk>/", views.agreement_detail, name="agreement"),
    path("agreements/<int:pk>/edit/", views.agreement_edit, name="agreement_edit"),
    path("agreements/<int:pk>/approve/", views.agreement_approve, name="agreement_approve"),
    path("deviations/", deviation_views.deviation_list, name="deviations"),
    path("deviations/export.<str:fmt>", deviation_views.deviation_export, name="deviations_export"),
    path("deviations/new/", deviation_views.deviation_raise, name="deviation_raise"),
    path("deviations/<int:pk>/", deviation_views.deviation_detail, name="deviation"),
    path(
        "deviations/<int:pk>/requests/<int:request_id>/<str:decision>/",
        deviation_step_views.deviation_request_decide,
        name="deviation_request_decide",
    ),
    path(
        "deviations/<int:pk>/<str:step>/",
        deviation_step_views.deviation_step,
        name="deviation_step",
    ),
]

urlpatterns += board_urls.urlpatterns
# CAPA (accord.quality.capa_views).
urlpatterns += capa_urlpatterns
