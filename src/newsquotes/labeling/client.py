"""Talking to a Label Studio server: where it is, the API token, retries and clear errors.

The server is found, in order, from an explicit URL, ``$NEWSQUOTES_LS_URL``, ``$LABEL_STUDIO_URL``, or the
credentials file that ``newsquotes label serve`` writes (``<state>/labelstudio/credentials.json``, mode 0600;
the state folder is ``--state``, ``$NEWSQUOTES_STATE`` or ``.newsquotes``, else that of the server ``label
serve`` runs, wherever it was started: see :mod:`newsquotes.labeling.registry`). The token comes from ``$NEWSQUOTES_LS_TOKEN``,
``$LABEL_STUDIO_API_KEY`` or that file (see :mod:`newsquotes.labeling.settings`).
It is sent in the Authorization header and nowhere else: it is never printed, logged or put in a message.
"""

from __future__ import annotations

import gc
import json
import os
import random
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx
from label_studio_sdk import LabelStudio
from label_studio_sdk.core.api_error import ApiError

from newsquotes.errors import LabelStudioError
from newsquotes.labeling import registry
from newsquotes.labeling.settings import (DEFAULT_STATE, STATE_ENV, STUDIO_TOKEN_ENV, STUDIO_URL_ENV, TOKEN_ENV,
                                          TOKEN_ENVS, URL_ENV, URL_ENVS, from_environment)

CREDENTIALS_FILE = "credentials.json"
T = TypeVar("T")


def state_folder(state: Path | None = None) -> Path:
    return Path(state or os.environ.get(STATE_ENV) or DEFAULT_STATE)


def labelstudio_folder(state: Path | None = None) -> Path:
    return state_folder(state) / "labelstudio"


@dataclass(frozen=True)
class Credentials:
    url: str
    username: str
    password: str = field(repr=False)
    token: str = field(repr=False)

    def save(self, path: Path) -> None:
        """Write to ``path`` readable by its owner only, created so from the start."""
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump({"url": self.url, "username": self.username, "password": self.password, "token": self.token},
                      out, indent=2)
        os.chmod(path, 0o600)

    @classmethod
    def load(cls, path: Path) -> Credentials:
        try:
            return cls(**json.loads(path.read_text("utf-8")))
        except (json.JSONDecodeError, TypeError) as err:
            raise LabelStudioError(f"{path}: not a credentials file written by `newsquotes label serve` ({err})") from None


@dataclass(frozen=True)
class Connection:
    """Where a Label Studio answers and how patiently to talk to it."""

    url: str
    token: str = field(repr=False)
    timeout: float = 60.0
    retries: int = 4
    backoff: float = 1.0

    def __post_init__(self):
        object.__setattr__(self, "url", self.url.rstrip("/"))


def connection(url: str | None = None, state: Path | None = None, **patience: float) -> Connection:
    """The Label Studio to use: ``url`` or the environment, else the credentials of the state folder, else
    those of the one ``newsquotes label serve`` running on this machine (found from any folder)."""
    url = url or from_environment(URL_ENVS)
    token = from_environment(TOKEN_ENVS)
    if url and token:
        return Connection(url=url, token=token, **patience)
    path, looked = _credentials_file(state, url)
    saved = Credentials.load(path) if path is not None else None
    url = url or (saved.url if saved else None)
    if not url:
        raise LabelStudioError(f"no Label Studio to talk to ({looked}): run `newsquotes label serve` (from any "
                               f"folder), or pass --state with the state folder of the one running, or set {URL_ENV} "
                               f"(or {STUDIO_URL_ENV}) and {TOKEN_ENV} (or {STUDIO_TOKEN_ENV}), or pass --url, to use "
                               f"an existing one")
    token = token or (saved.token if saved and saved.url.rstrip("/") == url.rstrip("/") else None)
    if not token:
        raise LabelStudioError(f"no API token for {url}: set {TOKEN_ENV} or {STUDIO_TOKEN_ENV} (Label Studio: "
                               f"Account & Settings → Access Token){'' if saved else ', or start one with `newsquotes label serve`'}")
    return Connection(url=url, token=token, **patience)


def _credentials_file(state: Path | None, url: str | None) -> tuple[Path | None, str]:
    """The credentials file to read (None if there is none) and, when none, where it was looked for.

    ``state`` or ``$NEWSQUOTES_STATE`` when given; else ``.newsquotes`` here; else the one running server
    (of ``url``, when a URL is known) that ``label serve`` recorded in the per-user state folder.
    """
    explicit = state or os.environ.get(STATE_ENV)
    if explicit:
        path = labelstudio_folder(explicit) / CREDENTIALS_FILE
        return (path, "") if path.exists() else (None, f"no {path}")
    here = labelstudio_folder(DEFAULT_STATE) / CREDENTIALS_FILE
    if here.exists():
        return here, ""
    servers = [s for s in registry.running() if url is None or s.url.rstrip("/") == url.rstrip("/")]
    if len(servers) > 1:
        listed = "; ".join(f"{s.url} (--state {s.state})" for s in servers)
        raise LabelStudioError(f"{len(servers)} Label Studio servers started by `newsquotes label serve` are "
                               f"running: {listed}; choose one with --state or --url")
    if servers:
        return servers[0].credentials, ""
    return None, (f"no {here.resolve()}, and no running `newsquotes label serve` recorded in {registry.folder()}")


