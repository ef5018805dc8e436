from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.bulk_created_out import BulkCreatedOut
  from ..models.bulk_link_out import BulkLinkOut





T = TypeVar("T", bound="BulkOut")



@_attrs_define
class BulkOut:
    """ 
        Attributes:
            created (list[BulkCreatedOut]):
            finish (datetime.date | None): The plan's finish after the one reschedule
            links_added (list[BulkLinkOut]):
            links_removed (int):
            updated (list[int]): Ids of the tasks changed
     """

    created: list[BulkCreatedOut]
    finish: datetime.date | None
    links_added: list[BulkLinkOut]
    links_removed: int
    updated: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.bulk_created_out import BulkCreatedOut # noqa: PLC0415
        from ..models.bulk_link_out import BulkLinkOut # noqa: PLC0415
        created = []
        for created_item_data in self.created:
            created_item = created_item_data.to_dict()
            created.append(created_item)



        finish: None | str
        if isinstance(self.finish, datetime.date):
            finish = self.finish.isoformat()
        else:
            finish = self.finish

        links_added = []
        for links_added_item_data in self.links_added:
            links_added_item = links_added_item_data.to_dict()
            links_added.append(links_added_item)



        links_removed = self.links_removed

        updated = self.updated




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created": created,
            "finish": finish,
            "links_added": links_added,
            "links_removed": links_removed,
            "updated": updated,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_created_out import BulkCreatedOut # noqa: PLC0415
        from ..models.bulk_link_out import BulkLinkOut # noqa: PLC0415
        d = dict(src_dict)
        created = []
        _created = d.pop("created")
        for created_item_data in (_created):
            created_item = BulkCreatedOut.from_dict(created_item_data)



            created.append(created_item)


        def _parse_finish(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finish_type_0 = datetime.date.fromisoformat(data)



                return finish_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        finish = _parse_finish(d.pop("finish"))


        links_added = []
        _links_added = d.pop("links_added")
        for links_added_item_data in (_links_added):
            links_added_item = BulkLinkOut.from_dict(links_added_item_data)



            links_added.append(links_added_item)


        links_removed = d.pop("links_removed")

        updated = cast(list[int], d.pop("updated"))


        bulk_out = cls(
            created=created,
            finish=finish,
            links_added=links_added,
            links_removed=links_removed,
            updated=updated,
        )


        bulk_out.additional_properties = d
        return bulk_out

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
