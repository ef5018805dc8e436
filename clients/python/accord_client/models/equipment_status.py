from enum import StrEnum

class EquipmentStatus(StrEnum):
    DO_NOT_USE = "do_not_use"
    IN_USE = "in_use"
    OUT_OF_SERVICE = "out_of_service"
    QUALIFIED = "qualified"

    def __str__(self) -> str:
        return str(self.value)
