"""The main window: where the office, the operator and the desk's state are always visible.

The centre is a stack of pages (home search, a person, a case...); every action has a
keyboard shortcut, listed in the menus.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QStackedWidget, QWidget

from cotdesk.domain.roles import ROLE_LABELS, Role
from cotdesk.services.desk import Desk, desk_identity, desk_summary
from cotdesk.services.unit_of_work import Actor
from cotdesk.ui.home import HomePage
from cotdesk.ui.labels import tr_label


def thousands(value: int) -> str:
    """12345 → "12.345", as Italians write it."""
    return f"{value:,}".replace(",", ".")


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk, actor: Actor | None) -> None:
        super().__init__()
        self.desk = desk
        self.actor = actor
        self.identity = desk_identity(desk)
        self.setWindowTitle(self.tr("cotdesk — {0}").format(self.identity.office_name))
        self.resize(1280, 800)

        self.pages = QStackedWidget(self)
        self.home = HomePage(desk, self)
        self.home.person_requested.connect(self.show_person)
        self.home.new_person_requested.connect(self.register_person)
        self.pages.addWidget(self.home)
        self.setCentralWidget(self.pages)

        self._build_actions()
        self._build_status_bar()
        from cotdesk.ui.sync_status import SyncArea

        #: Sync in the background (timer, F9), its state in the status bar, menu
        #: Sincronizzazione (conflicts and parked changes, desk enrollment).
        self.sync_area = SyncArea(self, self.sync_label, desk, actor)
        from cotdesk.ui.lock_screen import ScreenTools

        #: Screen lock (Ctrl+Shift+L) and privacy mode (Ctrl+Shift+H), menu Strumenti.
        self.screen_tools = ScreenTools(self, desk, actor)
        self.refresh_status()
        self.home.focus_search()

    # ------------------------------------------------------------------ chrome

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str, slot: object
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def menu(self, title: str) -> QMenu:
        """The menu bar's menu titled ``title``, created (at the end) the first time."""
        for action in self.menuBar().actions():
            existing = action.menu()
            if isinstance(existing, QMenu) and existing.title() == title:
                return existing
        return self.menuBar().addMenu(title)

    def _build_actions(self) -> None:
        self.search_action = self._action(self.tr("&Cerca persona"), "Ctrl+F", self.show_home)
        self.new_person_action = self._action(
            self.tr("&Nuova persona"),
            "Ctrl+N",
            lambda: self.register_person(self.home.search_box.text()),
        )
        self.quit_action = self._action(self.tr("&Esci"), QKeySequence.StandardKey.Quit, self.close)
        self.queues_action = self._action(
            self.tr("Code di &lavoro"), "Ctrl+Shift+Q", self.show_queues
        )
        desk_menu = self.menu(self.tr("&Sportello"))
        desk_menu.addAction(self.search_action)
        desk_menu.addAction(self.new_person_action)
        desk_menu.addAction(self.queues_action)
        desk_menu.addSeparator()
        desk_menu.addAction(self.quit_action)
        self.audit_action = self._action(
            self.tr("Registro &accessi"), "Ctrl+Alt+A", self.show_audit_log
        )
        self.audit_action.setVisible(
            self.actor is not None and self.actor.has_role(Role.SUPERVISOR)
        )
        self.menu(self.tr("&Coordinamento")).addAction(self.audit_action)
        self.statistics_action = self._action(self.tr("&Statistiche"), "F6", self.show_statistics)
        self.statistics_action.setVisible(
            self.actor is not None and self.actor.has_role(Role.SUPERVISOR)
        )
        self.menu(self.tr("&Coordinamento")).addAction(self.statistics_action)
        self.meeting_action = self._action(self.tr("&Riunione d'équipe"), "F7", self.show_meeting)
        self.menu(self.tr("&Coordinamento")).addAction(self.meeting_action)
        self.directory_action = self._action(self.tr("Enti &partner"), "F8", self.show_directory)
        self.menu(self.tr("&Rete")).addAction(self.directory_action)
        self.settings_action = self._action(self.tr("&Impostazioni…"), "Ctrl+,", self.show_settings)
        self.menu(self.tr("&Strumenti")).addAction(self.settings_action)
        self.about_action = self._action(self.tr("&Informazioni su cotdesk"), "F1", self.show_about)
        self.menu(self.tr("&Aiuto")).addAction(self.about_action)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        who = self.tr("nessun operatore")
        if self.actor is not None:
            who = f"{self.actor.full_name} ({tr_label(ROLE_LABELS[self.actor.role])})"
        self.office_label = QLabel(f"{self.identity.office_name} · {who}")
        self.office_label.setAccessibleName(self.tr("Sportello e operatore"))
        self.summary_label = QLabel("")
        self.pending_label = QLabel("")
        self.sync_label = QLabel(self.tr("Sincronizzazione: non configurata"))
        self.sync_label.setAccessibleName(self.tr("Stato della sincronizzazione"))
        status.addWidget(self.office_label, 1)
        status.addPermanentWidget(self.summary_label)
        status.addPermanentWidget(self.pending_label)
        status.addPermanentWidget(self.sync_label)

    def refresh_status(self) -> None:
        summary = desk_summary(self.desk)
        self.summary_label.setText(
            self.tr("Persone: {0} · prese in carico aperte: {1}").format(
                thousands(summary.persons), thousands(summary.open_cases)
            )
        )
        self.pending_label.setText(
            self.tr("Modifiche da inviare: {0}").format(thousands(summary.pending_changes))
        )

    # ------------------------------------------------------------------ navigation

    def show_page(self, page: QWidget) -> None:
        if self.pages.indexOf(page) < 0:
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)

    def show_home(self) -> None:
        self.pages.setCurrentWidget(self.home)
        self.home.focus_search()

    def show_person(self, person_id: uuid.UUID) -> None:
        """Show a person's page (one at a time: the previous person page is closed)."""
        from cotdesk.ui.person_page import PersonPage

        if self.actor is None:
            self.statusBar().showMessage(
                self.tr("Accedere con le proprie credenziali per aprire una scheda."), 5000
            )
            return
        for index in reversed(range(self.pages.count())):
            old = self.pages.widget(index)
            if isinstance(old, PersonPage):
                self.pages.removeWidget(old)
                old.deleteLater()
        page = PersonPage(self.desk, self.actor, person_id, self)
        page.person_requested.connect(self.show_person)
        page.person_changed.connect(lambda _person_id: self.refresh_status())
        page.case_requested.connect(self.show_case)
        page.open_case_requested.connect(self.open_case)
        page.person_erased.connect(self._person_erased)
        self.person_page = page
        self.show_page(page)
        page.focus_first()

    def _person_erased(self, _person_id: uuid.UUID) -> None:
        """After an erasure (GDPR art. 17) the person's page has nothing to show."""
        self.show_home()
        self.refresh_status()
        self.statusBar().showMessage(self.tr("Dati della persona cancellati."), 8000)

    def show_queues(self) -> None:
        """Show the work queues of the office (one page, reloaded each time it is shown)."""
        from cotdesk.ui.queues_page import QueuesPage

        if self.actor is None:
            return
        page = getattr(self, "queues_page", None)
        if page is None:
            page = QueuesPage(self.desk, self.actor, self)
            page.case_requested.connect(self.show_case)
            self.queues_page = page
        else:
            page.refresh()
        self.show_page(page)
        page.current_view().setFocus()

    def show_statistics(self) -> None:
        """Show the statistics (coordinators and administrators; one page, recomputed)."""
        from cotdesk.ui.statistics_page import StatisticsPage

        if self.actor is None or not self.actor.has_role(Role.SUPERVISOR):
            self.statusBar().showMessage(
                self.tr("Le statistiche sono consultabili dal coordinatore."), 5000
            )
            return
        page = getattr(self, "statistics_page", None)
        if page is None:
            page = StatisticsPage(self.desk, self.actor, self)
            self.statistics_page = page
        else:
            page.refresh()
        self.show_page(page)
        page.focus_first()

    def show_meeting(self) -> None:
        """Show the weekly case meeting (one page, reloaded each time it is shown)."""
        from cotdesk.ui.meeting_page import MeetingPage

        if self.actor is None:
            return
        page = getattr(self, "meeting_page", None)
        if page is None:
            page = MeetingPage(self.desk, self.actor, self)
            page.case_requested.connect(self.show_case)
            self.meeting_page = page
        else:
            page.refresh()
        self.show_page(page)
        page.focus_first()

    def show_directory(self) -> None:
        """Show the partner directory (one page, reloaded each time it is shown)."""
        from cotdesk.ui.directory_page import DirectoryPage

        if self.actor is None:
            return
        page = getattr(self, "directory_page", None)
        if page is None:
            page = DirectoryPage(self.desk, self.actor, self)
            self.directory_page = page
        else:
            page.refresh()
        self.show_page(page)
        page.focus_first()

    def show_audit_log(self) -> None:
        """Show the access log (coordinators and administrators; one page, reloaded)."""
        from cotdesk.ui.audit_viewer import AuditViewerPage

        if self.actor is None or not self.actor.has_role(Role.SUPERVISOR):
            self.statusBar().showMessage(
                self.tr("Il registro accessi è consultabile dal coordinatore."), 5000
            )
            return
        page = getattr(self, "audit_page", None)
        if page is None:
            page = AuditViewerPage(self.desk, self.actor, self)
            page.case_requested.connect(self.show_case)
            page.person_requested.connect(self.show_person)
            self.audit_page = page
        else:
            page.refresh()
        self.show_page(page)
        page.focus_first()

    def show_settings(self) -> None:
        """Impostazioni (Ctrl+,): the dialog generated from the declared settings."""
        from cotdesk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.desk, self.actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(
            lambda _values: self.statusBar().showMessage(self.tr("Impostazioni salvate."), 5000)
        )
        self.settings_dialog = dialog
        dialog.open()

    def show_about(self) -> None:
        """Informazioni su cotdesk (F1): versions, folders, licences of the components."""
        from cotdesk.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self, database=self.desk.path)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog = dialog
        dialog.open()

    def show_case(self, case_id: uuid.UUID) -> None:
        """Show a case page (one at a time: the previous case page is closed)."""
        from PySide6.QtWidgets import QMessageBox

        from cotdesk.errors import UserError
        from cotdesk.services.access import RestrictedCase
        from cotdesk.ui.case_page import CasePage, request_case_access

        if self.actor is None:
            return
        # The old page goes first: hiding it saves its unsaved note as a draft, which the
        # new page (perhaps of the same case) then offers back.
        for index in reversed(range(self.pages.count())):
            old = self.pages.widget(index)
            if isinstance(old, CasePage):
                if self.pages.currentWidget() is old:
                    self.pages.setCurrentWidget(self.home)
                self.pages.removeWidget(old)
                old.close()
                old.deleteLater()
        try:
            page = CasePage(self.desk, self.actor, case_id, self)
        except RestrictedCase as exc:
            # Only that it exists is shown; access is asked for with a reason (audited).
            if request_case_access(self, self.desk, self.actor, exc.info):
                self.show_case(case_id)
            else:
                self.show_home()
            return
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Presa in carico"), exc.message)
            self.show_home()
            return
        page.person_requested.connect(self.show_person)
        page.case_changed.connect(lambda _case_id: self.refresh_status())
        self.show_page(page)
        page.timeline_view.setFocus()

    def open_case(self, person_id: uuid.UUID) -> None:
        """Open a new *presa in carico* for a person; then show it."""
        from cotdesk.ui.open_case import OpenCaseDialog

        if self.actor is None:
            return
        dialog = OpenCaseDialog(self.desk, self.actor, person_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.case_opened.connect(self._case_opened)
        self.open_case_dialog = dialog
        dialog.open()

    def _case_opened(self, case_id: uuid.UUID) -> None:
        self.refresh_status()
        self.show_case(case_id)

    def register_person(self, text: str = "") -> None:
        """Register a new person, prefilled from the search text; then show their page."""
        from cotdesk.ui.registration import RegistrationDialog

        if self.actor is None:
            self.statusBar().showMessage(
                self.tr("Accedere con le proprie credenziali per registrare una persona."), 5000
            )
            return
        dialog = RegistrationDialog(self.desk, self.actor, prefill=text, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(_result: int) -> None:
            # Saved, or an existing person chosen instead: show that person either way.
            if dialog.person_id is not None:
                self.refresh_status()
                self.show_person(dialog.person_id)

        dialog.finished.connect(finished)
        self.registration_dialog = dialog
        dialog.open()
