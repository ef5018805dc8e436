from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ImprovementDeliverableOut")



@_attrs_define
class ImprovementDeliverableOut:
    """ 
        Attributes:
            done_on (datetime.date | None):
            id (int):
            is_standard (bool): On every DMAIC checklist; false for one added
            name (str):
            stage (str):
     """

    done_on: datetime.date | None
    id: int
    is_standard: bool
    name: str
    stage: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        done_on: None | str
        if isinstance(self.done_on, datetime.date):
            done_on = self.done_on.isoformat()
        else:
            done_on = self.done_on

        id = self.id

        is_standard = self.is_standard

        name = self.name

        stage = self.stage


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "done_on": done_on,
            "id": id,
            "is_standard": is_standard,
            "name": name,
            "stage": stage,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_done_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                done_on_type_0 = datetime.date.fromisoformat(data)



                return done_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        done_on = _parse_done_on(d.pop("done_on"))


        id = d.pop("id")

        is_standard = d.pop("is_standard")

        name = d.pop("name")

        stage = d.pop("stage")

        improvement_deliverable_out = cls(
            done_on=done_on,
            id=id,
            is_standard=is_standard,
            name=name,
            stage=stage,
        )


        improvement_deliverable_out.additional_properties = d
        return improvement_deliverable_out

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
