from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="HoldingOut")



@_attrs_define
class HoldingOut:
    """ 
        Attributes:
            assigned_on (datetime.date):
            current (bool):
            ended_on (datetime.date | None):
            id (int):
            job_role_id (int):
            job_role_name (str):
            site_code (str):
     """

    assigned_on: datetime.date
    current: bool
    ended_on: datetime.date | None
    id: int
    job_role_id: int
    job_role_name: str
    site_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        assigned_on = self.assigned_on.isoformat()

        current = self.current

        ended_on: None | str
        if isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        id = self.id

        job_role_id = self.job_role_id

        job_role_name = self.job_role_name

        site_code = self.site_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assigned_on": assigned_on,
            "current": current,
            "ended_on": ended_on,
            "id": id,
            "job_role_id": job_role_id,
            "job_role_name": job_role_name,
            "site_code": site_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assigned_on = datetime.date.fromisoformat(d.pop("assigned_on"))




        current = d.pop("current")

        def _parse_ended_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)



                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ended_on = _parse_ended_on(d.pop("ended_on"))


        id = d.pop("id")

        job_role_id = d.pop("job_role_id")

        job_role_name = d.pop("job_role_name")

        site_code = d.pop("site_code")

        holding_out = cls(
            assigned_on=assigned_on,
            current=current,
            ended_on=ended_on,
            id=id,
            job_role_id=job_role_id,
            job_role_name=job_role_name,
            site_code=site_code,
        )


        holding_out.additional_properties = d
        return holding_out

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
