"""Interface languages: Italian (source and default) and English, and that they stay complete.

A new ``self.tr("…")`` string without its English makes these tests fail with the message
to run ``make translations`` (after adding the English to ``scripts/translations_en.json``
or to a file of its own in ``scripts/translations_en.d/``).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from cotdesk.db.database import Database
from cotdesk.services.desk import DeskIdentity
from cotdesk.ui.home import HomePage
from cotdesk.ui.i18n import install_translators
from cotdesk.ui.login import LoginDialog

ROOT = Path(__file__).resolve().parents[2]
FIX = "Run `make translations` (English in scripts/translations_en.json) and commit the result."

#: Translations that drop a placeholder on purpose: what it carries is Italian text built
#: outside tr() ("Nata"/"Nato", "il codice fiscale"), which would read wrong in English.
PLACEHOLDER_DROPS = {
    ("RegistrationDialog", "Codice fiscale valido. {0} il {1} a {2}."): {"{0}"},
    ("RegistrationDialog", "Inserire {0}, oppure scegliere «Nessun codice»."): {"{0}"},
}


def _load_script() -> ModuleType:
    name = "cotdesk_translations_script"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "translations.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return _load_script()


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], list[str]]]:
    """Switch the interface language; back to Italian afterwards (translators are global)."""
    locale_before = QLocale()
    yield lambda code: install_translators(qapp, code)
    install_translators(qapp, "it")
    QLocale.setDefault(locale_before)


def _identity() -> DeskIdentity:
    return DeskIdentity(
        office_name="COT Solidale M05",
        office_code="M05",
        district_label="Municipio V",
        database_path=Path("desk.db"),
    )


def _form_labels(dialog: LoginDialog) -> list[str]:
    form = dialog.findChild(QFormLayout)
    assert form is not None
    labels = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QLabel):
            labels.append(widget.text())
    return labels


# ---------------------------------------------------------------------- at run time


def test_english_shows_on_the_home_page_and_the_log_in_dialog(
    qtbot: QtBot, db: Database, language: Callable[[str], list[str]]
) -> None:
    loaded = language("en")
    assert "cotdesk_en" in loaded

    home = HomePage(db)
    qtbot.addWidget(home)
    assert home.search_box.placeholderText() == (
        "Search: surname and first name, codice fiscale, STP/ENI, phone or date of birth"
    )
    assert home.new_button.text() == "&New person (Ctrl+N)"
    assert home.table.accessibleName() == "Search results"
    header = home.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header == "Surname"

    login = LoginDialog(db, _identity())
    qtbot.addWidget(login)
    assert login.windowTitle() == "cotdesk — Log in"
    assert _form_labels(login) == ["&Username:", "&Password:"]
    buttons = login.findChild(QDialogButtonBox)
    assert buttons is not None
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Log in"
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Quit"
    assert QLocale().language() == QLocale.Language.English


def test_italian_is_the_default_and_can_be_switched_back(
    qtbot: QtBot, db: Database, language: Callable[[str], list[str]]
) -> None:
    language("en")
    loaded = language("it")
    assert "cotdesk_it" in loaded, "the Italian .qm is shipped in resources/translations"

    home = HomePage(db)
    qtbot.addWidget(home)
    assert home.search_box.placeholderText().startswith("Cerca: cognome e nome")
    assert home.new_button.text() == "&Nuova persona (Ctrl+N)"

    login = LoginDialog(db, _identity())
    qtbot.addWidget(login)
    assert login.windowTitle() == "cotdesk — Accesso"
    assert _form_labels(login) == ["&Nome utente:", "&Password:"]
    assert QLocale().language() == QLocale.Language.Italian

    assert "cotdesk_it" in language("xx"), "an unknown language falls back to Italian"


def test_strings_of_classes_using_a_local_tr_alias_are_translated(
    language: Callable[[str], list[str]],
) -> None:
    # ``tr = self.tr; tr("…")`` is filed by lupdate without context; scripts/translations.py
    # puts it back under the class, which is where ``self.tr`` looks it up at run time.
    language("en")
    translate = QCoreApplication.translate
    assert translate("RegistrationDialog", "Co&gnome:") == "S&urname:"
    assert translate("PersonPage", "&Modifica dati (F2)") == "&Edit details (F2)"
    assert translate("ConsentPanel", "Caricamento…") == "Loading…"
    assert translate("AddMemberDialog", "Figlio/a") == "Son/daughter"  # tr(label)


def test_the_compiled_files_match_the_ts_files(
    script: ModuleType, language: Callable[[str], list[str]]
) -> None:
    for code in ("en", "it"):
        language(code)
        stale = [
            f"[{m.context}] {m.source!r}"
            for m in script.read_ts(script.ts_path(code))
            if QCoreApplication.translate(m.context, m.source) != m.translation
        ]
        assert not stale, f"cotdesk_{code}.qm is older than its .ts: {stale[:5]}. {FIX}"


# ---------------------------------------------------------------------- completeness


def test_every_english_message_is_translated(script: ModuleType) -> None:
    messages = script.read_ts(script.ts_path("en"))
    assert len(messages) > 400
    unfinished = [
        f"[{m.context}] {m.source!r}" for m in messages if not m.finished or not m.translation
    ]
    assert not unfinished, f"untranslated: {unfinished}. {FIX}"
    orphans = [f"{m.source!r} at {m.locations}" for m in messages if not m.context]
    assert not orphans, (
        f"tr() outside a class is never found at run time: {orphans}. Call self.tr() in a "
        "class, or QCoreApplication.translate('ClassName', '…') in a function."
    )


def test_the_english_file_matches_the_strings_in_the_code(script: ModuleType) -> None:
    in_file = {(m.context, m.source) for m in script.read_ts(script.ts_path("en"))}
    in_code = script.current_sources()
    new = sorted(in_code - in_file)
    gone = sorted(in_file - in_code)
    assert not new, f"strings in the code without English: {new}. {FIX}"
    assert not gone, f"strings no longer in the code: {gone}. {FIX}"


def test_the_italian_file_is_the_source_itself(script: ModuleType) -> None:
    italian = script.read_ts(script.ts_path("it"))
    english = {(m.context, m.source) for m in script.read_ts(script.ts_path("en"))}
    assert {(m.context, m.source) for m in italian} == english
    assert all(m.finished and m.translation == m.source for m in italian)


def test_placeholders_markup_and_shortcuts_survive_translation(script: ModuleType) -> None:
    placeholder = re.compile(r"\{\d+\}")
    tag = re.compile(r"</?[a-zA-Z][^>]*>")
    keys = re.compile(r"\bCtrl\+(?:Shift\+)?[A-Z]\b|\bF\d+\b|\bEsc\b")
    messages = script.read_ts(script.ts_path("en"))
    mnemonics: dict[str, set[str]] = {}
    for m in messages:
        found = re.search(r"&([^&\s])", m.translation.replace("&&", ""))
        if found:
            mnemonics.setdefault(m.context, set()).add(found.group(1).upper())
    problems = []
    for m in messages:
        key = (m.context, m.source)
        expected = set(placeholder.findall(m.source)) - PLACEHOLDER_DROPS.get(key, set())
        if set(placeholder.findall(m.translation)) != expected:
            problems.append(f"placeholders of {key}: {m.translation!r}")
        if sorted(tag.findall(m.source)) != sorted(tag.findall(m.translation)):
            problems.append(f"markup of {key}: {m.translation!r}")
        if not set(keys.findall(m.source)) <= set(keys.findall(m.translation)):
            problems.append(f"shortcuts of {key}: {m.translation!r}")
        for letter in re.findall(r"\bAlt\+([A-Z])\b", m.translation):
            if letter not in mnemonics.get(m.context, set()):
                problems.append(f"Alt+{letter} is no mnemonic of {m.context}: {m.translation!r}")
        if m.source.count("\n") != m.translation.count("\n"):
            problems.append(f"line breaks of {key}: {m.translation!r}")
        if ("&" in m.source.replace("&&", "")) != ("&" in m.translation.replace("&&", "")):
            problems.append(f"mnemonic of {key}: {m.translation!r}")
    assert not problems, "\n".join(problems)


def test_the_domain_vocabulary_follows_the_interface_language(
    language: Callable[[str], list[str]],
) -> None:
    from cotdesk.domain.cases import CASE_STATUS_LABELS, CHANNEL_LABELS, CaseStatus
    from cotdesk.domain.needs import SEVERITY_LABELS
    from cotdesk.domain.priority import PRIORITY_LEVEL_LABELS, VULNERABILITY_LABELS
    from cotdesk.domain.referrals import REFERRAL_STATUS_LABELS
    from cotdesk.domain.roles import ROLE_LABELS
    from cotdesk.domain.services_catalogue import COST_FORM_LABELS
    from cotdesk.ui.labels import tr_label

    vocabulary = [
        text
        for table in (
            CASE_STATUS_LABELS,
            CHANNEL_LABELS,
            REFERRAL_STATUS_LABELS,
            SEVERITY_LABELS,
            VULNERABILITY_LABELS,
            PRIORITY_LEVEL_LABELS,
            ROLE_LABELS,
            COST_FORM_LABELS,
        )
        for text in table.values()
    ]
    language("en")
    untranslated = [text for text in vocabulary if tr_label(text) == text]
    assert untranslated == [], "add them to scripts/translations_en.json and run make translations"
    assert tr_label(CASE_STATUS_LABELS[CaseStatus.IN_PROGRESS]) == "In progress"
    language("it")
    assert tr_label(CASE_STATUS_LABELS[CaseStatus.IN_PROGRESS]) == "In carico"
