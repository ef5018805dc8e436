from enum import StrEnum

class EffectivenessCheckVerdict(StrEnum):
    EFFECTIVE = "effective"
    NOT_EFFECTIVE = "not_effective"
    PARTIALLY = "partially"

    def __str__(self) -> str:
        return str(self.value)
