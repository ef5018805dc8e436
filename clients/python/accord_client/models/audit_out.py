from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.audit_out_scores import AuditOutScores





T = TypeVar("T", bound="AuditOut")



@_attrs_define
class AuditOut:
    """ 
        Attributes:
            area_id (int):
            area_name (str):
            audited_on (datetime.date):
            auditor_name (str):
            id (int):
            scores (AuditOutScores):
            total (int):
     """

    area_id: int
    area_name: str
    audited_on: datetime.date
    auditor_name: str
    id: int
    scores: AuditOutScores
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_out_scores import AuditOutScores # noqa: PLC0415
        area_id = self.area_id

        area_name = self.area_name

        audited_on = self.audited_on.isoformat()

        auditor_name = self.auditor_name

        id = self.id

        scores = self.scores.to_dict()

        total = self.total


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "area_id": area_id,
            "area_name": area_name,
            "audited_on": audited_on,
            "auditor_name": auditor_name,
            "id": id,
            "scores": scores,
            "total": total,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_out_scores import AuditOutScores # noqa: PLC0415
        d = dict(src_dict)
        area_id = d.pop("area_id")

        area_name = d.pop("area_name")

        audited_on = datetime.date.fromisoformat(d.pop("audited_on"))




        auditor_name = d.pop("auditor_name")

        id = d.pop("id")

        scores = AuditOutScores.from_dict(d.pop("scores"))




        total = d.pop("total")

        audit_out = cls(
            area_id=area_id,
            area_name=area_name,
            audited_on=audited_on,
            auditor_name=auditor_name,
            id=id,
            scores=scores,
            total=total,
        )


        audit_out.additional_properties = d
        return audit_out

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
