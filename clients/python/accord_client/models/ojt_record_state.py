from enum import StrEnum

class OjtRecordState(StrEnum):
    ASSESSED = "assessed"
    IN_TRAINING = "in_training"
    SIGNED = "signed"

    def __str__(self) -> str:
        return str(self.value)
