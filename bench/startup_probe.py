"""Start-up probe: process start to the main window painted, then what it costs to use.

Run by ``bench/run.py`` in a fresh process, once per measurement::

    python bench/startup_probe.py bare T0
    python bench/startup_probe.py app T0 --library LIB [--measure]

``T0`` is the parent's ``time.time()`` taken just before it started this
process, so the figure covers interpreter start, imports, Qt start-up, opening
the library and building the window, up to the end of the window's first
paint. Both modes stop the clock the same way: the window's ``paintEvent``
notes the first call and a zero-delay timer, which runs once that paint (of
the window and its children, in one backing-store flush) is done, reads the
clock. No PNG is encoded, unlike ``--screenshot``.

* ``bare``: a ``QApplication`` and an empty ``QMainWindow`` of the same size:
  the floor any Qt window pays.
* ``app``: the real entry point, ``desktop.ui.app.main`` (settings, language,
  single-instance socket, library open with its checks, seeds check, the main
  window with every feature, the background integrity check).

With ``--measure`` the app probe goes on, after the paint, to time the article
list scrolled to its end (the view fetching page after page), the timeline tab
opened and its frames, and a directive link clicked; it reports the peak RSS
after the paint and after all that.

Prints one line ``PROBE {json}`` on stdout.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _cpu_ms() -> float:
    """CPU time of this process so far (user + system), ms: the start-up cost
    without the waiting a busy machine adds."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return round((usage.ru_utime + usage.ru_stime) * 1000.0, 1)


def _maxrss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0, 1)



def _emit(result: dict[str, object]) -> None:
    sys.stdout.write("PROBE " + json.dumps(result) + "\n")
    sys.stdout.flush()


