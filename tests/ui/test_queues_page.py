"""The coordinator's queues page: counts in the titles, Enter opens, assign, approve, send back."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cotdesk.db.database import Database
from cotdesk.db.models import CaseEvent
from cotdesk.services import queues
from cotdesk.services.queues import QueueKind
from cotdesk.services.unit_of_work import Actor
from cotdesk.ui import ops
from cotdesk.ui.queues_page import OperatorChooser, QueuesPage
from tests.unit.test_queues import TODAY, QueueDesk, build_queue_desk

KINDS = list(QueueKind)


@pytest.fixture(autouse=True)
def immediate_pool() -> Iterator[None]:
    ops.set_pool(ops.ImmediatePool())
    yield
    ops.set_pool(None)


@pytest.fixture
def desk(db: Database, office_id: uuid.UUID, operator: Actor, supervisor: Actor) -> QueueDesk:
    return build_queue_desk(db, office_id, operator, supervisor)


def _page(qtbot: QtBot, db: Database, actor: Actor) -> QueuesPage:
    page = QueuesPage(db, actor, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 500)
    page.show()
    return page


def _titles(page: QueuesPage) -> list[str]:
    return [page.tabs.tabText(i) for i in range(page.tabs.count())]


def _show(page: QueuesPage, kind: QueueKind) -> None:
    page.tabs.setCurrentIndex(KINDS.index(kind))


def test_the_counts_are_in_the_tab_titles(
    qtbot: QtBot, db: Database, supervisor: Actor, desk: QueueDesk
) -> None:
    page = _page(qtbot, db, supervisor)
    assert _titles(page) == [
        "Da assegnare (2)",
        "Richiami scaduti (2)",
        "Invii senza risposta (2)",
        "Chiusure da approvare (1)",
        "Le mie prese in carico (1)",
    ]
    assert page.models[QueueKind.UNASSIGNED].rowCount() == 2
    page.grab().save("/tmp/queues_page.png")


def test_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester, db: Database, supervisor: Actor, desk: QueueDesk
) -> None:
    page = _page(qtbot, db, supervisor)
    for kind in KINDS:
        _show(page, kind)
        qtmodeltester.check(page.models[kind])
        qtmodeltester.check(page.proxies[kind])
    chooser = OperatorChooser(queues.operator_loads(db, supervisor), 1, page)
    qtbot.addWidget(chooser)
    qtmodeltester.check(chooser.model)


def test_enter_opens_the_case(
    qtbot: QtBot, db: Database, supervisor: Actor, desk: QueueDesk
) -> None:
    page = _page(qtbot, db, supervisor)
    _show(page, QueueKind.APPROVALS)
    view = page.views[QueueKind.APPROVALS]
    view.setFocus()
    view.selectRow(0)
    with qtbot.waitSignal(page.case_requested) as opened:
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [desk.cases["c4"]]


def test_sorting_by_days_is_numeric(
    qtbot: QtBot, db: Database, supervisor: Actor, desk: QueueDesk
) -> None:
    page = _page(qtbot, db, supervisor)
    _show(page, QueueKind.REFERRALS)
    proxy = page.proxies[QueueKind.REFERRALS]
    proxy.sort(7, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 7).data() for r in range(proxy.rowCount())] == ["16", "20"]


def test_the_text_filter_narrows_the_queue(
    qtbot: QtBot, db: Database, supervisor: Actor, desk: QueueDesk
) -> None:
    page = _page(qtbot, db, supervisor)
    page.text_filter.setText("verd")
    model = page.models[QueueKind.UNASSIGNED]
    assert [model.record(r).case_id for r in range(model.rowCount())] == [desk.cases["c3"]]


def test_approving_a_closure_updates_the_counts(
    qtbot: QtBot,
    db: Database,
    supervisor: Actor,
    desk: QueueDesk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, db, supervisor)
    _show(page, QueueKind.APPROVALS)
    page.views[QueueKind.APPROVALS].selectRow(0)
    assert page.approve_button.isEnabled()
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    page.approve_button.click()
    assert _titles(page)[3] == "Chiusure da approvare (0)"
    assert page.models[QueueKind.APPROVALS].rowCount() == 0
    assert "approvate: 1" in page.status.text()


def test_sending_back_needs_a_reason_and_lands_on_the_timeline(
    qtbot: QtBot, db: Database, supervisor: Actor, desk: QueueDesk
) -> None:
    page = _page(qtbot, db, supervisor)
    _show(page, QueueKind.APPROVALS)
    (row,) = page.models[QueueKind.APPROVALS].records()
    dialog = page.send_back_dialog(row)
    qtbot.addWidget(dialog)
    dialog.confirm()
    assert dialog.error.isVisibleTo(dialog)
    dialog.reason.setPlainText("Manca il colloquio finale")
    dialog.confirm()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _titles(page)[3] == "Chiusure da approvare (0)"
    with db.read_session() as session:
        event = session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == desk.cases["c4"])
        ).one()
        assert event.data["reason"] == "Manca il colloquio finale"


def test_assigning_many_cases_from_the_queue(  # noqa: PLR0917
    qtbot: QtBot,
    db: Database,
    operator: Actor,
    supervisor: Actor,
    desk: QueueDesk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, db, supervisor)
    view = page.views[QueueKind.UNASSIGNED]
    view.selectAll()
    monkeypatch.setattr(OperatorChooser, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(OperatorChooser, "chosen", lambda self: operator.operator_id)
    page.assign_button.click()
    assert _titles(page)[0] == "Da assegnare (0)"
    assert "Assegnate a Giulia.Operatrice: 2" in page.status.text()
    assert queues.queue_counts(db, operator, today=TODAY).mine == 4


def test_an_operator_sees_the_queues_without_the_coordinator_buttons(
    qtbot: QtBot, db: Database, operator: Actor, desk: QueueDesk
) -> None:
    page = _page(qtbot, db, operator)
    assert _titles(page)[4] == "Le mie prese in carico (2)"
    assert not page.assign_button.isVisible()
    assert not page.approve_button.isVisible()
    assert not page.send_back_button.isVisible()
    _show(page, QueueKind.APPROVALS)
    page.views[QueueKind.APPROVALS].selectRow(0)
    page.approve_selected()  # the shortcut does nothing for an operator
    assert _titles(page)[3] == "Chiusure da approvare (1)"


def test_the_main_window_opens_the_queues_and_a_case_from_them(
    qtbot: QtBot, db: Database, office_id: uuid.UUID, supervisor: Actor, desk: QueueDesk
) -> None:
    from sqlalchemy import update

    from cotdesk.db.models import DeskState
    from cotdesk.services.unit_of_work import UnitOfWork
    from cotdesk.ui.case_page import CasePage
    from cotdesk.ui.main_window import MainWindow

    with UnitOfWork(db, None) as uow:
        uow.session.execute(update(DeskState).values(office_id=office_id))
        uow.commit()
    main = MainWindow(db, supervisor)
    qtbot.addWidget(main)
    main.show()
    assert main.queues_action.shortcut().toString() == "Ctrl+Shift+Q"
    main.queues_action.trigger()
    page = main.pages.currentWidget()
    assert isinstance(page, QueuesPage)
    view = page.current_view()
    assert view.model().rowCount() > 0
    view.selectRow(0)
    page.case_requested.emit(page.selected_rows()[0].case_id)
    assert isinstance(main.pages.currentWidget(), CasePage)
