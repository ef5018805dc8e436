from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission
from django.db.models import QuerySet


class RolePermissionBackend(ModelBackend):
    """Permissions come from the user's Accord roles, and only roles of their audience.

    A sponsor user who was somehow given a staff role still gets none of its
    permissions: the role's audience must match the user's organization kind.
    """

    def _get_group_permissions(self, user_obj) -> QuerySet[Permission]:
        return Permission.objects.filter(
            accord_roles__users=user_obj,
            accord_roles__audience=user_obj.organization.kind,
        )

    def _get_user_permissions(self, user_obj) -> QuerySet[Permission]:
        # Per-user grants would bypass roles; Accord assigns permissions to roles only.
        return Permission.objects.none()
