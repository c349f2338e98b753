"""The Vietnamese interface: every string translated, Qt's own strings too, live switching.

The translation checks run lupdate over the current sources, so a UI string
added without a Vietnamese translation fails here. To fix such a failure:

    scripts/update-translations --todo todo.json   # lists and exports what is missing
    (fill in todo.json, or edit resources/translations/desktop_vi.ts in pyside6-linguist)
    scripts/update-translations --apply todo.json  # merges, recompiles the .qm
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.ui import i18n

REPO = Path(__file__).resolve().parent.parent
TRANSLATIONS = REPO / "resources" / "translations"


def _load_workflow():
    spec = importlib.util.spec_from_file_location("giaoban_translations", REPO / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses need the module registered
    spec.loader.exec_module(module)
    return module


tw = _load_workflow()


@pytest.fixture
def english_after(qapp):
    """Whatever a test installs, the next test starts in English again."""
    yield qapp
    i18n.install(qapp, "en")


# --- every string has a Vietnamese translation -----------------------------------


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory) -> Path:
    """lupdate over today's sources into an empty catalogue."""
    ts = tmp_path_factory.mktemp("lupdate") / "fresh_vi.ts"
    tw.lupdate(ts, "vi_VN")
    return ts


def test_lupdate_finds_the_ui_strings(fresh_ts: Path) -> None:
    keys = {m.key for m in tw.read_ts(fresh_ts)}
    # A few strings from different kinds of call (self.tr, translate, QT_TRANSLATE_NOOP,
    # %n plural): if lupdate stopped seeing one kind, the checks below would pass vacuously.
    assert ("MainWindow", "&File", "") in keys
    assert ("ReaderView", "Published: %1", "") in keys
    assert ("ArticleListModel", "Title", "") in keys
    assert ("MainWindow", "%n article(s)", "") in keys
    assert ("LibraryErrors", "Cannot open the library", "") in keys
    assert not any(context == "" for context, _, _ in keys), "strings with no context (aliased tr?)"


def test_committed_catalogue_has_every_source_string(fresh_ts: Path) -> None:
    committed = {m.key for m in tw.read_ts(TRANSLATIONS / "desktop_vi.ts")}
    missing = sorted(m.key for m in tw.read_ts(fresh_ts) if m.key not in committed)
    assert not missing, f"run scripts/update-translations; not in desktop_vi.ts: {missing}"


def test_every_ui_string_has_a_finished_vietnamese_translation(tmp_path: Path) -> None:
    # lupdate into a copy of the committed catalogue: existing translations are
    # kept, every new or changed source string comes in unfinished.
    ts = tmp_path / "desktop_vi.ts"
    shutil.copy(TRANSLATIONS / "desktop_vi.ts", ts)
    tw.lupdate(ts, "vi_VN")
    messages = tw.read_ts(ts)
    assert messages
    untranslated = [f"{m.context}: {m.source!r}" for m in messages if not m.translated]
    assert not untranslated, "no Vietnamese translation (scripts/update-translations --todo todo.json):\n" + "\n".join(
        untranslated
    )
    assert 'type="unfinished"' not in ts.read_text(encoding="utf-8")


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%(?:n|\d)", text))


@pytest.mark.parametrize("catalogue", ["desktop_vi.ts", "qtbase_vi.ts"])
def test_translations_keep_placeholders_and_accelerators(catalogue: str) -> None:
    messages = tw.read_ts(TRANSLATIONS / catalogue)
    assert messages
    for m in messages:
        for form in m.translations:
            assert _placeholders(form) == _placeholders(m.source), (m.source, form)
            has_accel = re.search(r"&[^&\s;]", m.source.replace("&&", "")) is not None
            if has_accel and not m.source.startswith("<"):
                assert re.search(r"&[^&\s]", form.replace("&&", "")), ("lost its &accelerator", m.source, form)


def test_committed_qm_files_match_their_ts(tmp_path: Path) -> None:
    sources = sorted(TRANSLATIONS.glob("*.ts"))
    assert {p.stem for p in sources} >= {"desktop_vi", "qtbase_vi"}
    for ts in sources:
        fresh = tw.lrelease(ts, tmp_path / f"{ts.stem}.qm")
        committed = ts.with_suffix(".qm")
        assert committed.exists(), f"{committed.name} missing: run scripts/update-translations"
        assert committed.read_bytes() == fresh.read_bytes(), f"{committed.name} is stale: run scripts/update-translations"


# --- lupdate can read every string --------------------------------------------------

_TR_NAMES = {"tr"}
_TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP"}


