from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.approval_in import ApprovalIn
  from ..models.contact_schema import ContactSchema
  from ..models.draft_in_notify import DraftInNotify





T = TypeVar("T", bound="DraftIn")



@_attrs_define
class DraftIn:
    """ 
        Attributes:
            effective_from (datetime.date):
            sponsor_id (int):
            summary_days (int):
            title (str):
            approvals (list[ApprovalIn] | Unset):
            contacts (list[ContactSchema] | Unset):
            notify (DraftInNotify | Unset): Hours to tell the sponsor (1 to 720) per deviation class; a class left out is
                not notifiable
            share_team_qualification (bool | Unset): Show the sponsor its project teams' qualification status Default:
                False.
            version (int | None | Unset): To rewrite: the version you read
     """

    effective_from: datetime.date
    sponsor_id: int
    summary_days: int
    title: str
    approvals: list[ApprovalIn] | Unset = UNSET
    contacts: list[ContactSchema] | Unset = UNSET
    notify: DraftInNotify | Unset = UNSET
    share_team_qualification: bool | Unset = False
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.approval_in import ApprovalIn # noqa: PLC0415
        from ..models.contact_schema import ContactSchema # noqa: PLC0415
        from ..models.draft_in_notify import DraftInNotify # noqa: PLC0415
        effective_from = self.effective_from.isoformat()

        sponsor_id = self.sponsor_id

        summary_days = self.summary_days

        title = self.title

        approvals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.approvals, Unset):
            approvals = []
            for approvals_item_data in self.approvals:
                approvals_item = approvals_item_data.to_dict()
                approvals.append(approvals_item)



        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)



        notify: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notify, Unset):
            notify = self.notify.to_dict()

        share_team_qualification = self.share_team_qualification

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "effective_from": effective_from,
            "sponsor_id": sponsor_id,
            "summary_days": summary_days,
            "title": title,
        })
        if approvals is not UNSET:
            field_dict["approvals"] = approvals
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if notify is not UNSET:
            field_dict["notify"] = notify
        if share_team_qualification is not UNSET:
            field_dict["share_team_qualification"] = share_team_qualification
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.approval_in import ApprovalIn # noqa: PLC0415
        from ..models.contact_schema import ContactSchema # noqa: PLC0415
        from ..models.draft_in_notify import DraftInNotify # noqa: PLC0415
        d = dict(src_dict)
        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))




        sponsor_id = d.pop("sponsor_id")

        summary_days = d.pop("summary_days")

        title = d.pop("title")

        _approvals = d.pop("approvals", UNSET)
        approvals: list[ApprovalIn] | Unset = UNSET
        if _approvals is not UNSET:
            approvals = []
            for approvals_item_data in _approvals:
                approvals_item = ApprovalIn.from_dict(approvals_item_data)



                approvals.append(approvals_item)


        _contacts = d.pop("contacts", UNSET)
        contacts: list[ContactSchema] | Unset = UNSET
        if _contacts is not UNSET:
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = ContactSchema.from_dict(contacts_item_data)



                contacts.append(contacts_item)


        _notify = d.pop("notify", UNSET)
        notify: DraftInNotify | Unset
        if isinstance(_notify,  Unset):
            notify = UNSET
        else:
            notify = DraftInNotify.from_dict(_notify)




        share_team_qualification = d.pop("share_team_qualification", UNSET)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        draft_in = cls(
            effective_from=effective_from,
            sponsor_id=sponsor_id,
            summary_days=summary_days,
            title=title,
            approvals=approvals,
            contacts=contacts,
            notify=notify,
            share_team_qualification=share_team_qualification,
            version=version,
        )

        return draft_in

