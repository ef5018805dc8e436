from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.project_modality import ProjectModality
from ..models.project_phase import ProjectPhase
from ..models.rfp_quantity_unit import RfpQuantityUnit
from ..models.rfp_service import RfpService
from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast
import datetime






T = TypeVar("T", bound="RfpPatchIn")



@_attrs_define
class RfpPatchIn:
    """ 
        Attributes:
            cold_chain (bool | None | Unset):
            controlled_substance (bool | None | Unset):
            description (None | str | Unset):
            desired_delivery (datetime.date | None | Unset):
            desired_start (datetime.date | None | Unset):
            high_potency (bool | None | Unset):
            modality (None | ProjectModality | Unset):
            molecule (None | str | Unset):
            phase (None | ProjectPhase | Unset):
            proposal_due (datetime.date | None | Unset):
            quantity_amount (float | None | str | Unset):
            quantity_text (None | str | Unset):
            quantity_unit (Literal[''] | None | RfpQuantityUnit | Unset):
            reason (str | Unset): Kept in the audit trail Default: ''.
            received_on (datetime.date | None | Unset):
            services (list[RfpService] | None | Unset):
            title (None | str | Unset):
            version (int | None | Unset): The version you read (or If-Match with its ETag)
     """

    cold_chain: bool | None | Unset = UNSET
    controlled_substance: bool | None | Unset = UNSET
    description: None | str | Unset = UNSET
    desired_delivery: datetime.date | None | Unset = UNSET
    desired_start: datetime.date | None | Unset = UNSET
    high_potency: bool | None | Unset = UNSET
    modality: None | ProjectModality | Unset = UNSET
    molecule: None | str | Unset = UNSET
    phase: None | ProjectPhase | Unset = UNSET
    proposal_due: datetime.date | None | Unset = UNSET
    quantity_amount: float | None | str | Unset = UNSET
    quantity_text: None | str | Unset = UNSET
    quantity_unit: Literal[''] | None | RfpQuantityUnit | Unset = UNSET
    reason: str | Unset = ''
    received_on: datetime.date | None | Unset = UNSET
    services: list[RfpService] | None | Unset = UNSET
    title: None | str | Unset = UNSET
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        cold_chain: bool | None | Unset
        if isinstance(self.cold_chain, Unset):
            cold_chain = UNSET
        else:
            cold_chain = self.cold_chain

        controlled_substance: bool | None | Unset
        if isinstance(self.controlled_substance, Unset):
            controlled_substance = UNSET
        else:
            controlled_substance = self.controlled_substance

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        desired_delivery: None | str | Unset
        if isinstance(self.desired_delivery, Unset):
            desired_delivery = UNSET
        elif isinstance(self.desired_delivery, datetime.date):
            desired_delivery = self.desired_delivery.isoformat()
        else:
            desired_delivery = self.desired_delivery

        desired_start: None | str | Unset
        if isinstance(self.desired_start, Unset):
            desired_start = UNSET
        elif isinstance(self.desired_start, datetime.date):
            desired_start = self.desired_start.isoformat()
        else:
            desired_start = self.desired_start

        high_potency: bool | None | Unset
        if isinstance(self.high_potency, Unset):
            high_potency = UNSET
        else:
            high_potency = self.high_potency

        modality: None | str | Unset
        if isinstance(self.modality, Unset):
            modality = UNSET
        elif isinstance(self.modality, ProjectModality):
            modality = self.modality.value
        else:
            modality = self.modality

        molecule: None | str | Unset
        if isinstance(self.molecule, Unset):
            molecule = UNSET
        else:
            molecule = self.molecule

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        elif isinstance(self.phase, ProjectPhase):
            phase = self.phase.value
        else:
            phase = self.phase

        proposal_due: None | str | Unset
        if isinstance(self.proposal_due, Unset):
            proposal_due = UNSET
        elif isinstance(self.proposal_due, datetime.date):
            proposal_due = self.proposal_due.isoformat()
        else:
            proposal_due = self.proposal_due

        quantity_amount: float | None | str | Unset
        if isinstance(self.quantity_amount, Unset):
            quantity_amount = UNSET
        else:
            quantity_amount = self.quantity_amount

        quantity_text: None | str | Unset
        if isinstance(self.quantity_text, Unset):
            quantity_text = UNSET
        else:
            quantity_text = self.quantity_text

        quantity_unit: Literal[''] | None | str | Unset
        if isinstance(self.quantity_unit, Unset):
            quantity_unit = UNSET
        elif isinstance(self.quantity_unit, RfpQuantityUnit):
            quantity_unit = self.quantity_unit.value
        else:
            quantity_unit = self.quantity_unit

        reason = self.reason

        received_on: None | str | Unset
        if isinstance(self.received_on, Unset):
            received_on = UNSET
        elif isinstance(self.received_on, datetime.date):
            received_on = self.received_on.isoformat()
        else:
            received_on = self.received_on

        services: list[str] | None | Unset
        if isinstance(self.services, Unset):
            services = UNSET
        elif isinstance(self.services, list):
            services = []
            for services_type_0_item_data in self.services:
                services_type_0_item = services_type_0_item_data.value
                services.append(services_type_0_item)


        else:
            services = self.services

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if cold_chain is not UNSET:
            field_dict["cold_chain"] = cold_chain
        if controlled_substance is not UNSET:
            field_dict["controlled_substance"] = controlled_substance
        if description is not UNSET:
            field_dict["description"] = description
        if desired_delivery is not UNSET:
            field_dict["desired_delivery"] = desired_delivery
        if desired_start is not UNSET:
            field_dict["desired_start"] = desired_start
        if high_potency is not UNSET:
            field_dict["high_potency"] = high_potency
        if modality is not UNSET:
            field_dict["modality"] = modality
        if molecule is not UNSET:
            field_dict["molecule"] = molecule
        if phase is not UNSET:
            field_dict["phase"] = phase
        if proposal_due is not UNSET:
            field_dict["proposal_due"] = proposal_due
        if quantity_amount is not UNSET:
            field_dict["quantity_amount"] = quantity_amount
        if quantity_text is not UNSET:
            field_dict["quantity_text"] = quantity_text
        if quantity_unit is not UNSET:
            field_dict["quantity_unit"] = quantity_unit
        if reason is not UNSET:
            field_dict["reason"] = reason
        if received_on is not UNSET:
            field_dict["received_on"] = received_on
        if services is not UNSET:
            field_dict["services"] = services
        if title is not UNSET:
            field_dict["title"] = title
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_cold_chain(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cold_chain = _parse_cold_chain(d.pop("cold_chain", UNSET))


        def _parse_controlled_substance(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        controlled_substance = _parse_controlled_substance(d.pop("controlled_substance", UNSET))


        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        def _parse_desired_delivery(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                desired_delivery_type_0 = datetime.date.fromisoformat(data)



                return desired_delivery_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        desired_delivery = _parse_desired_delivery(d.pop("desired_delivery", UNSET))


        def _parse_desired_start(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                desired_start_type_0 = datetime.date.fromisoformat(data)



                return desired_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        desired_start = _parse_desired_start(d.pop("desired_start", UNSET))


        def _parse_high_potency(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        high_potency = _parse_high_potency(d.pop("high_potency", UNSET))


        def _parse_modality(data: object) -> None | ProjectModality | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modality_type_0 = ProjectModality(data)



                return modality_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectModality | Unset, data)

        modality = _parse_modality(d.pop("modality", UNSET))


        def _parse_molecule(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        molecule = _parse_molecule(d.pop("molecule", UNSET))


        def _parse_phase(data: object) -> None | ProjectPhase | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_type_0 = ProjectPhase(data)



                return phase_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectPhase | Unset, data)

        phase = _parse_phase(d.pop("phase", UNSET))


        def _parse_proposal_due(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                proposal_due_type_0 = datetime.date.fromisoformat(data)



                return proposal_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        proposal_due = _parse_proposal_due(d.pop("proposal_due", UNSET))


        def _parse_quantity_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        quantity_amount = _parse_quantity_amount(d.pop("quantity_amount", UNSET))


        def _parse_quantity_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quantity_text = _parse_quantity_text(d.pop("quantity_text", UNSET))


        def _parse_quantity_unit(data: object) -> Literal[''] | None | RfpQuantityUnit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quantity_unit_type_0 = RfpQuantityUnit(data)



                return quantity_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            quantity_unit_type_1 = cast(Literal[''] , data)
            if quantity_unit_type_1 != '':
                raise ValueError(f"quantity_unit_type_1 must match const '', got '{quantity_unit_type_1}'")
            return quantity_unit_type_1
            return cast(Literal[''] | None | RfpQuantityUnit | Unset, data)

        quantity_unit = _parse_quantity_unit(d.pop("quantity_unit", UNSET))


        reason = d.pop("reason", UNSET)

        def _parse_received_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                received_on_type_0 = datetime.date.fromisoformat(data)



                return received_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        received_on = _parse_received_on(d.pop("received_on", UNSET))


        def _parse_services(data: object) -> list[RfpService] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                services_type_0 = []
                _services_type_0 = data
                for services_type_0_item_data in (_services_type_0):
                    services_type_0_item = RfpService(services_type_0_item_data)



                    services_type_0.append(services_type_0_item)

                return services_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RfpService] | None | Unset, data)

        services = _parse_services(d.pop("services", UNSET))


        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        rfp_patch_in = cls(
            cold_chain=cold_chain,
            controlled_substance=controlled_substance,
            description=description,
            desired_delivery=desired_delivery,
            desired_start=desired_start,
            high_potency=high_potency,
            modality=modality,
            molecule=molecule,
            phase=phase,
            proposal_due=proposal_due,
            quantity_amount=quantity_amount,
            quantity_text=quantity_text,
            quantity_unit=quantity_unit,
            reason=reason,
            received_on=received_on,
            services=services,
            title=title,
            version=version,
        )

        return rfp_patch_in

