from enum import StrEnum

class EquipmentStage(StrEnum):
    IQ = "iq"
    OQ = "oq"
    PQ = "pq"
    REQUALIFICATION = "requalification"

    def __str__(self) -> str:
        return str(self.value)
