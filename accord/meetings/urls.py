from django.urls import path

from accord.meetings import views

app_name = "meetings"

urlpatterns = [
    path("projects/<int:pk>/meetings/", views.project_meetings, name="project_meetings"),
    path("projects/<int:pk>/meetings/new/", views.meeting_create, name="create"),
    path("meetings/<int:pk>/", views.meeting_detail, name="detail"),
    path("meetings/<int:pk>/edit/", views.meeting_edit, name="edit"),
    path("meetings/<int:pk>/decisions/new/", views.decision_add, name="decision_add"),
    path("meetings/<int:pk>/actions/new/", views.action_item_add, name="action_add"),
    path("meetings/actions/", views.action_items, name="actions"),
    path("meetings/actions/<int:pk>/edit/", views.action_item_edit, name="action_edit"),
    path("meetings/actions/<int:pk>/done/", views.action_item_close, name="action_close"),
    path("meetings/actions/<int:pk>/reopen/", views.action_item_reopen, name="action_reopen"),
]