def _call_name(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _source_arg(node: ast.Call, name: str) -> tuple[ast.expr | None, ast.expr | None]:
    """(context, source) arguments of a tr/translate call."""
    if name in _TR_NAMES:
        return None, node.args[0] if node.args else None
    if len(node.args) >= 2:
        return node.args[0], node.args[1]
    return None, None


def _is_literal(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _built(node: ast.expr | None) -> bool:
    """A string built at run time: f-string, concatenation, %-format or .format()."""
    if isinstance(node, ast.JoinedStr | ast.BinOp):
        return True
    return (
        isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"
    )


def lupdate_problems(source: str, filename: str = "<string>") -> list[str]:
    """Ways a module hides its UI strings from lupdate.

    - a string built inside tr()/translate() (f-string, ``+``, ``%``, ``.format``):
      lupdate extracts only literals, so the runtime text never matches;
    - a literal source with a non-literal context (``translate(CTX, "...")``);
    - ``tr = self.tr`` / ``tr = QCoreApplication.translate``: lupdate then files
      the strings under an empty context (or takes the context for the text);
    - literals passed to a home-made wrapper (``def _tr(text): return translate("C", text)``),
      which lupdate does not know.
    """
    tree = ast.parse(source, filename)
    problems: list[str] = []
    wrappers: dict[str, int] = {}
    for func in ast.walk(tree):
        if not isinstance(func, ast.FunctionDef):
            continue
        params = [a.arg for a in func.args.args]
        for node in ast.walk(func):
            if isinstance(node, ast.Call) and (name := _call_name(node)) in _TR_NAMES | {"translate"}:
                _, src = _source_arg(node, name)
                if isinstance(src, ast.Name) and src.id in params:
                    wrappers[func.name] = params.index(src.id)
    for node in ast.walk(tree):
        where = f"{filename}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute):
            if node.value.attr in ("tr", "translate"):
                problems.append(f"{where}: alias of {node.value.attr}() (lupdate cannot follow it)")
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name in _TR_NAMES | _TRANSLATE_NAMES:
            context, src = _source_arg(node, name)
            if _built(src):
                problems.append(f"{where}: string built inside {name}() (use a literal with %1 and .replace)")
            if _is_literal(src) and context is not None and not _is_literal(context):
                problems.append(f"{where}: {name}() with a non-literal context")
        if isinstance(node.func, ast.Name) and node.func.id in wrappers:
            position = wrappers[node.func.id]
            if len(node.args) > position and _is_literal(node.args[position]):
                problems.append(f"{where}: literal passed to wrapper {node.func.id}() (lupdate cannot see it)")
    return problems


def test_lupdate_check_catches_each_kind_of_problem() -> None:
    bad = '''
from PySide6.QtCore import QCoreApplication
CTX = "X"
def _tr(text):
    return QCoreApplication.translate("C", text)
class W:
    def f(self, n):
        tr = self.tr
        a = self.tr(f"{n} articles")
        b = QCoreApplication.translate("C", "a" + str(n))
        c = self.tr("{} notes".format(n))
        d = QCoreApplication.translate(CTX, "fine text")
        e = _tr("hidden")
'''
    found = lupdate_problems(bad)
    assert len(found) == 6, found
    good = '''
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
LABELS = [QT_TRANSLATE_NOOP("C", "Title")]
def label(i):
    return QCoreApplication.translate("C", LABELS[i])
class W:
    def f(self, n):
        return self.tr("%n note(s)", "", n) + self.tr("Keys " "split")
'''
    assert lupdate_problems(good) == []


def test_no_ui_string_is_hidden_from_lupdate() -> None:
    problems = []
    for path in tw.source_files():
        problems += lupdate_problems(path.read_text(encoding="utf-8"), str(path.relative_to(REPO)))
    assert not problems, "\n".join(problems)


# --- languages and locales -------------------------------------------------------------


@pytest.mark.parametrize("code", i18n.LANGUAGES)
def test_every_shipped_language_resolves_to_a_real_locale(qapp, code: str) -> None:
    # Anki's smoke test (qt/tests/test_i18n.py): a language code must name a real locale.
    locale = i18n.locale_for(code)
    assert locale.language() not in (QLocale.Language.C, QLocale.Language.AnyLanguage)
    assert locale.name().split("_")[0] == code
    assert i18n.LANGUAGE_NAMES[code]
    if code != "en":
        for name in (f"desktop_{code}", f"qtbase_{code}"):
            assert QTranslator().load(name, i18n.translations_dir()), name
            assert (TRANSLATIONS / f"{name}.ts").exists()


def test_choose_language_order(monkeypatch) -> None:
    monkeypatch.delenv("GIAOBAN_LANG", raising=False)
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    assert i18n.choose_language(None, None) == "en"
    assert i18n.choose_language(None, "vi") == "vi"  # the user's choice in the menu
    assert i18n.choose_language(None, "xx") == "en"  # a stale setting is ignored
    assert i18n.choose_language("en", "vi") == "en"  # --lang wins
    monkeypatch.setenv("GIAOBAN_LANG", "vi")
    assert i18n.choose_language(None, "en") == "vi"
    assert i18n.choose_language("en", None) == "en"


def test_system_locale_vi_gives_vietnamese(monkeypatch) -> None:
    monkeypatch.delenv("GIAOBAN_LANG", raising=False)
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("vi_VN")))
    assert i18n.system_language() == "vi"
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.system_language() == "en"


