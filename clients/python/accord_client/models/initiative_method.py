from enum import StrEnum

class InitiativeMethod(StrEnum):
    DMAIC = "dmaic"
    FIVE_S = "five_s"
    KAIZEN = "kaizen"

    def __str__(self) -> str:
        return str(self.value)
