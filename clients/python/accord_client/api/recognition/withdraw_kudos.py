from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...models.kudos_out import KudosOut
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    kudos_id: int,
    *,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/kudos/{kudos_id}/withdraw".format(kudos_id=quote(str(kudos_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | KudosOut | None:
    if response.status_code == 200:
        response_200 = KudosOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | KudosOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    kudos_id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> Response[ErrorOut | KudosOut]:
    """ Take back kudos you gave, within the hour (the wrong person, a slip)

     Only the giver, within an hour of giving them; later they stand (422). Withdrawn kudos leave every
    list and count; the audit trail keeps both events.

    Args:
        kudos_id (int):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | KudosOut]
     """


    kwargs = _get_kwargs(
        kudos_id=kudos_id,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    kudos_id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> ErrorOut | KudosOut | None:
    """ Take back kudos you gave, within the hour (the wrong person, a slip)

     Only the giver, within an hour of giving them; later they stand (422). Withdrawn kudos leave every
    list and count; the audit trail keeps both events.

    Args:
        kudos_id (int):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | KudosOut
     """


    return sync_detailed(
        kudos_id=kudos_id,
client=client,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    kudos_id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> Response[ErrorOut | KudosOut]:
    """ Take back kudos you gave, within the hour (the wrong person, a slip)

     Only the giver, within an hour of giving them; later they stand (422). Withdrawn kudos leave every
    list and count; the audit trail keeps both events.

    Args:
        kudos_id (int):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | KudosOut]
     """


    kwargs = _get_kwargs(
        kudos_id=kudos_id,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    kudos_id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> ErrorOut | KudosOut | None:
    """ Take back kudos you gave, within the hour (the wrong person, a slip)

     Only the giver, within an hour of giving them; later they stand (422). Withdrawn kudos leave every
    list and count; the audit trail keeps both events.

    Args:
        kudos_id (int):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | KudosOut
     """


    return (await asyncio_detailed(
        kudos_id=kudos_id,
client=client,
idempotency_key=idempotency_key,

    )).parsed
