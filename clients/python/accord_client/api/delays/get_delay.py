from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.delay_internal_out import DelayInternalOut
from ...models.delay_out import DelayOut
from ...models.error_out import ErrorOut
from typing import cast



def _get_kwargs(
    delay_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/delays/{delay_id}".format(delay_id=quote(str(delay_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DelayInternalOut | DelayOut | ErrorOut | None:
    if response.status_code == 200:
        def _parse_response_200(data: object) -> DelayInternalOut | DelayOut:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = DelayInternalOut.from_dict(data)



                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = DelayOut.from_dict(data)



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DelayInternalOut | DelayOut | ErrorOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    delay_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[DelayInternalOut | DelayOut | ErrorOut]:
    """ One delay (internal notes for CDMO staff only)

    Args:
        delay_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DelayInternalOut | DelayOut | ErrorOut]
     """


    kwargs = _get_kwargs(
        delay_id=delay_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    delay_id: int,
    *,
    client: AuthenticatedClient,

) -> DelayInternalOut | DelayOut | ErrorOut | None:
    """ One delay (internal notes for CDMO staff only)

    Args:
        delay_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DelayInternalOut | DelayOut | ErrorOut
     """


    return sync_detailed(
        delay_id=delay_id,
client=client,

    ).parsed

async def asyncio_detailed(
    delay_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[DelayInternalOut | DelayOut | ErrorOut]:
    """ One delay (internal notes for CDMO staff only)

    Args:
        delay_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DelayInternalOut | DelayOut | ErrorOut]
     """


    kwargs = _get_kwargs(
        delay_id=delay_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    delay_id: int,
    *,
    client: AuthenticatedClient,

) -> DelayInternalOut | DelayOut | ErrorOut | None:
    """ One delay (internal notes for CDMO staff only)

    Args:
        delay_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DelayInternalOut | DelayOut | ErrorOut
     """


    return (await asyncio_detailed(
        delay_id=delay_id,
client=client,

    )).parsed
