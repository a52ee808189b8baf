"""Fills resources/i18n/lianxin_en.ts with the English of each Chinese source string.

Run after `pyside6-lupdate desk/gui/*.py -ts resources/i18n/lianxin_en.ts`; `make` compiles the .qm.
"""

from __future__ import annotations

import re
import sys
from html import escape, unescape
from pathlib import Path

EN = dict(line.split("|", 1) for line in """{0} “走进群众”活动台帐|{0} "Go Among the Masses" campaign records
上级单位|Parent unit
上级单位编码|Parent unit code
五必访|Must-visit groups
五必访标签…|Must-visit tags…
人口|Size
人员|People
人员与单位|Roster
人员编号|Person code
人员编号*|Person code*
从|From
代录(实际办理人)|On behalf of
依据|Basis
修改…|Change…
修改人员|Change person
修改农户|Change household
修改参数|Amend parameter
停用|Disabled
停用 {0}|Disable {0}
停用…|Disable…
党员|Party member
全部|All
全部农户|All households
全部单位|All units
全部联系任务|All contact duties
共 {0} 条|{0} rows
共 {0} 条 · 哈希链头 第 {1} 号 {2}…|{0} events · chain head #{1} {2}…
内容|What
内容包含|Text contains
农户|Households
分工村居|Assigned village
分工村居编码|Assigned village code
初始密码*|Initial password*
到|To
加/减五必访标签:{0}|Add/remove must-visit tag: {0}
单位|Unit
单位名称|Unit name
单位名称*|Unit name*
单位编码|Unit code
单位编码*|Unit code*
单位编码,用“、”分隔|Unit codes, separated by 、
原因|Reason
原因*|Reason*
参数|Parameter
取值|Value
变更日期|Effective date
名称|Name
启用 {0}|Enable {0}
启用/解锁…|Enable/unlock…
哈希链|Hash chain
哈希链不符:第 {0} 号事件 — {1}|Hash chain broken at event #{0} — {1}
哈希链完好:核对 {0} 条事件。|Hash chain intact: {0} events checked.
困难党员|Party member in hardship
地址|Address
姓名|Name
姓名*|Name*
审计日志|Audit trail
密码|Password
导出|Export
导出…|Export…
工作站|Workstation
已导出 {0} 行。|Exported {0} rows.
序号|No.
录入时间|Recorded at
录入范围|Scope
性别|Sex
户主|Head of household
户主姓名*|Head of household*
户编号|Household code
户编号*|Household code*
按编号、姓名、电话或地址搜索|Search by code, name, phone or address
提示|Note
操作员|Operator
操作员 {0}({1}) · 工作站 {2} · {3} · 链头 {4}…|Operator {0} ({1}) · workstation {2} · {3} · chain head {4}…
操作员与录入范围|Operators and scopes
操作未完成:{0}(详情已写入日志)|Not done: {0} (details in the log)
支部编码|Branch code
新建操作员|New operator
新建操作员…|New operator…
日期|Date
是|Yes
更正|Corrects
最近登录|Last login
未能保存|Not saved
村居|Village
村居编码*|Village code*
村民小组|Group
核对哈希链|Verify chain
正常|Active
注销 {0}|Retire {0}
注销…|Retire…
活动参数(修改须写明原因,作为事件保存)|Campaign parameters (amendments need a reason and are stored as events)
状态|State
用户名|User name
登录名|Login
登录名*|Login*
登记…|Register…
登记人员|Register person
登记农户|Register household
登记单位|Register unit
程序错误|Program error
类别|Kind
类别*|Kind*
老党员|Veteran party member
联系任务|Contact duty
联系电话|Phone
角色|Role
角色*|Role*
记录|Record
记录编号|Record code
设置|Settings
请先选中一行|Select a row first
身份|Identities
连心台帐 — {0} {1}年“走进群众”活动|Lianxin ledger — {0} {1} campaign
连心台帐 — 登录|Lianxin ledger — log in
锁定|Locked
问题 {0} 的办理记录|Record of concern {0}
{0} · {1} · {2}反映:{3}|{0} · {1} · raised by {2}: {3}
事项|Step
承办/办理/回访人|Handler / resolver / visitor
情况|Details
实际办理人|Done by
承诺时限 {0}|due {0}
打印…|Print…
存为 PDF…|Save as PDF…
存为 PDF|Save as PDF
办理问题 {0}|Handle concern {0}
{0} · {1} · {2}|{0} · {1} · {2}
办理事项|Step
承办单位编码|Handling unit code
承办人编号|Handler code
承诺时限|Due date
办理人编号*|Resolved by (code)*
办理结果*|Result*
回访人编号*|Return visitor (code)*
回访结果*|Resident's word*
情况说明|Notes
重复于问题编号*|Duplicate of concern*
这个问题已结束(已归档、重复或已作废),不能再办理。|This concern is finished (closed, duplicate or voided); no step is possible.
按问题编号、反映人、户编号、类别或内容搜索|Search by concern code, resident, household, category or text
问题编号|Concern code
登记日期|Raised on
反映人|Raised by
问题内容|Concern
来源|Source
(超期)| (overdue)
承办|Handler
已办天数|Days open
回访|Return visit
重办|Reopened
上报|Escalated
规则|Rule
跟进事项|Follow-up
自何时|Since
按村居|By village
按村居/单位|By village or unit
按承办单位|By handling unit
按承办人|By handler
编码|Code
登记|Raised
办结|Resolved
办结率|Resolution rate
满意率|Satisfaction rate
超期未办|Overdue
平均办理天数|Mean days to resolve
问题列表|Concerns
跟进|Follow-ups
统计|Figures
登记问题…|Raise concern…
办理…|Next step…
办理记录…|Record…
作废…|Void…
全部村居|All villages
共 {0} 件|{0} concerns
请先选中一个问题|Select a concern first
作废问题 {0}|Void concern {0}
问题办理|Concerns
登记问题|Raise a concern
走访编号 / 村居编码 / 联系记录编号|visit code / village code / contact code
他人代录时填写实际登记人|if entering for someone else: who took it down
问题编号*|Concern code*
登记日期*|Raised on*
来源*|Source*
来源记录|Source record
反映人*|Raised by*
问题内容*|Concern*
实际登记人|Taken down by
已登记|Raised
办理中|In hand
待回访|Awaiting return visit
已回访|Return visit done
已归档|Closed
重复|Duplicate
超期|Overdue
不满意重办|Reopened (unsatisfied)
已上报|Escalated
合计|Total
上报截止日 {0}(含当日);之后上报的标记为补报(R-C4)。|Deadline {0} (inclusive); later reports are flagged as late (R-C4).
上报所选单位|Report the selected unit
上报日期|Reported on
保存并录下一条|Save and enter the next
全部上报情况|Any report state
共 {0} 人,未达标 {1} 人|{0} people, {1} behind quota
反映问题|Problem raised
填写后登记为问题(来源:联系)|filled in: registered as a concern (source: contact)
安排单位|Arranging unit
安排单位编码*|Arranging unit code*
对象*|Target*
对象类别*|Target kind*
导出 Excel|Export to Excel
导出 Excel…|Export to Excel…
尚缺|Missing
已保存 {0} 条|{0} saved
已保存,并标记|Saved, and flagged
已报学教办,上报日期:|Reported to the study office on:
已结对|Paired
已联系|Contacted
已达标|Quota met
干部*|Cadre*
干部编号、姓名或拼音首字母|cadre code, name or pinyin initials
应结对|Required
报学教办|Reported
报学教办…|Report to study office…
按编号、姓名或拼音首字母搜索|Search by code, name or pinyin initials
按编号、姓名或拼音首字母查找对象|Find a target by code, name or pinyin initials
方式*|Way*
日期*|Date*
有 {0} 人符合,请输入编号:{1}|{0} people match; type the code: {1}
未上报|Not reported
未能上报,见提示|Not reported; see the message
未达标|Behind quota
查找对象|Find target
没有找到有联系任务的“{0}”|Nobody with a contact duty matches "{0}"
由{0}安排|arranged by {0}
结对|Pair
结对…|Pair…
结对对象|Paired person
结对情况报学教办|Report pairings to the study office
结对数|Pairings
结对日期*|Paired on*
结束日期|Ended on
结束结对|End pairing
结束结对…|End pairing…
联系台帐|Contact ledger
联系对象*|Contact target*
记录联系|Record contact
记录联系…|Record contact…
请先选中一个单位|Select a unit first
请先选中一位干部|Select a cadre first
请先选中一位有结对的干部|Select a cadre with pairings first
谈心|Heart-to-heart talk
谈心…|Talk…
谈心对象*|Talk with*
达标|Met
连心册 — {0}|Heart-link booklet — {0}
连心册…|Booklet…
{0} 尚未走访 {1} 户|{0}: {1} households not yet visited
五必访覆盖(R-V2,按走访当日的标签)|Must-visit coverage (R-V2, by the tag on the visit's date)
作废走访 {0}|Void visit {0}
全部走访|All visits
全镇|Whole township
共 {0} 次走访|{0} visits
农户*|Household*
办理情况|Handling
占比|Share
各村居覆盖(R-V1)|Coverage per village (R-V1)
备注|Notes
宣传政策|Policies publicised
家庭情况|Family situation
已保存 {0} 户|{0} saved
已走访/户数|Visited / households
帮扶措施|Help given
常态化走访(活动结束后)|Standing work (after the campaign)
户编号、户主姓名或拼音首字母|household code, head's name or pinyin initials
所选村居各走访人的户数|Households per visitor in the selected village
打印|Print
按户编号、户主姓名、拼音首字母或走访人搜索|Search by household, head's name, pinyin initials or visitor
无|none
有 {0} 户符合,请从列表中选择|{0} households match; pick one from the list
村民小组/地址|Group / address
每行一个问题,各自登记为问题(来源:走访)|one problem per line, each registered as a concern (source: visit)
没有找到农户“{0}”|No household "{0}"
活动期间走访|Visits in the campaign
点击村居或五必访类别,列出尚未走访的农户|Click a village or a must-visit group to list the households not yet visited
补录|back-filled
覆盖情况|Coverage
覆盖率|Coverage
记录走访|Record a visit
记录走访…|Record visit…
记录较多,请先选择一个村居再打印|Many records: choose a village before printing
请先选中一次走访|Select a visit first
走访人|Visitors
走访人*|Visitors*
走访人编号,多人用“、”或空格分开|visitor codes, separated by 、 or spaces
走访台帐|Visit ledger
走访工作台帐|Visit ledger
走访户数/全村|Households / village
走访日期*|Visited on*
走访时间|Visited on
{0} 个村居,已达标 {1} 个(每村不少于 {2} 人)|{0} villages, {1} met (at least {2} people each)
人数不足|Too few people
分组日程(组别×日期)|Groups × days
参加人员*|Participants*
参加人数|Attendance
召开…|Held…
召开日期*|Held on*
地点|Place
地点*|Place*
安排…|Schedule…
对接日期*|Assigned on*
带队领导|Group leader
带队领导编号*|Group leader (code)*
张贴日期*|Posted on*
张贴预告…|Post notice…
当天没有冲突|No conflict that day
征求意见|Opinions solicited
征求意见…|Solicit opinions…
征求意见日期*|Solicited on*
改期…|Reschedule…
改期原因*|Reason for rescheduling*
时间|Time
时间*|Time*
时间安排表|Timetable
未安排|Not scheduled
步骤|Step
每行一个问题,各自登记为问题(来源:访谈日)|one problem per line, each registered as a concern (source: interview day)
督查对接…|Supervisor…
督查对接干部|Supervising cadre
督查干部编号*|Supervising cadre (code)*
组别|Group
组别*|Group*
群众访谈日|Interview days
所选村居的各步骤|Steps of the selected village
访谈日 {0},预告最迟 {1} 张贴(提前{2}天,R-I5)|Interview day {0}: post the notice by {1} ({2} days ahead, R-I5)
访谈日 · {0} · {1}|Interview day · {0} · {1}
访谈日期*|Interview date*
请先在安排表中选中一个村居|Select a village in the timetable first
预告张贴日期|Notice posted
(无课题,自选)|(no topic, own choice)
1 满意  2 基本满意  3 不满意  0 弃权|1 satisfied  2 fairly satisfied  3 dissatisfied  0 abstain
R-R2 票号 {0} 已录入,请核对选票|R-R2 ballot {0} is already entered; check the ballot
{0} 已于 {1} 结束,共 {2} 张有效票、{3} 张废票|{0} closed on {1}: {2} valid ballots, {3} void
下达日期*|Set on*
下达课题…|Set topic…
下达调研课题|Set a research topic
人员编号,用“、”分开;空白为该村全部村街居干部|person codes separated by 、; blank: all the village's cadres
作废选票|Void ballot
作废选票…|Void ballot…
作者编号*|Author (code)*
典型经验|Exemplary practice
参评人数|Cadres rated
参评村干部|Cadres to rate
已结束|Closed
已结束,结果已公布|Closed; results published
应交|Required
应交 {0} 人:已提交 {1},迟交 {2},未提交 {3}|{0} required: {1} submitted, {2} late, {3} missing
废票|Void
开始直评|Open a rating round
开始直评…|Open round…
录入选票|Ballot entry
所选作者没有附带文件的文章|The selected author has no article with a file
打开文件|Open file
承担人编号*|Assignee (code)*
按名单顺序,每名村干部一个数字,回车保存|One digit per cadre in list order; Enter saves
推荐…|Nominate…
推荐典型经验|Nominate exemplary practice
推荐日期|Nominated on
推荐日期*|Nominated on*
提交文章…|Submit article…
提交日期|Submitted on
提交日期*|Submitted on*
提交调研文章|Submit a research article
摘要|Summary
摘要*|Summary*
文件|File
有效票|Valid ballots
版本|Versions
直评|Direct rating
直评日期*|Rating date*
票号|Ballot no.
第 {0} 号选票已保存(本次共 {1} 张)|Ballot {0} saved ({1} this session)
结束并公布…|Close and publish…
结束直评 {0}|Close round {0}
结果(R-R4:满意率 = (满意 + 基本满意) ÷ (有效票 − 弃权))|Results (R-R4: rate = (satisfied + fairly satisfied) ÷ (valid − abstentions))
结果在轮次结束后公布|Results are published when the round closes
编号|Code
编号*|Code*
自愿|Voluntary
计票完毕|Counting finished
记录类别|Record kind
记录类别*|Record kind*
记录编码|Record code
记录编码*|Record code*
评价|Marks
请先选中一个直评轮次|Select a rating round first
课题|Topic
课题名称*|Topic title*
课题编号*|Topic code*
调研文章|Research articles
轮次|Round
轮次编号*|Round code*
进行中|Open
选择文件…|Choose file…
选择文章文件|Choose the article file
题目|Title
题目*|Title*
3日内到期|Due within 3 days
保存总结|Save summary
保存总结…|Save summary…
全部规则|All rules
共 {0} 项|{0} findings
农户走访覆盖|Households visited
各村居进度|Progress per village
各项工作进度(点击查看明细)|Progress of each part (click for the records)
回看|As of
已保存到 {0}|Saved to {0}
已过|passed
总览|Dashboard
所见为 {0} 时的台帐(截至第 {1} 号事件);录入仍记入当前|Showing the ledgers as at {0} (up to event #{1}); new entries are still recorded now
期限|Due
未完成|Open
标记|Flag
活动总结|Summary
活动第 {0} 天(共 {1} 天)· {2}|Campaign day {0} of {1} · {2}
活动结束|Campaign ends
督查跟进|Follow-ups
督查跟进(未完成与标记)|Follow-ups (open and flagged)
类型|Kind
结对报学教办|Pairing report
联系(R-C)|Contacts (R-C)
联系任务达标|Contact duty met
补录(R-G3)|Back-filled (R-G3)
访谈日|Interview day
访谈日(R-I)|Interview days (R-I)
访谈日达标村|Villages with a full interview day
调研文章(R-A)|Articles (R-A)
调研文章按时提交|Articles on time
走访(R-V)|Visits (R-V)
走访覆盖|Visit coverage
还有 {0} 天|{0} days left
问题(R-Q)|Concerns (R-Q)
问题办结|Concerns resolved
点击查看|click to see
未能导出|Could not export
更正…|Correct…
问题办理台帐|Concerns ledger
更正 {0}|Correct {0}
如:录入时错字|e.g. a typing mistake
更正原因*|Reason for the correction*
单位承诺兑现|Units' promises kept
兑现 {0}|Fulfil {0}
兑现日期*|Fulfilled on*
兑现了什么*|What was done*
从 Excel 导入|Import from Excel
请选择工作簿(.xlsx)或 CSV 文件|Choose a workbook (.xlsx) or a CSV file
工作表|Sheet
行数|Rows
行|Row
结果|Result
只看被拒绝的行|Rejected rows only
开始导入|Import
停止|Stop
保存被拒绝的行…|Save the rejected rows…
选择要导入的文件|Choose the file to import
Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)|Excel workbook (*.xlsx);;CSV file (*.csv)
无法导入|Cannot import
{0}:{1} 个工作表,共 {2} 行|{0}: {1} sheets, {2} rows
拒绝|Rejected
接受,标记|Accepted, flagged
接受|Accepted
保存被拒绝的行|Save the rejected rows
已保存|Saved
被拒绝的 {0} 行已保存,改正后可再导入|{0} rejected rows saved: fix them and import again
已停止:此前各行已存入,再次导入同一文件会接着导入其余各行|Stopped: the rows so far are stored; importing the same file again goes on with the rest
导入未完成:{0}(详情已写入日志)|Import not finished: {0} (details in the log)
张贴地点|Posted at
群众访谈日时间安排表|Interview-day timetable
无法打印|Cannot print
打印机|printer
如:村委会门口、主干道交叉路口|e.g. the village office door, the main crossroads
张贴地点*|Posted at*
单位实事|Units' own work
文件(&F)|&File
从 Excel 导入…|Import from Excel…
退出|Quit
视图(&V)|&View
刷新|Refresh
帮助(&H)|&Help
关于连心台帐|About Lianxin
连心台帐:“走进群众”活动台帐。每条记录都是不可更改的事件,更正和作废也是事件;哈希链头印在每份输出上,desk verify --head 可核对。|Lianxin: records of the "Go Among the Masses" campaign. Every record is an immutable event, corrections and voids too; the hash-chain head is printed on every output and desk verify --head checks it.
注意:{0} 停在第 {1} 号事件,未再更新(其余照常);请管理员修复后运行 desk rebuild|Note: {0} stopped at notification {1} and is not updated (the rest works); the administrator runs desk rebuild after the fix
应到人数|Invited
搜索“{0}”|search "{0}"
已导出 {0} 行到 {1}。|{0} rows exported to {1}.
共 {0} 行,请先筛选(如选一个村居)再打印。|{0} rows: filter first (one village, say) before printing.
宣传报道|Publicity
单位*|Unit*
渠道*|Channel*
标题*|Title*
链接或文件|Link or file
应到|Invited
参与率|Turnout
干部考核参考表…|Cadre evaluation sheet…
直评结果|Rating results
干部考核参考表|Cadre evaluation sheet
直评轮次|Round
联系|Contacts
走访|Visits
办理问题|Concerns handled
直评结果是评价和使用干部的重要依据(§4.4):满意率、参与率与本人的联系、走访和问题办理并列|The rating is an important basis for evaluating and appointing cadres (§4.4): satisfaction and turnout beside their own contacts, visits and concerns handled
人员名册|People
农户名册|Households
单位名册|Units
单位实事(R-U)|Units' own work (R-U)
宣传报道(R-P)|Publicity (R-P)
登记单位实事|Register an item of a unit's own work
有承诺时限|Promised by
内容*|What*
按编号、单位、类别或内容搜索|Search by code, unit, kind or content
只看未兑现|Open only
兑现日期|Fulfilled on
渠道|Channel
标题|Title
已上报的典型经验(R-E1),与宣传报道一并公开|Exemplary practice reported (R-E1), published with the publicity
兑现…|Fulfil…
宣传报道…|Publicity…
单位实事 {0} 项(逾期未兑现 {1}),宣传报道 {2} 篇|{0} items of units' own work ({1} overdue), {2} publicity reports
请先在单位实事中选中一项|Select an item of units' own work first
作废 {0}|Void {0}
疑似重复录入|Entered twice?
所有文件 (*)|All files (*)
这次走访登记了 {0} 个问题({1}),是否一并作废?选“是”一并作废(这次走访本不存在);选“否”问题保留(群众确实反映过)|This visit registered {0} concerns ({1}). Void them too? Yes: void them (the visit never took place); No: keep them (the residents did raise them)
切换操作员…|Switch operator…
修改密码…|Change password…
修改密码|Change password
原密码|Current password
新密码(至少 8 位)|New password (at least 8 characters)
再输入一次新密码|New password again
两次输入的新密码不一致|The two new passwords differ
密码已修改|Password changed
显示完整联系方式…|Show full contact details…
显示完整联系方式|Show full contact details
联系电话和地址属于群众的个人信息。确需查看完整内容吗?此操作记入审计日志。|Phone numbers and addresses are residents' personal data. Do you really need to see them in full? This is recorded in the audit trail.
与 {0} 个签名检查点相符。|Agrees with {0} signed checkpoints.
本数据库中找不到与输出上的链头相符的历史:输出不是由本数据库生成,或其历史已被改写。|No history in this store ends in the head printed on the output: it was not made from this store, or its history was rewritten.
核对|Check
核对输出上印的链头(可选)|A head printed on an output (optional)
输出上的链头对应第 {0} 号事件:该输出所依据的历史仍完整保存。|The printed head is that of notification {0}: the history the output was made from is still here, unchanged.
正在保存今天的备份…|Saving today's backup…
备份:共享数据库由服务器备份;也可用 desk backup 备份到文件|Backups: a shared store is backed up by its server; desk backup also writes a file
备份:尚无(每天关闭程序时自动保存一份到 {0},保留 7 份)|Backups: none yet (one is saved to {0} each day when the app closes; seven are kept)
最近备份:{0}({1:%Y-%m-%d %H:%M});每天关闭程序时自动保存,保留 7 份|Last backup: {0} ({1:%Y-%m-%d %H:%M}); one each day when the app closes, seven kept
作废 {0} 的连心册记录|Void an entry of {0}'s booklet
作废原因*|Reason for voiding*
作废记录…|Void an entry…
记录*|Entry*
已锁定|Locked
连心台帐 — 已锁定|Lianxin — locked
重新隐藏联系方式|Mask contact details again
{0} 属于 {1},不在本账号的录入范围内(R-S1)|{0} belongs to {1}, outside this account's scope (R-S1)
M月d日|MMM d
yyyy年M月d日|MMM d, yyyy
走访覆盖%|Visit coverage %
问题办结%|Concerns resolved %
各村居走访覆盖与问题办结(点击柱子查看该村走访台帐)|Visit coverage and concerns resolved per village (click a bar for its visit ledger)
集中补录:|Back-filling bursts: 
{0} {1} 一天补录 {2} 条|{0} {1}: {2} back-filled in one day
活动已于 {0} 结束(活动期共 {1} 天) · {2}|The campaign ended on {0} (it ran {1} days) · {2}
删除个人信息…|Erase personal data…
删除个人信息|Erase personal data
将永久删除农户 {0} 的户主姓名、电话、地址及其走访记录和问题诉求中的叙述,无法恢复。记录与统计数字保留。确定要继续吗?|This permanently erases household {0}'s head name, phone and address and the narratives of its visits and concerns; it cannot be undone. The records and every figure stay. Continue?
将永久删除人员 {0} 的姓名、电话及干部与其联系、谈心的记录内容,无法恢复。记录与统计数字保留。确定要继续吗?|This permanently erases person {0}'s name and phone and what cadres wrote of contacts and talks with them; it cannot be undone. The records and every figure stay. Continue?
正在删除个人信息并重建台帐…|Erasing personal data and rebuilding the ledgers…
删除个人信息:{0}|Erase personal data: {0}
作废典型经验 {0}|Void exemplary practice {0}
正在核对哈希链…|Verifying the hash chain…
已删除个人信息|(personal data erased)
该项个人信息已按申请删除,不能再录入|This personal data was erased on request and cannot be entered again
{0} 的个人信息已经删除,无需再删|The personal data of {0} has already been erased
如:本人申请(个人信息保护法第四十七条)|e.g. at the person's request (PIPL art. 47)
已删除 {0} 的个人信息(涉及 {1} 条记录)。记录与统计数字保留。|Erased the personal data of {0} ({1} records). The records and every figure stay.
此前用“备份”另存的副本仍含这些信息,请一并销毁;本机每日自动备份已同步删除。|Copies saved earlier with Backup still hold it and must be destroyed too; this computer's daily copies have been purged.
磁盘空间不足,这条记录未能保存(请清理磁盘后重试;此前已保存的记录不受影响)|The disk is full: this record was not saved (free some space and try again; records saved before are not affected)
共 {0} 条 · {1}|{0} records · {1}
共 {0} 条|{0} records
,{0}合计 {1}|, {0} totalling {1}
更正步骤…|Correct a step…
作废步骤…|Void a step…
请先在安排表中选中一个已有记录的村居|Select a village with recorded steps in the timetable first
作废 {0} 访谈日的一个步骤|Void a step of {0}'s interview day
更正 {0} 访谈日的一个步骤|Correct a step of {0}'s interview day
步骤*|Step*
第{0}次召开 {1},{2}人|Session {0} on {1}, {2} attending
第{0}次征求意见 {1} {2}|Solicitation {0} on {1}: {2}
督查对接 {0}({1})|Supervising cadre {0} ({1})
预告 {0} 张贴于 {1}|Notice posted {0} at {1}
方式|Way
参加人员|Participants
督查对接干部编号|Supervising cadre (code)
请先选中一位已提交文章的作者|Select an author who has submitted an article first
作废 {0} 的第 {1} 版调研文章《{2}》|Void version {1} of {0}'s research article "{2}"
更正 {0} 的第 {1} 版调研文章|Correct version {1} of {0}'s research article
关闭|Close
明细…|Records…
取消|Cancel
活动尚未开始({0} 开始,共 {1} 天)· {2}|The campaign has not started yet (it starts {0}, {1} days) · {2}
“{0}”的明细|the records behind "{0}"
正在读取 {0} 行…|Reading {0} rows…
正在导出 {0} 行…|Exporting {0} rows…
原密码*|Present password*
重置密码…|Reset password…
请先选中一名操作员|Select an operator first
重置 {0} 的密码|Reset the password of {0}
新密码*|New password*
再输一次*|Once more*
活动已于 {0} 结束,此后的走访属常态化走访:台帐已改为显示全部走访|The campaign ended on {0}: visits after it are standing work, so the ledger now shows all visits
已导入过|Imported before
文件 {0} 已完整导入过。确实要再导入一次吗?(已登记的编号会被拒绝,同一天同一走访人的走访会标为疑似重复,不会重复存入)|{0} was imported in full before. Import it once more? (Codes already registered are refused, and a visit on the same day by the same visitors is flagged as a possible double entry: nothing is stored twice.)
已退出登录:请下一位操作员登录|Logged out: the next operator logs in
重建台帐…|Rebuild the ledgers…
重建台帐|Rebuild the ledgers
从事件重建全部台帐(哈希链除外):修复程序后,或台帐停在某条事件时|Rebuild every ledger from the events (the hash chain excepted): after a fix, or when a ledger stopped at an event
从全部事件重建台帐(哈希链除外)。重建期间各工作站的台帐暂时不全,可能需要几分钟。继续吗?|Rebuild the ledgers from all the events (the hash chain excepted)? Meanwhile the ledgers at every workstation are incomplete; it may take a few minutes.
正在从事件重建台帐…|Rebuilding the ledgers from the events…
已从 {0} 条事件重建台帐。|The ledgers were rebuilt from {0} events.
查找范围:|Look in:
文件类型:|Files of type:
另有 {0} 条事件在核对时刚刚记录,尚未入链:下次核对时核对。|{0} more events were recorded during the check and are not chained yet: the next check covers them.
核对已取消:没有得出结论(可随时再核对)。|Verification cancelled: no conclusion was reached (verify again at any time).
领导|leader
督查|supervisor
录入员|clerk
学教办管理员|study-office administrator
作废联系 {0}|Void contact {0}
这次联系登记了问题 {0},是否一并作废?选“是”一并作废(这次联系本不存在);选“否”问题保留(群众确实反映过)|This contact registered concern {0}: void it too? Yes voids it (the contact never happened); No keeps it (the resident did raise it)
打开…|Open…
已报学教办|Reported to the study office
联系方式|Way
更正 {0} 的联系或谈心记录|Correct a contact or talk of {0}
更正记录…|Correct entry…
按编号、姓名、单位、题目或课题搜索|Search by code, name, unit, title or topic
按编号、记录或摘要搜索|Search by code, record or summary
按村居、组别、带队领导或地点搜索|Search by village, group, leader or place
显示已作废/已更正|Show voided/corrected
作废的走访和更正前的原记录也列出(划线),与现行记录同列|List voided visits and the records as they were before a correction too (struck through), beside the current ones
作废的问题和更正前的原记录也列出(划线),与现行记录同列|List voided concerns and the records as they were before a correction too (struck through), beside the current ones
〔已作废〕|[voided] 
〔更正前〕|[before correction] 
[{0} 补录] |[{0} back-filled] 
更正问题 {0} 的{1}|Correct step {1} of concern {0}
更正原因*|Reason for the correction*
更正步骤…|Correct step…
作废步骤…|Void step…
请先在办理过程中选中一步|Select a step of the handling first
“{0}”不是办理步骤:登记的内容请在问题台帐上用“更正…”修改|"{0}" is not a handling step: correct what was registered with 更正… on the concern ledger
作废问题 {0} 的{1}({2})|Void step {1} ({2}) of concern {0}
办理记录|Handling record
超期未办结问题|Overdue concerns
{0} 件|{0}
项目|Item
完成情况|Progress
列出这个数字背后的每一条记录(截至当前时点)|List every record behind this figure (as of the moment shown)
双击一行:该村的走访台帐;双击问题办结或访谈日:该村的问题或访谈日|Double-click a row: the village's visit ledger; on its concerns or interview-day cell: those records""".splitlines())


def fill(path: Path) -> int:
    content = path.read_text("utf-8")
    missing = 0

    def replace(m: re.Match[str]) -> str:
        nonlocal missing
        source = unescape(m.group(1))
        english = EN.get(source)
        if english is None:
            missing += 1
            return m.group(0)
        return f"<source>{m.group(1)}</source>\n        <translation>{escape(english, quote=False)}</translation>"

    # lupdate's same-text guesses are also "unfinished": each context gets its own English here
    content = re.sub(r"<source>(.*?)</source>\s*<translation type=\"unfinished\">[^<]*</translation>", replace, content)
    path.write_text(content, "utf-8")
    return missing


if __name__ == "__main__":
    sys.exit(1 if fill(Path(sys.argv[1] if len(sys.argv) > 1 else "resources/i18n/lianxin_en.ts")) else 0)
