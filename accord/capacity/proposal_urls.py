from django.urls import path

from accord.capacity import proposal_views as views

urlpatterns = [
    path("revisions/<int:pk>/check/", views.proposal_check, name="proposal_check"),
    path("checks/<int:pk>/", views.proposal_check_detail, name="proposal_check_detail"),
]
