from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.project_modality import ProjectModality
from ..models.project_phase import ProjectPhase
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ProjectIn")



@_attrs_define
class ProjectIn:
    """ 
        Attributes:
            code (str):
            modality (ProjectModality):
            phase (ProjectPhase):
            site_id (int):
            sponsor_id (int):
            title (str):
            description (str | Unset):  Default: ''.
            molecule (str | Unset):  Default: ''.
            start_date (datetime.date | None | Unset):
            target_end_date (datetime.date | None | Unset):
     """

    code: str
    modality: ProjectModality
    phase: ProjectPhase
    site_id: int
    sponsor_id: int
    title: str
    description: str | Unset = ''
    molecule: str | Unset = ''
    start_date: datetime.date | None | Unset = UNSET
    target_end_date: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        modality = self.modality.value

        phase = self.phase.value

        site_id = self.site_id

        sponsor_id = self.sponsor_id

        title = self.title

        description = self.description

        molecule = self.molecule

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        target_end_date: None | str | Unset
        if isinstance(self.target_end_date, Unset):
            target_end_date = UNSET
        elif isinstance(self.target_end_date, datetime.date):
            target_end_date = self.target_end_date.isoformat()
        else:
            target_end_date = self.target_end_date


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "modality": modality,
            "phase": phase,
            "site_id": site_id,
            "sponsor_id": sponsor_id,
            "title": title,
        })
        if description is not UNSET:
            field_dict["description"] = description
        if molecule is not UNSET:
            field_dict["molecule"] = molecule
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if target_end_date is not UNSET:
            field_dict["target_end_date"] = target_end_date

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        modality = ProjectModality(d.pop("modality"))




        phase = ProjectPhase(d.pop("phase"))




        site_id = d.pop("site_id")

        sponsor_id = d.pop("sponsor_id")

        title = d.pop("title")

        description = d.pop("description", UNSET)

        molecule = d.pop("molecule", UNSET)

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)



                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))


        def _parse_target_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_end_date_type_0 = datetime.date.fromisoformat(data)



                return target_end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        target_end_date = _parse_target_end_date(d.pop("target_end_date", UNSET))


        project_in = cls(
            code=code,
            modality=modality,
            phase=phase,
            site_id=site_id,
            sponsor_id=sponsor_id,
            title=title,
            description=description,
            molecule=molecule,
            start_date=start_date,
            target_end_date=target_end_date,
        )

        return project_in

