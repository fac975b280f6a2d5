"""Whether a library's code is still the code that one of our faster equivalents repeats.

Several steps of the build repeat a library function's steps more cheaply (``decoding.parse_html``,
``json_ld.read_json_ld``, the Open Graph reading in ``metadata``, ``date_elements``, ``page_measure``). Each keeps
the SHA-256 of the source it was written against and runs only while the installed library still has that
source; with any other version the library's own function runs.
"""

from __future__ import annotations

import hashlib
import inspect


def source_sha256(*parts) -> str:
    """SHA-256 of ``parts`` joined: functions and classes by their source code, strings as they are."""
    text = "".join(part if isinstance(part, str) else inspect.getsource(part) for part in parts)
    return hashlib.sha256(text.encode()).hexdigest()
