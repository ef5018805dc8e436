from enum import StrEnum

class RecordReason(StrEnum):
    CAPA = "capa"
    CHANGE_CONTROL = "change_control"
    EXPIRED = "expired"
    FAILED = "failed"
    INITIAL = "initial"
    NEW_VERSION = "new_version"
    PERIODIC = "periodic"

    def __str__(self) -> str:
        return str(self.value)
