from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.client_language import ClientLanguage
from ..models.client_modality import ClientModality
from ..models.client_region import ClientRegion
from ..models.organization_sponsor_type import OrganizationSponsorType
from ..models.sponsor_profile_cadence import SponsorProfileCadence
from ..models.sponsor_profile_report_format import SponsorProfileReportFormat
from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast






T = TypeVar("T", bound="ProfileIn")



@_attrs_define
class ProfileIn:
    """ The whole profile (PUT): fields left out are emptied, as on the page's form.

        Attributes:
            account_owner_id (int | None | Unset):
            barrier_context (str | Unset):  Default: ''.
            barrier_readiness (str | Unset):  Default: ''.
            barrier_resources (str | Unset):  Default: ''.
            communication_cadence (Literal[''] | SponsorProfileCadence | Unset):  Default: ''.
            is_trendsetter (bool | Unset):  Default: False.
            language (ClientLanguage | Literal[''] | Unset):  Default: ''.
            modalities (list[ClientModality] | Unset):
            reason (str | Unset):  Default: ''.
            regions (list[ClientRegion] | Unset):
            report_format (Literal[''] | SponsorProfileReportFormat | Unset):  Default: ''.
            sponsor_type (None | OrganizationSponsorType | Unset): Kept on the sponsor; needs the right to edit sponsors
            strategies (str | Unset):  Default: ''.
            success_definition (str | Unset):  Default: ''.
            time_zone (str | Unset): IANA, e.g. Europe/Zurich Default: ''.
            version (int | None | Unset): The version read; 0 when the profile does not exist yet
     """

    account_owner_id: int | None | Unset = UNSET
    barrier_context: str | Unset = ''
    barrier_readiness: str | Unset = ''
    barrier_resources: str | Unset = ''
    communication_cadence: Literal[''] | SponsorProfileCadence | Unset = ''
    is_trendsetter: bool | Unset = False
    language: ClientLanguage | Literal[''] | Unset = ''
    modalities: list[ClientModality] | Unset = UNSET
    reason: str | Unset = ''
    regions: list[ClientRegion] | Unset = UNSET
    report_format: Literal[''] | SponsorProfileReportFormat | Unset = ''
    sponsor_type: None | OrganizationSponsorType | Unset = UNSET
    strategies: str | Unset = ''
    success_definition: str | Unset = ''
    time_zone: str | Unset = ''
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        account_owner_id: int | None | Unset
        if isinstance(self.account_owner_id, Unset):
            account_owner_id = UNSET
        else:
            account_owner_id = self.account_owner_id

        barrier_context = self.barrier_context

        barrier_readiness = self.barrier_readiness

        barrier_resources = self.barrier_resources

        communication_cadence: Literal[''] | str | Unset
        if isinstance(self.communication_cadence, Unset):
            communication_cadence = UNSET
        elif isinstance(self.communication_cadence, SponsorProfileCadence):
            communication_cadence = self.communication_cadence.value
        else:
            communication_cadence = self.communication_cadence

        is_trendsetter = self.is_trendsetter

        language: Literal[''] | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, ClientLanguage):
            language = self.language.value
        else:
            language = self.language

        modalities: list[str] | Unset = UNSET
        if not isinstance(self.modalities, Unset):
            modalities = []
            for modalities_item_data in self.modalities:
                modalities_item = modalities_item_data.value
                modalities.append(modalities_item)



        reason = self.reason

        regions: list[str] | Unset = UNSET
        if not isinstance(self.regions, Unset):
            regions = []
            for regions_item_data in self.regions:
                regions_item = regions_item_data.value
                regions.append(regions_item)



        report_format: Literal[''] | str | Unset
        if isinstance(self.report_format, Unset):
            report_format = UNSET
        elif isinstance(self.report_format, SponsorProfileReportFormat):
            report_format = self.report_format.value
        else:
            report_format = self.report_format

        sponsor_type: None | str | Unset
        if isinstance(self.sponsor_type, Unset):
            sponsor_type = UNSET
        elif isinstance(self.sponsor_type, OrganizationSponsorType):
            sponsor_type = self.sponsor_type.value
        else:
            sponsor_type = self.sponsor_type

        strategies = self.strategies

        success_definition = self.success_definition

        time_zone = self.time_zone

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if account_owner_id is not UNSET:
            field_dict["account_owner_id"] = account_owner_id
        if barrier_context is not UNSET:
            field_dict["barrier_context"] = barrier_context
        if barrier_readiness is not UNSET:
            field_dict["barrier_readiness"] = barrier_readiness
        if barrier_resources is not UNSET:
            field_dict["barrier_resources"] = barrier_resources
        if communication_cadence is not UNSET:
            field_dict["communication_cadence"] = communication_cadence
        if is_trendsetter is not UNSET:
            field_dict["is_trendsetter"] = is_trendsetter
        if language is not UNSET:
            field_dict["language"] = language
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if reason is not UNSET:
            field_dict["reason"] = reason
        if regions is not UNSET:
            field_dict["regions"] = regions
        if report_format is not UNSET:
            field_dict["report_format"] = report_format
        if sponsor_type is not UNSET:
            field_dict["sponsor_type"] = sponsor_type
        if strategies is not UNSET:
            field_dict["strategies"] = strategies
        if success_definition is not UNSET:
            field_dict["success_definition"] = success_definition
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_account_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        account_owner_id = _parse_account_owner_id(d.pop("account_owner_id", UNSET))


        barrier_context = d.pop("barrier_context", UNSET)

        barrier_readiness = d.pop("barrier_readiness", UNSET)

        barrier_resources = d.pop("barrier_resources", UNSET)

        def _parse_communication_cadence(data: object) -> Literal[''] | SponsorProfileCadence | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                communication_cadence_type_0 = SponsorProfileCadence(data)



                return communication_cadence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            communication_cadence_type_1 = cast(Literal[''] , data)
            if communication_cadence_type_1 != '':
                raise ValueError(f"communication_cadence_type_1 must match const '', got '{communication_cadence_type_1}'")
            return communication_cadence_type_1

        communication_cadence = _parse_communication_cadence(d.pop("communication_cadence", UNSET))


        is_trendsetter = d.pop("is_trendsetter", UNSET)

        def _parse_language(data: object) -> ClientLanguage | Literal[''] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = ClientLanguage(data)



                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            language_type_1 = cast(Literal[''] , data)
            if language_type_1 != '':
                raise ValueError(f"language_type_1 must match const '', got '{language_type_1}'")
            return language_type_1

        language = _parse_language(d.pop("language", UNSET))


        _modalities = d.pop("modalities", UNSET)
        modalities: list[ClientModality] | Unset = UNSET
        if _modalities is not UNSET:
            modalities = []
            for modalities_item_data in _modalities:
                modalities_item = ClientModality(modalities_item_data)



                modalities.append(modalities_item)


        reason = d.pop("reason", UNSET)

        _regions = d.pop("regions", UNSET)
        regions: list[ClientRegion] | Unset = UNSET
        if _regions is not UNSET:
            regions = []
            for regions_item_data in _regions:
                regions_item = ClientRegion(regions_item_data)



                regions.append(regions_item)


        def _parse_report_format(data: object) -> Literal[''] | SponsorProfileReportFormat | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                report_format_type_0 = SponsorProfileReportFormat(data)



                return report_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            report_format_type_1 = cast(Literal[''] , data)
            if report_format_type_1 != '':
                raise ValueError(f"report_format_type_1 must match const '', got '{report_format_type_1}'")
            return report_format_type_1

        report_format = _parse_report_format(d.pop("report_format", UNSET))


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


        strategies = d.pop("strategies", UNSET)

        success_definition = d.pop("success_definition", UNSET)

        time_zone = d.pop("time_zone", UNSET)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        profile_in = cls(
            account_owner_id=account_owner_id,
            barrier_context=barrier_context,
            barrier_readiness=barrier_readiness,
            barrier_resources=barrier_resources,
            communication_cadence=communication_cadence,
            is_trendsetter=is_trendsetter,
            language=language,
            modalities=modalities,
            reason=reason,
            regions=regions,
            report_format=report_format,
            sponsor_type=sponsor_type,
            strategies=strategies,
            success_definition=success_definition,
            time_zone=time_zone,
            version=version,
        )

        return profile_in

