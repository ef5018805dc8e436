from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="BatchOut")



@_attrs_define
class BatchOut:
    """ 
        Attributes:
            deviations (list[str]): Numbers of the deviations you may see
            id (int):
            manufactured_on (datetime.date):
            number (str):
            product (str):
            project_code (str):
            project_id (int):
            registered_at (datetime.datetime):
            registered_by_name (str):
            sponsor_id (int):
            sponsor_name (str):
            status (str):
            status_label (str):
            version (int):
     """

    deviations: list[str]
    id: int
    manufactured_on: datetime.date
    number: str
    product: str
    project_code: str
    project_id: int
    registered_at: datetime.datetime
    registered_by_name: str
    sponsor_id: int
    sponsor_name: str
    status: str
    status_label: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        deviations = self.deviations



        id = self.id

        manufactured_on = self.manufactured_on.isoformat()

        number = self.number

        product = self.product

        project_code = self.project_code

        project_id = self.project_id

        registered_at = self.registered_at.isoformat()

        registered_by_name = self.registered_by_name

        sponsor_id = self.sponsor_id

        sponsor_name = self.sponsor_name

        status = self.status

        status_label = self.status_label

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "deviations": deviations,
            "id": id,
            "manufactured_on": manufactured_on,
            "number": number,
            "product": product,
            "project_code": project_code,
            "project_id": project_id,
            "registered_at": registered_at,
            "registered_by_name": registered_by_name,
            "sponsor_id": sponsor_id,
            "sponsor_name": sponsor_name,
            "status": status,
            "status_label": status_label,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deviations = cast(list[str], d.pop("deviations"))


        id = d.pop("id")

        manufactured_on = datetime.date.fromisoformat(d.pop("manufactured_on"))




        number = d.pop("number")

        product = d.pop("product")

        project_code = d.pop("project_code")

        project_id = d.pop("project_id")

        registered_at = datetime.datetime.fromisoformat(d.pop("registered_at"))




        registered_by_name = d.pop("registered_by_name")

        sponsor_id = d.pop("sponsor_id")

        sponsor_name = d.pop("sponsor_name")

        status = d.pop("status")

        status_label = d.pop("status_label")

        version = d.pop("version")

        batch_out = cls(
            deviations=deviations,
            id=id,
            manufactured_on=manufactured_on,
            number=number,
            product=product,
            project_code=project_code,
            project_id=project_id,
            registered_at=registered_at,
            registered_by_name=registered_by_name,
            sponsor_id=sponsor_id,
            sponsor_name=sponsor_name,
            status=status,
            status_label=status_label,
            version=version,
        )


        batch_out.additional_properties = d
        return batch_out

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
