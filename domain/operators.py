"""Operator accounts: role, scope, password (argon2), and every login, failure and logout as events."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from eventsourcing.domain import Aggregate

from domain import rules
from domain.base import Audit, record_id
from domain.errors import AuthenticationFailed

MAX_FAILURES = 5
LOCK_MINUTES = 15
_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


#: among the commonest passwords (and their Chinese favourites); none of them is accepted
COMMON_PASSWORDS = frozenset(
    {
        "12345678",
        "123456789",
        "1234567890",
        "87654321",
        "password",
        "password1",
        "passw0rd",
        "qwertyui",
        "qwerty123",
        "11111111",
        "88888888",
        "66666666",
        "00000000",
        "abcd1234",
        "a1234567",
        "1qaz2wsx",
        "iloveyou",
        "woaini1314",
        "5201314520",
        "admin123",
        "admin888",
        "abc12345",
        "12341234",
        "11223344",
    }
)


def check_typed_twice(password: str, again: str) -> None:
    """A new password is typed twice (it is not shown): both times the same."""
    if password != again:
        rules.fail_malformed("两次输入的密码不一致:请重新输入")


def check_password_policy(password: str, name: str) -> None:
    """Every password, the first administrator's included: at least 8 characters, not one character
    repeated, not the login name, not one of the commonest."""
    if len(password) < 8:
        rules.fail_malformed("密码至少 8 位,请换一个更长的密码")
    if len(set(password)) == 1:
        rules.fail_malformed("密码不能全是同一个字符")
    if name.strip() and name.strip().lower() in password.lower():
        rules.fail_malformed("密码不能包含登录名")
    if password.lower() in COMMON_PASSWORDS:
        rules.fail_malformed("这是最常见的密码之一,很容易被猜中:请换一个")


def hash_password(password: str, name: str = "") -> str:
    check_password_policy(password, name)
    return _hasher.hash(password)


class Operator(Aggregate):
    class Created(Aggregate.Created, Audit):
        name: str
        display_name: str
        role: str
        units: list[str]
        password_hash: str

        def apply(self, aggregate: Operator) -> None:
            aggregate.name = self.name
            aggregate.display_name = self.display_name
            aggregate.role = self.role
            aggregate.units = list(self.units)
            aggregate.password_hash = self.password_hash

    class PasswordSet(Aggregate.Event, Audit):
        password_hash: str

        def apply(self, aggregate: Operator) -> None:
            aggregate.password_hash = self.password_hash
            aggregate.failures = 0
            aggregate.locked_until = None

    class RoleSet(Aggregate.Event, Audit):
        role: str

        def apply(self, aggregate: Operator) -> None:
            aggregate.role = self.role

    class ScopeSet(Aggregate.Event, Audit):
        units: list[str]

        def apply(self, aggregate: Operator) -> None:
            aggregate.units = list(self.units)

    class Disabled(Aggregate.Event, Audit):
        reason: str

        def apply(self, aggregate: Operator) -> None:
            aggregate.disabled = True

    class Enabled(Aggregate.Event, Audit):
        reason: str

        def apply(self, aggregate: Operator) -> None:
            aggregate.disabled = False
            aggregate.failures = 0
            aggregate.locked_until = None

    class LoggedIn(Aggregate.Event, Audit):
        def apply(self, aggregate: Operator) -> None:
            aggregate.failures = 0
            aggregate.locked_until = None

    class LoginFailed(Aggregate.Event, Audit):
        reason: str
        locked_until: datetime | None

        def apply(self, aggregate: Operator) -> None:
            aggregate.failures += 1
            if self.locked_until is not None:
                aggregate.locked_until = self.locked_until
                aggregate.failures = 0

    class LoggedOut(Aggregate.Event, Audit):
        pass

    class Exported(Aggregate.Event, Audit):
        """R-S4: every export is audited, with what was exported and the chain head printed on it."""

        what: str
        target: str
        as_of: str
        chain_head: str

    def __init__(self) -> None:
        self.name = self.display_name = self.role = self.password_hash = ""
        self.units: list[str] = []
        self.disabled = False
        self.failures = 0
        self.locked_until: datetime | None = None

    @classmethod
    def create(
        cls, name: str, display_name: str, role: str, units: list[str], password: str, stamp: dict[str, Any]
    ) -> Operator:
        rules.require(name, "登录名")
        rules.check_choice(role, rules.ROLES, "角色")
        if role == rules.CLERK and not units:
            rules.fail_missing("录入范围(录入员须指定可录入的单位)")
        return cls._create(
            cls.Created,
            id=operator_id(name),
            name=name.strip(),
            display_name=display_name.strip() or name,
            role=role,
            units=list(units),
            password_hash=hash_password(password, name),
            **stamp,
        )

    def set_password(self, password: str, stamp: dict[str, Any]) -> None:
        self.trigger_event(self.PasswordSet, password_hash=hash_password(password, self.name), **stamp)

    def set_role(self, role: str, stamp: dict[str, Any]) -> None:
        rules.check_choice(role, rules.ROLES, "角色")
        if role != self.role:
            self.trigger_event(self.RoleSet, role=role, **stamp)

    def set_scope(self, units: list[str], stamp: dict[str, Any]) -> None:
        if self.role == rules.CLERK and not units:
            rules.fail_missing("录入范围(录入员须指定可录入的单位)")
        self.trigger_event(self.ScopeSet, units=list(units), **stamp)

    def disable(self, reason: str, stamp: dict[str, Any]) -> None:
        rules.require(reason, "停用原因")
        if not self.disabled:
            self.trigger_event(self.Disabled, reason=reason.strip(), **stamp)

    def enable(self, reason: str, stamp: dict[str, Any]) -> None:
        rules.require(reason, "启用原因")
        if self.disabled or self.locked_until is not None:
            self.trigger_event(self.Enabled, reason=reason.strip(), **stamp)

    def is_locked(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def password_matches(self, password: str) -> bool:
        try:
            return bool(_hasher.verify(self.password_hash, password))
        except (VerificationError, InvalidHashError):
            return False

    def attempt_login(self, password: str, stamp: dict[str, Any]) -> bool:
        """Records the attempt as an event; True when the operator is now logged in."""
        now: datetime = stamp["timestamp"]
        if self.disabled:
            self.trigger_event(self.LoginFailed, reason="账号已停用", locked_until=None, **stamp)
            return False
        if self.is_locked(now):
            self.trigger_event(self.LoginFailed, reason="账号锁定中", locked_until=None, **stamp)
            return False
        try:
            ok: bool = _hasher.verify(self.password_hash, password)
        except (VerificationError, InvalidHashError):
            ok = False
        if ok:
            self.trigger_event(self.LoggedIn, **stamp)
            return True
        lock = now + timedelta(minutes=LOCK_MINUTES) if self.failures + 1 >= MAX_FAILURES else None
        self.trigger_event(self.LoginFailed, reason="密码错误", locked_until=lock, **stamp)
        return False

    def failed_before_opening(self, at: str, stamp: dict[str, Any]) -> None:
        """A wrong password at an encrypted store's door (the store could not record it then): recorded at
        the next opening, with the time it happened, counting towards a lockout like any other."""
        now: datetime = stamp["timestamp"]
        lock = now + timedelta(minutes=LOCK_MINUTES) if self.failures + 1 >= MAX_FAILURES else None
        self.trigger_event(
            self.LoginFailed, reason=f"打开加密数据库时密码错误({at})", locked_until=lock, **stamp
        )

    def login_refusal(self, now: datetime) -> AuthenticationFailed:
        if self.disabled:
            return AuthenticationFailed("账号已停用:请联系学教办管理员")
        if self.is_locked(now):
            assert self.locked_until is not None
            local = self.locked_until.astimezone()
            return AuthenticationFailed(
                f"连续{MAX_FAILURES}次密码错误,账号已锁定至 {local:%H:%M}:请稍后再试或联系学教办管理员"
            )
        left = MAX_FAILURES - self.failures
        return AuthenticationFailed(f"用户名或密码不正确(再错 {left} 次将锁定 {LOCK_MINUTES} 分钟)")

    def log_out(self, stamp: dict[str, Any]) -> None:
        self.trigger_event(self.LoggedOut, **stamp)

    def record_export(
        self, what: str, target: str, as_of: str, chain_head: str, stamp: dict[str, Any]
    ) -> None:
        self.trigger_event(
            self.Exported, what=what, target=target, as_of=as_of, chain_head=chain_head, **stamp
        )


def operator_id(name: str) -> Any:
    return record_id("operator", name.strip())
