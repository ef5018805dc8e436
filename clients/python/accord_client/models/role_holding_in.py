from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="RoleHoldingIn")



@_attrs_define
class RoleHoldingIn:
    """ 
        Attributes:
            job_role_id (int):
            person_id (int):
            site_id (int):
            on (datetime.date | None | Unset): From this day (default today)
     """

    job_role_id: int
    person_id: int
    site_id: int
    on: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        job_role_id = self.job_role_id

        person_id = self.person_id

        site_id = self.site_id

        on: None | str | Unset
        if isinstance(self.on, Unset):
            on = UNSET
        elif isinstance(self.on, datetime.date):
            on = self.on.isoformat()
        else:
            on = self.on


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "job_role_id": job_role_id,
            "person_id": person_id,
            "site_id": site_id,
        })
        if on is not UNSET:
            field_dict["on"] = on

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_role_id = d.pop("job_role_id")

        person_id = d.pop("person_id")

        site_id = d.pop("site_id")

        def _parse_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_type_0 = datetime.date.fromisoformat(data)



                return on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        on = _parse_on(d.pop("on", UNSET))


        role_holding_in = cls(
            job_role_id=job_role_id,
            person_id=person_id,
            site_id=site_id,
            on=on,
        )

        return role_holding_in

