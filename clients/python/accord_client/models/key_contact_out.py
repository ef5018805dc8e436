from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.key_contact_decision_role import KeyContactDecisionRole
from typing import cast






T = TypeVar("T", bound="KeyContactOut")



@_attrs_define
class KeyContactOut:
    """ 
        Attributes:
            decision_role (KeyContactDecisionRole):
            email (str):
            id (int):
            is_active (bool):
            is_primary (bool):
            name (str):
            phone (str):
            title (str):
            user_id (int | None): Their portal account, if any
     """

    decision_role: KeyContactDecisionRole
    email: str
    id: int
    is_active: bool
    is_primary: bool
    name: str
    phone: str
    title: str
    user_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        decision_role = self.decision_role.value

        email = self.email

        id = self.id

        is_active = self.is_active

        is_primary = self.is_primary

        name = self.name

        phone = self.phone

        title = self.title

        user_id: int | None
        user_id = self.user_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "decision_role": decision_role,
            "email": email,
            "id": id,
            "is_active": is_active,
            "is_primary": is_primary,
            "name": name,
            "phone": phone,
            "title": title,
            "user_id": user_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision_role = KeyContactDecisionRole(d.pop("decision_role"))




        email = d.pop("email")

        id = d.pop("id")

        is_active = d.pop("is_active")

        is_primary = d.pop("is_primary")

        name = d.pop("name")

        phone = d.pop("phone")

        title = d.pop("title")

        def _parse_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        user_id = _parse_user_id(d.pop("user_id"))


        key_contact_out = cls(
            decision_role=decision_role,
            email=email,
            id=id,
            is_active=is_active,
            is_primary=is_primary,
            name=name,
            phone=phone,
            title=title,
            user_id=user_id,
        )


        key_contact_out.additional_properties = d
        return key_contact_out

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
