from enum import StrEnum

class KeyContactDecisionRole(StrEnum):
    DECISION_MAKER = "decision_maker"
    FINANCE = "finance"
    INFLUENCER = "influencer"
    PROCUREMENT = "procurement"
    PROJECT_LEAD = "project_lead"
    QUALITY = "quality"
    REGULATORY = "regulatory"
    TECHNICAL_LEAD = "technical_lead"

    def __str__(self) -> str:
        return str(self.value)
