from enum import StrEnum

class SignatureMeaning(StrEnum):
    ACCEPTED = "accepted"
    APPROVED = "approved"
    AUTHORED = "authored"
    DECIDED = "decided"
    OVERRIDE = "override"
    REJECTED = "rejected"
    REVIEWED = "reviewed"
    TRAINED = "trained"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)
