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






T = TypeVar("T", bound="RfpIn")



@_attrs_define
class RfpIn:
    """ 
        Attributes:
            modality (ProjectModality):
            phase (ProjectPhase):
            services (list[RfpService]): Services asked for
            title (str):
            cold_chain (bool | Unset):  Default: False.
            controlled_substance (bool | Unset):  Default: False.
            description (str | Unset):  Default: ''.
            desired_delivery (datetime.date | None | Unset):
            desired_start (datetime.date | None | Unset):
            high_potency (bool | Unset):  Default: False.
            molecule (str | Unset):  Default: ''.
            proposal_due (datetime.date | None | Unset):
            quantity_amount (float | None | str | Unset):
            quantity_text (str | Unset):  Default: ''.
            quantity_unit (Literal[''] | RfpQuantityUnit | Unset):  Default: ''.
            received_on (datetime.date | None | Unset): CDMO staff: today if empty
            sponsor_id (int | None | Unset): CDMO staff: the sponsor who sent it. A sponsor user: its own (or empty)
     """

    modality: ProjectModality
    phase: ProjectPhase
    services: list[RfpService]
    title: str
    cold_chain: bool | Unset = False
    controlled_substance: bool | Unset = False
    description: str | Unset = ''
    desired_delivery: datetime.date | None | Unset = UNSET
    desired_start: datetime.date | None | Unset = UNSET
    high_potency: bool | Unset = False
    molecule: str | Unset = ''
    proposal_due: datetime.date | None | Unset = UNSET
    quantity_amount: float | None | str | Unset = UNSET
    quantity_text: str | Unset = ''
    quantity_unit: Literal[''] | RfpQuantityUnit | Unset = ''
    received_on: datetime.date | None | Unset = UNSET
    sponsor_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        modality = self.modality.value

        phase = self.phase.value

        services = []
        for services_item_data in self.services:
            services_item = services_item_data.value
            services.append(services_item)



        title = self.title

        cold_chain = self.cold_chain

        controlled_substance = self.controlled_substance

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

        high_potency = self.high_potency

        molecule = self.molecule

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

        quantity_text = self.quantity_text

        quantity_unit: Literal[''] | str | Unset
        if isinstance(self.quantity_unit, Unset):
            quantity_unit = UNSET
        elif isinstance(self.quantity_unit, RfpQuantityUnit):
            quantity_unit = self.quantity_unit.value
        else:
            quantity_unit = self.quantity_unit

        received_on: None | str | Unset
        if isinstance(self.received_on, Unset):
            received_on = UNSET
        elif isinstance(self.received_on, datetime.date):
            received_on = self.received_on.isoformat()
        else:
            received_on = self.received_on

        sponsor_id: int | None | Unset
        if isinstance(self.sponsor_id, Unset):
            sponsor_id = UNSET
        else:
            sponsor_id = self.sponsor_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "modality": modality,
            "phase": phase,
            "services": services,
            "title": title,
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
        if molecule is not UNSET:
            field_dict["molecule"] = molecule
        if proposal_due is not UNSET:
            field_dict["proposal_due"] = proposal_due
        if quantity_amount is not UNSET:
            field_dict["quantity_amount"] = quantity_amount
        if quantity_text is not UNSET:
            field_dict["quantity_text"] = quantity_text
        if quantity_unit is not UNSET:
            field_dict["quantity_unit"] = quantity_unit
        if received_on is not UNSET:
            field_dict["received_on"] = received_on
        if sponsor_id is not UNSET:
            field_dict["sponsor_id"] = sponsor_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        modality = ProjectModality(d.pop("modality"))




        phase = ProjectPhase(d.pop("phase"))




        services = []
        _services = d.pop("services")
        for services_item_data in (_services):
            services_item = RfpService(services_item_data)



            services.append(services_item)


        title = d.pop("title")

        cold_chain = d.pop("cold_chain", UNSET)

        controlled_substance = d.pop("controlled_substance", UNSET)

        description = d.pop("description", UNSET)

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


        high_potency = d.pop("high_potency", UNSET)

        molecule = d.pop("molecule", UNSET)

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


        quantity_text = d.pop("quantity_text", UNSET)

        def _parse_quantity_unit(data: object) -> Literal[''] | RfpQuantityUnit | Unset:
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

        quantity_unit = _parse_quantity_unit(d.pop("quantity_unit", UNSET))


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


        def _parse_sponsor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sponsor_id = _parse_sponsor_id(d.pop("sponsor_id", UNSET))


        rfp_in = cls(
            modality=modality,
            phase=phase,
            services=services,
            title=title,
            cold_chain=cold_chain,
            controlled_substance=controlled_substance,
            description=description,
            desired_delivery=desired_delivery,
            desired_start=desired_start,
            high_potency=high_potency,
            molecule=molecule,
            proposal_due=proposal_due,
            quantity_amount=quantity_amount,
            quantity_text=quantity_text,
            quantity_unit=quantity_unit,
            received_on=received_on,
            sponsor_id=sponsor_id,
        )

        return rfp_in

