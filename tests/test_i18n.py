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
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QFileDialog,
    QFileSystemModel,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeView,
    QWidget,
)

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
    # Qt's %1 and %n, and the command line's str.format fields: {path}
    return sorted(re.findall(r"%(?:n|\d)|\{\w*\}", text))


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
      which lupdate does not know;
    - tr()/translate() inside an f-string (``f"({self.tr('inferred')})"``): lupdate
      does not read f-strings, so the text never reaches the catalogue and shows in
      English whatever the language;
    - translate()'s count (``%n``) given as anything but a name or a number
      (``report.count``, ``len(xs)``): lupdate silently skips the whole call.
    """
    tree = ast.parse(source, filename)
    problems: list[str] = []
    in_fstrings = {
        id(call)
        for fstring in ast.walk(tree)
        if isinstance(fstring, ast.JoinedStr)
        for call in ast.walk(fstring)
        if isinstance(call, ast.Call)
    }
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
            if id(node) in in_fstrings:
                problems.append(f"{where}: {name}() inside an f-string (lupdate never sees it; translate first)")
            context, src = _source_arg(node, name)
            if _built(src):
                problems.append(f"{where}: string built inside {name}() (use a literal with %1 and .replace)")
            if _is_literal(src) and context is not None and not _is_literal(context):
                problems.append(f"{where}: {name}() with a non-literal context")
            count = node.args[3] if name in _TRANSLATE_NAMES and len(node.args) > 3 else None
            if count is not None and not isinstance(count, ast.Name | ast.Constant | ast.UnaryOp):
                problems.append(f"{where}: {name}()'s count is not a plain name or number "
                                "(lupdate then drops the whole message)")
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
        g = f' <i>({self.tr("inferred, not printed")})</i>'
        h = QCoreApplication.translate("C", "%n note(s) to review", "", self.report.count)
'''
    found = lupdate_problems(bad)
    assert len(found) == 8, found
    assert any("f-string" in problem for problem in found), found
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


def _problems_in_sources(check) -> list[str]:
    """``check(source, name)`` over every UI source file."""
    problems = []
    for path in tw.source_files():
        problems += check(path.read_text(encoding="utf-8"), str(path.relative_to(REPO)))
    return problems


def test_no_ui_string_is_hidden_from_lupdate() -> None:
    problems = _problems_in_sources(lupdate_problems)
    assert not problems, "\n".join(problems)


# --- no English put into a widget past tr() ------------------------------------------
#
# lupdate sees only tr()/translate() literals, so the checks above cannot see text
# that never went through tr(): an f-string or a concatenation with English words
# handed to setText(). This AST check looks at what the code hands to the calls
# that put text on screen (setters, item/tab/action constructors, message boxes,
# file dialogs, QPainter.drawText): a literal, an f-string's literal parts, either
# side of ``+``/``%``, the receiver of ``.format``/``.join``/``.replace``, both
# arms of ``x if c else y``, list items, and the values assigned to a local name
# in the same function, must hold no words once markup (tags, entities, %1, {})
# is stripped. tr()/translate() results, other calls, attributes and parameters
# pass: what they hold is not known here. Not reliable beyond that (so not
# claimed): text built in one function and shown by another, or returned from a
# model's data() — the runtime tests below cover the windows and dialogs
# users reported, by comparing each shown string in English and Vietnamese.

_TEXT_CALLS = {
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setWindowTitle", "setTitle", "setIconText", "setInformativeText", "setDetailedText",
    "setLabelText", "showMessage", "setPrefix", "setSuffix", "setSpecialValueText",
    "setCancelButtonText", "setOkButtonText", "setTabText", "setTabToolTip", "setItemText",
    "setItemToolTip", "setAccessibleName", "setAccessibleDescription", "setHtml",
    "setPlainText", "setButtonText", "drawText", "addAction", "addMenu", "addTab",
    "insertTab", "addButton", "addSection", "insertSection", "addItems", "setHeaderLabels",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "getOpenFileName",
    "getOpenFileNames", "getSaveFileName", "getExistingDirectory",
    "open_file_names", "existing_directory", "save_file_name",
    # widgets and items whose constructor takes their text
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QAction", "QMenu", "QDockWidget", "QCommandLinkButton", "QMessageBox",
    "QProgressDialog", "QTreeWidgetItem", "QListWidgetItem", "QTableWidgetItem",
    "QStandardItem", "QLineEdit", "QTextEdit", "QPlainTextEdit", "QTextBrowser",
}  # fmt: skip
# Static message boxes and input dialogs, only on these classes (log.warning is not one).
_DIALOG_STATICS = {"information", "warning", "critical", "question", "about", "getText", "getItem"}
_DIALOG_CLASSES = {"QMessageBox", "QInputDialog"}
# addItem(text, data) / insertItem(i, text, data): only the text, not the data.
_ITEM_TEXT_AT = {"addItem": 0, "insertItem": 1}
_STRING_METHODS = {"format", "join", "replace", "strip", "upper", "lower", "title", "capitalize"}
_MARKUP = re.compile(r"<[^>]*>|&#?\w+;|%(?:n|\d)|\{[^{}]*\}")
_WORD = re.compile(r"[^\W\d_]{2,}")


def _words(text: str) -> list[str]:
    """The words of a literal once markup, entities and placeholders are gone."""
    return _WORD.findall(_MARKUP.sub(" ", text))


def _shown_words(node: ast.expr | None, names: dict[str, list[ast.expr]], depth: int = 0) -> list[str]:
    """Words an expression puts on screen without tr() ([] when none can be seen)."""
    if node is None or depth > 4:
        return []
    again = lambda n: _shown_words(n, names, depth + 1)  # noqa: E731
    if isinstance(node, ast.Constant):
        return _words(node.value) if isinstance(node.value, str) else []
    if isinstance(node, ast.JoinedStr):
        return [
            w
            for part in node.values
            for w in (_words(part.value) if isinstance(part, ast.Constant) else again(part.value))
        ]
    if isinstance(node, ast.BinOp):
        return again(node.left) + again(node.right)
    if isinstance(node, ast.IfExp):
        return again(node.body) + again(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [w for v in node.values for w in again(v)]
    if isinstance(node, ast.List | ast.Tuple):
        return [w for v in node.elts for w in again(v)]
    if isinstance(node, ast.Name):
        return [w for v in names.get(node.id, ()) for w in again(v)]
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in _STRING_METHODS
    ):
        literals = [a for a in node.args if isinstance(a, ast.Constant | ast.JoinedStr | ast.BinOp)]
        return again(node.func.value) + [w for a in literals for w in again(a)]
    return []  # tr()/translate(), other calls, attributes, subscripts: not known here


def _text_arguments(node: ast.Call) -> list[ast.expr]:
    name = _call_name(node)
    owner = node.func.value if isinstance(node.func, ast.Attribute) else None
    if name in _DIALOG_STATICS and isinstance(owner, ast.Name) and owner.id in _DIALOG_CLASSES:
        return list(node.args)
    if name in _TEXT_CALLS:
        return [*node.args, *(k.value for k in node.keywords if k.arg not in ("parent", "objectName"))]
    if name in _ITEM_TEXT_AT:
        at = _ITEM_TEXT_AT[name] + (1 if len(node.args) > _ITEM_TEXT_AT[name] + 2 else 0)  # icon first
        return node.args[at : at + 1]
    return []


def untranslated_widget_text(source: str, filename: str = "<string>") -> list[str]:
    """Calls that put literal words on screen without tr() (see the comment above)."""
    tree = ast.parse(source, filename)
    scopes = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
    problems: list[str] = []
    seen: set[int] = set()
    for scope in [*reversed(scopes), tree]:  # innermost function first: its own local names
        nodes = [n for statement in scope.body for n in ast.walk(statement)]
        names: dict[str, list[ast.expr]] = {}
        for n in nodes:
            if isinstance(n, ast.Assign):
                for target in n.targets:
                    if isinstance(target, ast.Name):
                        names.setdefault(target.id, []).append(n.value)
            elif isinstance(n, ast.AugAssign | ast.AnnAssign) and isinstance(n.target, ast.Name) and n.value:
                names.setdefault(n.target.id, []).append(n.value)
        for n in nodes:
            if isinstance(n, ast.Call) and id(n) not in seen:
                seen.add(id(n))
                words = [w for arg in _text_arguments(n) for w in _shown_words(arg, names)]
                if words:
                    problems.append(
                        f"{filename}:{n.lineno}: {_call_name(n)}() shows {' '.join(words[:5])!r} without tr()"
                    )
    return problems


def test_widget_text_check_catches_each_kind_of_problem() -> None:
    bad = """
