from enum import StrEnum

class ResourceRole(StrEnum):
    BIOREACTOR = "bioreactor"
    FILL_LINE = "fill_line"
    GMP_SUITE = "gmp_suite"
    OTHER = "other"
    PROCESS_SCIENTISTS = "process_scientists"
    PURIFICATION = "purification"
    QA_REVIEWERS = "qa_reviewers"
    QC_ANALYSTS = "qc_analysts"
    REACTOR = "reactor"
    STABILITY = "stability"

    def __str__(self) -> str:
        return str(self.value)
