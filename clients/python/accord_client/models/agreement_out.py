from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.contact_schema import ContactSchema
  from ..models.notify_out import NotifyOut
  from ..models.quality_approval_out import QualityApprovalOut





T = TypeVar("T", bound="AgreementOut")



@_attrs_define
class AgreementOut:
    """ 
        Attributes:
            approvals (list[QualityApprovalOut]):
            approved_at (datetime.datetime | None):
            approved_by_name (None | str):
            contacts (list[ContactSchema]):
            effective_from (datetime.date):
            id (int):
            in_force_today (bool):
            notify (list[NotifyOut]):
            reference (str):
            revision (int):
            share_team_qualification (bool): The sponsor sees its project teams' qualification status
            sponsor_id (int):
            sponsor_name (str):
            status (str):
            status_label (str):
            summary_days (int): Working days to the preliminary summary
            title (str):
            version (int):
     """

    approvals: list[QualityApprovalOut]
    approved_at: datetime.datetime | None
    approved_by_name: None | str
    contacts: list[ContactSchema]
    effective_from: datetime.date
    id: int
    in_force_today: bool
    notify: list[NotifyOut]
    reference: str
    revision: int
    share_team_qualification: bool
    sponsor_id: int
    sponsor_name: str
    status: str
    status_label: str
    summary_days: int
    title: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_schema import ContactSchema # noqa: PLC0415
        from ..models.notify_out import NotifyOut # noqa: PLC0415
        from ..models.quality_approval_out import QualityApprovalOut # noqa: PLC0415
        approvals = []
        for approvals_item_data in self.approvals:
            approvals_item = approvals_item_data.to_dict()
            approvals.append(approvals_item)



        approved_at: None | str
        if isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        approved_by_name: None | str
        approved_by_name = self.approved_by_name

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)



        effective_from = self.effective_from.isoformat()

        id = self.id

        in_force_today = self.in_force_today

        notify = []
        for notify_item_data in self.notify:
            notify_item = notify_item_data.to_dict()
            notify.append(notify_item)



        reference = self.reference

        revision = self.revision

        share_team_qualification = self.share_team_qualification

        sponsor_id = self.sponsor_id

        sponsor_name = self.sponsor_name

        status = self.status

        status_label = self.status_label

        summary_days = self.summary_days

        title = self.title

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "approvals": approvals,
            "approved_at": approved_at,
            "approved_by_name": approved_by_name,
            "contacts": contacts,
            "effective_from": effective_from,
            "id": id,
            "in_force_today": in_force_today,
            "notify": notify,
            "reference": reference,
            "revision": revision,
            "share_team_qualification": share_team_qualification,
            "sponsor_id": sponsor_id,
            "sponsor_name": sponsor_name,
            "status": status,
            "status_label": status_label,
            "summary_days": summary_days,
            "title": title,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_schema import ContactSchema # noqa: PLC0415
        from ..models.notify_out import NotifyOut # noqa: PLC0415
        from ..models.quality_approval_out import QualityApprovalOut # noqa: PLC0415
        d = dict(src_dict)
        approvals = []
        _approvals = d.pop("approvals")
        for approvals_item_data in (_approvals):
            approvals_item = QualityApprovalOut.from_dict(approvals_item_data)



            approvals.append(approvals_item)


        def _parse_approved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_at_type_0 = datetime.datetime.fromisoformat(data)



                return approved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        approved_at = _parse_approved_at(d.pop("approved_at"))


        def _parse_approved_by_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approved_by_name = _parse_approved_by_name(d.pop("approved_by_name"))


        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in (_contacts):
            contacts_item = ContactSchema.from_dict(contacts_item_data)



            contacts.append(contacts_item)


        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))




        id = d.pop("id")

        in_force_today = d.pop("in_force_today")

        notify = []
        _notify = d.pop("notify")
        for notify_item_data in (_notify):
            notify_item = NotifyOut.from_dict(notify_item_data)



            notify.append(notify_item)


        reference = d.pop("reference")

        revision = d.pop("revision")

        share_team_qualification = d.pop("share_team_qualification")

        sponsor_id = d.pop("sponsor_id")

        sponsor_name = d.pop("sponsor_name")

        status = d.pop("status")

        status_label = d.pop("status_label")

        summary_days = d.pop("summary_days")

        title = d.pop("title")

        version = d.pop("version")

        agreement_out = cls(
            approvals=approvals,
            approved_at=approved_at,
            approved_by_name=approved_by_name,
            contacts=contacts,
            effective_from=effective_from,
            id=id,
            in_force_today=in_force_today,
            notify=notify,
            reference=reference,
            revision=revision,
            share_team_qualification=share_team_qualification,
            sponsor_id=sponsor_id,
            sponsor_name=sponsor_name,
            status=status,
            status_label=status_label,
            summary_days=summary_days,
            title=title,
            version=version,
        )


        agreement_out.additional_properties = d
        return agreement_out

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