def test_qt_dialog_buttons_are_vietnamese(english_after) -> None:
    i18n.install(english_after, "vi")
    box = QMessageBox()
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel
    )
    texts = {box.button(b).text().replace("&", "") for b in (
        QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No, QMessageBox.StandardButton.Cancel)}
    assert texts == {"Có", "Không", "Hủy"}
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Save)
    assert buttons.button(QDialogButtonBox.StandardButton.Close).text() == "Đóng"
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Lưu"
    i18n.install(english_after, "en")
    assert QDialogButtonBox(QDialogButtonBox.StandardButton.Close).button(
        QDialogButtonBox.StandardButton.Close
    ).text() == "Close"


def test_dates_follow_the_language(english_after) -> None:
    i18n.install(english_after, "vi")
    assert i18n.format_date("2024-03-05") == "05/03/2024"
    assert i18n.format_date("2024-03-05", "month") == "tháng 3/2024"
    assert i18n.format_month(2024, 3, heading=True) == "Tháng 3/2024"
    assert i18n.month_name(12) == "tháng 12"
    assert i18n.format_period("2024-04-01", "2024-06-30", "quarter") == "quý II/2024"
    assert i18n.format_period("2024-01-01", "2024-06-30", "half-year") == "6 tháng đầu năm 2024"
    assert i18n.format_period(None, None, None) == "không rõ ngày"
    i18n.install(english_after, "en")
    assert i18n.format_date("2024-03-05") == "5 Mar 2024"
    assert i18n.format_period("2024-04-01", "2024-06-30", "quarter") == "quarter II/2024"
    assert QCoreApplication.translate("i18n", "no date") == "no date"


# --- switching language while the window is open --------------------------------------


def _date_cells(window) -> list[str]:
    from desktop.ui.models.article_list import COL_DATE

    model = window.article_model
    return [model.index(r, COL_DATE).data() for r in range(model.rowCount())]


def test_language_menu_switches_the_open_window_live(qtbot, window, english_after) -> None:
    controller = window.features["language"]
    assert window.menu_file.title() == "&File"
    assert window.count_label.text() == "5 article(s)"
    en_dates = _date_cells(window)
    controller.actions["vi"].trigger()
    qtbot.waitUntil(lambda: window.menu_file.title() == "&Tệp")
    assert i18n.current_language() == "vi"
    assert QSettings("GiaoBan", "GiaoBanReader").value("ui/language") == "vi"
    assert window.count_label.text() == "5 bài viết"
    assert window.search_box.placeholderText().startswith("Tìm")
    assert window.tabs.tabText(window.tabs.indexOf(window.reader)) == "Bài viết"
    assert window.article_model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "Tiêu đề"
    assert controller.menu.title() == "&Ngôn ngữ (Language)"
    assert controller.actions["vi"].isChecked() and not controller.actions["en"].isChecked()
    assert window.features["shortcuts"].action.text() == "&Phím tắt"
    vi_dates = [d for d in _date_cells(window) if d and d != "—"]
    days = [d for d in vi_dates if d[0].isdigit()]  # periods are shown as periods
    assert days and all(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in days), vi_dates
    assert "Nửa đầu 2024" in vi_dates, vi_dates
    shown = window.reader.toPlainText()
    assert any(label in shown for label in ("Đăng ngày", "Thời gian họp", "Kỳ báo cáo"))
    controller.actions["en"].trigger()
    qtbot.waitUntil(lambda: window.menu_file.title() == "&File")
    assert window.count_label.text() == "5 article(s)"
    assert _date_cells(window) == en_dates
    assert QSettings("GiaoBan", "GiaoBanReader").value("ui/language") == "en"


def test_start_uses_the_remembered_language(qapp, tmp_path, monkeypatch, english_after) -> None:
    from desktop.ui import app as app_module

    monkeypatch.delenv("GIAOBAN_LANG", raising=False)
    names = (qapp.organizationName(), qapp.applicationName())
    QSettings("GiaoBan", "GiaoBanReader").setValue("ui/language", "vi")
    try:
        code = app_module.main(["--screenshot", str(tmp_path / "shot.png"), "--library", str(tmp_path / "lib.sqlite3")])
        assert code == 0
        assert i18n.current_language() == "vi"
        assert (tmp_path / "shot.png").stat().st_size > 10_000
    finally:
        QSettings("GiaoBan", "GiaoBanReader").remove("ui/language")
        qapp.setOrganizationName(names[0])
        qapp.setApplicationName(names[1])
