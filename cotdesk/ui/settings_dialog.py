"""Impostazioni (Ctrl+,): a form generated from the declared list of settings.

One group box per group of :data:`cotdesk.services.settings.SETTINGS`, one field per
setting: a spin box with its range and unit for numbers, a check box for yes/no, a combo
box for choices. Under each field its description; a field the operator may not change is
disabled and says why (their role, or an office setting that comes from the server).
Saving validates everything and checks roles in the service; a refusal keeps the dialog
open with what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cotdesk.errors import UserError
from cotdesk.services.desk import Desk
from cotdesk.services.settings import (
    GROUPS,
    DeskSettings,
    Setting,
    SettingRow,
    SettingValue,
    desk_settings,
    update_settings,
)
from cotdesk.services.unit_of_work import Actor
from cotdesk.ui.labels import tr_label

SettingWidget = QSpinBox | QCheckBox | QComboBox


def make_field(spec: Setting, value: SettingValue, parent: QWidget) -> SettingWidget:
    """The widget for one setting, showing ``value``."""
    if spec.kind == "bool":
        box = QCheckBox(parent)
        box.setChecked(bool(value))
        return box
    if spec.kind == "int":
        spin = QSpinBox(parent)
        spin.setRange(spec.minimum if spec.minimum is not None else 0, spec.maximum or 1_000_000)
        if spec.unit:
            spin.setSuffix(" " + tr_label(spec.unit))
        spin.setValue(int(value))
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin
    combo = QComboBox(parent)
    for choice in spec.choices:
        combo.addItem(tr_label(choice.label), choice.value)
    combo.setCurrentIndex(max(0, combo.findData(value)))
    return combo


def field_value(spec: Setting, widget: SettingWidget) -> SettingValue:
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QSpinBox):
        return widget.value()
    data = widget.currentData()
    return str(data) if data is not None else str(spec.default)


class SettingsDialog(QDialog):
    """Edits the settings of this desk; ``saved`` with the new values."""

    saved = Signal(object)  # DeskSettings

    def __init__(self, desk: Desk, actor: Actor | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.setWindowTitle(self.tr("Impostazioni"))
        self.resize(640, 680)
        self.current: DeskSettings = desk_settings(desk, actor)
        self.fields: dict[str, SettingWidget] = {}
        self.descriptions: dict[str, QLabel] = {}

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Le impostazioni di questa postazione. Quelle dello sportello valgono per "
                "tutte le sue postazioni; i campi non modificabili dicono perché."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.problems = QLabel("", self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #8a1c1c;")
        self.problems.setVisible(bool(self.current.problems))
        self.problems.setText("\n".join(self.current.problems))
        layout.addWidget(self.problems)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        for group in GROUPS:
            rows = [row for row in self.current.rows if row.setting.group == group]
            if rows:
                body_layout.addWidget(self._group(group, rows, body))
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Salva"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.defaults_button = self.buttons.addButton(
            self.tr("&Valori predefiniti"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.clicked.connect(self.save)
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.cancel_button.clicked.connect(self.reject)
        editable = any(row.editable for row in self.current.rows)
        self.save_button.setEnabled(editable)
        self.defaults_button.setEnabled(editable)
        self.save_button.setDefault(True)
        layout.addWidget(self.buttons)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(self.save)

        first = next((w for w in self.fields.values() if w.isEnabled()), None)
        (first or self.cancel_button).setFocus()

    def _group(self, group: str, rows: list[SettingRow], parent: QWidget) -> QGroupBox:
        box = QGroupBox(tr_label(group), parent)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for row in rows:
            spec = row.setting
            widget = make_field(spec, row.value, box)
            widget.setObjectName(spec.key)
            widget.setAccessibleName(tr_label(spec.label))
            widget.setEnabled(row.editable)
            description = tr_label(spec.description)
            if spec.restart:
                description += " " + self.tr("Si applica dal prossimo avvio di cotdesk.")
            if not row.editable:
                description += " " + tr_label(row.read_only_reason)
            widget.setToolTip(description)
            note = QLabel(description, box)
            note.setWordWrap(True)
            note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            note.setStyleSheet("color: palette(placeholder-text);")
            note.setBuddy(widget)
            label = QLabel(tr_label(spec.label), box)
            label.setBuddy(widget)
            form.addRow(label, widget)
            form.addRow("", note)
            self.fields[spec.key] = widget
            self.descriptions[spec.key] = note
        return box

    # ------------------------------------------------------------------ actions

    def changes(self) -> dict[str, SettingValue]:
        """The values of the fields the operator may change that differ from the saved ones."""
        changed: dict[str, SettingValue] = {}
        for row in self.current.rows:
            widget = self.fields[row.setting.key]
            if not row.editable:
                continue
            value = field_value(row.setting, widget)
            if value != row.value:
                changed[row.setting.key] = value
        return changed

    def restore_defaults(self) -> None:
        for row in self.current.rows:
            if not row.editable:
                continue
            widget = self.fields[row.setting.key]
            default = row.setting.default
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(default))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(default))
            else:
                widget.setCurrentIndex(max(0, widget.findData(default)))

    def save(self) -> None:
        if self.actor is None:
            self.reject()
            return
        changes = self.changes()
        if not changes:
            self.accept()
            return
        try:
            saved = update_settings(self.desk, self.actor, changes)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Impostazioni"), exc.message)
            return
        self.current = saved
        self.saved.emit(saved)
        self.accept()