from PySide6.QtWidgets import QLabel, QMessageBox
from PySide6.QtGui import QAction
class W:
    def f(self, d, n, path):
        code = escape(d.code)
        if d.inferred:
            code += f' <i style="color:#8a5a00">(inferred, not printed)</i>'
        self.label.setText(code)
        self.title.setText("Directive " + d.name)
        self.count.setText("%d articles" % n)
        self.tip.setToolTip(f"{n} notes")
        self.box.setWindowTitle("Cannot open {}".format(path))
        QLabel(f"Code: {d.code}")
        QAction("Export", self)
        self.combo.addItem("All kinds", "all")
        self.tree.setHeaderLabels([self.tr("Title"), "Date"])
        self.status.showMessage("done" if n else self.tr("nothing"))
        QMessageBox.warning(self, self.tr("Error"), "could not write " + path)
"""
    found = untranslated_widget_text(bad)
    assert len(found) == 11, "\n".join(found)
    good = """
from PySide6.QtWidgets import QLabel
class W:
    def f(self, d, n, text, log):
        code = escape(d.code)
        if d.inferred:
            note = self.tr("%1 (inferred)").replace("%1", d.code)
            code = f'<i style="color:#8a5a00">{escape(note)}</i>'
        self.label.setText(f"<table><tr><td>{code}</td></tr></table>")
        self.count.setText(self.tr("%n article(s)", "", n) + f" · {d.when}  ({n})")
        self.chip.setText(f"{text}  ✕")
        self.combo.addItem(self.tr("All kinds"), "all")
        QLabel(f"“{text}”")
        self.reader.setHtml(d.html)
        log.warning("analysis process died")
        self.setObjectName("directivePanel")
        self.setStyleSheet("color: red")
