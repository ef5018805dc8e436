from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.publication_status import PublicationStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="StatusReportOut")



@_attrs_define
class StatusReportOut:
    """ 
        Attributes:
            health (str): green, amber or red, as it was when the snapshot was taken
            id (int):
            period_end (datetime.date):
            period_start (datetime.date):
            project_code (str):
            project_id (int):
            published_at (datetime.datetime | None):
            published_by (None | str):
            reference (str):
            status (PublicationStatus):
            status_label (str):
            corrects (None | str | Unset): The reference of the report it corrects
     """

    health: str
    id: int
    period_end: datetime.date
    period_start: datetime.date
    project_code: str
    project_id: int
    published_at: datetime.datetime | None
    published_by: None | str
    reference: str
    status: PublicationStatus
    status_label: str
    corrects: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        health = self.health

        id = self.id

        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        project_code = self.project_code

        project_id = self.project_id

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        published_by: None | str
        published_by = self.published_by

        reference = self.reference

        status = self.status.value

        status_label = self.status_label

        corrects: None | str | Unset
        if isinstance(self.corrects, Unset):
            corrects = UNSET
        else:
            corrects = self.corrects


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "health": health,
            "id": id,
            "period_end": period_end,
            "period_start": period_start,
            "project_code": project_code,
            "project_id": project_id,
            "published_at": published_at,
            "published_by": published_by,
            "reference": reference,
            "status": status,
            "status_label": status_label,
        })
        if corrects is not UNSET:
            field_dict["corrects"] = corrects

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        health = d.pop("health")

        id = d.pop("id")

        period_end = datetime.date.fromisoformat(d.pop("period_end"))




        period_start = datetime.date.fromisoformat(d.pop("period_start"))




        project_code = d.pop("project_code")

        project_id = d.pop("project_id")

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)



                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))


        def _parse_published_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        published_by = _parse_published_by(d.pop("published_by"))


        reference = d.pop("reference")

        status = PublicationStatus(d.pop("status"))




        status_label = d.pop("status_label")

        def _parse_corrects(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        corrects = _parse_corrects(d.pop("corrects", UNSET))


        status_report_out = cls(
            health=health,
            id=id,
            period_end=period_end,
            period_start=period_start,
            project_code=project_code,
            project_id=project_id,
            published_at=published_at,
            published_by=published_by,
            reference=reference,
            status=status,
            status_label=status_label,
            corrects=corrects,
        )


        status_report_out.additional_properties = d
        return status_report_out

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
