from enum import IntEnum

class RiskRunInIterations(IntEnum):
    VALUE_1000 = 1000
    VALUE_10000 = 10000
    VALUE_50000 = 50000
    VALUE_100000 = 100000
    VALUE_250000 = 250000

    def __str__(self) -> str:
        return str(self.value)
