"""The domain error hierarchy: a rule violation is a message to a person, never a traceback."""

from __future__ import annotations

from eventsourcing.persistence import IntegrityError


class DomainError(Exception):
    """Base of every error the domain raises on purpose."""

    code: str = ""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"{self.code} {self.message}".strip()


class RuleViolation(DomainError):
    """A command refused by a rule of RULES.md; `code` is the rule (e.g. ``R-I5``)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class AuthenticationFailed(DomainError):
    """Wrong name or password, a disabled or locked account."""

    code = "登录"


class ConcurrentChange(DomainError):
    """Another workstation stored a change to the same record first."""

    code = "并发"


class PossibleDoubleEntry(DomainError):
    """The same record seems to be entered twice (a paper sheet typed again): asked, not stored silently.
    The person may confirm that it is really a second one."""

    code = "疑似重复"

    def __init__(self, message: str, existing: str) -> None:
        super().__init__(message)
        self.existing = existing


class StoredFirstElsewhere(ConcurrentChange, IntegrityError):
    """What every save raises when another workstation stored the same record's next version first: a
    message to a person (nothing of this command was stored), and still the library's IntegrityError for
    the use cases that turn it into R-G7 (a code just taken)."""

    def __init__(self) -> None:
        super().__init__("该记录刚被其他工作站修改,本次未保存:请刷新后重新操作")
