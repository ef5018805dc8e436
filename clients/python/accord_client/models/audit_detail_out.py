from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.audit_detail_out_notes import AuditDetailOutNotes
  from ..models.audit_detail_out_scores import AuditDetailOutScores
  from ..models.register_action_out import RegisterActionOut





T = TypeVar("T", bound="AuditDetailOut")



@_attrs_define
class AuditDetailOut:
    """ 
        Attributes:
            actions (list[RegisterActionOut]):
            area_id (int):
            area_name (str):
            audited_on (datetime.date):
            auditor_name (str):
            id (int):
            notes (AuditDetailOutNotes):
            scores (AuditDetailOutScores):
            total (int):
     """

    actions: list[RegisterActionOut]
    area_id: int
    area_name: str
    audited_on: datetime.date
    auditor_name: str
    id: int
    notes: AuditDetailOutNotes
    scores: AuditDetailOutScores
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_detail_out_notes import AuditDetailOutNotes # noqa: PLC0415
        from ..models.audit_detail_out_scores import AuditDetailOutScores # noqa: PLC0415
        from ..models.register_action_out import RegisterActionOut # noqa: PLC0415
        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)



        area_id = self.area_id

        area_name = self.area_name

        audited_on = self.audited_on.isoformat()

        auditor_name = self.auditor_name

        id = self.id

        notes = self.notes.to_dict()

        scores = self.scores.to_dict()

        total = self.total


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "actions": actions,
            "area_id": area_id,
            "area_name": area_name,
            "audited_on": audited_on,
            "auditor_name": auditor_name,
            "id": id,
            "notes": notes,
            "scores": scores,
            "total": total,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_detail_out_notes import AuditDetailOutNotes # noqa: PLC0415
        from ..models.audit_detail_out_scores import AuditDetailOutScores # noqa: PLC0415
        from ..models.register_action_out import RegisterActionOut # noqa: PLC0415
        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in (_actions):
            actions_item = RegisterActionOut.from_dict(actions_item_data)



            actions.append(actions_item)


        area_id = d.pop("area_id")

        area_name = d.pop("area_name")

        audited_on = datetime.date.fromisoformat(d.pop("audited_on"))




        auditor_name = d.pop("auditor_name")

        id = d.pop("id")

        notes = AuditDetailOutNotes.from_dict(d.pop("notes"))




        scores = AuditDetailOutScores.from_dict(d.pop("scores"))




        total = d.pop("total")

        audit_detail_out = cls(
            actions=actions,
            area_id=area_id,
            area_name=area_name,
            audited_on=audited_on,
            auditor_name=auditor_name,
            id=id,
            notes=notes,
            scores=scores,
            total=total,
        )


        audit_detail_out.additional_properties = d
        return audit_detail_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
