from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="RequestOut")



@_attrs_define
class RequestOut:
    """ 
        Attributes:
            decided_at (datetime.datetime | None):
            decided_by_name (None | str):
            decision_note (str):
            id (int):
            justification (str):
            kind (str):
            kind_label (str):
            new_due_date (datetime.date | None):
            previous_due_date (datetime.date):
            requested_at (datetime.datetime):
            requested_by_name (str):
            status (str):
            status_label (str):
            version (int):
     """

    decided_at: datetime.datetime | None
    decided_by_name: None | str
    decision_note: str
    id: int
    justification: str
    kind: str
    kind_label: str
    new_due_date: datetime.date | None
    previous_due_date: datetime.date
    requested_at: datetime.datetime
    requested_by_name: str
    status: str
    status_label: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        decided_by_name: None | str
        decided_by_name = self.decided_by_name

        decision_note = self.decision_note

        id = self.id

        justification = self.justification

        kind = self.kind

        kind_label = self.kind_label

        new_due_date: None | str
        if isinstance(self.new_due_date, datetime.date):
            new_due_date = self.new_due_date.isoformat()
        else:
            new_due_date = self.new_due_date

        previous_due_date = self.previous_due_date.isoformat()

        requested_at = self.requested_at.isoformat()

        requested_by_name = self.requested_by_name

        status = self.status

        status_label = self.status_label

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "decided_at": decided_at,
            "decided_by_name": decided_by_name,
            "decision_note": decision_note,
            "id": id,
            "justification": justification,
            "kind": kind,
            "kind_label": kind_label,
            "new_due_date": new_due_date,
            "previous_due_date": previous_due_date,
            "requested_at": requested_at,
            "requested_by_name": requested_by_name,
            "status": status,
            "status_label": status_label,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)



                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))


        def _parse_decided_by_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decided_by_name = _parse_decided_by_name(d.pop("decided_by_name"))


        decision_note = d.pop("decision_note")

        id = d.pop("id")

        justification = d.pop("justification")

        kind = d.pop("kind")

        kind_label = d.pop("kind_label")

        def _parse_new_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                new_due_date_type_0 = datetime.date.fromisoformat(data)



                return new_due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        new_due_date = _parse_new_due_date(d.pop("new_due_date"))


        previous_due_date = datetime.date.fromisoformat(d.pop("previous_due_date"))




        requested_at = datetime.datetime.fromisoformat(d.pop("requested_at"))




        requested_by_name = d.pop("requested_by_name")

        status = d.pop("status")

        status_label = d.pop("status_label")

        version = d.pop("version")

        request_out = cls(
            decided_at=decided_at,
            decided_by_name=decided_by_name,
            decision_note=decision_note,
            id=id,
            justification=justification,
            kind=kind,
            kind_label=kind_label,
            new_due_date=new_due_date,
            previous_due_date=previous_due_date,
            requested_at=requested_at,
            requested_by_name=requested_by_name,
            status=status,
            status_label=status_label,
            version=version,
        )


        request_out.additional_properties = d
        return request_out

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
