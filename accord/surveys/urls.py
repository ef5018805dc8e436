from django.urls import path

from accord.surveys import views

app_name = "surveys"

urlpatterns = [
    path("", views.survey_list, name="list"),
    path("results/", views.survey_results, name="results"),
    path("results/export.<str:fmt>", views.survey_results_export, name="results_export"),
    path("settings/", views.survey_settings, name="settings"),
    path("settings/edit/", views.survey_settings_edit, name="settings_edit"),
    path("<int:pk>/", views.survey_detail, name="detail"),
    path("<int:pk>/answer/", views.survey_answer, name="answer"),
    path("<int:pk>/close/", views.survey_close, name="close"),
    path("answer/<str:token>/", views.survey_link, name="link"),
]
