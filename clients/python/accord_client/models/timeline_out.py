from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.timeline_row_out import TimelineRowOut





T = TypeVar("T", bound="TimelineOut")



@_attrs_define
class TimelineOut:
    """ 
        Attributes:
            critical_path (list[str]):
            finish (datetime.date): Earliest finish (critical path method)
            p50 (datetime.date):
            p80 (datetime.date): 80 % chance to finish by then (Monte Carlo)
            rows (list[TimelineRowOut]):
            start (datetime.date):
            template (str):
     """

    critical_path: list[str]
    finish: datetime.date
    p50: datetime.date
    p80: datetime.date
    rows: list[TimelineRowOut]
    start: datetime.date
    template: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.timeline_row_out import TimelineRowOut # noqa: PLC0415
        critical_path = self.critical_path



        finish = self.finish.isoformat()

        p50 = self.p50.isoformat()

        p80 = self.p80.isoformat()

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)



        start = self.start.isoformat()

        template = self.template


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "critical_path": critical_path,
            "finish": finish,
            "p50": p50,
            "p80": p80,
            "rows": rows,
            "start": start,
            "template": template,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timeline_row_out import TimelineRowOut # noqa: PLC0415
        d = dict(src_dict)
        critical_path = cast(list[str], d.pop("critical_path"))


        finish = datetime.date.fromisoformat(d.pop("finish"))




        p50 = datetime.date.fromisoformat(d.pop("p50"))




        p80 = datetime.date.fromisoformat(d.pop("p80"))




        rows = []
        _rows = d.pop("rows")
        for rows_item_data in (_rows):
            rows_item = TimelineRowOut.from_dict(rows_item_data)



            rows.append(rows_item)


        start = datetime.date.fromisoformat(d.pop("start"))




        template = d.pop("template")

        timeline_out = cls(
            critical_path=critical_path,
            finish=finish,
            p50=p50,
            p80=p80,
            rows=rows,
            start=start,
            template=template,
        )


        timeline_out.additional_properties = d
        return timeline_out

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
