from enum import StrEnum

class TeamDepartment(StrEnum):
    ANALYTICAL_DEVELOPMENT = "analytical_development"
    MANUFACTURING = "manufacturing"
    PROCESS_DEVELOPMENT = "process_development"
    PROJECT_MANAGEMENT = "project_management"
    QUALITY_ASSURANCE = "quality_assurance"
    QUALITY_CONTROL = "quality_control"
    REGULATORY_AFFAIRS = "regulatory_affairs"
    SUPPLY_CHAIN = "supply_chain"

    def __str__(self) -> str:
        return str(self.value)
