from django.urls import path

from accord.accounts.views import auth, organizations

app_name = "accounts"

urlpatterns = [
    path("login/", auth.LoginView.as_view(), name="login"),
    path("logout/", auth.LogoutView.as_view(), name="logout"),
    path("password/", auth.PasswordChangeView.as_view(), name="password_change"),
    path("me/", auth.profile, name="profile"),
    path("mfa/setup/", auth.mfa_setup, name="mfa_setup"),
    path("mfa/verify/", auth.mfa_verify, name="mfa_verify"),
    path("me/tokens/", auth.tokens, name="tokens"),
    path("me/tokens/<int:pk>/revoke/", auth.token_revoke, name="token_revoke"),
]

sponsor_urlpatterns = (
    [
        path("", organizations.sponsor_list, name="list"),
        path("<int:pk>/", organizations.sponsor_detail, name="detail"),
    ],
    "sponsors",
)
