"""Atomic file writing with safe permissions: the one place `app.attest` touches files.

Key files, signing requests, signatures, reports and exports are all written
this way, so that a crash, a full disk or a pulled USB stick leaves either the
old file or the new one, never half of one, and a secret is never readable by
others even for a moment.
"""

from __future__ import annotations

import contextlib
import errno
import mmap
import os
import secrets
from collections.abc import Iterable, Iterator
from pathlib import Path

from app.domain.errors import InvalidInput
from app.domain.messages import msg

# Errors from os.link that mean "this file system has no hard links" (FAT/exFAT
# USB sticks, some network shares), not "the target exists".
_NO_HARD_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EACCES}


def write_atomic(
    path: str | os.PathLike[str],
    data: bytes | Iterable[bytes],
    *,
    mode: int = 0o600,
    overwrite: bool = False,
) -> None:
    """Write `data` (bytes, or an iterable of byte chunks) to `path` atomically, mode `mode`.

    The bytes go to a new temporary file in the same folder, created with
    O_CREAT|O_EXCL and `mode` (the process umask can only remove bits), so the
    content never exists with wider permissions; the file is flushed and
    fsynced, then moved into place and the folder fsynced. Without `overwrite`
    an existing `path` is refused, atomically where the file system has hard
    links. Any failure is an InvalidInput naming the path and the OS reason,
    and leaves no temporary file behind.
    """
    chunks: Iterable[bytes]
    if isinstance(data, bytes | bytearray | memoryview):
        chunks = (data,)
    elif isinstance(data, str):
        raise TypeError("write_atomic writes bytes")
    else:
        chunks = data  # an iterable of byte chunks, written as they come
    target = Path(os.fspath(path))
    folder = target.parent
    if not overwrite and os.path.lexists(target):
        raise InvalidInput(msg("{target} already exists; refusing to overwrite it",
                               target=target), "path")
    temp = folder / f".{target.name}.{secrets.token_hex(8)}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0)
    try:
        # Opened inside the block whose `finally` removes it: an interrupt right
        # after the file is made must not leave it behind.
        try:
            fd = os.open(temp, flags, mode)
        except OSError as exc:
            raise InvalidInput(msg("cannot write {target}: {value}",
                                   target=target, value=exc.strerror or exc), "path") from None
        try:
            for chunk in chunks:
                view = memoryview(chunk)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if overwrite:
            os.replace(temp, target)
        else:
            _move_without_overwrite(temp, target)
        fsync_folder(folder)
    except FileExistsError:
        raise InvalidInput(msg("{target} already exists; refusing to overwrite it",
                               target=target), "path") from None
    except OSError as exc:
        raise InvalidInput(msg("cannot write {target}: {value}",
                               target=target, value=exc.strerror or exc), "path") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)


def _move_without_overwrite(temp: Path, target: Path) -> None:
    """Put `temp` at `target` unless `target` exists: a hard link fails atomically if so."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS:
            raise
        # No hard links here: check, then rename (a small race, on such file systems only).
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, "file exists", str(target)) from None
        os.replace(temp, target)
    else:
        os.unlink(temp)


def fsync_folder(folder: Path) -> None:
    """Make the rename durable; folders cannot be opened for fsync on Windows."""
    if os.name != "posix":  # pragma: no cover
        return
    fd = os.open(folder if str(folder) else ".", os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as exc:  # pragma: no cover - some file systems refuse fsync on folders
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def read_file(path: str | os.PathLike, what: str) -> bytes:
    """The bytes of a file the user named; a file that cannot be read is InvalidInput
    naming `what` it was meant to be and why ("cannot read policy p.json: No such file")."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InvalidInput(msg("cannot read {what} {path}: {strerror}",
                               what=what, path=path, strerror=exc.strerror)) from None


@contextlib.contextmanager
def mapped(path: str | os.PathLike, what: str) -> Iterator[bytes]:
    """A file the user named, memory-mapped read-only for the `with` block: sliced and
    searched without being read whole first, so that forked workers read their own
    parts of it, at once. A file that cannot be read is InvalidInput, as `read_file`."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, after the block
    except OSError as exc:
        raise InvalidInput(msg("cannot read {what} {path}: {strerror}",
                               what=what, path=path, strerror=exc.strerror)) from None
    with handle:
        if os.fstat(handle.fileno()).st_size == 0:
            yield b""
            return
        try:
            view = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError) as exc:
            raise InvalidInput(msg("cannot read {what} {path}: {exc}",
                                   what=what, path=path, exc=exc)) from None
        with view:
            yield view  # type: ignore[misc]


def read_bounded(path: str | os.PathLike, limit: int, what: str) -> bytes | None:
    """At most `limit` bytes of a file Tijori keeps for itself (None if there is none).

    A file larger than `limit`, or one that cannot be read, is InvalidInput naming
    `what` it is: such a file is damaged, never the same as no file.
    """
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise InvalidInput(msg("cannot read {what} {path}: {value}",
                               what=what, path=path, value=exc.strerror or exc)) from None
    if len(data) > limit:
        raise InvalidInput(msg("{what} {path} is larger than such a file can be",
                               what=what, path=path))
    return data
