"""Direct rating results per cadre and per village (R-R4), published when the round closes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Boolean, Column, Date, Index, Integer, String, Table, and_, func, select
from sqlalchemy.engine import Connection, Engine

from domain.ratings import MARKS, RatingRound, satisfaction
from projections.base import (
    OPEN,
    Envelope,
    as_of,
    chunks,
    insert_many,
    metadata,
    supersede,
    temporal_columns,
    topics_of,
)
from projections.roster import people, units

rounds = Table(
    "rating_rounds",
    metadata,
    Column("row_id", Integer, primary_key=True, autoincrement=True),
    Column("originator_id", String, nullable=False, index=True),
    Column("code", String, nullable=False, index=True),
    Column("village_code", String, nullable=False),
    Column("cadres", String, nullable=False),  # 、-separated, in the round's order
    Column("opened_on", Date, nullable=False),
    Column("closed_on", Date, nullable=True),
    Column("expected", Integer, nullable=False, default=0),  # 应到人数 (R-R5)
    *temporal_columns(),
)

ballots = Table(
    "rating_ballots",
    metadata,
    Column("row_id", Integer, primary_key=True, autoincrement=True),
    Column("round_code", String, nullable=False),
    Column("number", Integer, nullable=False),
    Column("cadre", String, nullable=False),
    Column("mark", String, nullable=False),
    Column("voided", Boolean, nullable=False),
    *temporal_columns(),
    # a round's ballots; its tallies (a county's 750,000 marks) counted from the index alone
    Index(
        "ix_rating_ballots_round_code",
        "round_code",
        "voided",
        "cadre",
        "mark",
        "number",
        "valid_to",
        "valid_from",
    ),
)


class RatingProjection:
    name = "ratings"
    event_topics: tuple[str, ...] = topics_of(RatingRound)
    tables = (rounds, ballots)

    def process_batch(self, conn: Connection, envelopes: list[Envelope]) -> None:
        """A page at once: the rounds it names read once, ballots cast written set-wise; a void or a
        closing first writes what was gathered, then is applied as one (the same rows as one by one)."""
        mine = [env for env in envelopes if isinstance(env.event, RatingRound.Event)]
        wanted = sorted({str(env.event.originator_id) for env in mine})
        codes: dict[str, str] = {}
        for run in chunks(wanted):
            found = select(rounds.c.originator_id, rounds.c.code).where(
                rounds.c.originator_id.in_(run), rounds.c.valid_to == OPEN
            )
            codes.update((str(o), str(c)) for o, c in conn.execute(found))
        cast: list[dict[str, Any]] = []
        for envelope in mine:
            e = envelope.event
            if isinstance(e, RatingRound.Opened):
                codes[str(e.originator_id)] = e.code
            if isinstance(e, RatingRound.BallotCast):
                cast.extend(self._ballot_rows(codes[str(e.originator_id)], envelope))
                continue
            if cast:
                insert_many(conn, ballots, cast)
                cast = []
            self.process(conn, envelope)
        if cast:
            insert_many(conn, ballots, cast)

    @staticmethod
    def _ballot_rows(code: str, envelope: Envelope) -> list[dict[str, Any]]:
        e = envelope.event
        return [
            dict(
                round_code=code,
                number=e.number,
                cadre=c,
                mark=m,
                voided=False,
                valid_from=envelope.id,
                valid_to=OPEN,
            )
            for c, m in e.marks.items()
        ]

    def process(self, conn: Connection, envelope: Envelope) -> None:
        e, nid = envelope.event, envelope.id
        if not isinstance(e, RatingRound.Event):
            return
        if isinstance(e, RatingRound.Opened):
            conn.execute(
                rounds.insert(),
                dict(
                    originator_id=str(e.originator_id),
                    code=e.code,
                    village_code=e.village,
                    cadres="、".join(e.cadres),
                    opened_on=e.on,
                    expected=e.expected,
                    valid_from=nid,
                ),
            )
            return
        key = rounds.c.originator_id == str(e.originator_id)
        code = conn.execute(select(rounds.c.code).where(key, rounds.c.valid_to == OPEN)).scalar_one()
        match e:
            case RatingRound.BallotCast():
                conn.execute(ballots.insert(), self._ballot_rows(code, envelope))
            case RatingRound.BallotVoided():
                for (cadre,) in list(
                    conn.execute(
                        select(ballots.c.cadre).where(
                            ballots.c.round_code == code,
                            ballots.c.number == e.number,
                            ballots.c.valid_to == OPEN,
                        )
                    )
                ):
                    supersede(
                        conn,
                        ballots,
                        and_(
                            ballots.c.round_code == code,
                            ballots.c.number == e.number,
                            ballots.c.cadre == cadre,
                        ),
                        nid,
                        voided=True,
                    )
            case RatingRound.Closed():
                supersede(conn, rounds, key, nid, closed_on=e.on)


@dataclass(frozen=True)
class RoundRow:
    code: str
    village_code: str
    village: str
    cadres: list[str]
    opened_on: date
    closed_on: date | None
    ballots: int
    voided: int
    expected: int = 0  # 应到人数

    @property
    def turnout(self) -> float | None:
        """R-R5: valid ballots / residents invited (None when 应到人数 was not entered)."""
        return self.ballots / self.expected if self.expected else None


@dataclass(frozen=True)
class CadreResult:
    cadre: str
    name: str
    counts: dict[str, int]
    valid: int  # valid ballots in the round

    @property
    def rate(self) -> float | None:
        return satisfaction(self.counts)


@dataclass(frozen=True)
class EvaluationRow:
    """干部考核参考表 (R-R5): a village cadre's rating beside their own work."""

    code: str
    name: str
    village: str
    round_code: str
    rate: float | None  # satisfaction in the cadre's latest closed round
    turnout: float | None  # that round's valid ballots / residents invited
    contacts: int
    visits: int
    concerns: int  # concerns assigned to or resolved by the cadre


