from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...models.leveling_check_out import LevelingCheckOut
from typing import cast



def _get_kwargs(
    check_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/capacity-checks/{check_id}".format(check_id=quote(str(check_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | LevelingCheckOut | None:
    if response.status_code == 200:
        response_200 = LevelingCheckOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | LevelingCheckOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    check_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[ErrorOut | LevelingCheckOut]:
    """ One capacity check of a proposal

    Args:
        check_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | LevelingCheckOut]
     """


    kwargs = _get_kwargs(
        check_id=check_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    check_id: int,
    *,
    client: AuthenticatedClient,

) -> ErrorOut | LevelingCheckOut | None:
    """ One capacity check of a proposal

    Args:
        check_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | LevelingCheckOut
     """


    return sync_detailed(
        check_id=check_id,
client=client,

    ).parsed

async def asyncio_detailed(
    check_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[ErrorOut | LevelingCheckOut]:
    """ One capacity check of a proposal

    Args:
        check_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | LevelingCheckOut]
     """


    kwargs = _get_kwargs(
        check_id=check_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    check_id: int,
    *,
    client: AuthenticatedClient,

) -> ErrorOut | LevelingCheckOut | None:
    """ One capacity check of a proposal

    Args:
        check_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | LevelingCheckOut
     """


    return (await asyncio_detailed(
        check_id=check_id,
client=client,

    )).parsed
