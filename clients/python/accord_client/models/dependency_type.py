from enum import StrEnum

class DependencyType(StrEnum):
    FF = "FF"
    FS = "FS"
    SF = "SF"
    SS = "SS"

    def __str__(self) -> str:
        return str(self.value)
