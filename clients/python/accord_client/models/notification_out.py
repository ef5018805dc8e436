from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.notification_delivery import NotificationDelivery
from typing import cast
import datetime






T = TypeVar("T", bound="NotificationOut")



@_attrs_define
class NotificationOut:
    """ 
        Attributes:
            body (str):
            created_at (datetime.datetime):
            delivery (NotificationDelivery):
            id (int):
            kind (str):
            kind_label (str):
            read_at (datetime.datetime | None):
            title (str):
            unread (bool):
            url (str): The record's page, a path on this site
     """

    body: str
    created_at: datetime.datetime
    delivery: NotificationDelivery
    id: int
    kind: str
    kind_label: str
    read_at: datetime.datetime | None
    title: str
    unread: bool
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        body = self.body

        created_at = self.created_at.isoformat()

        delivery = self.delivery.value

        id = self.id

        kind = self.kind

        kind_label = self.kind_label

        read_at: None | str
        if isinstance(self.read_at, datetime.datetime):
            read_at = self.read_at.isoformat()
        else:
            read_at = self.read_at

        title = self.title

        unread = self.unread

        url = self.url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "body": body,
            "created_at": created_at,
            "delivery": delivery,
            "id": id,
            "kind": kind,
            "kind_label": kind_label,
            "read_at": read_at,
            "title": title,
            "unread": unread,
            "url": url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        delivery = NotificationDelivery(d.pop("delivery"))




        id = d.pop("id")

        kind = d.pop("kind")

        kind_label = d.pop("kind_label")

        def _parse_read_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                read_at_type_0 = datetime.datetime.fromisoformat(data)



                return read_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        read_at = _parse_read_at(d.pop("read_at"))


        title = d.pop("title")

        unread = d.pop("unread")

        url = d.pop("url")

        notification_out = cls(
            body=body,
            created_at=created_at,
            delivery=delivery,
            id=id,
            kind=kind,
            kind_label=kind_label,
            read_at=read_at,
            title=title,
            unread=unread,
            url=url,
        )


        notification_out.additional_properties = d
        return notification_out

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
