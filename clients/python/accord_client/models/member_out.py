from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="MemberOut")



@_attrs_define
class MemberOut:
    """ 
        Attributes:
            id (int):
            name (str):
            organization (str):
            responsibility (str):
            role (str): Project role code (see GET /project-roles)
            role_label (str):
            side (str): cdmo or sponsor
            version (int): Goes up with each change of role or responsibility; send it back (or If-Match with the ETag) when
                you change the member
     """

    id: int
    name: str
    organization: str
    responsibility: str
    role: str
    role_label: str
    side: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        organization = self.organization

        responsibility = self.responsibility

        role = self.role

        role_label = self.role_label

        side = self.side

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "name": name,
            "organization": organization,
            "responsibility": responsibility,
            "role": role,
            "role_label": role_label,
            "side": side,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        organization = d.pop("organization")

        responsibility = d.pop("responsibility")

        role = d.pop("role")

        role_label = d.pop("role_label")

        side = d.pop("side")

        version = d.pop("version")

        member_out = cls(
            id=id,
            name=name,
            organization=organization,
            responsibility=responsibility,
            role=role,
            role_label=role_label,
            side=side,
            version=version,
        )


        member_out.additional_properties = d
        return member_out

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
