from enum import StrEnum

class NotificationDelivery(StrEnum):
    DIGEST = "digest"
    IMMEDIATE = "immediate"
    IN_APP = "in_app"

    def __str__(self) -> str:
        return str(self.value)
