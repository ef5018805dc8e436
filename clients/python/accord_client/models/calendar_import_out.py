from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.import_row_out import ImportRowOut





T = TypeVar("T", bound="CalendarImportOut")



@_attrs_define
class CalendarImportOut:
    """ 
        Attributes:
            added (list[ImportRowOut]):
            queued (list[str]): Codes of the open plans left to a background job
            rescheduled (list[str]): Codes of the open plans rescheduled at once
            skipped (list[ImportRowOut]):
     """

    added: list[ImportRowOut]
    queued: list[str]
    rescheduled: list[str]
    skipped: list[ImportRowOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.import_row_out import ImportRowOut # noqa: PLC0415
        added = []
        for added_item_data in self.added:
            added_item = added_item_data.to_dict()
            added.append(added_item)



        queued = self.queued



        rescheduled = self.rescheduled



        skipped = []
        for skipped_item_data in self.skipped:
            skipped_item = skipped_item_data.to_dict()
            skipped.append(skipped_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "added": added,
            "queued": queued,
            "rescheduled": rescheduled,
            "skipped": skipped,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_row_out import ImportRowOut # noqa: PLC0415
        d = dict(src_dict)
        added = []
        _added = d.pop("added")
        for added_item_data in (_added):
            added_item = ImportRowOut.from_dict(added_item_data)



            added.append(added_item)


        queued = cast(list[str], d.pop("queued"))


        rescheduled = cast(list[str], d.pop("rescheduled"))


        skipped = []
        _skipped = d.pop("skipped")
        for skipped_item_data in (_skipped):
            skipped_item = ImportRowOut.from_dict(skipped_item_data)



            skipped.append(skipped_item)


        calendar_import_out = cls(
            added=added,
            queued=queued,
            rescheduled=rescheduled,
            skipped=skipped,
        )


        calendar_import_out.additional_properties = d
        return calendar_import_out

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
