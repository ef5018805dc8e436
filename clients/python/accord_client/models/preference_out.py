from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.notification_delivery import NotificationDelivery






T = TypeVar("T", bound="PreferenceOut")



@_attrs_define
class PreferenceOut:
    """ 
        Attributes:
            default (NotificationDelivery):
            delivery (NotificationDelivery):
            description (str):
            is_default (bool):
            kind (str):
            label (str):
     """

    default: NotificationDelivery
    delivery: NotificationDelivery
    description: str
    is_default: bool
    kind: str
    label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        default = self.default.value

        delivery = self.delivery.value

        description = self.description

        is_default = self.is_default

        kind = self.kind

        label = self.label


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "default": default,
            "delivery": delivery,
            "description": description,
            "is_default": is_default,
            "kind": kind,
            "label": label,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        default = NotificationDelivery(d.pop("default"))




        delivery = NotificationDelivery(d.pop("delivery"))




        description = d.pop("description")

        is_default = d.pop("is_default")

        kind = d.pop("kind")

        label = d.pop("label")

        preference_out = cls(
            default=default,
            delivery=delivery,
            description=description,
            is_default=is_default,
            kind=kind,
            label=label,
        )


        preference_out.additional_properties = d
        return preference_out

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
