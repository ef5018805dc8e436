"""Granting new permissions to the shipped roles on databases that already have them.

New databases get every permission from the role definitions when the roles are first
created; a migration that adds a permission calls ``grant_to_roles`` for existing ones.
"""

from __future__ import annotations

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.contenttypes.management import create_contenttypes


def grant_to_roles(apps, schema_editor, app_label: str, grants: dict[str, tuple[str, ...]]) -> None:
    """``grants`` maps a permission codename of ``app_label`` to the role codes that get it."""
    using = schema_editor.connection.alias
    config = global_apps.get_app_config(app_label)
    create_contenttypes(config, verbosity=0, using=using)
    create_permissions(config, verbosity=0, using=using)
    Role = apps.get_model("accounts", "Role")
    Permission = apps.get_model("auth", "Permission")
    for codename, role_codes in grants.items():
        permission = (
            Permission.objects.using(using)
            .filter(content_type__app_label=app_label, codename=codename)
            .first()
        )
        if permission is None:
            continue
        for role in Role.objects.using(using).filter(code__in=role_codes):
            role.permissions.add(permission)
