from enum import StrEnum

class ClientLanguage(StrEnum):
    DE = "de"
    EN = "en"
    ES = "es"
    FR = "fr"
    IT = "it"
    JA = "ja"
    KO = "ko"
    NL = "nl"
    SV = "sv"
    ZH = "zh"

    def __str__(self) -> str:
        return str(self.value)
