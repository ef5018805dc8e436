from enum import StrEnum

class InvestigationMethod(StrEnum):
    FAULT_TREE = "fault_tree"
    FISHBONE = "fishbone"
    FIVE_WHYS = "five_whys"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)
