from enum import StrEnum

class ProjectModality(StrEnum):
    ADC = "adc"
    BIOLOGIC = "biologic"
    CELL_GENE = "cell_gene"
    HPAPI = "hpapi"
    ORAL_SOLID = "oral_solid"
    PEPTIDE = "peptide"
    SMALL_MOLECULE = "small_molecule"
    STERILE_DP = "sterile_dp"

    def __str__(self) -> str:
        return str(self.value)
