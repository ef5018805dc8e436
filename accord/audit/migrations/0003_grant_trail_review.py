"""Give the roles that review the audit trail its view permission on existing databases.

New databases get it from the role definitions when the roles are first created.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.contenttypes.management import create_contenttypes
from django.db import migrations

REVIEWERS = ("quality_assurance", "executive", "administrator")


def grant(apps, schema_editor):
    config = global_apps.get_app_config("audit")
    create_contenttypes(config, verbosity=0, using=schema_editor.connection.alias)
    create_permissions(config, verbosity=0, using=schema_editor.connection.alias)
    Role = apps.get_model("accounts", "Role")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.filter(
        content_type__app_label="audit", codename="view_auditevent"
    ).first()
    if permission is None:
        return
    for role in Role.objects.filter(code__in=REVIEWERS):
        role.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("audit", "0002_head_and_triggers"), ("accounts", "0001_initial")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
