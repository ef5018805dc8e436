from enum import StrEnum

class InitiativeStage(StrEnum):
    ANALYSE = "analyse"
    CONTROL = "control"
    DEFINE = "define"
    IMPROVE = "improve"
    MEASURE = "measure"

    def __str__(self) -> str:
        return str(self.value)
