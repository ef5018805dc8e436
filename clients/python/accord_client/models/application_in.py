from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ApplicationIn")



@_attrs_define
class ApplicationIn:
    """ 
        Attributes:
            how (str):
            applied_on (datetime.date | None | Unset):
            project_id (int | None | Unset):
            rfp_id (int | None | Unset):
     """

    how: str
    applied_on: datetime.date | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    rfp_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        how = self.how

        applied_on: None | str | Unset
        if isinstance(self.applied_on, Unset):
            applied_on = UNSET
        elif isinstance(self.applied_on, datetime.date):
            applied_on = self.applied_on.isoformat()
        else:
            applied_on = self.applied_on

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        rfp_id: int | None | Unset
        if isinstance(self.rfp_id, Unset):
            rfp_id = UNSET
        else:
            rfp_id = self.rfp_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "how": how,
        })
        if applied_on is not UNSET:
            field_dict["applied_on"] = applied_on
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if rfp_id is not UNSET:
            field_dict["rfp_id"] = rfp_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        how = d.pop("how")

        def _parse_applied_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                applied_on_type_0 = datetime.date.fromisoformat(data)



                return applied_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        applied_on = _parse_applied_on(d.pop("applied_on", UNSET))


        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))


        def _parse_rfp_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rfp_id = _parse_rfp_id(d.pop("rfp_id", UNSET))


        application_in = cls(
            how=how,
            applied_on=applied_on,
            project_id=project_id,
            rfp_id=rfp_id,
        )

        return application_in

