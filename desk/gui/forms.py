"""Entry forms: they keep what was typed when a command is refused, and show the rule's message."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.gui.operations import Operations, english
from domain import rules
from domain.campaign import MUST_VISIT_CATEGORIES
from domain.catalogue import describe
from domain.errors import PossibleDoubleEntry
from domain.personal import ERASED
from domain.roster import IDENTITIES


def to_date(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class DateEdit(QDateEdit):
    """Tab leaves the date for the next field (Qt's own moves between year, month and day; arrows do that)."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            return QWidget.focusNextPrevChild(self, event.key() == Qt.Key.Key_Tab)
        return super().event(event)


def date_edit(value: date) -> QDateEdit:
    edit = DateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy年M月d日")
    return edit


class CtrlEnter(QObject):
    """Ctrl+Enter in any of the fields it watches runs `action` (text boxes keep plain Enter for new lines)."""

    def __init__(self, action: Callable[[], None], parent: QObject, fields: Iterable[QObject]) -> None:
        super().__init__(parent)
        self.action = action
        for field in fields:
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.action()
            return True
        return super().eventFilter(watched, event)


class RecordDialog(QDialog):
    """Base of the forms: a form layout, a red line for the rejection, OK runs `submit()`."""

    def __init__(self, ops: Operations, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("form_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)  # extra height goes below the fields, not between them
        layout.addWidget(buttons)
        self._connection = ops.rejected.connect(self._show_rejection)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Take the keyboard at once: a clerk starts typing as soon as the form opens."""
        super().showEvent(event)
        self.activateWindow()
        self.focus_first_field()

    def focus_first_field(self) -> None:
        """The first field that takes typing (not the buttons, which were made first)."""
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if widget is None or not widget.isEnabled() or not widget.isVisible():
                continue
            target = widget.focusProxy() or widget
            if isinstance(target, QLineEdit) and target.isReadOnly():
                continue
            if target.focusPolicy() != Qt.FocusPolicy.NoFocus:
                target.setFocus()
                return

    def _show_rejection(self, code: str, message: str) -> None:
        self.error.setText(describe(code, message, english()))
        self.adjustSize()  # the message wraps and the dialog grows: nothing is drawn over the buttons

    def _save(self) -> None:
        self.error.clear()
        if self.ops.run(None, self.submit):
            self.accept()

    def submit(self) -> None:
        raise NotImplementedError

    def done(self, result: int) -> None:
        self.ops.rejected.disconnect(self._connection)
        super().done(result)


class PersonDialog(RecordDialog):
    """Register a person, or change one (then the code is fixed and a change date is asked)."""

    def __init__(
        self, ops: Operations, actor: Any, existing: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, self.tr("修改人员") if existing else self.tr("登记人员"), parent)
        self.actor = actor
        self.existing = existing
        self.code = QLineEdit(existing.code if existing else "")
        self.code.setObjectName("person_code")
        self.code.setReadOnly(existing is not None)
        self.name = QLineEdit(existing.name if existing else "")
        self.name.setObjectName("person_name")
        self.gender = QComboBox()
        self.gender.addItems(["", "男", "女"])
        self.unit = QLineEdit(existing.unit_code if existing else "")
        self.unit.setObjectName("person_unit")
        self.branch = QLineEdit(getattr(existing, "branch_code", "") if existing else "")
        self.identities: dict[str, QCheckBox] = {}
        ident_box = QWidget()
        grid = QVBoxLayout(ident_box)
        grid.setContentsMargins(0, 0, 0, 0)
        current = set((existing.identities or "").split("、")) if existing else set()
        for ident in IDENTITIES:
            box = QCheckBox(ident)
            box.setChecked(ident in current)
            self.identities[ident] = box
            grid.addWidget(box)
        self.party = QCheckBox(self.tr("党员"))
        self.hardship = QCheckBox(self.tr("困难党员"))
        self.old = QCheckBox(self.tr("老党员"))
        if existing:
            self.gender.setCurrentText(existing.gender)
            self.party.setChecked(existing.party_member)
            self.hardship.setChecked(existing.hardship_member)
            self.old.setChecked(existing.old_member)
        self.assigned = QLineEdit(existing.assigned_village if existing else "")
        self.household = QLineEdit(existing.household_code if existing else "")
        self.phone = QLineEdit(existing.phone if existing else "")
        self.effective = date_edit(ops.commands.clock.today())
        self.form.addRow(self.tr("人员编号*"), self.code)
        self.form.addRow(self.tr("姓名*"), self.name)
        self.form.addRow(self.tr("性别"), self.gender)
        self.form.addRow(self.tr("单位编码*"), self.unit)
        self.form.addRow(self.tr("支部编码"), self.branch)
        self.form.addRow(self.tr("身份"), ident_box)
        self.form.addRow("", self.party)
        self.form.addRow("", self.hardship)
        self.form.addRow("", self.old)
        self.form.addRow(self.tr("分工村居编码"), self.assigned)
        self.form.addRow(self.tr("户编号"), self.household)
        self.form.addRow(self.tr("联系电话"), self.phone)
        if existing:
            self.form.addRow(self.tr("变更日期"), self.effective)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "gender": self.gender.currentText(),
            "unit_code": self.unit.text().strip(),
            "branch_code": self.branch.text().strip(),
            "identities": [i for i, box in self.identities.items() if box.isChecked()],
            "party_member": self.party.isChecked(),
            "hardship_member": self.hardship.isChecked(),
            "old_member": self.old.isChecked(),
            "assigned_village": self.assigned.text().strip(),
            "household_code": self.household.text().strip(),
            "phone": self.phone.text().strip(),
        }

    def submit(self) -> None:
        app = self.ops.commands
        if self.existing is None:
            app.roster.register_person(self.actor, self.code.text(), self.values())
        else:
            old = app.current_person(self.existing.code)
            changes = {k: v for k, v in self.values().items() if getattr(old, k) != v}
            app.roster.change_person(self.actor, self.existing.code, changes, to_date(self.effective))


class HouseholdDialog(RecordDialog):
    def __init__(
        self, ops: Operations, actor: Any, existing: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, self.tr("修改农户") if existing else self.tr("登记农户"), parent)
        self.actor = actor
        self.existing = existing
        self.code = QLineEdit(existing.code if existing else "")
        self.code.setObjectName("household_code")
        self.code.setReadOnly(existing is not None)
        self.head = QLineEdit(existing.head_name if existing else "")
        self.head.setObjectName("household_head")
        self.village = QLineEdit(existing.village_code if existing else "")
        self.village.setObjectName("household_village")
        self.group = QLineEdit(existing.group if existing else "")
        self.address = QLineEdit(existing.address if existing else "")
        self.size_box = QSpinBox()
        self.size_box.setRange(0, 50)
        self.size_box.setValue(existing.size if existing else 1)
        self.phone = QLineEdit(existing.phone if existing else "")
        self.tags: dict[str, QCheckBox] = {}
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        for category in MUST_VISIT_CATEGORIES:
            check = QCheckBox(category)
            self.tags[category] = check
            col.addWidget(check)
        self.effective = date_edit(ops.commands.clock.today())
        self.form.addRow(self.tr("户编号*"), self.code)
        self.form.addRow(self.tr("户主姓名*"), self.head)
        self.form.addRow(self.tr("村居编码*"), self.village)
        self.form.addRow(self.tr("村民小组"), self.group)
        self.form.addRow(self.tr("地址"), self.address)
        self.form.addRow(self.tr("人口"), self.size_box)
        self.form.addRow(self.tr("联系电话"), self.phone)
        if existing:
            self.form.addRow(self.tr("变更日期"), self.effective)
        else:
            self.form.addRow(self.tr("五必访"), box)

    def values(self) -> dict[str, Any]:
        return {
            "head_name": self.head.text().strip(),
            "village_code": self.village.text().strip(),
            "group": self.group.text().strip(),
            "address": self.address.text().strip(),
            "size": self.size_box.value(),
            "phone": self.phone.text().strip(),
        }

    def submit(self) -> None:
        app = self.ops.commands
        if self.existing is None:
            tags = [c for c, box in self.tags.items() if box.isChecked()]
            app.roster.register_household(self.actor, self.code.text(), self.values(), tags)
        else:
            old = app.current_household(self.existing.code)
            changes = {k: v for k, v in self.values().items() if getattr(old, k) != v}
            app.roster.change_household(self.actor, self.existing.code, changes, to_date(self.effective))


class ReasonDialog(RecordDialog):
    """Retire, void, tag changes: a date and a reason, and the use case given."""

    def __init__(
        self,
        ops: Operations,
        title: str,
        submit: Any,
        parent: QWidget | None = None,
        *,
        with_category: bool = False,
        with_date: bool = True,
    ) -> None:
        super().__init__(ops, title, parent)
        self._submit = submit
        self.category = QComboBox()
        self.category.addItems(list(MUST_VISIT_CATEGORIES))
        self.on = date_edit(ops.commands.clock.today())
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMinimumWidth(360)  # a reason is a sentence: room to read it back before saving
        if with_category:
            self.form.addRow(self.tr("类别"), self.category)
        if with_date:
            self.form.addRow(self.tr("日期"), self.on)
        self.form.addRow(self.tr("原因*"), self.reason)

    def submit(self) -> None:
        self._submit(self)


# the names of correctable fields, as the forms call them
FIELD_LABELS = {
    "name": "名称/姓名",
    "kind": "类别",
    "parent_code": "上级单位编码",
    "head_name": "户主姓名",
    "village_code": "村居编码",
    "group": "村民小组",
    "address": "地址",
    "size": "人口",
    "phone": "联系电话",
    "content": "内容",
    "category": "类别",
    "resident": "反映人",
    "household_code": "户编号",
    "situation": "家庭情况",
    "policies": "宣传政策",
    "help": "帮扶措施",
    "note": "备注",
    "promised_on": "承诺时限",
    "attendance": "参加人数",
    "channel": "渠道",
    "title": "标题",
    "link": "链接或文件",
    "on": "日期",
    "gender": "性别",
    "unit_code": "单位编码",
    "branch_code": "支部编码",
    "assigned_village": "分工村居编码",
    "summary": "摘要",
}


class CorrectionDialog(RecordDialog):
    """更正: the record's correctable fields again, prefilled with what is stored, and a reason; only the
    fields changed are corrected, the original stays and both are linked in the audit trail (R-G6)."""

    def __init__(
        self, ops: Operations, actor: Any, kind: str, code: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, self.tr("更正 {0}").format(code), parent)
        self.actor, self.kind, self.code = actor, kind, code
        self.record = ops.commands.record(kind, code)
        self.fields: dict[str, QLineEdit] = {}
        for name in sorted(self.record.correctable):
            value = getattr(self.record, name, "")
            if not isinstance(value, (str, int, date)) or isinstance(value, bool):
                continue  # lists and flags are changed by their own commands (tags, identities)
            edit = QLineEdit("" if value is None else str(value))
            edit.setObjectName(f"correct_{name}")
            edit.setMinimumWidth(360)  # a summary or an address read whole before it is corrected
            if value == ERASED:  # erased for good: shown, never offered for editing
                edit.setReadOnly(True)
                edit.setToolTip(self.tr("该项个人信息已按申请删除,不能再录入"))
            self.fields[name] = edit
            self.form.addRow(FIELD_LABELS.get(name, name), edit)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("如:录入时错字"))
        self.form.addRow(self.tr("更正原因*"), self.reason)

    def changes(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, edit in self.fields.items():
            old = getattr(self.record, name, "")
            text = edit.text().strip()
            if text == ("" if old is None else str(old)):
                continue
            if isinstance(old, int) and not isinstance(old, bool):
                out[name] = rules.check_positive_int(text, FIELD_LABELS.get(name, name))
            elif isinstance(old, date) or name.endswith("_on") or name == "on":
                try:
                    out[name] = date.fromisoformat(text) if text else None
                except ValueError:
                    rules.fail_malformed(f"{FIELD_LABELS.get(name, name)}“{text}”不是日期(应如 2026-10-25)")
            else:
                out[name] = text
        return out

    def submit(self) -> None:
        self.ops.commands.correct_record(self.actor, self.kind, self.code, self.changes(), self.reason.text())


def store_unless_double(parent: QWidget, command: Callable[..., object], *args: Any, **kwargs: Any) -> None:
    """Runs `command`; when it finds the record seemingly entered already (a paper sheet typed twice), asks
    the person, and stores it as a second one only on their yes (`again=True`)."""
    try:
        command(*args, **kwargs)
    except PossibleDoubleEntry as doubt:
        asked = QMessageBox.question(
            parent,
            QCoreApplication.translate("forms", "疑似重复录入"),
            doubt.message,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if asked != QMessageBox.StandardButton.Yes:
            raise
        command(*args, again=True, **kwargs)
