from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.change_order_detail_out import ChangeOrderDetailOut
from ...models.error_out import ErrorOut
from typing import cast



def _get_kwargs(
    change_order_id: int,
    edit_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/change-orders/{change_order_id}/plan-edits/{edit_id}".format(change_order_id=quote(str(change_order_id), safe=""),edit_id=quote(str(edit_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChangeOrderDetailOut | ErrorOut | None:
    if response.status_code == 200:
        response_200 = ChangeOrderDetailOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ChangeOrderDetailOut | ErrorOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    change_order_id: int,
    edit_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[ChangeOrderDetailOut | ErrorOut]:
    """ Remove a plan edit from a draft; the schedule impact is computed again

    Args:
        change_order_id (int):
        edit_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangeOrderDetailOut | ErrorOut]
     """


    kwargs = _get_kwargs(
        change_order_id=change_order_id,
edit_id=edit_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    change_order_id: int,
    edit_id: int,
    *,
    client: AuthenticatedClient,

) -> ChangeOrderDetailOut | ErrorOut | None:
    """ Remove a plan edit from a draft; the schedule impact is computed again

    Args:
        change_order_id (int):
        edit_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangeOrderDetailOut | ErrorOut
     """


    return sync_detailed(
        change_order_id=change_order_id,
edit_id=edit_id,
client=client,

    ).parsed

async def asyncio_detailed(
    change_order_id: int,
    edit_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[ChangeOrderDetailOut | ErrorOut]:
    """ Remove a plan edit from a draft; the schedule impact is computed again

    Args:
        change_order_id (int):
        edit_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangeOrderDetailOut | ErrorOut]
     """


    kwargs = _get_kwargs(
        change_order_id=change_order_id,
edit_id=edit_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    change_order_id: int,
    edit_id: int,
    *,
    client: AuthenticatedClient,

) -> ChangeOrderDetailOut | ErrorOut | None:
    """ Remove a plan edit from a draft; the schedule impact is computed again

    Args:
        change_order_id (int):
        edit_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangeOrderDetailOut | ErrorOut
     """


    return (await asyncio_detailed(
        change_order_id=change_order_id,
edit_id=edit_id,
client=client,

    )).parsed
