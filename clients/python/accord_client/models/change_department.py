from enum import StrEnum

class ChangeDepartment(StrEnum):
    EHS = "ehs"
    PRODUCTION = "production"
    QA = "qa"
    QC = "qc"
    REGULATORY = "regulatory"
    VALIDATION = "validation"

    def __str__(self) -> str:
        return str(self.value)
