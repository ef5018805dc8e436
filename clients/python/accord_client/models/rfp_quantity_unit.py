from enum import StrEnum

class RfpQuantityUnit(StrEnum):
    BATCHES = "batches"
    DOSES = "doses"
    G = "g"
    KG = "kg"
    L = "L"
    VIALS = "vials"

    def __str__(self) -> str:
        return str(self.value)
