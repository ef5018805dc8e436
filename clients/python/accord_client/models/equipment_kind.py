from enum import StrEnum

class EquipmentKind(StrEnum):
    BALANCE = "balance"
    BIOREACTOR = "bioreactor"
    CHROMATOGRAPHY = "chromatography"
    OTHER = "other"
    REACTOR = "reactor"
    SUITE = "suite"

    def __str__(self) -> str:
        return str(self.value)
