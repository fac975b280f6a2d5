"""Boilerplate removal: a data-driven rule set over the lines of a document.

The default rules live in ``boilerplate.toml`` beside this module; users add their own with
:func:`load_rules`. Rules match whole lines, never fragments, so cleaning can remove site chrome but can
not cut a sentence in half.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from newsquotes.errors import ConfigError

ACTIONS = ("drop_line", "drop_rest")


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    action: str
    max_chars: int

    def matches(self, line: str) -> bool:
        return len(line) <= self.max_chars and self.pattern.match(line) is not None


def parse_rules(document: dict, origin: str) -> list[Rule]:
    rules = []
    for number, table in enumerate(document.get("rule", []), start=1):
        where = f"{origin}, rule {number} ({table.get('name', 'unnamed')})"
        if table.get("action", "drop_line") not in ACTIONS:
            raise ConfigError(f"{where}: action must be one of {', '.join(ACTIONS)}")
        try:
            pattern = re.compile(table["pattern"], re.IGNORECASE)
        except KeyError:
            raise ConfigError(f"{where}: no pattern") from None
        except re.error as err:
            raise ConfigError(f"{where}: bad pattern: {err}") from None
        rules.append(Rule(table.get("name", f"rule-{number}"), pattern, table.get("action", "drop_line"),
                          int(table.get("max_chars", 200))))
    return rules


def default_rules() -> list[Rule]:
    text = resources.files("newsquotes.corpus").joinpath("boilerplate.toml").read_text("utf-8")
    return parse_rules(tomllib.loads(text), "built-in boilerplate rules")


def load_rules(path: Path) -> list[Rule]:
    """Rules from a TOML file laid out like the built-in ``boilerplate.toml``."""
    try:
        document = tomllib.loads(Path(path).read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise ConfigError(f"{path}: cannot read boilerplate rules: {err}") from None
    return parse_rules(document, str(path))


def remove_boilerplate(lines: list[str], rules: list[Rule]) -> tuple[list[str], list[str]]:
    """The lines that are kept, and the names of the rules that removed something."""
    kept: list[str] = []
    fired: list[str] = []
    for position, line in enumerate(lines):
        rule = next((r for r in rules if r.matches(line)), None)
        if rule is None:
            kept.append(line)
            continue
        fired.append(rule.name)
        if rule.action == "drop_rest" and position > 0:
            break
    return kept, fired
