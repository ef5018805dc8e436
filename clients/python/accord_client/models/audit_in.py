from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.audit_in_notes import AuditInNotes
  from ..models.scores_in import ScoresIn





T = TypeVar("T", bound="AuditIn")



@_attrs_define
class AuditIn:
    """ 
        Attributes:
            audited_on (datetime.date):
            auditor_id (int):
            scores (ScoresIn):
            notes (AuditInNotes | Unset):
     """

    audited_on: datetime.date
    auditor_id: int
    scores: ScoresIn
    notes: AuditInNotes | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_in_notes import AuditInNotes # noqa: PLC0415
        from ..models.scores_in import ScoresIn # noqa: PLC0415
        audited_on = self.audited_on.isoformat()

        auditor_id = self.auditor_id

        scores = self.scores.to_dict()

        notes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = self.notes.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "audited_on": audited_on,
            "auditor_id": auditor_id,
            "scores": scores,
        })
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_in_notes import AuditInNotes # noqa: PLC0415
        from ..models.scores_in import ScoresIn # noqa: PLC0415
        d = dict(src_dict)
        audited_on = datetime.date.fromisoformat(d.pop("audited_on"))




        auditor_id = d.pop("auditor_id")

        scores = ScoresIn.from_dict(d.pop("scores"))




        _notes = d.pop("notes", UNSET)
        notes: AuditInNotes | Unset
        if isinstance(_notes,  Unset):
            notes = UNSET
        else:
            notes = AuditInNotes.from_dict(_notes)




        audit_in = cls(
            audited_on=audited_on,
            auditor_id=auditor_id,
            scores=scores,
            notes=notes,
        )

        return audit_in

