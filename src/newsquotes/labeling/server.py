"""The embedded Label Studio behind ``newsquotes label serve``: one local server, on loopback only.

Its data (SQLite database, media, exports) lives in ``<state>/labelstudio/data``; the admin user and its
API token are made on first start and kept in ``<state>/labelstudio/credentials.json`` (mode 0600), where
the other ``newsquotes label`` commands find them. The server runs in its own process group, so stopping
it ends every process it started.
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from newsquotes.labeling import registry
from newsquotes.labeling.client import CREDENTIALS_FILE, Credentials, LabelStudioError, labelstudio_folder
from newsquotes.labeling.settings import DEFAULT_PORT

HOST = "127.0.0.1"
ADMIN = "admin@newsquotes.local"


def port_is_free(port: int, host: str = HOST) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        return probe.connect_ex((host, port)) != 0


def free_port(host: str = HOST) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def _executable() -> str:
    beside = Path(sys.executable).with_name("label-studio")
    if beside.exists():
        return str(beside)
    raise LabelStudioError("the label-studio package is not installed in this environment: "
                           "pip install 'newsquotes[labelstudio]' (or point --url at an existing Label Studio)")


class LocalServer:
    """A Label Studio process on ``127.0.0.1:port`` with its data in ``folder``."""

    def __init__(self, folder: Path, port: int = DEFAULT_PORT, credentials: Credentials | None = None,
                 revalidate_predictions: bool = False):
        self.folder = Path(folder)
        self.revalidate_predictions = revalidate_predictions
        self.port = port
        self.url = f"http://{HOST}:{port}"
        self.credentials_path = self.folder / CREDENTIALS_FILE
        self.log_path = self.folder / "server.log"
        self.credentials = credentials or self._credentials()
        self.process: subprocess.Popen | None = None
        self._record: Path | None = None  # where this server is recorded for other folders to find it

    @classmethod
    def in_state(cls, state: Path | None = None, port: int = DEFAULT_PORT) -> LocalServer:
        return cls(labelstudio_folder(state), port)

    def _credentials(self) -> Credentials:
        """The saved admin credentials (with this server's URL), or new random ones on first start."""
        data = self.folder / "data"
        if self.credentials_path.exists():
            saved = Credentials.load(self.credentials_path)
            return Credentials(url=self.url, username=saved.username, password=saved.password, token=saved.token)
        if data.exists() and any(data.iterdir()):
            raise LabelStudioError(f"{data} holds a Label Studio database but {self.credentials_path} is gone: "
                                   f"restore it, or move the data folder away to start afresh")
        return Credentials(url=self.url, username=ADMIN, password=secrets.token_urlsafe(18), token=secrets.token_hex(20))

    def environment(self) -> dict[str, str]:
        env = {key: value for key, value in os.environ.items() if not key.startswith("LABEL_STUDIO_")}
        env.update(
            LABEL_STUDIO_USERNAME=self.credentials.username,
            LABEL_STUDIO_PASSWORD=self.credentials.password,
            LABEL_STUDIO_USER_TOKEN=self.credentials.token,
            LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN="true",
            LABEL_STUDIO_BASE_DATA_DIR=str((self.folder / "data").resolve()),
            # Local use only: no call home for a newer version, no anonymous usage reports.
            LATEST_VERSION_CHECK="false",
            COLLECT_ANALYTICS="false",
            SENTRY_DSN="",
            FRONTEND_SENTRY_DSN="",
            # Push checks every prediction against the project's config before sending it; Label Studio's
            # second check of each region on import costs about 12 ms a task, most of a 10,000-task push.
            fflag_feat_utc_210_prediction_validation_15082025=str(self.revalidate_predictions).lower(),
        )
        return env

    def start(self) -> None:
        if not port_is_free(self.port):
            raise LabelStudioError(f"port {self.port} on {HOST} is taken: choose another with --port")
        self.folder.mkdir(parents=True, exist_ok=True)
        self.credentials.save(self.credentials_path)
        command = [_executable(), "start", "--no-browser", "--host", self.url, "--internal-host", HOST,
                   "--port", str(self.port)]
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(command, env=self.environment(), stdout=log, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL, cwd=self.folder, start_new_session=True)
        try:  # so that `label push` and the others find this server from any folder
            self._record = registry.record(self.url, self.credentials_path, self.process.pid, self.port)
        except OSError:  # they still find it with --state
            self._record = None

    def wait_until_ready(self, timeout: float = 240.0) -> None:
        """Return once ``/health`` answers; raise, naming the log, if the server dies or takes too long."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise LabelStudioError(f"Label Studio exited with code {self.process.returncode} while starting; "
                                       f"see {self.log_path}")
            try:
                if httpx.get(f"{self.url}/health", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(1)
        self.stop()
        raise LabelStudioError(f"Label Studio did not answer on {self.url} within {timeout:g} s; see {self.log_path}")

    def stop(self, grace: float = 20.0) -> None:
        """Terminate the server's whole process group, killing it if it does not go within ``grace`` s."""
        if self.process is None:
            return
        group = self.process.pid  # started in a session of its own, so its pid is its group id
        try:
            os.killpg(group, signal.SIGTERM)
            try:
                self.process.wait(grace)
            except subprocess.TimeoutExpired:
                os.killpg(group, signal.SIGKILL)
                self.process.wait()
        except ProcessLookupError:
            pass
        finally:
            if self._record is not None:
                registry.forget(self._record, group)

    def __enter__(self) -> LocalServer:
        self.start()
        try:
            self.wait_until_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
