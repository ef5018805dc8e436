"""The document-control workflow of project documents."""

from accord.core.workflow import Transition, Workflow
from accord.projects.models import ProjectDocument
from accord.signatures.models import Meaning

S = ProjectDocument.Status

DOCUMENT_WORKFLOW = Workflow(
    states=dict(S.choices),
    initial=S.DRAFT,
    transitions=(
        Transition(
            "submit",
            "Submit for review",
            (S.DRAFT,),
            S.IN_REVIEW,
            permission="projects.add_projectdocument",
            signature=Meaning.AUTHORED,
        ),
        Transition(
            "approve",
            "Approve",
            (S.IN_REVIEW,),
            S.APPROVED,
            permission="projects.approve_projectdocument",
            signature=Meaning.APPROVED,
            author_may_not_take=True,
            style="success",
        ),
        Transition(
            "reject",
            "Reject",
            (S.IN_REVIEW,),
            S.DRAFT,
            permission="projects.approve_projectdocument",
            signature=Meaning.REJECTED,
            reason_required=True,
            style="outline-danger",
        ),
        Transition(
            "retire",
            "Make obsolete",
            (S.APPROVED,),
            S.OBSOLETE,
            permission="projects.approve_projectdocument",
            reason_required=True,
            style="outline-secondary",
        ),
    ),
    frozen={
        S.IN_REVIEW: frozenset({"title", "file"}),
        S.APPROVED: frozenset({"title", "file"}),
        S.OBSOLETE: frozenset({"title", "file", "visibility"}),
    },
    reason_after=frozenset({S.IN_REVIEW, S.APPROVED, S.OBSOLETE}),
)
