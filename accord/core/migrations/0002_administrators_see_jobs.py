"""Administrators of an existing installation see background jobs and retry failed ones
(a new installation gets this from the role's defaults in accord.accounts.roles)."""

from django.db import migrations

PERMISSIONS = {
    "view_job": "Can view background job",
    "retry_job": "Can retry a failed background job",
}


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Role = apps.get_model("accounts", "Role")
    role = Role.objects.filter(code="administrator").first()
    if role is None:
        return
    content_type, _ = ContentType.objects.get_or_create(app_label="core", model="job")
    for codename, name in PERMISSIONS.items():
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        role.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
