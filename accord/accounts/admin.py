"""Django admin for administrators. Writes go through the same services as the pages."""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import ValidationError

from accord.accounts import services
from accord.accounts.models import ApiToken, Organization, Role, Site, User
from accord.core.admin import ReadOnlyAdmin
from accord.core.errors import field_errors


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "kind", "sponsor_type", "country", "is_active"]
    list_filter = ["kind", "sponsor_type", "is_active"]
    search_fields = ["name", "short_name"]

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Site)
class SiteAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "city", "country"]
    search_fields = ["code", "name"]

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Role)
class RoleAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "audience", "grants_admin_site"]
    list_filter = ["audience"]
    filter_horizontal = ["permissions"]
    readonly_fields = ["code", "audience"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def save_related(self, request, form, formsets, change) -> None:
        try:
            services.role_set_permissions(
                actor=request.user, role=form.instance, permissions=form.cleaned_data["permissions"]
            )
        except ValidationError as exc:
            for messages_ in field_errors(exc).values():
                for message in messages_:
                    self.message_user(request, message, level=messages.ERROR)


@admin.register(User)
class UserAdmin(admin.ModelAdmin):
    """Read and edit people; users are deactivated, never deleted (usernames are never reused)."""

    list_display = ["username", "printed_name", "organization", "is_active", "last_login"]
    list_filter = ["organization__kind", "organization", "is_active", "roles"]
    search_fields = ["username", "first_name", "last_name", "email"]
    readonly_fields = ["username", "organization", "last_login", "date_joined", "is_staff"]
    fields = [
        "username",
        "organization",
        "first_name",
        "last_name",
        "email",
        "job_title",
        "site",
        "manager",
        "roles",
        "is_active",
        "is_staff",
        "last_login",
        "date_joined",
    ]
    filter_horizontal = ["roles"]

    def has_add_permission(self, request) -> bool:
        # New users are created in the Accord admin page, which sets the password policy.
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def save_model(self, request, obj, form, change) -> None:
        # The write happens in save_related, through the service, once roles are known.
        return None

    def save_related(self, request, form, formsets, change) -> None:
        data = form.cleaned_data
        services.user_update(
            actor=request.user,
            user=form.instance,
            first_name=data["first_name"],
            last_name=data["last_name"],
            email=data["email"],
            job_title=data["job_title"],
            roles=data["roles"],
            is_active=data["is_active"],
            site=data["site"],
            manager=data["manager"],
        )


@admin.register(ApiToken)
class ApiTokenAdmin(ReadOnlyAdmin):
    list_display = ["name", "prefix", "user", "scope", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["scope"]
    readonly_fields = [
        "name",
        "prefix",
        "user",
        "scope",
        "projects",
        "created_at",
        "last_used_at",
        "revoked_at",
    ]
    exclude = ["digest"]
