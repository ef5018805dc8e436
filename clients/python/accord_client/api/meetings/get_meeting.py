from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...models.meeting_internal_out import MeetingInternalOut
from ...models.meeting_out import MeetingOut
from typing import cast



def _get_kwargs(
    meeting_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/meetings/{meeting_id}".format(meeting_id=quote(str(meeting_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | MeetingInternalOut | MeetingOut | None:
    if response.status_code == 200:
        def _parse_response_200(data: object) -> MeetingInternalOut | MeetingOut:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = MeetingInternalOut.from_dict(data)



                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = MeetingOut.from_dict(data)



            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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

    if response.status_code == 422:
        response_422 = ErrorOut.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = ErrorOut.from_dict(response.json())



        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | MeetingInternalOut | MeetingOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    meeting_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[ErrorOut | MeetingInternalOut | MeetingOut]:
    """ One meeting with its decisions and action items (internal notes for CDMO staff)

    Args:
        meeting_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | MeetingInternalOut | MeetingOut]
     """


    kwargs = _get_kwargs(
        meeting_id=meeting_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    meeting_id: int,
    *,
    client: AuthenticatedClient,

) -> ErrorOut | MeetingInternalOut | MeetingOut | None:
    """ One meeting with its decisions and action items (internal notes for CDMO staff)

    Args:
        meeting_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | MeetingInternalOut | MeetingOut
     """


    return sync_detailed(
        meeting_id=meeting_id,
client=client,

    ).parsed

async def asyncio_detailed(
    meeting_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[ErrorOut | MeetingInternalOut | MeetingOut]:
    """ One meeting with its decisions and action items (internal notes for CDMO staff)

    Args:
        meeting_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | MeetingInternalOut | MeetingOut]
     """


    kwargs = _get_kwargs(
        meeting_id=meeting_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    meeting_id: int,
    *,
    client: AuthenticatedClient,

) -> ErrorOut | MeetingInternalOut | MeetingOut | None:
    """ One meeting with its decisions and action items (internal notes for CDMO staff)

    Args:
        meeting_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | MeetingInternalOut | MeetingOut
     """


    return (await asyncio_detailed(
        meeting_id=meeting_id,
client=client,

    )).parsed
