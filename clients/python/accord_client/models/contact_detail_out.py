from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.key_contact_decision_role import KeyContactDecisionRole
from typing import cast
import datetime






T = TypeVar("T", bound="ContactDetailOut")



@_attrs_define
class ContactDetailOut:
    """ 
        Attributes:
            created_at (datetime.datetime):
            decision_role (KeyContactDecisionRole):
            decision_role_label (str):
            email (str):
            id (int):
            is_active (bool):
            is_primary (bool):
            name (str):
            phone (str):
            sponsor_id (int):
            title (str):
            updated_at (datetime.datetime):
            user_id (int | None): Their portal account, if any
            version (int):
     """

    created_at: datetime.datetime
    decision_role: KeyContactDecisionRole
    decision_role_label: str
    email: str
    id: int
    is_active: bool
    is_primary: bool
    name: str
    phone: str
    sponsor_id: int
    title: str
    updated_at: datetime.datetime
    user_id: int | None
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        decision_role = self.decision_role.value

        decision_role_label = self.decision_role_label

        email = self.email

        id = self.id

        is_active = self.is_active

        is_primary = self.is_primary

        name = self.name

        phone = self.phone

        sponsor_id = self.sponsor_id

        title = self.title

        updated_at = self.updated_at.isoformat()

        user_id: int | None
        user_id = self.user_id

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "decision_role": decision_role,
            "decision_role_label": decision_role_label,
            "email": email,
            "id": id,
            "is_active": is_active,
            "is_primary": is_primary,
            "name": name,
            "phone": phone,
            "sponsor_id": sponsor_id,
            "title": title,
            "updated_at": updated_at,
            "user_id": user_id,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        decision_role = KeyContactDecisionRole(d.pop("decision_role"))




        decision_role_label = d.pop("decision_role_label")

        email = d.pop("email")

        id = d.pop("id")

        is_active = d.pop("is_active")

        is_primary = d.pop("is_primary")

        name = d.pop("name")

        phone = d.pop("phone")

        sponsor_id = d.pop("sponsor_id")

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        def _parse_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        user_id = _parse_user_id(d.pop("user_id"))


        version = d.pop("version")

        contact_detail_out = cls(
            created_at=created_at,
            decision_role=decision_role,
            decision_role_label=decision_role_label,
            email=email,
            id=id,
            is_active=is_active,
            is_primary=is_primary,
            name=name,
            phone=phone,
            sponsor_id=sponsor_id,
            title=title,
            updated_at=updated_at,
            user_id=user_id,
            version=version,
        )


        contact_detail_out.additional_properties = d
        return contact_detail_out

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
