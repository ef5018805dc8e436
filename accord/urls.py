from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from accord.accounts.urls import sponsor_urlpatterns
from accord.api import api
from accord.core import health

admin.site.site_header = "Accord administration"
admin.site.site_title = "Accord admin"

urlpatterns = [
    path("", include("accord.home.urls")),
    path("accounts/", include("accord.accounts.urls")),
    path("manage/", include("accord.accounts.manage_urls")),
    path("manage/jobs/", include("accord.core.urls")),
    path("sponsors/", include(sponsor_urlpatterns)),
    path("sponsors/", include("accord.clients.urls")),
    path("projects/", include("accord.projects.urls")),
    path("audit/", include("accord.audit.urls")),
    path("", include("accord.risks.urls")),
    path("plans/", include("accord.planning.urls")),
    path("", include("accord.delays.urls")),
    path("", include("accord.changes.urls")),
    path("", include("accord.proposals.urls")),
    path("", include("accord.reports.urls")),
    path("", include("accord.meetings.urls")),
    path("", include("accord.teams.urls")),
    path("notifications/", include("accord.notifications.urls")),
    path("service/", include("accord.service.urls")),
    path("recognition/", include("accord.recognition.urls")),
    path("surveys/", include("accord.surveys.urls")),
    path("quality/", include("accord.quality.urls")),
    path("training/", include("accord.training.urls")),
    path("equipment/", include("accord.equipment.urls")),
    path("capacity/", include("accord.capacity.urls")),
    path("improvement/", include("accord.improvement.urls")),
    path("scorecards/", include("accord.scorecards.urls")),
    path("", include("accord.qbr.urls")),
    path("lessons/", include("accord.lessons.urls")),
    path("webhooks/", include("accord.webhooks.urls")),
    path("", include("accord.search.urls")),
    path("api/", api.urls),
    path("django-admin/", admin.site.urls),
    # Answered by accord.core.middleware.HealthCheckMiddleware before sessions; named here
    # for reverse() and the route inventories.
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
]
if settings.ACCORD_ENV == "test":
    # A request that takes a while, for the graceful-shutdown test (tests/test_serve.py).
    # Never routed outside the test suite.
    urlpatterns.append(path("test/slow", health.slow_for_tests, name="test_slow"))

handler400 = "accord.core.error_views.bad_request"
handler500 = "accord.core.error_views.server_error"
