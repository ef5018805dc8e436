from enum import StrEnum

class OrganizationSponsorType(StrEnum):
    BIG_PHARMA = "big_pharma"
    BIOTECH = "biotech"
    VIRTUAL_BIOTECH = "virtual_biotech"

    def __str__(self) -> str:
        return str(self.value)
