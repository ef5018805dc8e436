from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.change_order_currency import ChangeOrderCurrency
from ..models.change_order_status import ChangeOrderStatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.change_order_signature_out import ChangeOrderSignatureOut
  from ..models.plan_edit_out import PlanEditOut





T = TypeVar("T", bound="ChangeOrderDetailOut")



@_attrs_define
class ChangeOrderDetailOut:
    """ 
        Attributes:
            created_at (datetime.datetime):
            currency (ChangeOrderCurrency):
            decided_on (datetime.date | None):
            edits (list[PlanEditOut]):
            finish_after (datetime.date | None):
            finish_before (datetime.date | None):
            finish_delta_days (int | None): Working days the project finish moves
            id (int):
            incorporated_at (datetime.datetime | None):
            justification (str):
            price_change (str):
            project_id (int):
            reference (str):
            rejection_reason (str):
            scope_change (str):
            signatures (list[ChangeOrderSignatureOut]):
            sow_reference (str):
            status (ChangeOrderStatus):
            status_label (str):
            title (str):
            updated_at (datetime.datetime):
            version (int):
            decided_by (None | str | Unset): Who accepted or rejected it
     """

    created_at: datetime.datetime
    currency: ChangeOrderCurrency
    decided_on: datetime.date | None
    edits: list[PlanEditOut]
    finish_after: datetime.date | None
    finish_before: datetime.date | None
    finish_delta_days: int | None
    id: int
    incorporated_at: datetime.datetime | None
    justification: str
    price_change: str
    project_id: int
    reference: str
    rejection_reason: str
    scope_change: str
    signatures: list[ChangeOrderSignatureOut]
    sow_reference: str
    status: ChangeOrderStatus
    status_label: str
    title: str
    updated_at: datetime.datetime
    version: int
    decided_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.change_order_signature_out import ChangeOrderSignatureOut # noqa: PLC0415
        from ..models.plan_edit_out import PlanEditOut # noqa: PLC0415
        created_at = self.created_at.isoformat()

        currency = self.currency.value

        decided_on: None | str
        if isinstance(self.decided_on, datetime.date):
            decided_on = self.decided_on.isoformat()
        else:
            decided_on = self.decided_on

        edits = []
        for edits_item_data in self.edits:
            edits_item = edits_item_data.to_dict()
            edits.append(edits_item)



        finish_after: None | str
        if isinstance(self.finish_after, datetime.date):
            finish_after = self.finish_after.isoformat()
        else:
            finish_after = self.finish_after

        finish_before: None | str
        if isinstance(self.finish_before, datetime.date):
            finish_before = self.finish_before.isoformat()
        else:
            finish_before = self.finish_before

        finish_delta_days: int | None
        finish_delta_days = self.finish_delta_days

        id = self.id

        incorporated_at: None | str
        if isinstance(self.incorporated_at, datetime.datetime):
            incorporated_at = self.incorporated_at.isoformat()
        else:
            incorporated_at = self.incorporated_at

        justification = self.justification

        price_change = self.price_change

        project_id = self.project_id

        reference = self.reference

        rejection_reason = self.rejection_reason

        scope_change = self.scope_change

        signatures = []
        for signatures_item_data in self.signatures:
            signatures_item = signatures_item_data.to_dict()
            signatures.append(signatures_item)



        sow_reference = self.sow_reference

        status = self.status.value

        status_label = self.status_label

        title = self.title

        updated_at = self.updated_at.isoformat()

        version = self.version

        decided_by: None | str | Unset
        if isinstance(self.decided_by, Unset):
            decided_by = UNSET
        else:
            decided_by = self.decided_by


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "currency": currency,
            "decided_on": decided_on,
            "edits": edits,
            "finish_after": finish_after,
            "finish_before": finish_before,
            "finish_delta_days": finish_delta_days,
            "id": id,
            "incorporated_at": incorporated_at,
            "justification": justification,
            "price_change": price_change,
            "project_id": project_id,
            "reference": reference,
            "rejection_reason": rejection_reason,
            "scope_change": scope_change,
            "signatures": signatures,
            "sow_reference": sow_reference,
            "status": status,
            "status_label": status_label,
            "title": title,
            "updated_at": updated_at,
            "version": version,
        })
        if decided_by is not UNSET:
            field_dict["decided_by"] = decided_by

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.change_order_signature_out import ChangeOrderSignatureOut # noqa: PLC0415
        from ..models.plan_edit_out import PlanEditOut # noqa: PLC0415
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        currency = ChangeOrderCurrency(d.pop("currency"))




        def _parse_decided_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_on_type_0 = datetime.date.fromisoformat(data)



                return decided_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        decided_on = _parse_decided_on(d.pop("decided_on"))


        edits = []
        _edits = d.pop("edits")
        for edits_item_data in (_edits):
            edits_item = PlanEditOut.from_dict(edits_item_data)



            edits.append(edits_item)


        def _parse_finish_after(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finish_after_type_0 = datetime.date.fromisoformat(data)



                return finish_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        finish_after = _parse_finish_after(d.pop("finish_after"))


        def _parse_finish_before(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finish_before_type_0 = datetime.date.fromisoformat(data)



                return finish_before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        finish_before = _parse_finish_before(d.pop("finish_before"))


        def _parse_finish_delta_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        finish_delta_days = _parse_finish_delta_days(d.pop("finish_delta_days"))


        id = d.pop("id")

        def _parse_incorporated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                incorporated_at_type_0 = datetime.datetime.fromisoformat(data)



                return incorporated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        incorporated_at = _parse_incorporated_at(d.pop("incorporated_at"))


        justification = d.pop("justification")

        price_change = d.pop("price_change")

        project_id = d.pop("project_id")

        reference = d.pop("reference")

        rejection_reason = d.pop("rejection_reason")

        scope_change = d.pop("scope_change")

        signatures = []
        _signatures = d.pop("signatures")
        for signatures_item_data in (_signatures):
            signatures_item = ChangeOrderSignatureOut.from_dict(signatures_item_data)



            signatures.append(signatures_item)


        sow_reference = d.pop("sow_reference")

        status = ChangeOrderStatus(d.pop("status"))




        status_label = d.pop("status_label")

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        def _parse_decided_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decided_by = _parse_decided_by(d.pop("decided_by", UNSET))


        change_order_detail_out = cls(
            created_at=created_at,
            currency=currency,
            decided_on=decided_on,
            edits=edits,
            finish_after=finish_after,
            finish_before=finish_before,
            finish_delta_days=finish_delta_days,
            id=id,
            incorporated_at=incorporated_at,
            justification=justification,
            price_change=price_change,
            project_id=project_id,
            reference=reference,
            rejection_reason=rejection_reason,
            scope_change=scope_change,
            signatures=signatures,
            sow_reference=sow_reference,
            status=status,
            status_label=status_label,
            title=title,
            updated_at=updated_at,
            version=version,
            decided_by=decided_by,
        )


        change_order_detail_out.additional_properties = d
        return change_order_detail_out

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
