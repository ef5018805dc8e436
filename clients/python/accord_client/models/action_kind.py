from enum import StrEnum

class ActionKind(StrEnum):
    OTHER = "other"
    REVISE_DOCUMENT = "revise_document"
    TRAIN_ROLE = "train_role"

    def __str__(self) -> str:
        return str(self.value)
