from enum import StrEnum

class SponsorProfileReportFormat(StrEnum):
    EMAIL = "email"
    PORTAL = "portal"
    SLIDES = "slides"
    SPREADSHEET = "spreadsheet"
    WRITTEN = "written"

    def __str__(self) -> str:
        return str(self.value)
