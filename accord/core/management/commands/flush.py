"""Django's ``flush``, made safe for an append-only audit trail.

Refused outright in production: emptying the database would destroy GMP records and
their audit trail. Elsewhere (development databases, and the test runner, which flushes
between transactional tests) the audit table's triggers are lifted for the flush and put
back straight after, so everything else keeps them.
"""

from django.conf import settings
from django.core.management.base import CommandError
from django.core.management.commands.flush import Command as DjangoFlush
from django.db import connections

from accord.audit import triggers
from accord.audit.chain import GENESIS


class Command(DjangoFlush):
    def handle(self, **options):
        if settings.ACCORD_ENV == "production":
            raise CommandError("flush is disabled in production: it would erase the audit trail.")
        connection = connections[options["database"]]
        triggers.remove(connection)
        try:
            result = super().handle(**options)
        finally:
            triggers.install(connection)
        from accord.audit.models import AuditChainHead

        AuditChainHead.objects.using(options["database"]).get_or_create(
            pk=1, defaults={"seq": 0, "hash": GENESIS}
        )
        return result