def _describe(err: ApiError) -> str:
    body = err.body if isinstance(err.body, dict) else {"detail": err.body}
    details = body.get("validation_errors") or body.get("detail") or body
    return details if isinstance(details, str) else json.dumps(details, ensure_ascii=False)


class Session:
    """The SDK client plus retries with exponential backoff and errors that say what went wrong."""

    def __init__(self, conn: Connection, on_retry: Callable[[str], None] | None = None):
        self.conn = conn
        self.on_retry = on_retry  # told once per call, on its first failure, that (and how long) it retries
        # Retries are ours, so that timeouts are retried too and the last failure is explained.
        self.sdk = LabelStudio(base_url=conn.url, api_key=conn.token, timeout=conn.timeout, max_retries=0)

    def call(self, what: str, method: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """``method(*args, **kwargs)``, retried while the server is down, slow or failing."""
        for attempt in range(self.conn.retries + 1):
            try:
                return method(*args, **kwargs)
            except ApiError as err:
                if err.status_code in (401, 403):
                    raise LabelStudioError(
                        f"Label Studio at {self.conn.url} refused the API token ({err.status_code}) while trying to "
                        f"{what}: check {TOKEN_ENV} / {STUDIO_TOKEN_ENV} or the token in the state folder's {CREDENTIALS_FILE}") from None
                if err.status_code is not None and err.status_code < 500 and err.status_code != 429:
                    raise LabelStudioError(f"Label Studio at {self.conn.url} could not {what} "
                                           f"({err.status_code}): {_describe(err)}") from None
                failure = f"it answered {err.status_code}: {_describe(err)}"
            except httpx.TimeoutException:
                failure = f"no answer within {self.conn.timeout:g} s"
            except httpx.TransportError as err:
                failure = f"cannot connect ({type(err).__name__}: {err})"
            if attempt < self.conn.retries:
                if attempt == 0 and self.on_retry is not None:
                    self.on_retry(f"Label Studio at {self.conn.url} not answering ({failure}); retrying for up to "
                                  f"{self.retry_wait():.0f} s …")
                time.sleep(self.conn.backoff * 2**attempt * random.uniform(0.8, 1.2))
        raise LabelStudioError(f"Label Studio at {self.conn.url} is not answering: could not {what} after "
                               f"{self.conn.retries + 1} attempts; last: {failure}")

    def retry_wait(self) -> float:
        """The longest a failing call waits between its attempts, all waits together."""
        return self.conn.backoff * (2**self.conn.retries - 1) * 1.2

    def check(self) -> dict[str, Any]:
        """Who the token belongs to; fails fast on a wrong token or a dead server."""
        return self.call("check the API token", self.sdk.users.whoami).model_dump()


# --------------------------------------------------------------------------- calls push and pull share


def find_project(session: Session, title: str) -> Any | None:
    projects = session.call(f"list projects titled {title!r}", lambda: list(session.sdk.projects.list(title=title)))
    exact = [p for p in projects if p.title == title]
    return exact[0] if exact else None


@contextmanager
def collector_paused():
    """No cyclic garbage collection inside: parsing an export makes millions of objects and no cycles, and
    letting the collector walk them over and over makes the parse five times slower."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def export_tasks(session: Session, project_id: int, *, all_tasks: bool) -> list[dict[str, Any]]:
    """Every task of the project (or every annotated one) in one bulk JSON export."""
    def download() -> list[dict[str, Any]]:
        chunks = session.sdk.projects.exports.download_sync(project_id, export_type="JSON", download_all_tasks=all_tasks)
        body = b"".join(chunks)
        with collector_paused():
            return json.loads(body)
    return session.call(f"export the tasks of project {project_id}", download)


def import_tasks(session: Session, project_id: int, tasks: list[dict[str, Any]], which: str = "") -> dict[str, Any]:
    """Import ``tasks`` (plain JSON) into the project in one request; Label Studio's answer (``task_count``,
    ``prediction_count``, ...); ``which`` names them in an error (e.g. "articles a to b"). The request is the SDK's ``projects.import_tasks`` with the SDK's headers, sent
    as JSON serialized at once: the SDK walks every field of the request in Python first, which costs more
    than the server's own import when each task carries a hundred result regions."""
    wrapper = session.sdk._client_wrapper
    body = json.dumps(tasks, ensure_ascii=False).encode("utf-8")

    def send() -> dict[str, Any]:
        response = wrapper.httpx_client.httpx_client.post(
            f"{session.conn.url}/api/projects/{project_id}/import", content=body, timeout=session.conn.timeout,
            headers={**wrapper.get_headers(), "Content-Type": "application/json"})
        try:
            answer = response.json()
        except ValueError:
            answer = response.text
        if not 200 <= response.status_code < 300:
            raise ApiError(status_code=response.status_code, headers=dict(response.headers), body=answer)
        return answer
    return session.call(f"import {len(tasks)} tasks{f' ({which})' if which else ''} into project {project_id}", send)
