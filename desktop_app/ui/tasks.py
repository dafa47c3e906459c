"""Running work off the GUI thread and getting the result (or the error) back on it.

``run_task(func, on_done, on_error)`` runs ``func`` in the global thread pool; the callbacks
run on the GUI thread. Workers never touch widgets. Controllers take a :data:`Runner` so that
tests can run the work at a moment of their choosing, without Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], None]


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, func: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.func, self.relay = func, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.func()
        except Exception as exc:
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


_LIVE: set[_Relay] = set()  # keep relays alive until they have reported


def run_task(
    func: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    relay = _Relay()
    _LIVE.add(relay)

    def finish(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def handler(value: Any) -> None:
            _LIVE.discard(relay)
            callback(value)

        return handler

    relay.done.connect(finish(on_done))
    relay.failed.connect(finish(on_error))
    QThreadPool.globalInstance().start(_Task(func, relay))
