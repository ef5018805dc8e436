from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...models.lesson_out import LessonOut
from ...models.lesson_patch_in import LessonPatchIn
from typing import cast



def _get_kwargs(
    lesson_id: int,
    *,
    body: LessonPatchIn,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/lessons/{lesson_id}".format(lesson_id=quote(str(lesson_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | LessonOut | None:
    if response.status_code == 200:
        response_200 = LessonOut.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = ErrorOut.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = ErrorOut.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = ErrorOut.from_dict(response.json())



        return response_404

    if response.status_code == 409:
        response_409 = ErrorOut.from_dict(response.json())



        return response_409

    if response.status_code == 412:
        response_412 = ErrorOut.from_dict(response.json())



        return response_412

    if response.status_code == 413:
        response_413 = ErrorOut.from_dict(response.json())



        return response_413

    if response.status_code == 422:
        response_422 = ErrorOut.from_dict(response.json())



        return response_422

    if response.status_code == 428:
        response_428 = ErrorOut.from_dict(response.json())



        return response_428

    if response.status_code == 429:
        response_429 = ErrorOut.from_dict(response.json())



        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | LessonOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    lesson_id: int,
    *,
    client: AuthenticatedClient,
    body: LessonPatchIn,

) -> Response[ErrorOut | LessonOut]:
    """ Edit a lesson's text and tags (a published one's with a reason)

     As on the lesson's edit page. Send its `ETag` as `If-Match` (or `version`).

    Args:
        lesson_id (int):
        body (LessonPatchIn): The fields to change; a tag sent as ``null`` is cleared (the cause
            cannot be).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | LessonOut]
     """


    kwargs = _get_kwargs(
        lesson_id=lesson_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    lesson_id: int,
    *,
    client: AuthenticatedClient,
    body: LessonPatchIn,

) -> ErrorOut | LessonOut | None:
    """ Edit a lesson's text and tags (a published one's with a reason)

     As on the lesson's edit page. Send its `ETag` as `If-Match` (or `version`).

    Args:
        lesson_id (int):
        body (LessonPatchIn): The fields to change; a tag sent as ``null`` is cleared (the cause
            cannot be).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | LessonOut
     """


    return sync_detailed(
        lesson_id=lesson_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    lesson_id: int,
    *,
    client: AuthenticatedClient,
    body: LessonPatchIn,

) -> Response[ErrorOut | LessonOut]:
    """ Edit a lesson's text and tags (a published one's with a reason)

     As on the lesson's edit page. Send its `ETag` as `If-Match` (or `version`).

    Args:
        lesson_id (int):
        body (LessonPatchIn): The fields to change; a tag sent as ``null`` is cleared (the cause
            cannot be).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | LessonOut]
     """


    kwargs = _get_kwargs(
        lesson_id=lesson_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    lesson_id: int,
    *,
    client: AuthenticatedClient,
    body: LessonPatchIn,

) -> ErrorOut | LessonOut | None:
    """ Edit a lesson's text and tags (a published one's with a reason)

     As on the lesson's edit page. Send its `ETag` as `If-Match` (or `version`).

    Args:
        lesson_id (int):
        body (LessonPatchIn): The fields to change; a tag sent as ``null`` is cleared (the cause
            cannot be).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | LessonOut
     """


    return (await asyncio_detailed(
        lesson_id=lesson_id,
client=client,
body=body,

    )).parsed
