from enum import StrEnum

class RaciAssignmentRole(StrEnum):
    A = "A"
    C = "C"
    I = "I"
    R = "R"

    def __str__(self) -> str:
        return str(self.value)
