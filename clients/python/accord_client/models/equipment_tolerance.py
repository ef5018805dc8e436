from enum import StrEnum

class EquipmentTolerance(StrEnum):
    IN_TOLERANCE = "in_tolerance"
    OUT_OF_TOLERANCE = "out_of_tolerance"

    def __str__(self) -> str:
        return str(self.value)
