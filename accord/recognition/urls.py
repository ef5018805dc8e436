from django.urls import path

from accord.recognition import views

app_name = "recognition"

urlpatterns = [
    path("", views.wall, name="wall"),
    path("export.<str:fmt>", views.wall_export, name="wall_export"),
    path("thanks/", views.ours, name="ours"),
    path("thanks/new/", views.kudos_give, name="give"),
    path("kudos/<int:pk>/", views.kudos_detail, name="kudos"),
    path("kudos/<int:pk>/withdraw/", views.kudos_withdraw, name="withdraw"),
    path("people/<int:pk>/", views.person, name="person"),
]
