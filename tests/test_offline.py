"""The app never opens a network connection.

The app runs in a subprocess whose own ``sitecustomize`` installs an audit
hook (``sys.addaudithook``) recording every socket created, connected or
bound, every name lookup and every urllib/http.client request, to a file.
Unix-domain sockets (D-Bus, a single-instance ``QLocalSocket``) are local and
allowed. Nothing in the test process is monkeypatched.

Python's audit hooks do not see sockets opened by C++ (Qt's own code), so
the tour also runs under ``strace`` where it may trace, and no ``socket``/
``connect``/``bind``/``sendto`` system call may name ``AF_INET``/``AF_INET6``.
The single-instance ``QLocalServer`` (QtNetwork's local sockets) shows up
there as ``AF_UNIX``. A static check keeps the rest of QtNetwork, WebEngine,
urllib and friends out of ``desktop/``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

SITECUSTOMIZE = r'''
import json, os, socket, sys

_LOG = os.environ["GIAOBAN_NET_LOG"]
_LOCAL = {getattr(socket, "AF_UNIX", None), getattr(socket, "AF_NETLINK", None)} - {None}
_EVENTS = {
    "socket.__new__", "socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg",
    "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
    "socket.gethostbyaddr", "socket.getnameinfo", "urllib.Request", "http.client.connect",
    "ftplib.connect", "smtplib.connect", "webbrowser.open",
}

def _family(args):
    first = args[0] if args else None
    if isinstance(first, socket.socket):
        return first.family
    if isinstance(first, int):  # socket.__new__(self, family, ...) passes the object first
        return first
    return None

def _hook(event, args):
    if event not in _EVENTS:
        return
    if event == "socket.__new__":
        family = args[1] if len(args) > 1 else None
    else:
        family = _family(args)
    if family in _LOCAL:
        return
    with open(_LOG, "a", encoding="utf-8") as out:
        out.write(json.dumps({"event": event, "args": repr(args)[:300]}) + "\n")

sys.addaudithook(_hook)
'''

# Starts the app the way desktop.ui.app.main does, then visits every view.
TOUR = r'''
import json, os, sys
from pathlib import Path

from desktop import paths
from desktop.ui import app as app_module, i18n

qt_app = app_module.make_app()
i18n.install(qt_app, "vi")
instance = None
try:
    from desktop.ui.single_instance import SingleInstance
except ImportError:  # not every checkout has it
    SingleInstance = None
if SingleInstance is not None:
    # As main() does without --screenshot: a local (AF_UNIX) socket, allowed.
    instance = SingleInstance(Path(sys.argv[1]))
    instance.notify_running()
    instance.listen()
lib = app_module.open_library_for_window(Path(sys.argv[1]))
from PySide6.QtWidgets import QApplication, QDockWidget
from desktop.ui.main_window import MainWindow

def settle():
    for _ in range(5):
        QApplication.processEvents()

window = MainWindow(lib)
window.resize(1300, 850)
window.show()
settle()
visited = {"tabs": [], "docks": [], "articles": 0}
for i in range(window.tabs.count()):
    window.tabs.setCurrentIndex(i)
    settle()
    visited["tabs"].append(window.tabs.tabText(i))
for dock in window.findChildren(QDockWidget):
    dock.show()
    dock.raise_()
    settle()
    visited["docks"].append(dock.objectName())
for row in range(window.article_model.rowCount()):
    window.select_row(row)
    settle()
    visited["articles"] += 1
shortcuts = window.features.get("shortcuts")
if shortcuts is not None:
    shortcuts.show()
    settle()
    shortcuts.dialog.close()
window.focus_search()
window.search_box.setText("Quy định")
settle()
i18n.switch_language("en", remember=False)
settle()
visited["single_instance"] = instance is not None
visited["webengine_imported"] = any(m.startswith("PySide6.QtWebEngine") for m in sys.modules)
Path(sys.argv[2]).write_text(json.dumps(visited), encoding="utf-8")
window.close()
lib.close()
'''


def _env(tmp_path: Path, log: Path) -> dict[str, str]:
    hook_dir = tmp_path / "hook"
    hook_dir.mkdir(exist_ok=True)
    (hook_dir / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    env = dict(os.environ)
    env.update(
        PYTHONPATH=os.pathsep.join([str(hook_dir), str(REPO)]),
        GIAOBAN_NET_LOG=str(log),
        GIAOBAN_LANG="vi",
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        HOME=str(tmp_path / "home"),
    )
    return env


def _attempts(log: Path) -> list[dict[str, str]]:
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_audit_hook_sees_a_connection_attempt(tmp_path: Path) -> None:
    # The hook must catch what it is meant to catch, or the tests below prove nothing.
    log = tmp_path / "net.log"
    code = textwrap.dedent(
        """
        import socket
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.settimeout(0.2)
        try:
            s.connect(("127.0.0.1", 9))
        except OSError:
            pass
        u = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        u.close()
        """
    )
    subprocess.run([sys.executable, "-c", code], env=_env(tmp_path, log), check=True, timeout=60)
    events = [a["event"] for a in _attempts(log)]
    assert "socket.connect" in events and "socket.__new__" in events
    assert all("AF_UNIX" not in a["args"] for a in _attempts(log))


def test_start_with_seeds_and_screenshot_opens_no_socket(tmp_path: Path) -> None:
    log = tmp_path / "net.log"
    shot = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--screenshot", str(shot), "--library", str(tmp_path / "lib.sqlite3")],
        env=_env(tmp_path, log),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 10_000
    assert _attempts(log) == []


def _run_tour(tmp_path: Path, log: Path, prefix: list[str] | None = None) -> tuple[subprocess.CompletedProcess[str], Path]:
    report = tmp_path / "visited.json"
    script = tmp_path / "tour.py"
    script.write_text(TOUR, encoding="utf-8")
    result = subprocess.run(
        [*(prefix or []), sys.executable, str(script), str(tmp_path / "lib.sqlite3"), str(report)],
        env=_env(tmp_path, log),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=240,
    )
    return result, report


def test_visiting_every_view_opens_no_socket(tmp_path: Path) -> None:
    log = tmp_path / "net.log"
    result, report = _run_tour(tmp_path, log)
    assert result.returncode == 0, result.stderr
    visited = json.loads(report.read_text(encoding="utf-8"))
    assert visited["articles"] == 5 and visited["tabs"]
    assert _attempts(log) == []
    assert not visited["webengine_imported"]


def _strace_works() -> bool:
    strace = shutil.which("strace")
    if not strace:
        return False
    probe = subprocess.run([strace, "-f", "-o", os.devnull, "true"], capture_output=True, timeout=30)
    return probe.returncode == 0


@pytest.mark.skipif(not _strace_works(), reason="strace is not installed or may not trace here")
def test_no_inet_system_call_at_all(tmp_path: Path) -> None:
    # Catches sockets opened below Python too (Qt's C++, libc name lookups);
    # the single-instance QLocalServer shows up as AF_UNIX, which is allowed.
    trace = tmp_path / "trace.txt"
    prefix = ["strace", "-f", "-qq", "-e", "trace=socket,connect,bind,sendto,sendmsg", "-o", str(trace)]
    result, _ = _run_tour(tmp_path, tmp_path / "net.log", prefix)
    assert result.returncode == 0, result.stderr
    lines = trace.read_text(encoding="utf-8").splitlines()
    inet = [line for line in lines if re.search(r"\b[AP]F_INET6?\b", line)]
    assert inet == []


def test_no_network_code_in_the_app() -> None:
    # Nothing remote in the reader, no update check, no remote fonts.
    # QtNetwork is allowed for QLocalServer/QLocalSocket only (single instance:
    # a Unix socket or a Windows named pipe, never the network).
    forbidden = re.compile(
        r"QNetwork\w*|QTcp\w+|QUdp\w+|QSsl\w+|QHostInfo|QDnsLookup|QHttp\w*|QRestAccessManager|"
        r"QtWebEngine|QWebEngine|QtWebSockets|urllib\.request|urlopen|\bimport requests\b|"
        r"http\.client|fetch_url|\bimport socket\b|QDesktopServices\.openUrl"
    )
    offenders = []
    for path in sorted((REPO / "desktop").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if forbidden.search(line) and not line.lstrip().startswith("#"):
                offenders.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    for path in sorted((REPO / "resources" / "styles").rglob("*")):
        if path.is_file() and re.search(r"url\(\s*['\"]?(https?|ftp):", path.read_text(encoding="utf-8")):
            offenders.append(f"{path.relative_to(REPO)}: remote url() in a style sheet")
    assert offenders == []
