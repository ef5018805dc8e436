from enum import StrEnum

class RfpService(StrEnum):
    ANALYTICAL_METHOD_DEVELOPMENT = "analytical_method_development"
    CLINICAL_MANUFACTURING = "clinical_manufacturing"
    COMMERCIAL_MANUFACTURING = "commercial_manufacturing"
    FILL_FINISH = "fill_finish"
    PROCESS_DEVELOPMENT = "process_development"
    REGULATORY_SUPPORT = "regulatory_support"
    STABILITY = "stability"
    TECH_TRANSFER = "tech_transfer"

    def __str__(self) -> str:
        return str(self.value)