def run_bare(t0: float) -> int:
    """An empty QMainWindow, shown; stop at the end of its first paint."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    result: dict[str, object] = {"mode": "bare"}

    def painted() -> None:
        result["painted_ms"] = round((time.time() - t0) * 1000.0, 2)
        result["cpu_ms"] = _cpu_ms()
        result["rss_painted_mb"] = _maxrss_mb()
        app.quit()

    class BareWindow(QMainWindow):
        _seen = False

        def paintEvent(self, event):  # noqa: N802 - Qt override
            super().paintEvent(event)
            if not self._seen:
                self._seen = True
                QTimer.singleShot(0, painted)

    window = BareWindow()
    window.resize(1400, 880)
    window.show()
    app.exec()
    result["rss_peak_mb"] = _maxrss_mb()
    _emit(result)
    return 0


def _measure_after_paint(window: object, app: object, result: dict[str, object]) -> None:
    """List to the end, timeline open and frames, a directive link: times and RSS."""
    from PySide6.QtGui import QImage, QPainter

    def settle() -> None:
        app.processEvents()  # type: ignore[attr-defined]

    # The background integrity check and daily backup would compete for the
    # second core and the disk while we time the list; it has had its chance
    # to start (it is part of the start-up figure), stop it now.
    try:
        from desktop.ui.library_guard import guard_for

        guard_for(window).stop()  # type: ignore[arg-type]
    except Exception as exc:  # noqa: BLE001 - a probe reports, never fails
        result["guard_error"] = repr(exc)

    # --- the list, scrolled to the end the way the view does it ------------
    model = window.article_model  # type: ignore[attr-defined]
    view = window.article_list  # type: ignore[attr-defined]
    c = time.process_time()
    t = time.perf_counter()
    pages = 0
    while model.canFetchMore() and pages < 100_000:
        view.scrollToBottom()  # the view asks fetchMore() at the bottom
        settle()
        pages += 1
        if model.canFetchMore() and pages % 50 == 0:
            # Not every platform style fetches on scrollToBottom alone.
            model.fetchMore()
    view.scrollToBottom()
    settle()
    result["list_scroll_to_end_ms"] = round((time.perf_counter() - t) * 1000.0, 2)
    result["list_scroll_to_end_cpu_ms"] = round((time.process_time() - c) * 1000.0, 2)
    result["list_rows"] = model.rowCount()
    result["list_scroll_steps"] = pages
    result["rss_after_list_mb"] = _maxrss_mb()

    # --- the timeline tab -----------------------------------------------------
    feature = window.features.get("timeline")  # type: ignore[attr-defined]
    tview = getattr(feature, "view", None)
    if feature is not None and hasattr(feature, "show") and tview is not None:
        t = time.perf_counter()
        feature.show()
        settle()
        # The timeline reads its counts on a worker thread: open = until they are in.
        loading = getattr(feature, "is_loading", None)
        while loading is not None and loading() and time.perf_counter() - t < 120:
            time.sleep(0.005)
            settle()
        result["timeline_open_ms"] = round((time.perf_counter() - t) * 1000.0, 2)

        image = QImage(tview.size(), QImage.Format.Format_ARGB32_Premultiplied)

        cpu_frames: list[float] = []

        def frame() -> float:
            painter = QPainter(image)
            try:
                c1 = time.process_time()
                t1 = time.perf_counter()
                tview.render_to(painter)
                cpu_frames.append((time.process_time() - c1) * 1000.0)
                return (time.perf_counter() - t1) * 1000.0
            finally:
                painter.end()

        full, zoom, pan = [], [], []
        for _ in range(5):
            tview.fit_all()
            full.append(frame())
            tview.zoom(1.6)
            zoom.append(frame())
            tview.pan(120.0)
            pan.append(frame())
            tview.zoom(1 / 1.6)
            frame()
        tview.fit_all()
        # A cached frame is what a repaint without a range change costs.
        frame()
        cached = [frame() for _ in range(3)]
        result["timeline_full_frame_ms"] = round(sorted(full)[len(full) // 2], 2)
        result["timeline_zoom_frame_ms"] = round(sorted(zoom)[len(zoom) // 2], 2)
        result["timeline_pan_frame_ms"] = round(sorted(pan)[len(pan) // 2], 2)
        result["timeline_repaint_ms"] = round(sorted(cached)[1], 2)
        result["timeline_worst_frame_ms"] = round(max(full + zoom + pan), 2)
        result["timeline_frame_cpu_ms"] = round(sorted(cpu_frames)[len(cpu_frames) // 2], 2)
    result["rss_after_timeline_mb"] = _maxrss_mb()

    # --- a directive link clicked (the directives feature, when installed) ---
    handler = window.link_handlers.get("directive")  # type: ignore[attr-defined]
    if handler is not None:
        from desktop.core.store import timeline_queries as tq

        top = tq.directive_choices(window.db, 1)  # type: ignore[attr-defined]
        if top:
            t = time.perf_counter()
            handler(f"directive:{top[0][0]}")
            settle()
            result["directive_click_ms"] = round((time.perf_counter() - t) * 1000.0, 2)
            result["directive_click_citations"] = top[0][2]
    result["rss_peak_mb"] = _maxrss_mb()


def run_app(t0: float, library: str, measure: bool) -> int:
    """The real ``main()``; stop at the end of the main window's first paint."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    import desktop.ui.main_window as main_window

    result: dict[str, object] = {"mode": "app"}
    state: dict[str, object] = {"seen": False}

    def painted(window: object) -> None:
        result["painted_ms"] = round((time.time() - t0) * 1000.0, 2)
        result["cpu_ms"] = _cpu_ms()
        result["rss_painted_mb"] = _maxrss_mb()
        if measure:
            try:
                _measure_after_paint(window, QApplication.instance(), result)
            except Exception as exc:  # noqa: BLE001 - report, keep the start-up figure
                import traceback

                result["measure_error"] = "".join(traceback.format_exception(exc))[-2000:]
        window.close()  # type: ignore[attr-defined]
        QApplication.instance().quit()  # type: ignore[union-attr]

    # MainWindow has no paintEvent of its own: give it one that notes the
    # first paint (the class keeps its name, so its translations still apply).
    def paintEvent(self, event):  # noqa: N802 - Qt override
        QMainWindow.paintEvent(self, event)
        if not state["seen"]:
            state["seen"] = True
            QTimer.singleShot(0, lambda: painted(self))

    main_window.MainWindow.paintEvent = paintEvent  # type: ignore[method-assign]

    from desktop.ui import app as app_module

    code = app_module.main(["--library", library])
    result["exit_code"] = code
    if "rss_peak_mb" not in result:
        result["rss_peak_mb"] = _maxrss_mb()
    _emit(result)
    return 0


def main(argv: list[str]) -> int:
    """``startup_probe.py bare|app T0 [--library PATH] [--measure]``."""
    mode, t0 = argv[0], float(argv[1])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if mode == "bare":
        return run_bare(t0)
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    library = argv[argv.index("--library") + 1]
    return run_app(t0, library, "--measure" in argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
