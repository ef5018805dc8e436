from __future__ import annotations

from django import forms
from django.contrib.auth import authenticate
from django.contrib.auth.forms import AuthenticationForm, PasswordChangeForm
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.utils import timezone

from accord.accounts.access import credential_failure, lockout_until, login_refused_locked
from accord.accounts.models import ApiToken, Organization, Role, Site, User
from accord.core.concurrency import StateTokenField
from accord.core.forms import StyledForm, StyledFormMixin
from accord.projects.models import Project
from accord.projects.selectors import projects_visible_to


class LoginForm(StyledFormMixin, AuthenticationForm):
    """Sign-in with lockout: a name locked from this address is refused before its
    password is checked; known and unknown names get the same answers (accord.accounts.access)."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "locked": "Too many failed sign-ins with this username from your address. Try again "
        "after %(until)s, or ask an administrator.",
    }

    def clean(self):
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if not (username and password):
            return self.cleaned_data
        locked_until = lockout_until(username)
        if locked_until is not None:
            login_refused_locked(username=username)
            until = timezone.localtime(locked_until).strftime("%H:%M %Z")
            raise ValidationError(
                self.error_messages["locked"], code="locked", params={"until": until}
            )
        self.user_cache = authenticate(self.request, username=username, password=password)
        if self.user_cache is None:
            credential_failure(username=username)
            raise self.get_invalid_login_error()
        self.confirm_login_allowed(self.user_cache)
        return self.cleaned_data


class AccordPasswordChangeForm(StyledFormMixin, PasswordChangeForm):
    pass


class ApiTokenForm(StyledForm):
    name = forms.CharField(
        max_length=80,
        help_text="What the token is for, e.g. “LIMS nightly sync”. You will see the secret once.",
    )
    scope = forms.ChoiceField(
        label="Access",
        choices=ApiToken.Scope.choices,
        initial=ApiToken.Scope.READ_ONLY,
        required=False,
        widget=forms.RadioSelect,
        help_text="A read-only token can read what you can read and change nothing.",
    )
    projects = forms.ModelMultipleChoiceField(
        label="Limit to projects",
        queryset=Project.objects.none(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
        help_text="Optional. Choose none for all the projects you can see; a limited token "
        "is refused records that are not part of a project (sponsors, concerns, quality).",
    )

    def __init__(self, *args, user: User, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["projects"].queryset = projects_visible_to(user).order_by("code")

    def clean_scope(self) -> str:
        return self.cleaned_data["scope"] or ApiToken.Scope.READ_ONLY


def _manager_field() -> forms.ModelChoiceField:
    return forms.ModelChoiceField(
        queryset=User.objects.filter(
            organization__kind=Organization.Kind.CDMO, is_active=True
        ).select_related("organization"),
        required=False,
        empty_label="Nobody",
        help_text="CDMO staff only: who they report to (told when they are thanked).",
    )


class UserCreateForm(StyledForm):
    organization = forms.ModelChoiceField(queryset=Organization.objects.filter(is_active=True))
    username = forms.CharField(max_length=150)
    first_name = forms.CharField(max_length=150)
    last_name = forms.CharField(max_length=150)
    email = forms.EmailField()
    job_title = forms.CharField(max_length=120, required=False)
    site = forms.ModelChoiceField(
        queryset=Site.objects.all(), required=False, help_text="CDMO staff only."
    )
    manager = _manager_field()
    roles = forms.ModelMultipleChoiceField(
        queryset=Role.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        help_text="Staff roles for CDMO people, sponsor roles for sponsor people.",
    )
    password = forms.CharField(
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text="At least 12 characters; common passwords are refused.",
    )


class UserEditForm(StyledForm):
    first_name = forms.CharField(max_length=150)
    last_name = forms.CharField(max_length=150)
    email = forms.EmailField()
    job_title = forms.CharField(max_length=120, required=False)
    site = forms.ModelChoiceField(
        queryset=Site.objects.all(), required=False, help_text="CDMO staff only."
    )
    manager = _manager_field()
    roles = forms.ModelMultipleChoiceField(
        queryset=Role.objects.all(), widget=forms.CheckboxSelectMultiple
    )
    is_active = forms.BooleanField(
        required=False, label="Active", help_text="Inactive users cannot sign in."
    )
    token = StateTokenField()

    def __init__(self, *args, audience: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["roles"].queryset = Role.objects.filter(audience=audience)
        if audience != Role.Audience.STAFF:
            del self.fields["site"]
            del self.fields["manager"]


class PermissionChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Permission) -> str:
        return f"{obj.content_type.model_class()._meta.verbose_name.capitalize()}: {obj.name}"


class RolePermissionsForm(forms.Form):
    permissions = PermissionChoiceField(
        queryset=Permission.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "form-check-input"}),
    )
    token = StateTokenField()

    def __init__(self, *args, permission_queryset, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["permissions"].queryset = permission_queryset


class MfaCodeForm(StyledForm):
    code = forms.CharField(
        label="Code from your authenticator app",
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )
