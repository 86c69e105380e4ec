"""Run one function over shares of a list on every core, in forked children that inherit the build.

Rendering needs the whole plan (every meeting, every profile); pickling that to worker
processes would cost more than the rendering. A forked child already has it in memory
(copy-on-write), so each child is handed only which share of the items is its own, and
sends back small results. The parent renders a share too instead of waiting.

An exception in a child (a template error, a full disk, Ctrl-C) comes back to the parent
and is raised there, as if the work had been done in one process.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import pickle
import signal
from collections.abc import Callable, Sequence
from functools import partial
from typing import Generic, TypeVar

from generator.errors import OutputError

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")


def available_cores() -> int:
    """Cores this process may run on (fewer than ``os.cpu_count()`` under a CPU limit)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def run_shares(items: Sequence[T], work: Callable[[Sequence[T]], list[R]], *, workers: int,
               also: Callable[[int, int], list[R]], weight: float = 1.0) -> tuple[list[R], list[R]]:
    """``work`` over shares of ``items`` in ``workers`` processes, results in item order; and in each
    process ``also(number, workers)``, that process's part of more work: the number-th of every
    ``workers`` results, or all of them from one process (the others returning none).

    This process takes ``weight`` times a worker's share of the items (it also merges the results,
    and ``also`` may give it more than the others).
    """
    if workers < 2 or len(items) < 2 or not hasattr(os, "fork"):
        return work(items), also(0, 1)
    places = _interleave(len(items), workers, weight)
    shares = [[items[index] for index in share] for share in places]
    # Frozen, the objects made so far are never traversed by the cycle collector: the children
    # then leave their pages shared, and no process spends seconds walking the whole plan again.
    gc.freeze()
    try:
        children = [_fork(partial(_both, work, share, also, number, workers))
                    for number, share in enumerate(shares[1:], start=1)]
        try:
            results = [_both(work, shares[0], also, 0, workers)]
        except BaseException:
            _stop(children)
            raise
        replies = [_collect(pid, reader) for pid, reader in children]  # every child reaped before raising
    finally:
        gc.unfreeze()
    for kind, value in replies:
        if kind == "error":
            raise value  # type: ignore[misc]
        results.append(value)  # type: ignore[arg-type]
    merged: list[R] = [None] * len(items)  # type: ignore[list-item]
    for share, (made, _) in zip(places, results, strict=True):
        for index, result in zip(share, made, strict=True):
            merged[index] = result
    return merged, _merge([extra for _, extra in results])


class Started(Generic[R]):
    """A task running in a forked child (see ``start``): collect its result once, or stop it."""

    def __init__(self, pid: int, reader: int) -> None:
        self._child: tuple[int, int] | None = (pid, reader)

    def result(self) -> R:
        """Wait for the task; its result, or its exception raised here."""
        if self._child is None:
            raise OutputError("a forked task's result was asked for twice, or after it was stopped")
        child, self._child = self._child, None
        kind, value = _collect(*child)
        if kind == "error":
            raise value  # type: ignore[misc]
        return value  # type: ignore[return-value]

    def stop(self) -> None:
        """End the task unless its result was collected (after a failure elsewhere); safe to call twice."""
        if self._child is not None:
            child, self._child = self._child, None
            _stop([child])


def start(task: Callable[[], R]) -> Started[R] | None:
    """Run ``task()`` in a forked child that inherits everything made so far, while this process goes on;
    None where there is no ``fork``. The child's objects are frozen for it as in ``run_shares``."""
    if not hasattr(os, "fork"):
        return None
    gc.freeze()
    try:
        return Started(*_fork(task))
    finally:
        gc.unfreeze()


def _merge(parts: list[list[R]]) -> list[R]:
    """``also``'s results in order: one process's alone, or the number-th of every ``len(parts)`` from each."""
    if sum(1 for part in parts if part) <= 1:
        return next((part for part in parts if part), [])
    merged: list[R] = [None] * sum(map(len, parts))  # type: ignore[list-item]
    for number, part in enumerate(parts):
        merged[number::len(parts)] = part
    return merged


def _both(work: Callable[[Sequence[T]], list[R]], share: Sequence[T], also: Callable[[int, int], list[R]],
          number: int, workers: int) -> tuple[list[R], list[R]]:
    """One process's part: its share of the items, then its part of the further work."""
    return work(share), also(number, workers)


def _interleave(count: int, workers: int, weight: float) -> list[list[int]]:
    """Which items each process takes, spread evenly through the list, this process ``weight`` times as many."""
    weights = [weight] + [1.0] * (workers - 1)
    total = sum(weights)
    credit = [0.0] * workers
    places: list[list[int]] = [[] for _ in range(workers)]
    for index in range(count):  # smooth weighted round-robin
        for worker, weight in enumerate(weights):
            credit[worker] += weight
        chosen = max(range(workers), key=credit.__getitem__)
        credit[chosen] -= total
        places[chosen].append(index)
    return places


def _fork(task: Callable[[], object]) -> tuple[int, int]:
    """Start a child doing ``task()``; return its pid and the pipe its result comes down."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid:
        os.close(writer)
        return pid, reader
    os.close(reader)
    try:  # the child: never return into the parent's code, whatever happens
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        payload = _dumps(("ok", task()))
    except BaseException as exc:  # noqa: BLE001 - carried to the parent and raised there
        payload = _dumps(("error", exc))
    finally:
        try:
            with os.fdopen(writer, "wb") as pipe:
                pipe.write(payload)
        finally:
            os._exit(0)
    raise AssertionError("unreachable")  # pragma: no cover


def _dumps(message: tuple[str, object]) -> bytes:
    """Pickle a result or an exception; an exception that cannot be pickled is sent as its text."""
    try:
        return pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # noqa: BLE001 - any pickling failure becomes a readable error
        return pickle.dumps(("error", OutputError(f"a render worker failed: {message[1]} ({exc})")))


def _collect(pid: int, reader: int) -> tuple[str, object]:
    """Read a child's reply (before waiting, so a full pipe cannot stall it) and reap it."""
    chunks = []
    with os.fdopen(reader, "rb") as pipe:
        while chunk := pipe.read(1 << 20):
            chunks.append(chunk)
    _, status = os.waitpid(pid, 0)
    if not chunks:
        return "error", OutputError(f"a render worker stopped without a result (exit status {status})")
    reply: tuple[str, object] = pickle.loads(b"".join(chunks))
    return reply


def _stop(children: Sequence[tuple[int, int]]) -> None:
    """End and reap the children after the parent's own share failed."""
    for pid, reader in children:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        os.close(reader)
        os.waitpid(pid, 0)
