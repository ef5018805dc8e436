from enum import StrEnum

class CapabilitieQualification(StrEnum):
    IN_QUALIFICATION = "in_qualification"
    PLANNED = "planned"
    QUALIFIED = "qualified"
    RETIRED = "retired"

    def __str__(self) -> str:
        return str(self.value)
