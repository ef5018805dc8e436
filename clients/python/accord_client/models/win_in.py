from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="WinIn")



@_attrs_define
class WinIn:
    """ The project manager who will run the project signs its baseline: ``username`` and
    ``password`` are theirs.

        Attributes:
            password (str):
            pm_id (int): The project manager who creates and signs the baseline
            project_code (str):
            revision_id (int): The revision accepted, or the one currently sent
            start_date (datetime.date):
            username (str):
            acknowledge (bool | Unset): Acknowledge that your electronic signature is binding (once) Default: False.
            decided_on (datetime.date | None | Unset): Empty: today
            reason (str | Unset): Required on a revision not accepted in the portal Default: ''.
            site_id (int | None | Unset): Empty: the project manager's site
            template_code (str | Unset): Empty: the revision's timeline Default: ''.
            title (str | Unset): Empty: the RFP's title Default: ''.
     """

    password: str
    pm_id: int
    project_code: str
    revision_id: int
    start_date: datetime.date
    username: str
    acknowledge: bool | Unset = False
    decided_on: datetime.date | None | Unset = UNSET
    reason: str | Unset = ''
    site_id: int | None | Unset = UNSET
    template_code: str | Unset = ''
    title: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        password = self.password

        pm_id = self.pm_id

        project_code = self.project_code

        revision_id = self.revision_id

        start_date = self.start_date.isoformat()

        username = self.username

        acknowledge = self.acknowledge

        decided_on: None | str | Unset
        if isinstance(self.decided_on, Unset):
            decided_on = UNSET
        elif isinstance(self.decided_on, datetime.date):
            decided_on = self.decided_on.isoformat()
        else:
            decided_on = self.decided_on

        reason = self.reason

        site_id: int | None | Unset
        if isinstance(self.site_id, Unset):
            site_id = UNSET
        else:
            site_id = self.site_id

        template_code = self.template_code

        title = self.title


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "password": password,
            "pm_id": pm_id,
            "project_code": project_code,
            "revision_id": revision_id,
            "start_date": start_date,
            "username": username,
        })
        if acknowledge is not UNSET:
            field_dict["acknowledge"] = acknowledge
        if decided_on is not UNSET:
            field_dict["decided_on"] = decided_on
        if reason is not UNSET:
            field_dict["reason"] = reason
        if site_id is not UNSET:
            field_dict["site_id"] = site_id
        if template_code is not UNSET:
            field_dict["template_code"] = template_code
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password")

        pm_id = d.pop("pm_id")

        project_code = d.pop("project_code")

        revision_id = d.pop("revision_id")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))




        username = d.pop("username")

        acknowledge = d.pop("acknowledge", UNSET)

        def _parse_decided_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_on_type_0 = datetime.date.fromisoformat(data)



                return decided_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        decided_on = _parse_decided_on(d.pop("decided_on", UNSET))


        reason = d.pop("reason", UNSET)

        def _parse_site_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        site_id = _parse_site_id(d.pop("site_id", UNSET))


        template_code = d.pop("template_code", UNSET)

        title = d.pop("title", UNSET)

        win_in = cls(
            password=password,
            pm_id=pm_id,
            project_code=project_code,
            revision_id=revision_id,
            start_date=start_date,
            username=username,
            acknowledge=acknowledge,
            decided_on=decided_on,
            reason=reason,
            site_id=site_id,
            template_code=template_code,
            title=title,
        )

        return win_in

