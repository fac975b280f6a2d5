"""Rich tables for agreement and adjudication results."""

from __future__ import annotations

from rich.markup import escape
from rich.table import Table

from newsquotes.labeling.adjudicate import Adjudication

STATISTIC_NAMES = {"cohen_kappa": "Cohen's kappa", "krippendorff_alpha": "Krippendorff's alpha (nominal)"}


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def agreement_table(result: dict) -> Table:
    names = ", ".join(result["annotators"]) or "nobody"
    table = Table(title=f"Pairwise F1 of {names} on {len(result['articles_compared'])} articles")
    for column in ("label", "exact", "overlap", "matched exact/overlap", "marked"):
        table.add_column(column, justify="left" if column == "label" else "right")

    def row(name: str, scores: dict) -> None:
        exact, overlap = scores["exact"], scores["overlap"]
        table.add_row(name, _number(exact["f1"]), _number(overlap["f1"]),
                      f"{exact['matched']}/{overlap['matched']}", str(exact["marked"]))

    for label, scores in result["spans"].items():
        row(label, scores)
    table.add_section()
    row("said_by", result["said_by"])
    return table


def stance_line(result: dict) -> str:
    stance = result["stance"]
    who = "both annotators" if stance["statistic"] == "cohen_kappa" else "two or more annotators"
    return (f"stance on {stance['units']} quotes {who} labelled: "
            f"{STATISTIC_NAMES[stance['statistic']]} {_number(stance['value'])}, "
            f"observed agreement {_number(stance['observed_agreement'])}")


def speaker_name_line(result: dict) -> str:
    names = result["speaker_name"]
    return (f"speaker names on {names['units']} quotes both marked at the same offsets: "
            f"{_number(names['agreement'])} agree")


def skipped_lines(result: dict) -> list[str]:
    return [f"skipped {s['article_id']}: {s['reason']} ({', '.join(s['annotators'])})" for s in result["skipped"]]


def conflicts_table(result: Adjudication, limit: int = 40) -> Table:
    shown = result.conflicts[:limit]
    more = f", first {limit} shown" if len(result.conflicts) > limit else ""
    table = Table(title=f"{len(result.conflicts)} conflicts, {result.summary['unresolved']} unresolved{more}")
    for column in ("article", "item", "field", "said", "decision", "reason"):
        table.add_column(column, overflow="fold")
    for conflict in shown:
        said = "\n".join(f"{name}: {value}" for name, value in conflict["said"].items())
        reason = escape(conflict["reason"])
        if not conflict["resolved"]:
            reason = f"[bold red]unresolved[/]: {reason}"
        table.add_row(*(escape(cell) for cell in (conflict["article_id"], conflict["item"], conflict["field"], said,
                                                  conflict["decision"])), reason)
    return table


def adjudication_summary(result: Adjudication) -> str:
    s = result.summary
    single = len(s["single_annotator_articles"])
    line = (f"gold for {s['articles']} articles ({single} labelled by one annotator): {s['entities']} entities, "
            f"{s['quotes']} quotes; annotators {', '.join(s['annotators'])}; reviewer {s['reviewer'] or 'none'}")
    if "replaced" in s:
        line += (f"; replaced the gold of {len(s['replaced'])} articles and kept {s['kept_from_existing']} "
                 "other articles' gold")
    return line
