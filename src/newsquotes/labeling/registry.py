"""Where a running ``newsquotes label serve`` is found from any folder.

Each Label Studio that :class:`~newsquotes.labeling.server.LocalServer` starts records itself in the
per-user state folder (platformdirs: on Linux ``$XDG_STATE_HOME/newsquotes/servers``, by default
``~/.local/state/newsquotes/servers``), one ``<port>.json`` naming its URL, its credentials file and its
process id; stopping it removes the record. A record whose process is gone (a serve killed outright) is
ignored. Standard library and platformdirs only, so the command line stays quick to start.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs


@dataclass(frozen=True)
class Running:
    url: str
    credentials: Path  # <state>/labelstudio/credentials.json
    pid: int

    @property
    def state(self) -> Path:
        return self.credentials.parent.parent


def folder() -> Path:
    return platformdirs.user_state_path("newsquotes") / "servers"


def record(url: str, credentials: Path, pid: int, port: int) -> Path:
    """Record a started server; returns the record's path, for :func:`forget`."""
    path = folder() / f"{port}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    partial.write_text(json.dumps({"url": url, "credentials": str(Path(credentials).resolve()), "pid": pid}),
                       encoding="utf-8")
    os.replace(partial, path)  # a reader sees the whole record or none
    return path


def forget(path: Path, pid: int) -> None:
    """Remove the record at ``path`` if it is still this server's (a later one may own the port now)."""
    found = _read(path)
    if found is not None and found.pid == pid:
        path.unlink(missing_ok=True)


def running() -> list[Running]:
    """The recorded servers whose process is alive, by port."""
    found = [_read(path) for path in sorted(folder().glob("*.json"))]
    return [entry for entry in found if entry is not None and _alive(entry.pid)]


def _read(path: Path) -> Running | None:
    try:
        data = json.loads(path.read_text("utf-8"))
        return Running(str(data["url"]), Path(data["credentials"]), int(data["pid"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, though not ours
        return True
    return True
