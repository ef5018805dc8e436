from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    resource_id: int,
    change_id: int,
    *,
    reason: str | Unset = '',

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["reason"] = reason


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/resources/{resource_id}/availability/{change_id}".format(resource_id=quote(str(resource_id), safe=""),change_id=quote(str(change_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorOut | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource_id: int,
    change_id: int,
    *,
    client: AuthenticatedClient,
    reason: str | Unset = '',

) -> Response[Any | ErrorOut]:
    """ Remove an availability change; ?reason= says why

    Args:
        resource_id (int):
        change_id (int):
        reason (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorOut]
     """


    kwargs = _get_kwargs(
        resource_id=resource_id,
change_id=change_id,
reason=reason,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    resource_id: int,
    change_id: int,
    *,
    client: AuthenticatedClient,
    reason: str | Unset = '',

) -> Any | ErrorOut | None:
    """ Remove an availability change; ?reason= says why

    Args:
        resource_id (int):
        change_id (int):
        reason (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorOut
     """


    return sync_detailed(
        resource_id=resource_id,
change_id=change_id,
client=client,
reason=reason,

    ).parsed

async def asyncio_detailed(
    resource_id: int,
    change_id: int,
    *,
    client: AuthenticatedClient,
    reason: str | Unset = '',

) -> Response[Any | ErrorOut]:
    """ Remove an availability change; ?reason= says why

    Args:
        resource_id (int):
        change_id (int):
        reason (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorOut]
     """


    kwargs = _get_kwargs(
        resource_id=resource_id,
change_id=change_id,
reason=reason,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    resource_id: int,
    change_id: int,
    *,
    client: AuthenticatedClient,
    reason: str | Unset = '',

) -> Any | ErrorOut | None:
    """ Remove an availability change; ?reason= says why

    Args:
        resource_id (int):
        change_id (int):
        reason (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorOut
     """


    return (await asyncio_detailed(
        resource_id=resource_id,
change_id=change_id,
client=client,
reason=reason,

    )).parsed
