from django.contrib import admin

from accord.core.admin import ReadOnlyAdmin
from accord.notifications.models import EmailDelivery, Notification


@admin.register(Notification)
class NotificationAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "recipient", "kind", "title", "delivery", "read_at"]
    list_filter = ["kind", "delivery"]
    search_fields = ["title", "recipient__username"]


@admin.register(EmailDelivery)
class EmailDeliveryAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "to_address", "subject", "kind", "state", "attempts", "sent_at"]
    list_filter = ["state", "kind"]
    search_fields = ["to_address", "subject"]
