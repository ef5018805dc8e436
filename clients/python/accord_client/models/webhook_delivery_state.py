from enum import StrEnum

class WebhookDeliveryState(StrEnum):
    FAILED = "failed"
    GIVEN_UP = "given_up"
    PENDING = "pending"
    SUCCEEDED = "succeeded"

    def __str__(self) -> str:
        return str(self.value)
