from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.organization_sponsor_type import OrganizationSponsorType
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="SponsorPatchIn")



@_attrs_define
class SponsorPatchIn:
    """ 
        Attributes:
            country (None | str | Unset):
            name (None | str | Unset):
            reason (str | Unset): Kept in the audit trail Default: ''.
            short_name (None | str | Unset):
            sponsor_type (None | OrganizationSponsorType | Unset):
            token (None | str | Unset): The sponsor's `token` as read (or If-Match)
            website (None | str | Unset):
     """

    country: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    reason: str | Unset = ''
    short_name: None | str | Unset = UNSET
    sponsor_type: None | OrganizationSponsorType | Unset = UNSET
    token: None | str | Unset = UNSET
    website: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        reason = self.reason

        short_name: None | str | Unset
        if isinstance(self.short_name, Unset):
            short_name = UNSET
        else:
            short_name = self.short_name

        sponsor_type: None | str | Unset
        if isinstance(self.sponsor_type, Unset):
            sponsor_type = UNSET
        elif isinstance(self.sponsor_type, OrganizationSponsorType):
            sponsor_type = self.sponsor_type.value
        else:
            sponsor_type = self.sponsor_type

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if country is not UNSET:
            field_dict["country"] = country
        if name is not UNSET:
            field_dict["name"] = name
        if reason is not UNSET:
            field_dict["reason"] = reason
        if short_name is not UNSET:
            field_dict["short_name"] = short_name
        if sponsor_type is not UNSET:
            field_dict["sponsor_type"] = sponsor_type
        if token is not UNSET:
            field_dict["token"] = token
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        reason = d.pop("reason", UNSET)

        def _parse_short_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_name = _parse_short_name(d.pop("short_name", UNSET))


        def _parse_sponsor_type(data: object) -> None | OrganizationSponsorType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sponsor_type_type_0 = OrganizationSponsorType(data)



                return sponsor_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrganizationSponsorType | Unset, data)

        sponsor_type = _parse_sponsor_type(d.pop("sponsor_type", UNSET))


        def _parse_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))


        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))


        sponsor_patch_in = cls(
            country=country,
            name=name,
            reason=reason,
            short_name=short_name,
            sponsor_type=sponsor_type,
            token=token,
            website=website,
        )

        return sponsor_patch_in

