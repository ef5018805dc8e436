from django.conf import settings
from django.http import HttpRequest

from accord.home.navigation import navigation_for


def navigation(request: HttpRequest) -> dict:
    return {
        "nav_items": navigation_for(getattr(request, "user", None), request.path),
        "site_name": settings.ACCORD_SITE_NAME,
        "accord_env": settings.ACCORD_ENV,
    }
