from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="QuizQuestionOut")



@_attrs_define
class QuizQuestionOut:
    """ 
        Attributes:
            choices (list[list[Any]]): [choice index in the bank, text], in the order shown: answer with the index
            id (int):
            number (int):
            text (str):
     """

    choices: list[list[Any]]
    id: int
    number: int
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data


            choices.append(choices_item)



        id = self.id

        number = self.number

        text = self.text


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "choices": choices,
            "id": id,
            "number": number,
            "text": text,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        choices = []
        _choices = d.pop("choices")
        for choices_item_data in (_choices):
            choices_item = cast(list[Any], choices_item_data)

            choices.append(choices_item)


        id = d.pop("id")

        number = d.pop("number")

        text = d.pop("text")

        quiz_question_out = cls(
            choices=choices,
            id=id,
            number=number,
            text=text,
        )


        quiz_question_out.additional_properties = d
        return quiz_question_out

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