class RatingQuery:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def evaluation(self, up_to: int | None = None) -> list[EvaluationRow]:
        """Every cadre rated in a closed round: the rating is "an important basis for evaluating and
        appointing cadres" (§4.4), so it is shown with their contacts, visits and concerns handled."""
        from projections.concerns import board
        from projections.contacts import entries
        from projections.visits import visitors_table, visits

        latest: dict[str, RoundRow] = {}
        for rnd in self.rounds(up_to):
            if rnd.closed_on is not None:
                for cadre in rnd.cadres:
                    if cadre not in latest or latest[cadre].closed_on <= rnd.closed_on:  # type: ignore[operator]
                        latest[cadre] = rnd
        rates = {}
        for code, results in self.results_of([r.code for r in latest.values()], up_to).items():
            for result in results:
                rates[(code, result.cadre)] = (result.name, result.rate)
        cadres = list(latest)
        with self.engine.connect() as conn:
            contacts: dict[str, int] = dict(
                conn.execute(
                    select(entries.c.cadre_code, func.count())
                    .where(
                        as_of(entries, up_to),
                        entries.c.voided.is_(False),
                        entries.c.kind == "联系",
                        entries.c.cadre_code.in_(cadres),
                    )
                    .group_by(entries.c.cadre_code)
                ).all()
            )
            live = select(visits.c.code).where(as_of(visits, up_to), visits.c.voided.is_(False))
            seen = select(
                visitors_table.c.person_code, func.count(func.distinct(visitors_table.c.visit_code))
            ).where(visitors_table.c.person_code.in_(cadres), visitors_table.c.visit_code.in_(live))
            if up_to is not None:
                seen = seen.where(visitors_table.c.valid_from <= up_to)
            visited: dict[str, int] = dict(conn.execute(seen.group_by(visitors_table.c.person_code)).all())
            handled: dict[str, int] = {}
            for person, resolver in conn.execute(
                select(board.c.handler_person, board.c.resolver).where(
                    as_of(board, up_to), board.c.voided.is_(False)
                )
            ):
                for who in {person, resolver} & set(cadres):
                    handled[who] = handled.get(who, 0) + 1
        out = []
        for cadre, rnd in sorted(latest.items(), key=lambda x: (x[1].village_code, x[0])):
            name, rate = rates.get((rnd.code, cadre), ("", None))
            out.append(
                EvaluationRow(
                    cadre,
                    name,
                    rnd.village,
                    rnd.code,
                    rate,
                    rnd.turnout,
                    int(contacts.get(cadre, 0)),
                    int(visited.get(cadre, 0)),
                    handled.get(cadre, 0),
                )
            )
        return out

    def rounds(self, up_to: int | None = None) -> list[RoundRow]:
        with self.engine.connect() as conn:
            found = list(
                conn.execute(select(rounds).where(as_of(rounds, up_to)).order_by(rounds.c.code)).mappings()
            )
            names = dict(conn.execute(select(units.c.code, units.c.name).where(as_of(units, up_to))).all())
            counts: dict[tuple[str, bool], int] = {}
            for code, voided, n in conn.execute(
                select(ballots.c.round_code, ballots.c.voided, func.count(func.distinct(ballots.c.number)))
                .where(as_of(ballots, up_to))
                .group_by(ballots.c.round_code, ballots.c.voided)
            ):
                counts[(code, bool(voided))] = int(n)
        return [
            RoundRow(
                r["code"],
                r["village_code"],
                names.get(r["village_code"], ""),
                r["cadres"].split("、"),
                r["opened_on"],
                r["closed_on"],
                counts.get((r["code"], False), 0),
                counts.get((r["code"], True), 0),
                int(r["expected"] or 0),
            )
            for r in found
        ]

    def numbers(self, code: str) -> set[int]:
        """Ballot numbers already used in a round (the entry form refuses a repeat at once)."""
        with self.engine.connect() as conn:
            return {
                int(n)
                for n in conn.execute(
                    select(ballots.c.number)
                    .distinct()
                    .where(ballots.c.round_code == code, ballots.c.valid_to == OPEN)
                ).scalars()
            }

    def results(self, code: str, up_to: int | None = None) -> list[CadreResult]:
        """R-R4: counts per option and the satisfaction rate of each cadre on the round's list."""
        return self.results_of([code], up_to).get(code, [])

    def results_of(self, codes: list[str], up_to: int | None = None) -> dict[str, list[CadreResult]]:
        """`results` of many rounds at once (the summary's and the evaluation's every closed round), counted
        by the database: a county's 600 rounds were 600 queries fetching every mark of every ballot."""
        b = ballots.c
        out: dict[str, list[CadreResult]] = {}
        with self.engine.connect() as conn:
            for chunk in chunks(sorted(set(codes))):
                listed = {
                    str(code): str(cadres).split("、")
                    for code, cadres in conn.execute(
                        select(rounds.c.code, rounds.c.cadres).where(
                            rounds.c.code.in_(chunk), as_of(rounds, up_to)
                        )
                    )
                }
                counted = [as_of(ballots, up_to), b.voided.is_(False), b.round_code.in_(chunk)]
                tally: dict[tuple[str, str], dict[str, int]] = {}
                for code, cadre, mark, n in conn.execute(
                    select(b.round_code, b.cadre, b.mark, func.count())
                    .where(*counted)
                    .group_by(b.round_code, b.cadre, b.mark)
                ):
                    tally.setdefault((str(code), str(cadre)), dict.fromkeys(MARKS, 0))[str(mark)] = int(n)
                valid = {
                    str(code): int(n)
                    for code, n in conn.execute(
                        select(b.round_code, func.count(func.distinct(b.number)))
                        .where(*counted)
                        .group_by(b.round_code)
                    )
                }
                everyone = sorted({c for cadres in listed.values() for c in cadres})
                names: dict[str, str] = {}
                for people_chunk in chunks(everyone):
                    names.update(
                        (str(c), str(n))
                        for c, n in conn.execute(
                            select(people.c.code, people.c.name).where(
                                people.c.code.in_(people_chunk), as_of(people, up_to)
                            )
                        )
                    )
                for code, cadres in listed.items():
                    out[code] = [
                        CadreResult(
                            c,
                            names.get(c, ""),
                            tally.get((code, c), dict.fromkeys(MARKS, 0)),
                            valid.get(code, 0),
                        )
                        for c in cadres
                    ]
        return out
