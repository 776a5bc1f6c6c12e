"""The administrator's API for what the server sends to the desks: operators (with their
password hash, role and active flag), the partner directory (:mod:`.managed`) and the
office-wide settings (:func:`.admin.set_office_settings`).

Mounted by :func:`cotdesk.server.app.create_app` under ``/v1`` with the administrator's
authentication; each endpoint is one transaction.
"""

from __future__ import annotations

import uuid
from typing import Any, Literal

from fastapi import APIRouter, params
from pydantic import BaseModel, ConfigDict, Field, StrictInt
from sqlalchemy.orm import Session, sessionmaker

from cotdesk.server import admin, managed
from cotdesk.sync.protocol import ErrorBody, FieldName, LineText, StoredValue

Role = Literal["operator", "supervisor", "admin"]
DirectoryEntity = Literal["partner", "agreement", "service"]


class _Api(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OperatorCreate(_Api):
    username: LineText = Field(min_length=1, max_length=80)
    full_name: LineText = Field(min_length=1, max_length=200)
    role: Role = "operator"
    #: The first password (stored only as the desk's scrypt hash); none: set later.
    password: str | None = Field(default=None, min_length=1, max_length=200)
    email: LineText = Field(default="", max_length=200)
    specialisations: list[LineText] = Field(default_factory=list, max_length=48)
    id: uuid.UUID | None = None


class OperatorUpdate(_Api):
    role: Role | None = None
    active: bool | None = None
    password: str | None = Field(default=None, min_length=1, max_length=200)
    full_name: LineText | None = Field(default=None, min_length=1, max_length=200)
    email: LineText | None = Field(default=None, max_length=200)


class OperatorOut(_Api):
    id: uuid.UUID
    office_id: uuid.UUID
    username: str
    full_name: str
    role: str
    active: bool
    version: int


class DirectoryValues(_Api):
    #: The row's fields as the desks' model names them (e.g. a partner's ``name``,
    #: ``partner_type_code``, ``phone``); fields not given keep their value.
    values: dict[FieldName, StoredValue] = Field(max_length=100)


class DirectoryOut(_Api):
    entity: str
    id: uuid.UUID
    version: int


class OfficeSettingsUpdate(_Api):
    """Office-wide settings; one not given keeps its value. The ranges are the desk's
    (checked by the server: 422 with an Italian message)."""

    referral_answer_days: StrictInt | None = None
    retention_years: StrictInt | None = None


class OfficeSettingsOut(_Api):
    id: uuid.UUID
    code: str
    referral_answer_days: int
    retention_years: int
    #: The version of the office's row sent to its desks.
    version: int


def _out(info: managed.OperatorInfo) -> OperatorOut:
    return OperatorOut(
        id=info.id,
        office_id=info.office_id,
        username=info.username,
        full_name=info.full_name,
        role=info.role,
        active=info.active,
        version=info.version,
    )


def router(
    sessions: sessionmaker[Session],
    *,
    dependencies: list[params.Depends],
    responses: dict[int | str, dict[str, Any]],
) -> APIRouter:
    """The endpoints, behind ``dependencies`` (protocol header, administrator token)."""
    api = APIRouter(prefix="/v1", dependencies=dependencies)
    errors = {**responses, 404: {"model": ErrorBody}, 409: {"model": ErrorBody}}

    @api.post(
        "/offices/{office_id}/operators",
        response_model=OperatorOut,
        status_code=201,
        responses=errors,
        summary="Crea un operatore dell'ufficio; arriva alle sue postazioni (amministratore)",
    )
    def create_operator_endpoint(office_id: uuid.UUID, body: OperatorCreate) -> OperatorOut:
        with sessions.begin() as session:
            return _out(
                managed.create_operator(
                    session,
                    office_id=office_id,
                    username=body.username,
                    full_name=body.full_name,
                    role=body.role,
                    password=body.password,
                    email=body.email,
                    specialisations=body.specialisations,
                    operator_id=body.id,
                )
            )

    @api.patch(
        "/operators/{operator_id}",
        response_model=OperatorOut,
        responses=errors,
        summary="Cambia ruolo, stato attivo, password o nome di un operatore (amministratore)",
    )
    def update_operator_endpoint(operator_id: uuid.UUID, body: OperatorUpdate) -> OperatorOut:
        with sessions.begin() as session:
            return _out(
                managed.update_operator(
                    session,
                    operator_id,
                    role=body.role,
                    active=body.active,
                    password=body.password,
                    full_name=body.full_name,
                    email=body.email,
                )
            )

    @api.patch(
        "/offices/{office_id}",
        response_model=OfficeSettingsOut,
        responses={**errors, 422: {"model": ErrorBody}},
        summary="Imposta le impostazioni dell'ufficio (giorni per la risposta degli enti, "
        "anni di conservazione dei dati); arrivano alle sue postazioni (amministratore)",
    )
    def update_office_endpoint(
        office_id: uuid.UUID, body: OfficeSettingsUpdate
    ) -> OfficeSettingsOut:
        with sessions.begin() as session:
            found = admin.set_office_settings(session, office_id, body.model_dump())
            return OfficeSettingsOut(
                id=found.office_id,
                code=found.code,
                referral_answer_days=found.values["referral_answer_days"],
                retention_years=found.values["retention_years"],
                version=found.version,
            )

    @api.put(
        "/directory/{entity}/{row_id}",
        response_model=DirectoryOut,
        responses=errors,
        summary="Crea o modifica un ente partner, protocollo o servizio della rete "
        "(amministratore)",
    )
    def put_directory_endpoint(
        entity: DirectoryEntity, row_id: uuid.UUID, body: DirectoryValues
    ) -> DirectoryOut:
        with sessions.begin() as session:
            version = managed.upsert_directory(session, entity, row_id, body.values)
        return DirectoryOut(entity=entity, id=row_id, version=version)

    @api.delete(
        "/directory/{entity}/{row_id}",
        response_model=DirectoryOut,
        responses=errors,
        summary="Elimina (tombstone) un ente partner, protocollo o servizio (amministratore)",
    )
    def delete_directory_endpoint(entity: DirectoryEntity, row_id: uuid.UUID) -> DirectoryOut:
        with sessions.begin() as session:
            version = managed.delete_directory(session, entity, row_id)
        return DirectoryOut(entity=entity, id=row_id, version=version)

    return api
