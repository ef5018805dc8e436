from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="BaselineOut")



@_attrs_define
class BaselineOut:
    """ 
        Attributes:
            created_at (datetime.datetime):
            created_by_name (str):
            finish (datetime.date):
            id (int):
            meaning (None | str):
            name (str):
            number (int):
            signed_at (datetime.datetime | None):
            signed_by_name (None | str):
            tasks (int):
     """

    created_at: datetime.datetime
    created_by_name: str
    finish: datetime.date
    id: int
    meaning: None | str
    name: str
    number: int
    signed_at: datetime.datetime | None
    signed_by_name: None | str
    tasks: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        created_by_name = self.created_by_name

        finish = self.finish.isoformat()

        id = self.id

        meaning: None | str
        meaning = self.meaning

        name = self.name

        number = self.number

        signed_at: None | str
        if isinstance(self.signed_at, datetime.datetime):
            signed_at = self.signed_at.isoformat()
        else:
            signed_at = self.signed_at

        signed_by_name: None | str
        signed_by_name = self.signed_by_name

        tasks = self.tasks


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "created_by_name": created_by_name,
            "finish": finish,
            "id": id,
            "meaning": meaning,
            "name": name,
            "number": number,
            "signed_at": signed_at,
            "signed_by_name": signed_by_name,
            "tasks": tasks,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        created_by_name = d.pop("created_by_name")

        finish = datetime.date.fromisoformat(d.pop("finish"))




        id = d.pop("id")

        def _parse_meaning(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        meaning = _parse_meaning(d.pop("meaning"))


        name = d.pop("name")

        number = d.pop("number")

        def _parse_signed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_at_type_0 = datetime.datetime.fromisoformat(data)



                return signed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        signed_at = _parse_signed_at(d.pop("signed_at"))


        def _parse_signed_by_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        signed_by_name = _parse_signed_by_name(d.pop("signed_by_name"))


        tasks = d.pop("tasks")

        baseline_out = cls(
            created_at=created_at,
            created_by_name=created_by_name,
            finish=finish,
            id=id,
            meaning=meaning,
            name=name,
            number=number,
            signed_at=signed_at,
            signed_by_name=signed_by_name,
            tasks=tasks,
        )


        baseline_out.additional_properties = d
        return baseline_out

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
