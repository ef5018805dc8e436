from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...models.import_xml_file_params import ImportXmlFileParams
from ...models.plan_import_out import PlanImportOut
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    project_id: int,
    *,
    body: ImportXmlFileParams,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/projects/{project_id}/plan/import".format(project_id=quote(str(project_id), safe=""),),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | PlanImportOut | None:
    if response.status_code == 201:
        response_201 = PlanImportOut.from_dict(response.json())



        return response_201

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | PlanImportOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: int,
    *,
    client: AuthenticatedClient,
    body: ImportXmlFileParams,
    idempotency_key: str | Unset = UNSET,

) -> Response[ErrorOut | PlanImportOut]:
    """ Create an empty project's plan from an MS Project XML or Primavera P6 XER file (multipart `file`)

    Args:
        project_id (int):
        idempotency_key (str | Unset):
        body (ImportXmlFileParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | PlanImportOut]
     """


    kwargs = _get_kwargs(
        project_id=project_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    project_id: int,
    *,
    client: AuthenticatedClient,
    body: ImportXmlFileParams,
    idempotency_key: str | Unset = UNSET,

) -> ErrorOut | PlanImportOut | None:
    """ Create an empty project's plan from an MS Project XML or Primavera P6 XER file (multipart `file`)

    Args:
        project_id (int):
        idempotency_key (str | Unset):
        body (ImportXmlFileParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | PlanImportOut
     """


    return sync_detailed(
        project_id=project_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    project_id: int,
    *,
    client: AuthenticatedClient,
    body: ImportXmlFileParams,
    idempotency_key: str | Unset = UNSET,

) -> Response[ErrorOut | PlanImportOut]:
    """ Create an empty project's plan from an MS Project XML or Primavera P6 XER file (multipart `file`)

    Args:
        project_id (int):
        idempotency_key (str | Unset):
        body (ImportXmlFileParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | PlanImportOut]
     """


    kwargs = _get_kwargs(
        project_id=project_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    project_id: int,
    *,
    client: AuthenticatedClient,
    body: ImportXmlFileParams,
    idempotency_key: str | Unset = UNSET,

) -> ErrorOut | PlanImportOut | None:
    """ Create an empty project's plan from an MS Project XML or Primavera P6 XER file (multipart `file`)

    Args:
        project_id (int):
        idempotency_key (str | Unset):
        body (ImportXmlFileParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | PlanImportOut
     """


    return (await asyncio_detailed(
        project_id=project_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
