from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.raci_out import RaciOut





T = TypeVar("T", bound="TeamDeliverableOut")



@_attrs_define
class TeamDeliverableOut:
    """ 
        Attributes:
            department (str):
            department_label (str):
            description (str):
            due_date (datetime.date | None):
            id (int):
            raci (list[RaciOut]):
            raci_token (str): Send it back (or If-Match) when you set the RACI row
            reference (str):
            title (str):
            version (int): Send it back (or If-Match) when you change the deliverable
     """

    department: str
    department_label: str
    description: str
    due_date: datetime.date | None
    id: int
    raci: list[RaciOut]
    raci_token: str
    reference: str
    title: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.raci_out import RaciOut # noqa: PLC0415
        department = self.department

        department_label = self.department_label

        description = self.description

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        id = self.id

        raci = []
        for raci_item_data in self.raci:
            raci_item = raci_item_data.to_dict()
            raci.append(raci_item)



        raci_token = self.raci_token

        reference = self.reference

        title = self.title

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "department": department,
            "department_label": department_label,
            "description": description,
            "due_date": due_date,
            "id": id,
            "raci": raci,
            "raci_token": raci_token,
            "reference": reference,
            "title": title,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.raci_out import RaciOut # noqa: PLC0415
        d = dict(src_dict)
        department = d.pop("department")

        department_label = d.pop("department_label")

        description = d.pop("description")

        def _parse_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)



                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_date = _parse_due_date(d.pop("due_date"))


        id = d.pop("id")

        raci = []
        _raci = d.pop("raci")
        for raci_item_data in (_raci):
            raci_item = RaciOut.from_dict(raci_item_data)



            raci.append(raci_item)


        raci_token = d.pop("raci_token")

        reference = d.pop("reference")

        title = d.pop("title")

        version = d.pop("version")

        team_deliverable_out = cls(
            department=department,
            department_label=department_label,
            description=description,
            due_date=due_date,
            id=id,
            raci=raci,
            raci_token=raci_token,
            reference=reference,
            title=title,
            version=version,
        )


        team_deliverable_out.additional_properties = d
        return team_deliverable_out

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
