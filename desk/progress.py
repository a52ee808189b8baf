"""Progress of long work on a terminal (tqdm): count and rate, quiet when the output is not a terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from tqdm import tqdm


@contextmanager
def progress_bar(total: int | None, what: str, unit: str = "条") -> Iterator[Callable[[int], None]]:
    """Yields `advance(n)`; the bar goes to stderr and only when stderr is a terminal."""
    bar = tqdm(
        total=total or None,
        desc=what,
        unit=unit,
        unit_scale=True,
        dynamic_ncols=True,
        disable=not sys.stderr.isatty(),
        leave=False,
    )

    def advance(count: int) -> None:
        bar.update(count)

    try:
        yield advance
    finally:
        bar.close()
