from django.urls import path

from accord.quality import board_urls, change_views, deviation_step_views, deviation_views, views
from accord.quality.capa_training_views import urlpatterns as capa_training_urlpatterns
from accord.quality.capa_views import urlpatterns as capa_urlpatterns

app_name = "quality"

urlpatterns = [
    path("agreements/", views.agreement_list, name="agreements"),
    path("agreements/export.<str:fmt>", views.agreement_export, name="agreements_export"),
    path("agreements/new/", views.agreement_create, name="agreement_create"),
    path("agreements/<int:pk>/", views.agreement_detail, name="agreement"),
    path("agreements/<int:pk>/edit/", views.agreement_edit, name="agreement_edit"),
    path("agreements/<int:pk>/approve/", views.agreement_approve, name="agreement_approve"),
    path("changes/", change_views.change_list, name="changes"),
    path("changes/export.<str:fmt>", change_views.change_export, name="changes_export"),
    path("changes/new/", change_views.change_create, name="change_create"),
    path("changes/<int:pk>/", change_views.change_detail, name="change"),
    path("changes/<int:pk>/edit/", change_views.change_edit, name="change_edit"),
    path(
        "changes/<int:pk>/assessments/new/",
        change_views.change_request_assessment,
        name="change_request_assessment",
    ),
    path(
        "changes/<int:pk>/assessments/<int:assessment_pk>/sign/",
        change_views.change_assess,
        name="change_assess",
    ),
    path("changes/<int:pk>/actions/new/", change_views.change_action_add, name="change_action_add"),
    path(
        "changes/<int:pk>/actions/<int:action_pk>/done/",
        change_views.change_action_done,
        name="change_action_done",
    ),
    path(
        "changes/<int:pk>/approve-plan/",
        change_views.change_approve_plan,
        name="change_approve_plan",
    ),
    path("changes/<int:pk>/reject/", change_views.change_reject, name="change_reject"),
    path("changes/<int:pk>/close/", change_views.change_close, name="change_close"),
    path("changes/<int:pk>/<str:name>/", change_views.change_transition, name="change_transition"),
    path("change-approvals/<int:pk>/", change_views.change_decide, name="change_decide"),
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
urlpatterns += capa_training_urlpatterns
