"""The sponsor's acceptance of a sent revision: a permission, granted to sponsor managers
on existing databases (contacts read and comment, they do not accept)."""

from django.db import migrations

from accord.accounts.migration_helpers import grant_to_roles


def grant(apps, schema_editor):
    grant_to_roles(
        apps, schema_editor, "proposals", {"accept_proposalrevision": ("sponsor_manager",)}
    )


class Migration(migrations.Migration):
    dependencies = [("proposals", "0003_outcomes")]

    operations = [
        migrations.AlterModelOptions(
            name="proposalrevision",
            options={
                "ordering": ["proposal", "-number"],
                "permissions": [
                    ("review_proposalrevision", "Can sign reviews of proposal revisions"),
                    ("send_proposalrevision", "Can send proposal revisions to the sponsor"),
                    (
                        "accept_proposalrevision",
                        "Can accept or decline sent proposal revisions for the sponsor",
                    ),
                ],
                "verbose_name": "proposal revision",
            },
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
