from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    name = "accord.core"
    label = "core"
    verbose_name = "Accord core"

    def ready(self) -> None:
        from accord.audit.registry import register
        from accord.core import selectors

        register(
            self.get_model("Job"), visible_to=selectors.jobs_visible_to, label="Background job"
        )
        post_migrate.connect(_schedule_sync, sender=self)
        post_migrate.connect(_cache_table, sender=self)


def _schedule_sync(*args: object, using: str = "default", **kwargs: object) -> None:
    """After `migrate` the scheduler's table holds SCHEDULE (workers write it again at start)."""
    from accord.core.jobs import schedule_sync

    schedule_sync()


def _cache_table(*args: object, using: str = "default", **kwargs: object) -> None:
    """After `migrate` the database has the cache table (ACCORD_CACHE_URL=db://), whatever
    the cache in use now, so that switching to it needs no other step."""
    from django.core.management.commands.createcachetable import Command

    from accord.core.storage import CACHE_TABLE

    command = Command()
    command.verbosity = 0
    command.create_table(using, CACHE_TABLE, dry_run=False)
