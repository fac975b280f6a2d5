"""The memory of a process and its descendants, for the benchmarks that measure a build's peak."""

from __future__ import annotations

import psutil


def _anonymous_pss(pid: int) -> int:
    """Bytes of a process's PSS in anonymous pages (its heap, its share of what it forked with), from
    ``/proc/PID/smaps_rollup``: unlike the whole PSS, it leaves out the library files' pages, whose share falls
    whenever another process on the machine maps the same files."""
    with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
        for line in rollup:
            if line.startswith("Pss_Anon:"):
                return int(line.split()[1]) * 1024
    return 0


def tree_memory_mb(process: psutil.Process, with_pss: bool) -> tuple[float, float, float]:
    """RSS summed over a process and its descendants now, their PSS (shared pages counted once) and the anonymous
    part of that PSS."""
    rss = pss = anonymous = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            if with_pss:
                info = member.memory_full_info()
                rss, pss = rss + info.rss, pss + info.pss
                anonymous += _anonymous_pss(member.pid)
            else:
                rss += member.memory_info().rss
        except (psutil.Error, OSError):  # a worker that ended between listing and reading
            continue
    return rss / 2**20, pss / 2**20, anonymous / 2**20
