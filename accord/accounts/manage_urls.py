from django.urls import path

from accord.accounts.views import manage

app_name = "manage"

urlpatterns = [
    path("users/", manage.users, name="users"),
    path("users/new/", manage.user_create, name="user_create"),
    path("users/<int:pk>/", manage.user_edit, name="user_edit"),
    path("users/<int:pk>/reset-mfa/", manage.user_mfa_reset, name="user_mfa_reset"),
    path(
        "users/<int:pk>/reset-password/",
        manage.user_password_reset,
        name="user_password_reset",
    ),
    path("roles/", manage.roles, name="roles"),
    path("roles/<int:pk>/", manage.role_edit, name="role_edit"),
]
