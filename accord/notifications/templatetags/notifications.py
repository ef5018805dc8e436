from django import template

from accord.notifications.selectors import bell

register = template.Library()


@register.inclusion_tag("notifications/_bell.html", takes_context=True)
def notification_bell(context) -> dict:
    """The header's bell: unread count and the latest unread notifications."""
    request = context.get("request")
    user = getattr(request, "user", None)
    return {
        "bell": bell(user) if user and user.is_authenticated else {"count": 0, "latest": []},
        "request": request,
        "csrf_token": context.get("csrf_token"),
    }
