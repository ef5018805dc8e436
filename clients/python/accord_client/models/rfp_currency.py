from enum import StrEnum

class RfpCurrency(StrEnum):
    CHF = "CHF"
    EUR = "EUR"
    USD = "USD"

    def __str__(self) -> str:
        return str(self.value)
