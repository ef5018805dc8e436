from enum import StrEnum

class DelayCause(StrEnum):
    BATCH_FAILURE = "batch_failure"
    CAPACITY_CONFLICT = "capacity_conflict"
    EQUIPMENT_FAILURE = "equipment_failure"
    MATERIAL_SHORTAGE = "material_shortage"
    OTHER = "other"
    REGULATORY = "regulatory"
    RELEASE_DELAY = "release_delay"
    SPONSOR_WAIT = "sponsor_wait"

    def __str__(self) -> str:
        return str(self.value)
