from django.urls import path

from accord.home import views

app_name = "home"

urlpatterns = [
    path("", views.index, name="index"),
    path("work/", views.work, name="work"),
    path("portal/", views.portal, name="portal"),
]
