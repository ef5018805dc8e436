"""Technical complexity of a proposal revision, and the reviews it therefore needs.

Eight factors are scored 0 (none) to 3 (severe). The score is their sum (0-24); the level
is low up to 7, medium from 8, high from 15, and at least medium when any factor is 3.
The rules below decide which subject-matter reviews are required; quality assurance and
finance review every revision. ``docs/proposals.md`` shows the same rules as a table.
"""

from __future__ import annotations

from collections.abc import Mapping

from accord.accounts.roles import EXECUTIVE, QUALITY_ASSURANCE, SUBJECT_MATTER_EXPERT
from accord.proposals.models import ComplexityAssessment, ReviewKind

Level = ComplexityAssessment.Level

MEDIUM_FROM = 8
HIGH_FROM = 15

ALWAYS = (ReviewKind.QUALITY, ReviewKind.FINANCE)

# (review, the factors that call for it, the score from which they do)
FACTOR_RULES: tuple[tuple[ReviewKind, tuple[str, ...], int], ...] = (
    (ReviewKind.EHS, ("high_potency",), 2),
    (ReviewKind.PROCESS_CHEMISTRY, ("novel_modality", "flow_chemistry", "scale"), 2),
    (ReviewKind.ANALYTICAL, ("analytical",), 2),
    (ReviewKind.REGULATORY, ("regulatory_path",), 2),
)

# The role a reviewer of each kind must hold.
REVIEW_ROLES: dict[str, str] = {
    ReviewKind.EHS: SUBJECT_MATTER_EXPERT,
    ReviewKind.PROCESS_CHEMISTRY: SUBJECT_MATTER_EXPERT,
    ReviewKind.ANALYTICAL: SUBJECT_MATTER_EXPERT,
    ReviewKind.REGULATORY: SUBJECT_MATTER_EXPERT,
    ReviewKind.QUALITY: QUALITY_ASSURANCE,
    ReviewKind.FINANCE: EXECUTIVE,
    ReviewKind.EXECUTIVE: EXECUTIVE,
}


def complexity_level(factors: Mapping[str, int]) -> tuple[int, str]:
    """The score and the level of a set of factor scores."""
    score = sum(factors.values())
    if score >= HIGH_FROM:
        return score, Level.HIGH
    if score >= MEDIUM_FROM or any(value >= 3 for value in factors.values()):
        return score, Level.MEDIUM
    return score, Level.LOW


def required_reviews(factors: Mapping[str, int] | None) -> list[str]:
    """The review kinds a revision with these factor scores needs, in display order.
    Without an assessment only the reviews every revision needs are known."""
    if factors is None:
        return list(ALWAYS)
    wanted = set(ALWAYS)
    for kind, names, threshold in FACTOR_RULES:
        if any(factors.get(name, 0) >= threshold for name in names):
            wanted.add(kind)
    if complexity_level(factors)[1] == Level.HIGH:
        wanted.add(ReviewKind.EXECUTIVE)
    return [kind for kind in ReviewKind.values if kind in wanted]
