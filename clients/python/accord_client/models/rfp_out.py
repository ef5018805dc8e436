from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.rfp_status import RfpStatus
from typing import cast
import datetime






T = TypeVar("T", bound="RfpOut")



@_attrs_define
class RfpOut:
    """ 
        Attributes:
            cold_chain (bool):
            controlled_substance (bool):
            created_at (datetime.datetime):
            description (str):
            desired_delivery (datetime.date | None):
            desired_start (datetime.date | None):
            high_potency (bool):
            id (int):
            modality (str):
            molecule (str):
            number (str):
            phase (str):
            proposal_due (datetime.date | None):
            quantity_amount (None | str):
            quantity_text (str):
            quantity_unit (str):
            received_on (datetime.date):
            services (list[str]): Service codes asked for
            sponsor_id (int):
            sponsor_name (str):
            status (RfpStatus):
            submitted_by_name (str):
            title (str):
            updated_at (datetime.datetime):
            version (int):
     """

    cold_chain: bool
    controlled_substance: bool
    created_at: datetime.datetime
    description: str
    desired_delivery: datetime.date | None
    desired_start: datetime.date | None
    high_potency: bool
    id: int
    modality: str
    molecule: str
    number: str
    phase: str
    proposal_due: datetime.date | None
    quantity_amount: None | str
    quantity_text: str
    quantity_unit: str
    received_on: datetime.date
    services: list[str]
    sponsor_id: int
    sponsor_name: str
    status: RfpStatus
    submitted_by_name: str
    title: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        cold_chain = self.cold_chain

        controlled_substance = self.controlled_substance

        created_at = self.created_at.isoformat()

        description = self.description

        desired_delivery: None | str
        if isinstance(self.desired_delivery, datetime.date):
            desired_delivery = self.desired_delivery.isoformat()
        else:
            desired_delivery = self.desired_delivery

        desired_start: None | str
        if isinstance(self.desired_start, datetime.date):
            desired_start = self.desired_start.isoformat()
        else:
            desired_start = self.desired_start

        high_potency = self.high_potency

        id = self.id

        modality = self.modality

        molecule = self.molecule

        number = self.number

        phase = self.phase

        proposal_due: None | str
        if isinstance(self.proposal_due, datetime.date):
            proposal_due = self.proposal_due.isoformat()
        else:
            proposal_due = self.proposal_due

        quantity_amount: None | str
        quantity_amount = self.quantity_amount

        quantity_text = self.quantity_text

        quantity_unit = self.quantity_unit

        received_on = self.received_on.isoformat()

        services = self.services



        sponsor_id = self.sponsor_id

        sponsor_name = self.sponsor_name

        status = self.status.value

        submitted_by_name = self.submitted_by_name

        title = self.title

        updated_at = self.updated_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cold_chain": cold_chain,
            "controlled_substance": controlled_substance,
            "created_at": created_at,
            "description": description,
            "desired_delivery": desired_delivery,
            "desired_start": desired_start,
            "high_potency": high_potency,
            "id": id,
            "modality": modality,
            "molecule": molecule,
            "number": number,
            "phase": phase,
            "proposal_due": proposal_due,
            "quantity_amount": quantity_amount,
            "quantity_text": quantity_text,
            "quantity_unit": quantity_unit,
            "received_on": received_on,
            "services": services,
            "sponsor_id": sponsor_id,
            "sponsor_name": sponsor_name,
            "status": status,
            "submitted_by_name": submitted_by_name,
            "title": title,
            "updated_at": updated_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cold_chain = d.pop("cold_chain")

        controlled_substance = d.pop("controlled_substance")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        description = d.pop("description")

        def _parse_desired_delivery(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                desired_delivery_type_0 = datetime.date.fromisoformat(data)



                return desired_delivery_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        desired_delivery = _parse_desired_delivery(d.pop("desired_delivery"))


        def _parse_desired_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                desired_start_type_0 = datetime.date.fromisoformat(data)



                return desired_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        desired_start = _parse_desired_start(d.pop("desired_start"))


        high_potency = d.pop("high_potency")

        id = d.pop("id")

        modality = d.pop("modality")

        molecule = d.pop("molecule")

        number = d.pop("number")

        phase = d.pop("phase")

        def _parse_proposal_due(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                proposal_due_type_0 = datetime.date.fromisoformat(data)



                return proposal_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        proposal_due = _parse_proposal_due(d.pop("proposal_due"))


        def _parse_quantity_amount(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        quantity_amount = _parse_quantity_amount(d.pop("quantity_amount"))


        quantity_text = d.pop("quantity_text")

        quantity_unit = d.pop("quantity_unit")

        received_on = datetime.date.fromisoformat(d.pop("received_on"))




        services = cast(list[str], d.pop("services"))


        sponsor_id = d.pop("sponsor_id")

        sponsor_name = d.pop("sponsor_name")

        status = RfpStatus(d.pop("status"))




        submitted_by_name = d.pop("submitted_by_name")

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        rfp_out = cls(
            cold_chain=cold_chain,
            controlled_substance=controlled_substance,
            created_at=created_at,
            description=description,
            desired_delivery=desired_delivery,
            desired_start=desired_start,
            high_potency=high_potency,
            id=id,
            modality=modality,
            molecule=molecule,
            number=number,
            phase=phase,
            proposal_due=proposal_due,
            quantity_amount=quantity_amount,
            quantity_text=quantity_text,
            quantity_unit=quantity_unit,
            received_on=received_on,
            services=services,
            sponsor_id=sponsor_id,
            sponsor_name=sponsor_name,
            status=status,
            submitted_by_name=submitted_by_name,
            title=title,
            updated_at=updated_at,
            version=version,
        )


        rfp_out.additional_properties = d
        return rfp_out

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
