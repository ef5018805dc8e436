from django.urls import path

from accord.clients import views

app_name = "clients"

urlpatterns = [
    path("<int:pk>/profile/", views.profile, name="profile"),
    path("<int:pk>/profile/edit/", views.profile_edit, name="profile_edit"),
    path("<int:pk>/contacts/", views.contacts, name="contacts"),
    path("<int:pk>/contacts/new/", views.contact_create, name="contact_create"),
    path("contacts/<int:pk>/edit/", views.contact_edit, name="contact_edit"),
    path("<int:pk>/interactions/", views.interactions, name="interactions"),
    path("<int:pk>/interactions/new/", views.interaction_create, name="interaction_create"),
    path("interactions/<int:pk>/", views.interaction_detail, name="interaction_detail"),
    path("interactions/<int:pk>/edit/", views.interaction_edit, name="interaction_edit"),
    path("<int:pk>/follow-ups/", views.followups, name="followups"),
    path("<int:pk>/follow-ups/new/", views.followup_create, name="followup_create"),
    path("follow-ups/<int:pk>/close/", views.followup_close, name="followup_close"),
    path("<int:pk>/timeline/", views.timeline, name="timeline"),
]
