"""Your own API tokens through the API, through the same services as the account page:
list, create (the secret in that one answer), revoke. A token's scope narrows what it can
make: a read-only token makes none, a project-limited one only tokens limited to some of
its projects (accord.accounts.services.tokens)."""

from __future__ import annotations

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Status
from ninja.pagination import paginate

from accord.accounts.models import ApiToken
from accord.accounts.services import tokens as services
from accord.accounts.token_schemas import TokenCreatedOut, TokenIn, TokenOut
from accord.core.api import PageNumberPagination

router = Router(tags=["API tokens"])


def _own(request: HttpRequest):
    return ApiToken.objects.filter(user=request.user).prefetch_related("projects")


@router.get("/tokens", response=list[TokenOut], summary="Your API tokens, newest first")
@paginate(PageNumberPagination)
def list_tokens(request: HttpRequest, active: bool | None = None):
    tokens = _own(request)
    if active is not None:
        tokens = tokens.filter(revoked_at__isnull=active)
    return tokens


@router.post(
    "/tokens",
    response={201: TokenCreatedOut},
    summary="Make an API token (its secret is in this answer only)",
)
def create_token(request: HttpRequest, payload: TokenIn):
    token, secret = services.api_token_create(
        actor=request.user, name=payload.name, scope=payload.scope, projects=payload.project_ids
    )
    token = _own(request).get(pk=token.pk)
    token.secret = secret  # for this answer only; never stored
    return Status(201, token)


@router.post("/tokens/{token_id}/revoke", response=TokenOut, summary="Revoke one of your tokens")
def revoke_token(request: HttpRequest, token_id: int):
    token = get_object_or_404(_own(request), pk=token_id)
    return services.api_token_revoke(actor=request.user, token=token)
