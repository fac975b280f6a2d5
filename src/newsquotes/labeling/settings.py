"""Where the labeling loop looks: its environment variables, its defaults and the files the package ships.

Light on purpose (standard library only), so the command line can show these in its help without
loading Label Studio's SDK.

Environment, in order of precedence (the first one set wins; ``--url`` on the command line beats them all):

* server URL: ``$NEWSQUOTES_LS_URL``, then ``$LABEL_STUDIO_URL`` (the name Label Studio's SDK and ML
  backend use), then the credentials file ``newsquotes label serve`` wrote in the state folder;
* API token: ``$NEWSQUOTES_LS_TOKEN``, then ``$LABEL_STUDIO_API_KEY``, then that credentials file;
* state folder: ``--state``, then ``$NEWSQUOTES_STATE``, then ``.newsquotes``, then (for every command
  but ``serve``) that of the server ``newsquotes label serve`` runs, wherever it was started.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

URL_ENV, TOKEN_ENV, STATE_ENV = "NEWSQUOTES_LS_URL", "NEWSQUOTES_LS_TOKEN", "NEWSQUOTES_STATE"
#: Label Studio's own names for the same settings, read after the project's.
STUDIO_URL_ENV, STUDIO_TOKEN_ENV = "LABEL_STUDIO_URL", "LABEL_STUDIO_API_KEY"
URL_ENVS = (URL_ENV, STUDIO_URL_ENV)
TOKEN_ENVS = (TOKEN_ENV, STUDIO_TOKEN_ENV)

DEFAULT_PORT = 8089
DEFAULT_TITLE = "newsquotes"
DEFAULT_STATE = Path(".newsquotes")

#: Installed with the package, so ``label push`` finds them from any working directory. Their editable
#: sources are labeling/GUIDELINES.md and labeling/config.xml in the repository; a test keeps them identical.
SHIPPED = resources.files("newsquotes.labeling") / "shipped"
GUIDELINES_FILE = "GUIDELINES.md"
CONFIG_FILE = "config.xml"


def from_environment(names: tuple[str, ...]) -> str | None:
    """The value of the first of ``names`` set (and not empty) in the environment."""
    return next((os.environ[name] for name in names if os.environ.get(name)), None)


def shipped_text(name: str) -> str:
    """One of the files shipped in the package, e.g. :data:`GUIDELINES_FILE`."""
    return (SHIPPED / name).read_text("utf-8")
