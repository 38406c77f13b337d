"""One way to run work off the GUI thread: a function on Qt's pool, its outcome delivered.

The verification, the robustness analysis and the batch each run a Qt-free function
(:mod:`criteria`, :mod:`app.survey`) on :class:`QThreadPool`; :func:`start` runs it and a
:class:`Delivery` carries back, on the receiver's thread, either its result
(``finished``) or the exception that stopped it (``failed``) — never nothing, so every
caller can end its busy state and say what happened. Each caller keeps the job
:func:`start` returns until its next one replaces it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Delivery(QObject):
    """Carries a pool job's outcome to the thread this object lives in (a Qt queue)."""

    finished = Signal(object, object)  # the job's tag, the function's result
    failed = Signal(object, object)  # the job's tag, the exception it raised


class _Job(QRunnable):
    """One call of ``work`` on a pool thread (no widgets here)."""

    def __init__(self, work: Callable[[], Any], tag: object, delivery: Delivery) -> None:
        super().__init__()
        self.work, self.tag, self.delivery = work, tag, delivery

    def run(self) -> None:
        try:
            value = self.work()
        except Exception as exc:  # noqa: BLE001 — every failure reaches the caller
            self._deliver("failed", exc)
        else:
            self._deliver("finished", value)

    def _deliver(self, outcome: str, value: object) -> None:
        try:
            getattr(self.delivery, outcome).emit(self.tag, value)
        except RuntimeError:  # its view was closed while the job ran: nobody to tell
            pass


def start(work: Callable[[], Any], tag: object, delivery: Delivery) -> QRunnable:
    """Run ``work()`` on the global pool; ``delivery`` says how it ended, with ``tag``.

    The job is returned and not deleted by the pool: the caller keeps it until its
    outcome arrives (a job the pool deleted on its own thread, holding the batch's
    closures, made the interpreter crash as it finalised).
    """
    job = _Job(work, tag, delivery)
    job.setAutoDelete(False)
    QThreadPool.globalInstance().start(job)
    return job
