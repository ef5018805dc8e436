from enum import StrEnum

class ClientModality(StrEnum):
    ADC = "adc"
    CELL_THERAPY = "cell_therapy"
    GENE_THERAPY = "gene_therapy"
    HPAPI = "hpapi"
    MONOCLONAL_ANTIBODY = "monoclonal_antibody"
    OLIGONUCLEOTIDE = "oligonucleotide"
    ORAL_SOLID = "oral_solid"
    OTHER_BIOLOGIC = "other_biologic"
    PEPTIDE = "peptide"
    SMALL_MOLECULE = "small_molecule"
    STERILE_DP = "sterile_dp"
    VACCINE = "vaccine"

    def __str__(self) -> str:
        return str(self.value)
