from enum import StrEnum

class ChangeType(StrEnum):
    COMPUTERIZED_SYSTEM = "computerized_system"
    DOCUMENT = "document"
    EQUIPMENT = "equipment"
    FACILITY = "facility"
    METHOD = "method"
    PROCESS = "process"
    SPECIFICATION = "specification"
    SUPPLIER = "supplier"

    def __str__(self) -> str:
        return str(self.value)
