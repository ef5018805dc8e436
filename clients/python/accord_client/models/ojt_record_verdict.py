from enum import StrEnum

class OjtRecordVerdict(StrEnum):
    COMPETENT = "competent"
    NOT_YET = "not_yet"

    def __str__(self) -> str:
        return str(self.value)
