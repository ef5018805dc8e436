from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="QualificationOut")



@_attrs_define
class QualificationOut:
    """ 
        Attributes:
            approved_at (datetime.datetime | None):
            approved_by_name (None | str):
            executed_on (datetime.date):
            id (int):
            protocol (str):
            recorded_by_name (str):
            result (str):
            stage (str):
            stage_label (str):
            summary (str):
            version (int):
     """

    approved_at: datetime.datetime | None
    approved_by_name: None | str
    executed_on: datetime.date
    id: int
    protocol: str
    recorded_by_name: str
    result: str
    stage: str
    stage_label: str
    summary: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        approved_at: None | str
        if isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        approved_by_name: None | str
        approved_by_name = self.approved_by_name

        executed_on = self.executed_on.isoformat()

        id = self.id

        protocol = self.protocol

        recorded_by_name = self.recorded_by_name

        result = self.result

        stage = self.stage

        stage_label = self.stage_label

        summary = self.summary

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "approved_at": approved_at,
            "approved_by_name": approved_by_name,
            "executed_on": executed_on,
            "id": id,
            "protocol": protocol,
            "recorded_by_name": recorded_by_name,
            "result": result,
            "stage": stage,
            "stage_label": stage_label,
            "summary": summary,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_approved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_at_type_0 = datetime.datetime.fromisoformat(data)



                return approved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        approved_at = _parse_approved_at(d.pop("approved_at"))


        def _parse_approved_by_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approved_by_name = _parse_approved_by_name(d.pop("approved_by_name"))


        executed_on = datetime.date.fromisoformat(d.pop("executed_on"))




        id = d.pop("id")

        protocol = d.pop("protocol")

        recorded_by_name = d.pop("recorded_by_name")

        result = d.pop("result")

        stage = d.pop("stage")

        stage_label = d.pop("stage_label")

        summary = d.pop("summary")

        version = d.pop("version")

        qualification_out = cls(
            approved_at=approved_at,
            approved_by_name=approved_by_name,
            executed_on=executed_on,
            id=id,
            protocol=protocol,
            recorded_by_name=recorded_by_name,
            result=result,
            stage=stage,
            stage_label=stage_label,
            summary=summary,
            version=version,
        )


        qualification_out.additional_properties = d
        return qualification_out

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
