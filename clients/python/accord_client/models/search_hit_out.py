from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="SearchHitOut")



@_attrs_define
class SearchHitOut:
    """ 
        Attributes:
            context (str): Where it belongs: project, sponsor, dates, status
            id (int):
            reference (str): A short code: project code, RFP number, R-001 ...
            snippet_html (str): Some text around the match, same markup
            title (str):
            title_html (str): The title, HTML-escaped, matched words in <mark>
            type_ (str):
            url (str): The record's page for you
     """

    context: str
    id: int
    reference: str
    snippet_html: str
    title: str
    title_html: str
    type_: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        context = self.context

        id = self.id

        reference = self.reference

        snippet_html = self.snippet_html

        title = self.title

        title_html = self.title_html

        type_ = self.type_

        url = self.url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "context": context,
            "id": id,
            "reference": reference,
            "snippet_html": snippet_html,
            "title": title,
            "title_html": title_html,
            "type": type_,
            "url": url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        context = d.pop("context")

        id = d.pop("id")

        reference = d.pop("reference")

        snippet_html = d.pop("snippet_html")

        title = d.pop("title")

        title_html = d.pop("title_html")

        type_ = d.pop("type")

        url = d.pop("url")

        search_hit_out = cls(
            context=context,
            id=id,
            reference=reference,
            snippet_html=snippet_html,
            title=title,
            title_html=title_html,
            type_=type_,
            url=url,
        )


        search_hit_out.additional_properties = d
        return search_hit_out

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
