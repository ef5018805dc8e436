from enum import StrEnum

class WebhookEventType(StrEnum):
    CHANGE_ORDER_APPROVED = "change_order.approved"
    CHANGE_ORDER_SENT = "change_order.sent"
    CONCERN_BREACHED = "concern.breached"
    CONCERN_RESOLVED = "concern.resolved"
    DEVIATION_NOTIFIED = "deviation.notified"
    DOCUMENT_APPROVED = "document.approved"
    MILESTONE_REACHED = "milestone.reached"
    STATUS_REPORT_PUBLISHED = "status_report.published"

    def __str__(self) -> str:
        return str(self.value)
