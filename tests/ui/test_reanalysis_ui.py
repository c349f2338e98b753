"""Articles an older analyser read are re-analysed in the background when the window shows."""

from __future__ import annotations

from desktop.core import library_ops
from desktop.core.parse import ANALYSER_VERSION
from desktop.ui.features.reanalysis import BAR_NAME
from desktop.ui.main_window import MainWindow


def _age(lib, title: str = "cũ") -> None:
    """Make the library look analysed by an older analyser (old findings, old version)."""
    with lib.db.atomic():
        lib.db.execute("UPDATE articles SET analyser_version = 1, title = ?", [title])
        lib.db.execute("DELETE FROM meta WHERE key = ?", [library_ops.ANALYSED_BY])


def test_outdated_articles_are_reanalysed_in_the_background(qtbot, library) -> None:
    _age(library)
    window = MainWindow(library)
    qtbot.addWidget(window)
    ctl = window.features["reanalysis"]
    with qtbot.waitSignal(ctl.finished, timeout=60000) as blocker:
        window.show()
    done = blocker.args[0]
    assert done == window.db.execute("SELECT count(*) FROM articles").fetchone()[0] > 0
    rows = window.db.execute("SELECT DISTINCT analyser_version FROM articles").fetchall()
    assert rows == [(ANALYSER_VERSION,)]
    assert window.db.execute("SELECT count(*) FROM articles WHERE title = 'cũ'").fetchone()[0] == 0
    assert not window.findChild(type(ctl.bar), BAR_NAME).isVisible()
    assert str(done) in window.statusBar().currentMessage()
    # the list shows the new titles
    model = window.article_model
    titles = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert "cũ" not in titles
    assert not library_ops.analysis_outdated(window.db)


def test_nothing_runs_when_the_library_is_up_to_date(qtbot, library) -> None:
    library_ops.reanalyse(library.db)  # records the version
    window = MainWindow(library)
    qtbot.addWidget(window)
    ctl = window.features["reanalysis"]
    with qtbot.waitSignal(ctl.finished, timeout=30000) as blocker:
        window.show()
    assert blocker.args == [0]
    assert window.statusBar().currentMessage() == ""


def test_the_bar_says_when_it_links_the_directives_after_the_articles(qtbot, library, monkeypatch) -> None:
    from desktop.ui.features.reanalysis import ReanalysisController

    seen: list[tuple[str, int, int]] = []
    original = ReanalysisController._show_linking

    def show_linking(self, done: int, total: int) -> None:
        original(self, done, total)
        seen.append((self.bar.format(), self.bar.value(), self.bar.maximum()))

    monkeypatch.setattr(ReanalysisController, "_show_linking", show_linking)
    _age(library)
    window = MainWindow(library)
    qtbot.addWidget(window)
    ctl = window.features["reanalysis"]
    with qtbot.waitSignal(ctl.finished, timeout=60000):
        window.show()
    assert seen, "no linking phase was shown"
    assert seen[0][0] == "Linking directives: %v of %m" and seen[0][1] == 0
    assert seen[-1][1] == seen[-1][2] >= 1
    assert not ctl.bar.isVisible()
