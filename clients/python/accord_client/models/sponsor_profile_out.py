from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.health_out import HealthOut
  from ..models.key_contact_out import KeyContactOut





T = TypeVar("T", bound="SponsorProfileOut")



@_attrs_define
class SponsorProfileOut:
    """ 
        Attributes:
            account_owner_id (int | None): The CDMO person who answers for it
            account_owner_name (None | str):
            barrier_context (str):
            barrier_readiness (str):
            barrier_resources (str):
            communication_cadence (str):
            contacts (list[KeyContactOut]):
            exists (bool): false: nobody has filled in the profile yet
            health (HealthOut):
            is_trendsetter (bool):
            language (str):
            modalities (list[str]):
            regions (list[str]):
            report_format (str):
            sponsor_id (int):
            sponsor_name (str):
            sponsor_type (str):
            strategies (str):
            success_definition (str):
            time_zone (str):
            updated_at (datetime.datetime | None):
            version (int):
     """

    account_owner_id: int | None
    account_owner_name: None | str
    barrier_context: str
    barrier_readiness: str
    barrier_resources: str
    communication_cadence: str
    contacts: list[KeyContactOut]
    exists: bool
    health: HealthOut
    is_trendsetter: bool
    language: str
    modalities: list[str]
    regions: list[str]
    report_format: str
    sponsor_id: int
    sponsor_name: str
    sponsor_type: str
    strategies: str
    success_definition: str
    time_zone: str
    updated_at: datetime.datetime | None
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.health_out import HealthOut # noqa: PLC0415
        from ..models.key_contact_out import KeyContactOut # noqa: PLC0415
        account_owner_id: int | None
        account_owner_id = self.account_owner_id

        account_owner_name: None | str
        account_owner_name = self.account_owner_name

        barrier_context = self.barrier_context

        barrier_readiness = self.barrier_readiness

        barrier_resources = self.barrier_resources

        communication_cadence = self.communication_cadence

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)



        exists = self.exists

        health = self.health.to_dict()

        is_trendsetter = self.is_trendsetter

        language = self.language

        modalities = self.modalities



        regions = self.regions



        report_format = self.report_format

        sponsor_id = self.sponsor_id

        sponsor_name = self.sponsor_name

        sponsor_type = self.sponsor_type

        strategies = self.strategies

        success_definition = self.success_definition

        time_zone = self.time_zone

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "account_owner_id": account_owner_id,
            "account_owner_name": account_owner_name,
            "barrier_context": barrier_context,
            "barrier_readiness": barrier_readiness,
            "barrier_resources": barrier_resources,
            "communication_cadence": communication_cadence,
            "contacts": contacts,
            "exists": exists,
            "health": health,
            "is_trendsetter": is_trendsetter,
            "language": language,
            "modalities": modalities,
            "regions": regions,
            "report_format": report_format,
            "sponsor_id": sponsor_id,
            "sponsor_name": sponsor_name,
            "sponsor_type": sponsor_type,
            "strategies": strategies,
            "success_definition": success_definition,
            "time_zone": time_zone,
            "updated_at": updated_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.health_out import HealthOut # noqa: PLC0415
        from ..models.key_contact_out import KeyContactOut # noqa: PLC0415
        d = dict(src_dict)
        def _parse_account_owner_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        account_owner_id = _parse_account_owner_id(d.pop("account_owner_id"))


        def _parse_account_owner_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        account_owner_name = _parse_account_owner_name(d.pop("account_owner_name"))


        barrier_context = d.pop("barrier_context")

        barrier_readiness = d.pop("barrier_readiness")

        barrier_resources = d.pop("barrier_resources")

        communication_cadence = d.pop("communication_cadence")

        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in (_contacts):
            contacts_item = KeyContactOut.from_dict(contacts_item_data)



            contacts.append(contacts_item)


        exists = d.pop("exists")

        health = HealthOut.from_dict(d.pop("health"))




        is_trendsetter = d.pop("is_trendsetter")

        language = d.pop("language")

        modalities = cast(list[str], d.pop("modalities"))


        regions = cast(list[str], d.pop("regions"))


        report_format = d.pop("report_format")

        sponsor_id = d.pop("sponsor_id")

        sponsor_name = d.pop("sponsor_name")

        sponsor_type = d.pop("sponsor_type")

        strategies = d.pop("strategies")

        success_definition = d.pop("success_definition")

        time_zone = d.pop("time_zone")

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)



                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))


        version = d.pop("version")

        sponsor_profile_out = cls(
            account_owner_id=account_owner_id,
            account_owner_name=account_owner_name,
            barrier_context=barrier_context,
            barrier_readiness=barrier_readiness,
            barrier_resources=barrier_resources,
            communication_cadence=communication_cadence,
            contacts=contacts,
            exists=exists,
            health=health,
            is_trendsetter=is_trendsetter,
            language=language,
            modalities=modalities,
            regions=regions,
            report_format=report_format,
            sponsor_id=sponsor_id,
            sponsor_name=sponsor_name,
            sponsor_type=sponsor_type,
            strategies=strategies,
            success_definition=success_definition,
            time_zone=time_zone,
            updated_at=updated_at,
            version=version,
        )


        sponsor_profile_out.additional_properties = d
        return sponsor_profile_out

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
