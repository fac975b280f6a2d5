"""Push sends each batch of tasks while the model predicts the next: order, batch sizes, and errors, offline."""

from __future__ import annotations

import threading
import time

import pytest

from newsquotes.labeling.push import _send_while_making


class Recorder:
    """A ``send`` that takes a while, noting each batch and how many items were made while it was under way."""

    def __init__(self, seconds: float = 0.02, fail_on: int | None = None):
        self.seconds, self.fail_on = seconds, fail_on
        self.batches: list[list[int]] = []
        self.finished: list[int] = []
        self.busy = threading.Event()
        self.made_while_busy = 0

    def items(self, count: int, fail_at: int | None = None):
        for number in range(count):
            time.sleep(0.001)  # predicting
            if number == fail_at:
                raise ValueError(f"model broke on item {number}")
            if self.busy.is_set():
                self.made_while_busy += 1
            yield number

    def send(self, batch: list[int]) -> None:
        self.busy.set()
        try:
            self.batches.append(list(batch))
            time.sleep(self.seconds)
            if self.fail_on is not None and len(self.batches) == self.fail_on:
                raise RuntimeError(f"server refused batch {len(self.batches)}")
            self.finished.append(len(self.batches))
        finally:
            self.busy.clear()


def test_every_item_is_sent_once_in_order_in_batches_made_while_the_one_before_is_sent():
    recorder = Recorder()
    _send_while_making(recorder.items(300), recorder.send, first=10, most=40)
    assert [n for batch in recorder.batches for n in batch] == list(range(300))
    assert len(recorder.batches[0]) == 10
    assert all(10 <= len(batch) <= 40 for batch in recorder.batches[:-1]) and len(recorder.batches[-1]) <= 40
    assert recorder.made_while_busy > 0, "the next items are made while a batch is being sent"
    assert recorder.finished == list(range(1, len(recorder.batches) + 1))


def test_a_failure_in_making_stops_after_the_batch_being_sent_and_sends_nothing_more():
    recorder = Recorder(seconds=0.05)
    with pytest.raises(ValueError, match="model broke on item 25"):
        _send_while_making(recorder.items(100, fail_at=25), recorder.send, first=10, most=20)
    sent = [n for batch in recorder.batches for n in batch]
    assert sent == list(range(len(sent))) and len(sent) < 25
    assert recorder.finished == list(range(1, len(recorder.batches) + 1)), "the batch under way was finished"


def test_a_failure_in_sending_stops_the_making_within_one_batch():
    recorder = Recorder(seconds=0.05, fail_on=2)
    made = []

    def items():
        for number in recorder.items(1000):
            made.append(number)
            yield number

    with pytest.raises(RuntimeError, match="server refused batch 2"):
        _send_while_making(items(), recorder.send, first=10, most=20)
    assert len(recorder.batches) == 2 and recorder.finished == [1]
    sent = sum(len(batch) for batch in recorder.batches)
    assert len(made) <= sent + 20, "at most one batch is made ahead of the one being sent"
