"""Every rule of ../shared/spec/RULES.md by its code, in both languages: its name (findings, reports) and, in
English, what it asks for (an English-speaking user reads it beside the Chinese message of a rejection,
which names the very records). One place; a test checks that every code has both."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    code: str
    name: str  # Chinese
    english: str  # what the rule asks for, in English


_RULES = (
    ("R-G1", "业务日期不能晚于今天", "The date of the activity cannot be after today."),
    ("R-G2", "业务日期早于活动开始", "The date of the activity cannot be before the campaign window opens."),
    ("R-G3", "补录", "Back-filled: recorded more days after the activity than the campaign allows."),
    ("R-G4", "须为在册的人员、农户或单位", "Name only registered, current people, households and units."),
    ("R-G5", "超出录入范围", "The operator may record only within their own scope."),
    ("R-G6", "更正或作废须有原记录和原因", "A correction or void needs an existing record and a reason."),
    ("R-G7", "编号已被占用", "That code is already registered: choose another."),
    ("R-F1", "缺少必填项", "A required value is missing: fill it in."),
    ("R-F2", "格式或取值不对", "A value is malformed or out of range (date, number, category, length)."),
    ("R-C", "联系任务", "The contact duties of the plan, by role."),
    ("R-C1", "结对对象类别不符", "The pairing target is not of a kind this cadre's role may be paired with."),
    ("R-C2", "重复结对", "The same target is already paired with this cadre (or the role's only one is)."),
    ("R-C3", "结对安排单位不符", "The pairing must be arranged by the authority for this role."),
    ("R-C4", "结对上报", "The pairing was reported to the study office after the deadline."),
    (
        "R-C5",
        "未结对不能记录联系",
        "Record contacts only with a target the cadre is paired with: pair first.",
    ),
    ("R-C6", "谈心对象不符", "A heart-to-heart talk only where the role requires one, with its own target."),
    ("R-C7", "联系任务未完成", "The cadre's contact duty is not yet met."),
    ("R-V1", "农户未走访全", "Not every registered household of the village has been visited."),
    ("R-V2", "五必访户未走访", "Not every must-visit household has been visited."),
    (
        "R-V3",
        "走访人须有本村干部或分工干部",
        "A visit needs a cadre of the village or a cadre assigned to it.",
    ),
    ("R-V4", "走访记录缺项", "A visit records its household, date, visitors and what was found."),
    ("R-Q", "问题办理", "How a concern is followed to its resolution."),
    ("R-Q1", "办理步骤顺序不对", "The steps of a concern go in order: assign, resolve, feedback, close."),
    ("R-Q2", "问题须有来源", "A concern needs its source (visit, interview day, meeting, form, contact…)."),
    ("R-Q3", "期限早于登记日期", "The due date cannot be before the day the concern was raised."),
    ("R-Q4", "问题超期", "Overdue: not resolved by its due date."),
    ("R-Q5", "回访人须另选", "The return visitor must be neither the handler nor the one who resolved it."),
    ("R-Q6", "问题待回访/重办/上报", "Awaiting the resident's word, reopened or escalated."),
    ("R-I", "群众访谈日", "The interview day held in every village."),
    ("R-I1", "访谈日未安排", "The interview day must fall within the interview window."),
    ("R-I2", "访谈组别或组长不符", "The group number or its leader is not one the plan allows."),
    ("R-I3", "访谈前未征求意见", "Held without opinions solicited beforehand."),
    ("R-I4", "无督查对接干部", "No organ cadre was assigned to supervise the village's interview day."),
    ("R-I5", "预告未张贴", "The notice must be posted the required number of days before the day."),
    ("R-I6", "未张贴预告不能召开", "An interview day is held only after its notice, on its scheduled date."),
    ("R-I7", "访谈人数不足或未召开", "Not yet held with enough residents attending."),
    ("R-I8", "须写明张贴地点", "A notice says where it was posted."),
    ("R-R1", "直评轮次未开放", "Ballots only while the rating round is open."),
    (
        "R-R2",
        "选票重复或对象不符",
        "A ballot number is used once per round, and rates only the round's cadres.",
    ),
    ("R-R3", "选票匿名", "Ballots are anonymous; a spoiled ballot is voided with a reason."),
    ("R-R4", "直评结果", "The results per cadre: counts, valid ballots, satisfaction."),
    ("R-R5", "直评参与率", "Turnout: valid ballots over the residents invited."),
    (
        "R-A1",
        "调研文章课题或作者不符",
        "An article on a topic the party committee set, by its assigned author.",
    ),
    ("R-A2", "调研文章迟交", "The article was submitted after the deadline."),
    ("R-A3", "调研文章未交", "A required author has not submitted an article yet."),
    ("R-E1", "典型经验须有原记录", "Nominate an existing record as exemplary, and report it once."),
    ("R-U", "单位实事", "Units' own work under the plan."),
    ("R-U1", "单位不承担该类实事", "This kind of work is not one the plan gives to this kind of unit."),
    ("R-U2", "单位承诺未按时兑现", "A promise is open until fulfilled; late when after its date."),
    ("R-U3", "兑现记录不符", "Fulfil only an existing, unfulfilled item, not before its date."),
    ("R-U4", "学校、医院未征求社会意见", "Every school and hospital gathers opinions within the window."),
    ("R-P1", "村居尚无宣传报道", "Every village and community has publicity within the window."),
    ("R-S", "权限", "Who may do what."),
    ("R-S1", "超出录入范围", "A clerk records only for the units they are scoped to."),
    ("R-S2", "只读账号不能录入", "Supervisor and leader accounts read, audit and export; they do not write."),
    ("R-S3", "须由学教办管理员操作", "Only the study office administrator may do this."),
    ("R-S4", "输出须留痕", "Every login, operator change and output is itself audited."),
    ("R-S5", "个人信息已删除", "This resident's personal data was erased on request: it cannot be recorded."),
)

RULES: dict[str, Rule] = {code: Rule(code, name, english) for code, name, english in _RULES}


def rule_name(code: str, english: bool = False) -> str:
    """The rule's name (Chinese) or, in English, what it asks for; the code itself when unknown."""
    rule = RULES.get(code)
    if rule is None:
        return code
    return rule.english if english else rule.name


def describe(code: str, message: str, english: bool = False) -> str:
    """A rejection as the user reads it: in Chinese, the code and its message (which names the records);
    in English, what the rule asks for, then the Chinese message for the particulars."""
    if not english or code not in RULES:
        return f"{code}  {message}".strip()
    return f"{code}  {RULES[code].english}\n{message}"
