"""Replacing a file atomically: readers see the old file or the new one, never half of either."""

from __future__ import annotations

import os
import re
import secrets
import stat
from pathlib import Path

TEMP_SUFFIX = ".tmp"


def atomic_write(path: Path, text: str) -> None:
    """Write beside the target, fsync, then rename over it: readers see the old or the new file.

    A symlink is written through to its target; the file keeps its permissions (a new one gets
    the umask's, as any file the user creates).
    """
    target = Path(os.path.realpath(path))
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode: int | None = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = None
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
    try:
        handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        if mode is not None:
            os.fchmod(handle, mode)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    directory = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def remove_stale_temp_files(folder: Path) -> list[Path]:
    """Delete the temp files of deck saves that never finished (a killed process leaves them).
    Only safe while no save is running: call it holding the bank's lock."""
    stale = [
        path
        for path in folder.glob(f".*.y*ml.*{TEMP_SUFFIX}")
        if re.fullmatch(rf"\..+\.ya?ml\.[A-Za-z0-9_]+{re.escape(TEMP_SUFFIX)}", path.name)
    ]
    for path in stale:
        path.unlink(missing_ok=True)
    return stale


__all__ = [
    "TEMP_SUFFIX",
    "atomic_write",
    "remove_stale_temp_files",
]
