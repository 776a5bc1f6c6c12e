"""The settings dialog is generated from the declared list, and respects who may change what."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QGroupBox, QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot

from cotdesk.db.database import Database
from cotdesk.domain.roles import Role
from cotdesk.services import settings as st
from cotdesk.services.unit_of_work import Actor
from cotdesk.ui.main_window import MainWindow
from cotdesk.ui.settings_dialog import SettingsDialog
from tests.factories import make_actor


@pytest.fixture
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(st.CONFIG_DIR_ENV, str(tmp_path / "config"))
    return tmp_path / "config" / st.SETTINGS_FILE_NAME


@pytest.fixture
def admin(db: Database, office_id: uuid.UUID) -> Actor:
    return make_actor(db, office_id, Role.ADMIN, "anna.amministratrice")


def _dialog(qtbot: QtBot, db: Database, actor: Actor | None) -> SettingsDialog:
    dialog = SettingsDialog(db, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_every_declared_setting_gets_the_right_widget(
    qtbot: QtBot, db: Database, admin: Actor, settings_file: Path
) -> None:
    dialog = _dialog(qtbot, db, admin)
    assert set(dialog.fields) == {spec.key for spec in st.SETTINGS}
    for spec in st.SETTINGS:
        widget = dialog.fields[spec.key]
        assert widget.objectName() == spec.key
        assert widget.accessibleName() == spec.label
        assert spec.description in dialog.descriptions[spec.key].text()
        if spec.kind == "int":
            assert isinstance(widget, QSpinBox)
            assert (widget.minimum(), widget.maximum()) == (spec.minimum, spec.maximum)
            assert widget.suffix() == f" {spec.unit}"
            assert widget.value() == spec.default
        elif spec.kind == "bool":
            assert isinstance(widget, QCheckBox)
            assert widget.isChecked() is spec.default
        else:
            assert isinstance(widget, QComboBox)
            assert [widget.itemData(i) for i in range(widget.count())] == [
                c.value for c in spec.choices
            ]
            assert widget.currentData() == spec.default
        assert widget.isEnabled()  # the administrator of a desk without a server
    groups = [box.title() for box in dialog.findChildren(QGroupBox)]
    assert groups == [g for g in st.GROUPS if any(s.group == g for s in st.SETTINGS)]
    assert "prossimo avvio" in dialog.descriptions["log.level"].text()


def test_an_operator_sees_every_setting_but_may_change_only_the_language(
    qtbot: QtBot, db: Database, operator: Actor, settings_file: Path
) -> None:
    dialog = _dialog(qtbot, db, operator)
    enabled = {key for key, widget in dialog.fields.items() if widget.isEnabled()}
    assert enabled == {"interface.language"}
    assert "solo il coordinatore" in dialog.descriptions["lock.idle_minutes"].text()
    assert "solo l'amministratore" in dialog.fields["log.level"].toolTip()


def test_without_an_operator_nothing_can_be_changed(
    qtbot: QtBot, db: Database, office_id: uuid.UUID, settings_file: Path
) -> None:
    dialog = _dialog(qtbot, db, None)
    assert not any(widget.isEnabled() for widget in dialog.fields.values())
    assert not dialog.save_button.isEnabled()


def test_saving_writes_the_file_and_the_office_row(
    qtbot: QtBot, db: Database, supervisor: Actor, settings_file: Path
) -> None:
    dialog = _dialog(qtbot, db, supervisor)
    fields = dialog.fields
    idle, answer = fields["lock.idle_minutes"], fields["referrals.answer_days"]
    assert isinstance(idle, QSpinBox)
    assert isinstance(answer, QSpinBox)
    idle.setValue(3)
    answer.setValue(21)
    assert dialog.changes() == {"lock.idle_minutes": 3, "referrals.answer_days": 21}
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    assert saved.args[0].value("referrals.answer_days") == 21
    assert not dialog.isVisible()
    stored = json.loads(settings_file.read_text(encoding="utf-8"))
    assert stored["values"] == {"lock.idle_minutes": 3}
    assert st.desk_settings(db, supervisor).value("referrals.answer_days") == 21


def test_defaults_restores_only_the_fields_one_may_change(
    qtbot: QtBot, db: Database, supervisor: Actor, settings_file: Path
) -> None:
    st.save_settings({"lock.idle_minutes": 9, "log.sql": True}, role=Role.ADMIN)
    dialog = _dialog(qtbot, db, supervisor)
    idle, sql = dialog.fields["lock.idle_minutes"], dialog.fields["log.sql"]
    assert isinstance(idle, QSpinBox)
    assert isinstance(sql, QCheckBox)
    assert idle.value() == 9
    dialog.defaults_button.click()
    assert idle.value() == 5
    assert sql.isChecked()  # the administrator's setting stays as it was
    assert dialog.changes() == {"lock.idle_minutes": 5}


def test_a_refused_save_keeps_the_dialog_and_what_was_typed(
    qtbot: QtBot,
    db: Database,
    supervisor: Actor,
    settings_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _dialog(qtbot, db, supervisor)
    idle = dialog.fields["lock.idle_minutes"]
    assert isinstance(idle, QSpinBox)
    idle.setValue(7)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))

    def disk_full(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(st.os, "replace", disk_full)
    dialog.save_button.click()
    assert warnings
    assert "controllare lo spazio libero" in warnings[0]
    assert dialog.isVisible()
    assert idle.value() == 7


def test_a_damaged_settings_file_is_reported_at_the_top(
    qtbot: QtBot, db: Database, admin: Actor, settings_file: Path
) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text("{", encoding="utf-8")
    dialog = _dialog(qtbot, db, admin)
    assert not dialog.problems.isHidden()
    assert "danneggiato" in dialog.problems.text()


def test_ctrl_comma_opens_the_settings_from_the_main_window(
    qtbot: QtBot, db: Database, operator: Actor, settings_file: Path
) -> None:
    window = MainWindow(db, operator)
    qtbot.addWidget(window)
    window.show()
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    assert window.settings_action in window.menu("&Strumenti").actions()
    window.settings_action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SettingsDialog))
    dialog = window.settings_dialog
    dialog.cancel_button.click()
