"""A persistent cache of processed documents, so that a rebuild only processes what changed.

Entries are keyed by the raw bytes' hash, where the record was found and a fingerprint of every setting
and library version that affects the result. SQLite commits each batch atomically, so a build that is
killed keeps every finished document and the next run resumes from there.
"""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path

from newsquotes.corpus.pipeline import Outcome


class OutcomeCache:
    def __init__(self, directory: Path):
        directory.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(directory / "outcomes.sqlite3", timeout=60)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS outcome (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
        self._db.commit()

    def get(self, key: str) -> Outcome | None:
        row = self._db.execute("SELECT value FROM outcome WHERE key = ?", (key,)).fetchone()
        return pickle.loads(row[0]) if row else None

    def put_many(self, items: list[tuple[str, Outcome]]) -> None:
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO outcome VALUES (?, ?)",
                                 [(key, pickle.dumps(value, protocol=5)) for key, value in items])

    def close(self) -> None:
        self._db.close()
