"""When a service may use the second core, and how it runs work ahead in a child.

The one home of the fork policy: the desktop application calls `forbid_forking`
(forking a process that runs Qt threads is unsafe), and then every service does
its work in its own process, only slower. The command line may fork.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
from collections.abc import Callable, Iterator
from typing import Any

_FORK_ALLOWED = True


def forbid_forking() -> None:
    """Never fork in this process, whatever a caller asks."""
    global _FORK_ALLOWED
    _FORK_ALLOWED = False


def may_fork() -> bool:
    return _FORK_ALLOWED and "fork" in multiprocessing.get_all_start_methods()


class _Failed:
    """What a child sends instead of an item when its generator raised."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


def run_ahead(make: Callable[[], Iterator[bytes]]) -> Iterator[bytes]:
    """The items of `make()`, made in a forked child while the caller uses each one.

    For a pipeline whose two halves each take a core: the child produces the
    next items while this process consumes the last. Items are bytes, sent as
    they come (the pipe holds a few ahead); an exception in the child is raised
    here, in the same place in the sequence. Without fork, `make()` runs here.
    The child is ended if the caller stops early (a cancel, an error of its own).
    """
    if not may_fork():
        yield from make()
        return
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_produce, args=(make, sender, receiver, os.getpid()),
                            daemon=True)
    child.start()
    sender.close()
    try:
        while True:
            try:
                item = receiver.recv_bytes()
            except EOFError:
                raise RuntimeError("the worker process ended without a word") from None
            if item == b"":
                break
            if item[:1] == b"E":
                failed = pickle.loads(item[1:])
                raise failed.error
            yield memoryview(item)[1:].tobytes()
        child.join()
    finally:
        receiver.close()
        if child.is_alive():
            child.terminate()
            child.join()


def _produce(make: Callable[[], Iterator[bytes]], sender: Any, receiver: Any,
             parent: int) -> None:
    receiver.close()  # else a parent that dies leaves this child blocked on a full pipe
    _die_with(parent)
    try:
        try:
            for item in make():
                sender.send_bytes(b"I" + item)
        except BaseException as exc:  # sent whole to the parent, which raises it
            sender.send_bytes(b"E" + _pickled(exc))
        else:
            sender.send_bytes(b"")
    finally:
        sender.close()
        os._exit(0)  # no atexit handlers, no flushing of the parent's buffers


def _die_with(parent: int) -> None:
    """Be killed when the parent dies, even by SIGKILL (Linux), not left working alone."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        return
    if os.getppid() != parent:  # it died before the request took effect
        os._exit(1)


def _pickled(exc: BaseException) -> bytes:
    try:
        return pickle.dumps(_Failed(exc))
    except Exception:
        return pickle.dumps(_Failed(RuntimeError(f"{type(exc).__name__}: {exc}")))