"""
    assert untranslated_widget_text(good) == []


def test_no_english_handed_to_a_widget_past_tr() -> None:
    problems = _problems_in_sources(untranslated_widget_text)
    assert not problems, "\n".join(problems)


def test_the_checks_catch_the_reported_directive_panel_string() -> None:
    # The reported bug: "Ký hiệu QĐ/TW (inferred, not printed)", tr() inside an f-string.
    reported = """
class DirectivePanel:
    def _fill_header(self, d):
        code = escape(d.code)
        if d.code_inferred:
            code += f' <i style="color:#8a5a00">({escape(self.tr("inferred, not printed"))})</i>'
        rows.append((self.tr("Code"), code))
"""
    assert lupdate_problems(reported), "tr() inside an f-string must be reported"


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
    # a system that names no language ("C"): the readers' own
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.C)))
    assert i18n.system_language() == "vi"


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


# --- Qt's own strings, and the ones users found in English -----------------------------


def _shown_texts(widget: QWidget) -> dict[tuple[str, int, str], str]:
    """Every string a dialog shows: title, labels, buttons, tooltips, column headers."""
    texts = {("window", 0, "title"): widget.windowTitle()}
    seen: dict[str, int] = {}
    for child in [widget, *widget.findChildren(QWidget)]:
        name = child.objectName() or type(child).__name__
        nth = seen[name] = seen.get(name, -1) + 1
        if isinstance(child, QLabel | QAbstractButton) and child.text():
            texts[(name, nth, "text")] = child.text()
        if child.toolTip():
            texts[(name, nth, "tooltip")] = child.toolTip()
        if isinstance(child, QHeaderView) and child.model() is not None:
            for section in range(child.count()):
                label = child.model().headerData(section, child.orientation())
                texts[(name, nth, f"column {section}")] = str(label)
    if isinstance(widget, QMessageBox):
        texts[("box", 0, "informative")] = widget.informativeText()
        texts[("box", 0, "details")] = widget.detailedText()
    return texts


def _same_in_both_languages(make, app) -> list[str]:
    """What ``make()`` shows word for word alike in English and Vietnamese: never translated."""
    def texts() -> dict[tuple[str, int, str], str]:
        widget = make()
        try:
            return _shown_texts(widget)
        finally:
            widget.close()
            widget.deleteLater()

    i18n.install(app, "en")
    english = texts()
    i18n.install(app, "vi")
    vietnamese = texts()
    return [f"{key}: {text!r}" for key, text in english.items() if _words(text) and vietnamese.get(key) == text]


def test_qtbase_vi_speaks_this_qt_version() -> None:
    # Qt 6 renamed the file dialog's "Look in:" to "&Look in:" and "Files of type:" to
    # "Files of &type:", and moved "Folder", "Drive" … to QAbstractFileIconProvider; a
    # catalogue written for Qt 5 loads fine and translates nothing there. Qt's own
    # German catalogue in the wheel lists the messages this Qt asks for.
    reference = QTranslator()
    if not reference.load("qtbase_de", i18n.qt_translations_dir()):
        pytest.skip("this Qt has no qtbase_de.qm to compare with")
    unknown = [
        f"{m.context}: {m.source!r}"
        for m in tw.read_ts(TRANSLATIONS / "qtbase_vi.ts")
        if not reference.translate(m.context, m.source, m.comment or None)
    ]
    assert not unknown, "not a message of this Qt version (renamed or moved?):\n" + "\n".join(unknown)


def _widget_file_dialog() -> QFileDialog:
    from desktop.ui import file_dialogs

    dialog = QFileDialog(None, "", str(REPO / "seeds"), "Articles (*.txt *.md *.html *.htm *.docx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # Qt's own, as on a bare Linux desktop
    return file_dialogs.prepare(dialog)


def test_qt_file_dialog_is_vietnamese_and_roomy(english_after) -> None:
    from desktop.ui import file_dialogs

    assert _same_in_both_languages(_widget_file_dialog, english_after) == []
    dialog = _widget_file_dialog()  # Vietnamese now
    labels = {label.objectName(): label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "Tìm trong:"
    assert labels["fileTypeLabel"] == "Loại tệp:"
    header = dialog.findChild(QTreeView, "treeView").header()
    columns = [header.model().headerData(i, Qt.Orientation.Horizontal) for i in range(header.count())]
    assert columns == ["Tên", "Kích thước", "Loại", "Ngày sửa"]
    for section in (1, 2, 3):  # "Kích thư…" was cut at Qt's width for "128.88 GB"
        assert header.sectionSize(section) >= header.sectionSizeHint(section), columns[section]
    assert dialog.width() >= file_dialogs.MIN_WIDTH
    # The Type column names our formats in Vietnamese ("Ma…nt" was "Markdown document",
    # the system's MIME comment): through the dialog's proxy model.
    assert isinstance(dialog.proxyModel(), file_dialogs.ArticleTypes)
    files = QFileSystemModel()
    files.setRootPath(str(REPO))
    proxy = file_dialogs.ArticleTypes()
    proxy.setSourceModel(files)
    readme = files.index(str(REPO / "README.md")).siblingAtColumn(file_dialogs.ArticleTypes.TYPE_COLUMN)
    assert proxy.mapFromSource(readme).data() == "Tài liệu Markdown"


def test_shortcut_list_is_vietnamese(qtbot, window, english_after) -> None:
    from PySide6.QtGui import QUndoCommand

    from desktop.ui.features.shortcuts import collect_shortcuts

    english = {e.portable_keys: e.description for e in collect_shortcuts(window)}
    i18n.switch_language("vi", remember=False)
    qtbot.waitUntil(lambda: window.menu_file.title() == "&Tệp")
    # Qt's own undo actions renamed themselves "Undo"/"Redo" whenever the stack changed.
    stack = window.features["notes"].undo_stack
    stack.push(QUndoCommand("x"))
    stack.undo()
    key_caps = {"Ctrl", "Shift", "Alt", "Meta", "Space", "Backspace", "Del", "Ins", "Tab", "Esc"}
    entries = collect_shortcuts(window)
    assert entries
    for e in entries:
        # Keys are written as on the keyboard; a named key ("Redo", "Back", "Left") is translated.
        names = {part for keys in e.keys.split(", ") for part in keys.split("+") if len(part) > 1}
        assert {n for n in names if n.isascii() and n.isalpha()} <= key_caps, (e.description, e.keys)
        assert not (_words(e.description) and e.description == english.get(e.portable_keys)), e
    stack.clear()
    i18n.switch_language("en", remember=False)


def test_damaged_library_dialog_is_vietnamese(english_after, tmp_path) -> None:
    from desktop.core.store.db import LibraryError, Reason
    from desktop.ui.dialogs import RecoveryDialog

    detail = "*** in database main ***\nPage 5: btree page has wrong parent"
    exc = LibraryError(Reason.CORRUPT, tmp_path / "library.sqlite3", detail)
    aside = tmp_path / "library.damaged-2024-06-02.sqlite3"
    for backup, keep_reading in ((tmp_path / "library-2024-06-01.sqlite3", True), (None, False)):

        def make(backup=backup, keep_reading=keep_reading) -> RecoveryDialog:
            box = RecoveryDialog(exc, backup, "01/06/2024 09:15", aside, can_keep_reading=keep_reading)
            box.show()  # the details button exists once shown
            return box

        assert _same_in_both_languages(make, english_after) == []
        box = make()
        # The technical text stays word for word (support needs it), after a Vietnamese sentence.
        assert box.detailedText().startswith("Chi tiết kỹ thuật")
        assert box.detailedText().endswith(detail)
        box.close()


def test_directive_panel_inferred_code_is_vietnamese(qtbot, window, english_after) -> None:
    from PySide6.QtGui import QTextDocumentFragment

    directive_id, code = window.db.execute(
        "SELECT id, code FROM directives WHERE code_inferred = 1 AND code != '' ORDER BY id LIMIT 1"
    ).fetchone()
    controller = window.features["directives"]
    i18n.switch_language("vi", remember=False)
    qtbot.waitUntil(lambda: window.menu_file.title() == "&Tệp")
    assert controller.show_directive(directive_id)
    shown = QTextDocumentFragment.fromHtml(controller.panel.details.text()).toPlainText()
    assert f"{code} (suy ra" in shown
    assert "inferred" not in shown and "printed" not in shown
    i18n.switch_language("en", remember=False)


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
    assert any(label in shown for label in ("Ngày đăng", "Thời gian họp", "Kỳ báo cáo"))
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
