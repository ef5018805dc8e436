from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.project_modality import ProjectModality
from ..models.project_phase import ProjectPhase
from ..models.project_status import ProjectStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.site_ref import SiteRef
  from ..models.sponsor_ref import SponsorRef





T = TypeVar("T", bound="ProjectOut")



@_attrs_define
class ProjectOut:
    """ 
        Attributes:
            code (str):
            id (int):
            modality (ProjectModality):
            modality_label (str):
            molecule (str):
            phase (ProjectPhase):
            phase_label (str):
            site (SiteRef):
            sponsor (SponsorRef):
            start_date (datetime.date | None):
            status (ProjectStatus):
            status_label (str):
            target_end_date (datetime.date | None):
            title (str):
     """

    code: str
    id: int
    modality: ProjectModality
    modality_label: str
    molecule: str
    phase: ProjectPhase
    phase_label: str
    site: SiteRef
    sponsor: SponsorRef
    start_date: datetime.date | None
    status: ProjectStatus
    status_label: str
    target_end_date: datetime.date | None
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.site_ref import SiteRef # noqa: PLC0415
        from ..models.sponsor_ref import SponsorRef # noqa: PLC0415
        code = self.code

        id = self.id

        modality = self.modality.value

        modality_label = self.modality_label

        molecule = self.molecule

        phase = self.phase.value

        phase_label = self.phase_label

        site = self.site.to_dict()

        sponsor = self.sponsor.to_dict()

        start_date: None | str
        if isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        status = self.status.value

        status_label = self.status_label

        target_end_date: None | str
        if isinstance(self.target_end_date, datetime.date):
            target_end_date = self.target_end_date.isoformat()
        else:
            target_end_date = self.target_end_date

        title = self.title


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "id": id,
            "modality": modality,
            "modality_label": modality_label,
            "molecule": molecule,
            "phase": phase,
            "phase_label": phase_label,
            "site": site,
            "sponsor": sponsor,
            "start_date": start_date,
            "status": status,
            "status_label": status_label,
            "target_end_date": target_end_date,
            "title": title,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.site_ref import SiteRef # noqa: PLC0415
        from ..models.sponsor_ref import SponsorRef # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        id = d.pop("id")

        modality = ProjectModality(d.pop("modality"))




        modality_label = d.pop("modality_label")

        molecule = d.pop("molecule")

        phase = ProjectPhase(d.pop("phase"))




        phase_label = d.pop("phase_label")

        site = SiteRef.from_dict(d.pop("site"))




        sponsor = SponsorRef.from_dict(d.pop("sponsor"))




        def _parse_start_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)



                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        start_date = _parse_start_date(d.pop("start_date"))


        status = ProjectStatus(d.pop("status"))




        status_label = d.pop("status_label")

        def _parse_target_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_end_date_type_0 = datetime.date.fromisoformat(data)



                return target_end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        target_end_date = _parse_target_end_date(d.pop("target_end_date"))


        title = d.pop("title")

        project_out = cls(
            code=code,
            id=id,
            modality=modality,
            modality_label=modality_label,
            molecule=molecule,
            phase=phase,
            phase_label=phase_label,
            site=site,
            sponsor=sponsor,
            start_date=start_date,
            status=status,
            status_label=status_label,
            target_end_date=target_end_date,
            title=title,
        )


        project_out.additional_properties = d
        return project_out

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
