from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ChangeActionOut")



@_attrs_define
class ChangeActionOut:
    """ 
        Attributes:
            description (str):
            document_id (int | None):
            document_status (None | str):
            done_at (datetime.datetime | None):
            due_date (datetime.date):
            evidence (str):
            id (int):
            kind (str):
            kind_label (str):
            owner_name (str):
            role_name (None | str):
     """

    description: str
    document_id: int | None
    document_status: None | str
    done_at: datetime.datetime | None
    due_date: datetime.date
    evidence: str
    id: int
    kind: str
    kind_label: str
    owner_name: str
    role_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        description = self.description

        document_id: int | None
        document_id = self.document_id

        document_status: None | str
        document_status = self.document_status

        done_at: None | str
        if isinstance(self.done_at, datetime.datetime):
            done_at = self.done_at.isoformat()
        else:
            done_at = self.done_at

        due_date = self.due_date.isoformat()

        evidence = self.evidence

        id = self.id

        kind = self.kind

        kind_label = self.kind_label

        owner_name = self.owner_name

        role_name: None | str
        role_name = self.role_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "description": description,
            "document_id": document_id,
            "document_status": document_status,
            "done_at": done_at,
            "due_date": due_date,
            "evidence": evidence,
            "id": id,
            "kind": kind,
            "kind_label": kind_label,
            "owner_name": owner_name,
            "role_name": role_name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        def _parse_document_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        document_id = _parse_document_id(d.pop("document_id"))


        def _parse_document_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        document_status = _parse_document_status(d.pop("document_status"))


        def _parse_done_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                done_at_type_0 = datetime.datetime.fromisoformat(data)



                return done_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        done_at = _parse_done_at(d.pop("done_at"))


        due_date = datetime.date.fromisoformat(d.pop("due_date"))




        evidence = d.pop("evidence")

        id = d.pop("id")

        kind = d.pop("kind")

        kind_label = d.pop("kind_label")

        owner_name = d.pop("owner_name")

        def _parse_role_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        role_name = _parse_role_name(d.pop("role_name"))


        change_action_out = cls(
            description=description,
            document_id=document_id,
            document_status=document_status,
            done_at=done_at,
            due_date=due_date,
            evidence=evidence,
            id=id,
            kind=kind,
            kind_label=kind_label,
            owner_name=owner_name,
            role_name=role_name,
        )


        change_action_out.additional_properties = d
        return change_action_out

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
