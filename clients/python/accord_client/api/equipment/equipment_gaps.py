from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...models.gaps_out import GapsOut
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    equipment_id: int,
    *,
    on: datetime.date | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_on: None | str | Unset
    if isinstance(on, Unset):
        json_on = UNSET
    elif isinstance(on, datetime.date):
        json_on = on.isoformat()
    else:
        json_on = on
    params["on"] = json_on


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/equipment/{equipment_id}/gaps".format(equipment_id=quote(str(equipment_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | GapsOut | None:
    if response.status_code == 200:
        response_200 = GapsOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | GapsOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    equipment_id: int,
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,

) -> Response[ErrorOut | GapsOut]:
    """ Why the equipment may not be used for GMP work on a day ([] if it may)

    Args:
        equipment_id (int):
        on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | GapsOut]
     """


    kwargs = _get_kwargs(
        equipment_id=equipment_id,
on=on,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    equipment_id: int,
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,

) -> ErrorOut | GapsOut | None:
    """ Why the equipment may not be used for GMP work on a day ([] if it may)

    Args:
        equipment_id (int):
        on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | GapsOut
     """


    return sync_detailed(
        equipment_id=equipment_id,
client=client,
on=on,

    ).parsed

async def asyncio_detailed(
    equipment_id: int,
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,

) -> Response[ErrorOut | GapsOut]:
    """ Why the equipment may not be used for GMP work on a day ([] if it may)

    Args:
        equipment_id (int):
        on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | GapsOut]
     """


    kwargs = _get_kwargs(
        equipment_id=equipment_id,
on=on,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    equipment_id: int,
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,

) -> ErrorOut | GapsOut | None:
    """ Why the equipment may not be used for GMP work on a day ([] if it may)

    Args:
        equipment_id (int):
        on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | GapsOut
     """


    return (await asyncio_detailed(
        equipment_id=equipment_id,
client=client,
on=on,

    )).parsed
