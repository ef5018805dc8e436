from enum import StrEnum

class CapabilityCategory(StrEnum):
    ANALYTICAL = "analytical"
    BIOLOGICS = "biologics"
    CHEMISTRY = "chemistry"
    CONTAINMENT = "containment"
    DIGITAL = "digital"
    FORMULATION = "formulation"
    MANUFACTURING = "manufacturing"

    def __str__(self) -> str:
        return str(self.value)
