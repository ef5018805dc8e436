from enum import StrEnum

class LossReason(StrEnum):
    CAPACITY = "capacity"
    COST = "cost"
    ONE_STOP_SHOP = "one_stop_shop"
    OTHER = "other"
    REGION = "region"
    TECHNICAL = "technical"
    TIMING = "timing"

    def __str__(self) -> str:
        return str(self.value)
