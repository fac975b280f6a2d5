"""A real Label Studio for tests, started the way users start it: ``newsquotes label serve``.

``start_label_studio(state)`` writes credentials with a known token into the state folder (serve uses
credentials it finds there instead of making new ones), runs the command in its own process group on a
free loopback port and returns once the server answers. Starting takes a minute or more (the database
is created on first start), so tests share one server per session through the ``label_studio`` fixture.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import httpx

from newsquotes.labeling.client import CREDENTIALS_FILE, Connection, Credentials, Session, labelstudio_folder
from newsquotes.labeling.server import ADMIN, HOST, free_port

TOKEN = "0123456789abcdef0123456789abcdef01234567"
PASSWORD = "test-admin-password"


@dataclass
class RunningLabelStudio:
    url: str
    token: str
    state: Path
    process: subprocess.Popen
    output: Path
    user_state: Path  # the serve's $XDG_STATE_HOME, where it records itself for other folders

    def session(self, **patience) -> Session:
        return Session(Connection(url=self.url, token=self.token, **patience))

    def stop(self, grace: float = 60.0) -> int:
        """SIGTERM to serve alone, as a supervisor would send it; serve must take its server down."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(grace)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        return self.process.returncode


def start_label_studio(state: Path, timeout: float = 420.0) -> RunningLabelStudio:
    """Run ``newsquotes label serve`` with its state in ``state``; returns once Label Studio answers."""
    port = free_port()
    url = f"http://{HOST}:{port}"
    Credentials(url=url, username=ADMIN, password=PASSWORD, token=TOKEN).save(labelstudio_folder(state) / CREDENTIALS_FILE)
    output = state / "serve-output.txt"
    env = {key: value for key, value in os.environ.items() if not key.startswith("NEWSQUOTES_LS_")}
    env["XDG_STATE_HOME"] = str(state / "user-state")
    with output.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "newsquotes", "label", "serve", "--port", str(port), "--state", str(state)],
            stdout=sink, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env, start_new_session=True)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"newsquotes label serve exited with {process.returncode}:\n{output.read_text()}")
        if b"is up at" in output.read_bytes():
            httpx.get(f"{url}/health", timeout=5).raise_for_status()
            return RunningLabelStudio(url=url, token=TOKEN, state=state, process=process, output=output,
                                      user_state=state / "user-state")
        time.sleep(1)
    # SIGTERM first: serve stops the server it started (in a session of its own) before it exits.
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(60)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
    raise RuntimeError(f"Label Studio did not come up within {timeout:g} s:\n{output.read_text()}")


def make_annotator(session, name):
    email = f"{name}-{uuid.uuid4().hex[:6]}@example.org"
    user = session.sdk.users.create(username=email.split("@")[0], email=email, password=uuid.uuid4().hex)
    return user.id, email
