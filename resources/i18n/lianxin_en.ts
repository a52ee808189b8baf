<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ArticleCorrectionDialog</name>
    <message>
        <location filename="../../desk/gui/work.py" line="518"/>
        <source>更正 {0} 的第 {1} 版调研文章</source>
        <translation>Correct version {1} of {0}&apos;s research article</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="524"/>
        <source>(无课题,自选)</source>
        <translation>(no topic, own choice)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="533"/>
        <source>题目*</source>
        <translation>Title*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="534"/>
        <source>课题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="535"/>
        <source>提交日期*</source>
        <translation>Submitted on*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="536"/>
        <source>更正原因*</source>
        <translation>Reason for the correction*</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <location filename="../../desk/gui/work.py" line="461"/>
        <source>提交调研文章</source>
        <translation>Submit a research article</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="468"/>
        <source>(无课题,自选)</source>
        <translation>(no topic, own choice)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="474"/>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="482"/>
        <source>作者编号*</source>
        <translation>Author (code)*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="483"/>
        <source>题目*</source>
        <translation>Title*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="484"/>
        <source>课题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="485"/>
        <source>提交日期*</source>
        <translation>Submitted on*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="486"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="492"/>
        <source>选择文章文件</source>
        <translation>Choose the article file</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="492"/>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>ArticlesPage</name>
    <message>
        <location filename="../../desk/gui/work.py" line="580"/>
        <source>人员编号</source>
        <translation>Person code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="581"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="582"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="583"/>
        <location filename="../../desk/gui/work.py" line="633"/>
        <source>应交</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="584"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="585"/>
        <source>版本</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="586"/>
        <source>题目</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="587"/>
        <source>提交日期</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="588"/>
        <source>课题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="589"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="596"/>
        <source>提交文章…</source>
        <translation>Submit article…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="597"/>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="598"/>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="599"/>
        <source>打开文件</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="600"/>
        <source>下达课题…</source>
        <translation>Set topic…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="602"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="603"/>
        <location filename="../../desk/gui/work.py" line="608"/>
        <source>调研文章</source>
        <translation>Research articles</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="607"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="619"/>
        <source>按编号、姓名、单位、题目或课题搜索</source>
        <translation>Search by code, name, unit, title or topic</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="633"/>
        <source>自愿</source>
        <translation>Voluntary</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="646"/>
        <source>应交 {0} 人:已提交 {1},迟交 {2},未提交 {3}</source>
        <translation>{0} required: {1} submitted, {2} late, {3} missing</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="669"/>
        <location filename="../../desk/gui/work.py" line="698"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="669"/>
        <source>请先选中一位已提交文章的作者</source>
        <translation>Select an author who has submitted an article first</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="687"/>
        <source>作废 {0} 的第 {1} 版调研文章《{2}》</source>
        <translation>Void version {1} of {0}&apos;s research article &quot;{2}&quot;</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="698"/>
        <source>所选作者没有附带文件的文章</source>
        <translation>The selected author has no article with a file</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desk/gui/pages.py" line="898"/>
        <source>单位编码</source>
        <extracomment>the audit trail&apos;s kinds of record as stored (Chinese), in English</extracomment>
        <translation>Unit code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="901"/>
        <source>记录编号</source>
        <translation>Record code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="903"/>
        <source>内容包含</source>
        <translation>Text contains</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="914"/>
        <location filename="../../desk/gui/pages.py" line="927"/>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="919"/>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="921"/>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="925"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="926"/>
        <source>录入时间</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="928"/>
        <source>工作站</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="929"/>
        <source>代录(实际办理人)</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="930"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="931"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="932"/>
        <source>内容</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="933"/>
        <source>更正</source>
        <translation>Corrects</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="947"/>
        <source>核对输出上印的链头(可选)</source>
        <translation>A head printed on an output (optional)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="948"/>
        <source>核对哈希链</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="953"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="954"/>
        <location filename="../../desk/gui/pages.py" line="957"/>
        <source>审计日志</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="955"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="994"/>
        <source>[{0} 补录] </source>
        <translation>[{0} back-filled] </translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1000"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1008"/>
        <source>共 {0} 条 · 哈希链头 第 {1} 号 {2}…</source>
        <translation>{0} events · chain head #{1} {2}…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1022"/>
        <source>正在核对哈希链…</source>
        <translation>Verifying the hash chain…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1027"/>
        <source>核对已取消:没有得出结论(可随时再核对)。</source>
        <translation>Verification cancelled: no conclusion was reached (verify again at any time).</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1037"/>
        <source>另有 {0} 条事件在核对时刚刚记录,尚未入链:下次核对时核对。</source>
        <translation>{0} more events were recorded during the check and are not chained yet: the next check covers them.</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1040"/>
        <source>与 {0} 个签名检查点相符。</source>
        <translation>Agrees with {0} signed checkpoints.</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1048"/>
        <source>输出上的链头对应第 {0} 号事件:该输出所依据的历史仍完整保存。</source>
        <translation>The printed head is that of notification {0}: the history the output was made from is still here, unchanged.</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1056"/>
        <source>本数据库中找不到与输出上的链头相符的历史:输出不是由本数据库生成,或其历史已被改写。</source>
        <translation>No history in this store ends in the head printed on the output: it was not made from this store, or its history was rewritten.</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1028"/>
        <location filename="../../desk/gui/pages.py" line="1061"/>
        <source>核对</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>哈希链</source>
        <translation type="vanished">Hash chain</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1031"/>
        <source>哈希链完好:核对 {0} 条事件。</source>
        <translation>Hash chain intact: {0} events checked.</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1033"/>
        <source>哈希链不符:第 {0} 号事件 — {1}</source>
        <translation>Hash chain broken at event #{0} — {1}</translation>
    </message>
</context>
<context>
    <name>BallotEntry</name>
    <message>
        <location filename="../../desk/gui/work.py" line="139"/>
        <source>录入选票</source>
        <translation>Ballot entry</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="153"/>
        <source>1 满意  2 基本满意  3 不满意  0 弃权</source>
        <translation>1 satisfied  2 fairly satisfied  3 dissatisfied  0 abstain</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="161"/>
        <source>票号</source>
        <translation>Ballot no.</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="163"/>
        <source>评价</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="182"/>
        <source>请先选中一个直评轮次</source>
        <translation>Select a rating round first</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="190"/>
        <source>已结束,结果已公布</source>
        <translation>Closed; results published</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="190"/>
        <source>按名单顺序,每名村干部一个数字,回车保存</source>
        <translation>One digit per cadre in list order; Enter saves</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="201"/>
        <source>R-R2 票号 {0} 已录入,请核对选票</source>
        <translation>R-R2 ballot {0} is already entered; check the ballot</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="224"/>
        <source>第 {0} 号选票已保存(本次共 {1} 张)</source>
        <translation>Ballot {0} saved ({1} this session)</translation>
    </message>
</context>
<context>
    <name>BookletDialog</name>
    <message>
        <location filename="../../desk/gui/contacts.py" line="473"/>
        <source>连心册 — {0}</source>
        <translation>Heart-link booklet — {0}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="478"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="479"/>
        <source>存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="480"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="563"/>
        <source>未能导出</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="565"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>存为 PDF</source>
        <translation type="vanished">Save as PDF</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="557"/>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
</context>
<context>
    <name>CadreField</name>
    <message>
        <location filename="../../desk/gui/contacts.py" line="75"/>
        <source>干部编号、姓名或拼音首字母</source>
        <translation>cadre code, name or pinyin initials</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="110"/>
        <source>有 {0} 人符合,请输入编号:{1}</source>
        <translation>{0} people match; type the code: {1}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="115"/>
        <source>没有找到有联系任务的“{0}”</source>
        <translation>Nobody with a contact duty matches &quot;{0}&quot;</translation>
    </message>
</context>
<context>
    <name>CloseRoundDialog</name>
    <message>
        <location filename="../../desk/gui/work.py" line="446"/>
        <source>结束直评 {0}</source>
        <translation>Close round {0}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="449"/>
        <source>结束日期</source>
        <translation>Ended on</translation>
    </message>
</context>
<context>
    <name>ConcernRecordDialog</name>
    <message>
        <location filename="../../desk/gui/concerns.py" line="347"/>
        <source>问题 {0} 的办理记录</source>
        <translation>Record of concern {0}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="399"/>
        <source>{0} · {1} · {2}反映:{3}</source>
        <translation>{0} · {1} · raised by {2}: {3}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="356"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="357"/>
        <source>事项</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="358"/>
        <source>承办/办理/回访人</source>
        <translation>Handler / resolver / visitor</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="359"/>
        <source>情况</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="360"/>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="361"/>
        <source>实际办理人</source>
        <translation>Done by</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="362"/>
        <source>录入时间</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="405"/>
        <source>承诺时限 {0}</source>
        <translation>due {0}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="373"/>
        <source>更正步骤…</source>
        <translation>Correct step…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="376"/>
        <source>作废步骤…</source>
        <translation>Void step…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="379"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="380"/>
        <source>存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="424"/>
        <location filename="../../desk/gui/concerns.py" line="430"/>
        <source>办理记录</source>
        <translation>Handling record</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="424"/>
        <source>请先在办理过程中选中一步</source>
        <translation>Select a step of the handling first</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="431"/>
        <source>“{0}”不是办理步骤:登记的内容请在问题台帐上用“更正…”修改</source>
        <translation>&quot;{0}&quot; is not a handling step: correct what was registered with 更正… on the concern ledger</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="455"/>
        <source>作废问题 {0} 的{1}({2})</source>
        <translation>Void step {1} ({2}) of concern {0}</translation>
    </message>
    <message>
        <source>存为 PDF</source>
        <translation type="vanished">Save as PDF</translation>
    </message>
</context>
<context>
    <name>ConcernStepDialog</name>
    <message>
        <location filename="../../desk/gui/concerns.py" line="131"/>
        <source>办理问题 {0}</source>
        <extracomment>the step form&apos;s row names where they differ from the domain&apos;s field names the form&apos;s row for each field a step records (domain.concerns.STEP_FIELDS)</extracomment>
        <translation>Handle concern {0}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="138"/>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="172"/>
        <source>办理事项</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="173"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="176"/>
        <source>承办单位编码</source>
        <translation>Handling unit code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="177"/>
        <source>承办人编号</source>
        <translation>Handler code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="178"/>
        <source>承诺时限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="179"/>
        <source>办理人编号*</source>
        <translation>Resolved by (code)*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="180"/>
        <source>办理结果*</source>
        <translation>Result*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="181"/>
        <source>回访人编号*</source>
        <translation>Return visitor (code)*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="182"/>
        <source>回访结果*</source>
        <translation>Resident&apos;s word*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="183"/>
        <source>情况说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="184"/>
        <source>重复于问题编号*</source>
        <translation>Duplicate of concern*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="189"/>
        <source>这个问题已结束(已归档、重复或已作废),不能再办理。</source>
        <translation>This concern is finished (closed, duplicate or voided); no step is possible.</translation>
    </message>
</context>
<context>
    <name>ConcernStepFixDialog</name>
    <message>
        <location filename="../../desk/gui/concerns.py" line="243"/>
        <source>更正问题 {0} 的{1}</source>
        <translation>Correct step {1} of concern {0}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="270"/>
        <source>更正原因*</source>
        <translation>Reason for the correction*</translation>
    </message>
</context>
<context>
    <name>ConcernsPage</name>
    <message>
        <location filename="../../desk/gui/concerns.py" line="490"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="491"/>
        <source>已登记</source>
        <translation>Raised</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="492"/>
        <source>办理中</source>
        <translation>In hand</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="493"/>
        <source>待回访</source>
        <translation>Awaiting return visit</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="494"/>
        <source>已回访</source>
        <translation>Return visit done</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="495"/>
        <source>已归档</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="496"/>
        <source>重复</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="497"/>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="498"/>
        <source>不满意重办</source>
        <translation>Reopened (unsatisfied)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="499"/>
        <source>已上报</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="511"/>
        <source>按问题编号、反映人、户编号、类别或内容搜索</source>
        <translation>Search by concern code, resident, household, category or text</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="517"/>
        <source>显示已作废/已更正</source>
        <translation>Show voided/corrected</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="519"/>
        <source>作废的问题和更正前的原记录也列出(划线),与现行记录同列</source>
        <translation>List voided concerns and the records as they were before a correction too (struck through), beside the current ones</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="523"/>
        <location filename="../../desk/gui/concerns.py" line="553"/>
        <source>问题编号</source>
        <translation>Concern code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="524"/>
        <source>登记日期</source>
        <translation>Raised on</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="525"/>
        <location filename="../../desk/gui/concerns.py" line="554"/>
        <source>村居</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="526"/>
        <location filename="../../desk/gui/concerns.py" line="558"/>
        <source>反映人</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="527"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="528"/>
        <location filename="../../desk/gui/concerns.py" line="559"/>
        <source>问题内容</source>
        <translation>Concern</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="529"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="531"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="531"/>
        <source>(超期)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="533"/>
        <location filename="../../desk/gui/concerns.py" line="555"/>
        <source>承办</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="534"/>
        <location filename="../../desk/gui/concerns.py" line="557"/>
        <source>承诺时限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="535"/>
        <source>已办天数</source>
        <translation>Days open</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="536"/>
        <source>回访</source>
        <translation>Return visit</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="537"/>
        <source>重办</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="538"/>
        <source>上报</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="551"/>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="552"/>
        <source>跟进事项</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="556"/>
        <source>自何时</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="564"/>
        <source>按村居/单位</source>
        <translation>By village or unit</translation>
    </message>
    <message>
        <source>按村居</source>
        <translation type="vanished">By village</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="565"/>
        <source>按承办单位</source>
        <translation>By handling unit</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="566"/>
        <source>按承办人</source>
        <translation>By handler</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="571"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="572"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="573"/>
        <source>登记</source>
        <translation>Raised</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="574"/>
        <source>办结</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="575"/>
        <source>办结率</source>
        <translation>Resolution rate</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="576"/>
        <source>满意率</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="577"/>
        <source>超期未办</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="578"/>
        <source>平均办理天数</source>
        <translation>Mean days to resolve</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="586"/>
        <source>问题列表</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="587"/>
        <source>跟进</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="588"/>
        <source>统计</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="594"/>
        <source>登记问题…</source>
        <translation>Raise concern…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="595"/>
        <source>办理…</source>
        <translation>Next step…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="596"/>
        <source>办理记录…</source>
        <translation>Record…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="597"/>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="598"/>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="600"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="601"/>
        <location filename="../../desk/gui/concerns.py" line="607"/>
        <source>问题办理台帐</source>
        <translation>Concerns ledger</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="606"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="634"/>
        <source>全部村居</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="664"/>
        <source>共 {0} 件</source>
        <translation>{0} concerns</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="699"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="731"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="731"/>
        <source>请先选中一个问题</source>
        <translation>Select a concern first</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="773"/>
        <source>作废问题 {0}</source>
        <translation>Void concern {0}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desk/gui/contacts.py" line="233"/>
        <source>谈心</source>
        <translation>Heart-to-heart talk</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="233"/>
        <source>记录联系</source>
        <translation>Record contact</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="252"/>
        <source>填写后登记为问题(来源:联系)</source>
        <translation>filled in: registered as a concern (source: contact)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="253"/>
        <source>干部*</source>
        <translation>Cadre*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="254"/>
        <source>谈心对象*</source>
        <translation>Talk with*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="254"/>
        <source>联系对象*</source>
        <translation>Contact target*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="255"/>
        <source>日期*</source>
        <translation>Date*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="257"/>
        <source>方式*</source>
        <translation>Way*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="258"/>
        <source>内容</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="260"/>
        <source>反映问题</source>
        <translation>Problem raised</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="261"/>
        <source>保存并录下一条</source>
        <translation>Save and enter the next</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="317"/>
        <source>已保存 {0} 条</source>
        <translation>{0} saved</translation>
    </message>
</context>
<context>
    <name>ContactLedgerPage</name>
    <message>
        <location filename="../../desk/gui/contacts.py" line="712"/>
        <source>按编号、姓名或拼音首字母搜索</source>
        <translation>Search by code, name or pinyin initials</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="717"/>
        <source>全部联系任务</source>
        <translation>All contact duties</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="723"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="723"/>
        <source>未达标</source>
        <translation>Behind quota</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="723"/>
        <source>已达标</source>
        <translation>Quota met</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="726"/>
        <source>全部上报情况</source>
        <translation>Any report state</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="740"/>
        <source>人员编号</source>
        <translation>Person code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="741"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="742"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="743"/>
        <source>联系任务</source>
        <translation>Contact duty</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="744"/>
        <source>应结对</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="745"/>
        <source>已结对</source>
        <translation>Paired</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="746"/>
        <source>已联系</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="748"/>
        <source>谈心</source>
        <translation>Heart-to-heart talk</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="750"/>
        <source>报学教办</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="751"/>
        <source>达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="752"/>
        <source>尚缺</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="768"/>
        <source>结对…</source>
        <translation>Pair…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="769"/>
        <source>记录联系…</source>
        <translation>Record contact…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="770"/>
        <source>谈心…</source>
        <translation>Talk…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="771"/>
        <source>结束结对…</source>
        <translation>End pairing…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="772"/>
        <source>报学教办…</source>
        <translation>Report to study office…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="773"/>
        <source>连心册…</source>
        <translation>Booklet…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="774"/>
        <source>更正记录…</source>
        <translation>Correct entry…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="775"/>
        <source>作废记录…</source>
        <translation>Void an entry…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="777"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="778"/>
        <location filename="../../desk/gui/contacts.py" line="784"/>
        <source>联系台帐</source>
        <translation>Contact ledger</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="783"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="803"/>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="823"/>
        <source>共 {0} 人,未达标 {1} 人</source>
        <translation>{0} people, {1} behind quota</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="833"/>
        <location filename="../../desk/gui/contacts.py" line="840"/>
        <location filename="../../desk/gui/contacts.py" line="862"/>
        <location filename="../../desk/gui/contacts.py" line="869"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="862"/>
        <source>请先选中一位有结对的干部</source>
        <translation>Select a cadre with pairings first</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="833"/>
        <location filename="../../desk/gui/contacts.py" line="840"/>
        <location filename="../../desk/gui/contacts.py" line="869"/>
        <source>请先选中一位干部</source>
        <translation>Select a cadre first</translation>
    </message>
</context>
<context>
    <name>CorrectEntryDialog</name>
    <message>
        <location filename="../../desk/gui/contacts.py" line="629"/>
        <source>更正 {0} 的联系或谈心记录</source>
        <translation>Correct a contact or talk of {0}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="639"/>
        <source>已报学教办</source>
        <translation>Reported to the study office</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="643"/>
        <source>记录*</source>
        <translation>Entry*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="644"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="646"/>
        <source>联系方式</source>
        <translation>Way</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="647"/>
        <source>内容</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="648"/>
        <source>更正原因*</source>
        <translation>Reason for the correction*</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../desk/gui/forms.py" line="356"/>
        <source>更正 {0}</source>
        <translation>Correct {0}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="369"/>
        <source>该项个人信息已按申请删除,不能再录入</source>
        <translation>This personal data was erased on request and cannot be entered again</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="374"/>
        <source>如:录入时错字</source>
        <translation>e.g. a typing mistake</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="375"/>
        <source>更正原因*</source>
        <translation>Reason for the correction*</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desk/gui/supervision.py" line="210"/>
        <source>各项工作进度(点击查看明细)</source>
        <translation>Progress of each part (click for the records)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="219"/>
        <source>村居</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="219"/>
        <source>走访覆盖</source>
        <translation>Visit coverage</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="219"/>
        <location filename="../../desk/gui/supervision.py" line="309"/>
        <source>问题办结</source>
        <translation>Concerns resolved</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="219"/>
        <source>访谈日</source>
        <translation>Interview day</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="224"/>
        <source>双击一行:该村的走访台帐;双击问题办结或访谈日:该村的问题或访谈日</source>
        <translation>Double-click a row: the village&apos;s visit ledger; on 问题办结 or 访谈日: its concerns or its interview day</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="231"/>
        <source>各村居进度</source>
        <translation>Progress per village</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="233"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="236"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="261"/>
        <source>M月d日</source>
        <translation>MMM d</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="261"/>
        <source>yyyy年M月d日</source>
        <translation>MMM d, yyyy</translation>
    </message>
    <message>
        <source>活动已于 {0} 结束(共 {1} 天)· {2}</source>
        <translation type="vanished">The campaign ended on {0} ({1} days) · {2}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="266"/>
        <source>活动已于 {0} 结束(活动期共 {1} 天) · {2}</source>
        <translation>The campaign ended on {0} (it ran {1} days) · {2}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="271"/>
        <source>活动尚未开始({0} 开始,共 {1} 天)· {2}</source>
        <translation>The campaign has not started yet (it starts {0}, {1} days) · {2}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="274"/>
        <source>活动第 {0} 天(共 {1} 天)· {2}</source>
        <translation>Campaign day {0} of {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="276"/>
        <source>结对报学教办</source>
        <translation>Pairing report</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="277"/>
        <source>群众访谈日</source>
        <translation>Interview days</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="278"/>
        <source>调研文章</source>
        <translation>Research articles</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="279"/>
        <source>活动结束</source>
        <translation>Campaign ends</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="284"/>
        <source>还有 {0} 天</source>
        <translation>{0} days left</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="284"/>
        <source>已过</source>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="296"/>
        <source>联系任务达标</source>
        <translation>Contact duty met</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="301"/>
        <source>农户走访覆盖</source>
        <translation>Households visited</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="304"/>
        <source>访谈日达标村</source>
        <translation>Villages with a full interview day</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="312"/>
        <source>调研文章按时提交</source>
        <translation>Articles on time</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="319"/>
        <source>单位承诺兑现</source>
        <translation>Units&apos; promises kept</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="326"/>
        <source>超期未办结问题</source>
        <translation>Overdue concerns</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="328"/>
        <source>{0} 件</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="331"/>
        <source>督查跟进(未完成与标记)</source>
        <translation>Follow-ups (open and flagged)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="331"/>
        <source>点击查看</source>
        <translation>click to see</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="345"/>
        <source>打开…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="350"/>
        <source>明细…</source>
        <translation>Records…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="352"/>
        <source>列出这个数字背后的每一条记录(截至当前时点)</source>
        <translation>List every record behind this figure (as of the moment shown)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="364"/>
        <source>达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="364"/>
        <source>未达标</source>
        <translation>Behind quota</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="387"/>
        <source>走访覆盖%</source>
        <translation>Visit coverage %</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="388"/>
        <source>问题办结%</source>
        <translation>Concerns resolved %</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="402"/>
        <source>各村居走访覆盖与问题办结(点击柱子查看该村走访台帐)</source>
        <translation>Visit coverage and concerns resolved per village (click a bar for its visit ledger)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="443"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="443"/>
        <source>完成情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="454"/>
        <location filename="../../desk/gui/supervision.py" line="457"/>
        <source>总览</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>共 {0} 条 · {1}</source>
        <translation type="vanished">{0} records · {1}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="575"/>
        <source>“{0}”的明细</source>
        <translation>the records behind "{0}"</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="577"/>
        <source>共 {0} 条</source>
        <translation>{0} rows</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="580"/>
        <source>,{0}合计 {1}</source>
        <translation>, {0} totalling {1}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="583"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="585"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>EndPairingDialog</name>
    <message>
        <location filename="../../desk/gui/contacts.py" line="327"/>
        <source>结束结对</source>
        <translation>End pairing</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="339"/>
        <source>结对对象</source>
        <translation>Paired person</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="340"/>
        <source>结束日期</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="341"/>
        <source>原因*</source>
        <translation>Reason*</translation>
    </message>
</context>
<context>
    <name>ExemplarDialog</name>
    <message>
        <location filename="../../desk/gui/work.py" line="707"/>
        <source>推荐典型经验</source>
        <translation>Nominate exemplary practice</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="714"/>
        <source>编号*</source>
        <translation>Code*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="715"/>
        <source>推荐日期*</source>
        <translation>Nominated on*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="716"/>
        <source>记录类别*</source>
        <translation>Record kind*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="717"/>
        <source>记录编码*</source>
        <translation>Record code*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="718"/>
        <source>摘要*</source>
        <translation>Summary*</translation>
    </message>
</context>
<context>
    <name>ExemplarsPage</name>
    <message>
        <location filename="../../desk/gui/work.py" line="745"/>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="746"/>
        <source>推荐日期</source>
        <translation>Nominated on</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="747"/>
        <source>记录类别</source>
        <translation>Record kind</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="748"/>
        <source>记录编码</source>
        <translation>Record code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="749"/>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="750"/>
        <source>上报日期</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="756"/>
        <source>推荐…</source>
        <translation>Nominate…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="757"/>
        <source>上报</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="758"/>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="759"/>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="761"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="762"/>
        <location filename="../../desk/gui/work.py" line="767"/>
        <source>典型经验</source>
        <translation>Exemplary practice</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="766"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="777"/>
        <source>按编号、记录或摘要搜索</source>
        <translation>Search by code, record or summary</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="825"/>
        <source>作废典型经验 {0}</source>
        <translation>Void exemplary practice {0}</translation>
    </message>
</context>
<context>
    <name>FulfilDialog</name>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="95"/>
        <source>兑现 {0}</source>
        <translation>Fulfil {0}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="101"/>
        <source>兑现日期*</source>
        <translation>Fulfilled on*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="102"/>
        <source>兑现了什么*</source>
        <translation>What was done*</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../desk/gui/forms.py" line="227"/>
        <source>修改农户</source>
        <translation>Change household</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="227"/>
        <source>登记农户</source>
        <translation>Register household</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="252"/>
        <source>户编号*</source>
        <translation>Household code*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="253"/>
        <source>户主姓名*</source>
        <translation>Head of household*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="254"/>
        <source>村居编码*</source>
        <translation>Village code*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="255"/>
        <source>村民小组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="256"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="257"/>
        <source>人口</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="258"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="260"/>
        <source>变更日期</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="262"/>
        <source>五必访</source>
        <translation>Must-visit groups</translation>
    </message>
</context>
<context>
    <name>HouseholdField</name>
    <message>
        <location filename="../../desk/gui/visits.py" line="51"/>
        <source>户编号、户主姓名或拼音首字母</source>
        <translation>household code, head&apos;s name or pinyin initials</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="109"/>
        <source>有 {0} 户符合,请从列表中选择</source>
        <translation>{0} households match; pick one from the list</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="111"/>
        <source>没有找到农户“{0}”</source>
        <translation>No household &quot;{0}&quot;</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="117"/>
        <source>{0} 属于 {1},不在本账号的录入范围内(R-S1)</source>
        <translation>{0} belongs to {1}, outside this account&apos;s scope (R-S1)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="122"/>
        <source>无</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desk/gui/importing.py" line="70"/>
        <source>从 Excel 导入</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location filename="../../desk/gui/importing.py" line="79"/>
        <source>请选择工作簿(.xlsx)或 CSV 文件</source>
        <translation>Choose a workbook (.xlsx) or a CSV file</translation>
    </message>
    <message>
        <location filename="../../desk/gui/importing.py" line="83"/>
        <location filename="../../desk/gui/importing.py" line="89"/>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../desk/gui/importing.py" line="83"/>
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../desk/gui/importing.py" line="89"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desk/gui/importing.py" line="89"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desk/gui/importing.py" line="89"/>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../desk/gui/importing.py" line="89"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desk/gui/importing.py" line="92"/>
        <source>只看被拒绝的行</source>
        <translation>Rejected rows only</translation>
    </message>
    <message>
        <location filename="../../desk/gui/importing.py" line="94"/>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/importing.py" line="95"/>
        <source>开始导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desk/gui/importing.py" line="98"/>
        <source>停止</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../desk/gui/importing.py" line="100"/>
        <source>保存被拒绝的行…</source>
        <translation>Save the rejected rows…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/importing.py" line="122"/>
        <source>选择要导入的文件</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <location filename="../../desk/gui/importing.py" line="124"/>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/importing.py" line="135"/>
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../desk/gui/importing.py" line="150"/>
        <source>{0}:{1} 个工作表,共 {2} 行</source>
        <translation>{0}: {1} sheets, {2} rows</translation>
    </message>
    <message>
        <location filename="../../desk/gui/importing.py" line="162"/>
        <source>已导入过</source>
        <translation>Imported before</translation>
    </message>
    <message>
        <location filename="../../desk/gui/importing.py" line="164"/>
        <source>文件 {0} 已完整导入过。确实要再导入一次吗?(已登记的编号会被拒绝,同一天同一走访人的走访会标为疑似重复,不会重复存入)</source>
        <translation>{0} was imported in full before. Import it once more? (Codes already registered are refused, and a visit on the same day by the same visitors is flagged as a possible double entry: nothing is stored twice.)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/importing.py" line="218"/>
        <source>拒绝</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desk/gui/importing.py" line="220"/>
        <source>接受,标记</source>
        <translation>Accepted, flagged</translation>
    </message>
    <message>
        <location filename="../../desk/gui/importing.py" line="220"/>
        <source>接受</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../desk/gui/importing.py" line="240"/>
        <source>保存被拒绝的行</source>
        <translation>Save the rejected rows</translation>
    </message>
    <message>
        <location filename="../../desk/gui/importing.py" line="247"/>
        <source>未能保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desk/gui/importing.py" line="250"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desk/gui/importing.py" line="250"/>
        <source>被拒绝的 {0} 行已保存,改正后可再导入</source>
        <translation>{0} rejected rows saved: fix them and import again</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <location filename="../../desk/gui/importing.py" line="57"/>
        <source>已停止:此前各行已存入,再次导入同一文件会接着导入其余各行</source>
        <translation>Stopped: the rows so far are stored; importing the same file again goes on with the rest</translation>
    </message>
    <message>
        <location filename="../../desk/gui/importing.py" line="64"/>
        <source>导入未完成:{0}(详情已写入日志)</source>
        <translation>Import not finished: {0} (details in the log)</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <location filename="../../desk/gui/interviews.py" line="331"/>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="332"/>
        <source>带队领导</source>
        <translation>Group leader</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="333"/>
        <source>村居</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="334"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="335"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="336"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="337"/>
        <source>预告张贴日期</source>
        <translation>Notice posted</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="339"/>
        <source>督查对接干部</source>
        <translation>Supervising cadre</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="340"/>
        <source>征求意见</source>
        <translation>Opinions solicited</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="341"/>
        <source>参加人数</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="338"/>
        <source>张贴地点</source>
        <translation>Posted at</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="342"/>
        <location filename="../../desk/gui/interviews.py" line="451"/>
        <source>达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="343"/>
        <location filename="../../desk/gui/interviews.py" line="518"/>
        <location filename="../../desk/gui/interviews.py" line="529"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="358"/>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="358"/>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="358"/>
        <source>情况</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="362"/>
        <source>时间安排表</source>
        <translation>Timetable</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="363"/>
        <source>分组日程(组别×日期)</source>
        <translation>Groups × days</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="372"/>
        <source>安排…</source>
        <translation>Schedule…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="373"/>
        <source>改期…</source>
        <translation>Reschedule…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="374"/>
        <source>征求意见…</source>
        <translation>Solicit opinions…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="375"/>
        <source>督查对接…</source>
        <translation>Supervisor…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="376"/>
        <source>张贴预告…</source>
        <translation>Post notice…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="377"/>
        <source>召开…</source>
        <translation>Held…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="388"/>
        <source>更正步骤…</source>
        <translation>Correct a step…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="388"/>
        <source>作废步骤…</source>
        <translation>Void a step…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="396"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="397"/>
        <location filename="../../desk/gui/interviews.py" line="546"/>
        <location filename="../../desk/gui/interviews.py" line="558"/>
        <source>群众访谈日时间安排表</source>
        <translation>Interview-day timetable</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="399"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="400"/>
        <source>存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="410"/>
        <source>按村居、组别、带队领导或地点搜索</source>
        <translation>Search by village, group, leader or place</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="418"/>
        <source>所选村居的各步骤</source>
        <translation>Steps of the selected village</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="440"/>
        <source>未安排</source>
        <translation>Not scheduled</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="451"/>
        <source>人数不足</source>
        <translation>Too few people</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="466"/>
        <source>{0} 个村居,已达标 {1} 个(每村不少于 {2} 人)</source>
        <translation>{0} villages, {1} met (at least {2} people each)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="518"/>
        <source>请先在安排表中选中一个村居</source>
        <translation>Select a village in the timetable first</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="529"/>
        <source>请先在安排表中选中一个已有记录的村居</source>
        <translation>Select a village with recorded steps in the timetable first</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="551"/>
        <source>无法打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="553"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="553"/>
        <source>打印机</source>
        <translation>printer</translation>
    </message>
    <message>
        <source>存为 PDF</source>
        <translation type="vanished">Save as PDF</translation>
    </message>
</context>
<context>
    <name>InterviewStepDialog</name>
    <message>
        <location filename="../../desk/gui/interviews.py" line="63"/>
        <source>访谈日 · {0} · {1}</source>
        <translation>Interview day · {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="99"/>
        <source>如:村委会门口、主干道交叉路口</source>
        <translation>e.g. the village office door, the main crossroads</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="103"/>
        <source>每行一个问题,各自登记为问题(来源:访谈日)</source>
        <translation>one problem per line, each registered as a concern (source: interview day)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="108"/>
        <source>张贴日期*</source>
        <translation>Posted on*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="109"/>
        <source>征求意见日期*</source>
        <translation>Solicited on*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="110"/>
        <source>对接日期*</source>
        <translation>Assigned on*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="111"/>
        <source>召开日期*</source>
        <translation>Held on*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="112"/>
        <source>访谈日期*</source>
        <translation>Interview date*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="115"/>
        <source>组别*</source>
        <translation>Group*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="116"/>
        <source>带队领导编号*</source>
        <translation>Group leader (code)*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="117"/>
        <source>时间*</source>
        <translation>Time*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="118"/>
        <source>地点*</source>
        <translation>Place*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="119"/>
        <source>改期原因*</source>
        <translation>Reason for rescheduling*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="120"/>
        <source>方式*</source>
        <translation>Way*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="121"/>
        <source>参加人数</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="122"/>
        <source>督查干部编号*</source>
        <translation>Supervising cadre (code)*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="123"/>
        <source>参加人员*</source>
        <translation>Participants*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="124"/>
        <source>张贴地点*</source>
        <translation>Posted at*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="125"/>
        <source>反映问题</source>
        <translation>Problem raised</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="133"/>
        <source>访谈日 {0},预告最迟 {1} 张贴(提前{2}天,R-I5)</source>
        <translation>Interview day {0}: post the notice by {1} ({2} days ahead, R-I5)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="145"/>
        <source>当天没有冲突</source>
        <translation>No conflict that day</translation>
    </message>
</context>
<context>
    <name>LazyTableModel</name>
    <message>
        <location filename="../../desk/gui/models.py" line="91"/>
        <source>是</source>
        <extracomment>显示已作废/已更正: a row whose `struck` is 作废 or 更正前 is struck through, greyed and says so</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desk/gui/models.py" line="94"/>
        <source>已删除个人信息</source>
        <translation>(personal data erased)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/models.py" line="97"/>
        <source>〔已作废〕</source>
        <translation>[voided] </translation>
    </message>
    <message>
        <location filename="../../desk/gui/models.py" line="97"/>
        <source>〔更正前〕</source>
        <translation>[before correction] </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desk/gui/login.py" line="34"/>
        <source>连心台帐 — 登录</source>
        <translation>Lianxin ledger — log in</translation>
    </message>
    <message>
        <location filename="../../desk/gui/login.py" line="45"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desk/gui/login.py" line="46"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desk/gui/login.py" line="53"/>
        <source>{0} “走进群众”活动台帐</source>
        <translation>{0} &quot;Go Among the Masses&quot; campaign records</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk/gui/main_window.py" line="61"/>
        <source>连心台帐 — {0} {1}年“走进群众”活动</source>
        <extracomment>where column widths are kept: those of a ledger fitted to its rows or widened by its operator (the widths kept before ledgers were fitted, Qt&apos;s 100 px each for pages never opened, are left behind) a desk left alone this long locks: the operator&apos;s password, or another operator, opens it</extracomment>
        <translation>Lianxin ledger — {0} {1} campaign</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="69"/>
        <source>总览</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="70"/>
        <source>督查跟进</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="71"/>
        <source>联系台帐</source>
        <translation>Contact ledger</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="72"/>
        <source>走访台帐</source>
        <translation>Visit ledger</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="73"/>
        <source>群众访谈日</source>
        <translation>Interview days</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="74"/>
        <source>直评</source>
        <translation>Direct rating</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="75"/>
        <source>调研文章</source>
        <translation>Research articles</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="76"/>
        <source>典型经验</source>
        <translation>Exemplary practice</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="77"/>
        <source>单位实事</source>
        <translation>Units&apos; own work</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="78"/>
        <source>活动总结</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="79"/>
        <source>问题办理</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="80"/>
        <source>人员与单位</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="81"/>
        <source>审计日志</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="82"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="132"/>
        <location filename="../../desk/gui/main_window.py" line="135"/>
        <source>回看</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation type="vanished">Locked</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="179"/>
        <source>连心台帐 — 已锁定</source>
        <translation>Lianxin — locked</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="240"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="242"/>
        <source>从 Excel 导入…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="245"/>
        <source>切换操作员…</source>
        <translation>Switch operator…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="246"/>
        <source>修改密码…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="248"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="249"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="250"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="256"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="257"/>
        <location filename="../../desk/gui/main_window.py" line="316"/>
        <source>关于连心台帐</source>
        <translation>About Lianxin</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="395"/>
        <source>已退出登录:请下一位操作员登录</source>
        <translation>Logged out: the next operator logs in</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="306"/>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>原密码</source>
        <translation type="vanished">Current password</translation>
    </message>
    <message>
        <source>新密码(至少 8 位)</source>
        <translation type="vanished">New password (at least 8 characters)</translation>
    </message>
    <message>
        <source>再输入一次新密码</source>
        <translation type="vanished">New password again</translation>
    </message>
    <message>
        <source>两次输入的新密码不一致</source>
        <translation type="vanished">The two new passwords differ</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="306"/>
        <source>密码已修改</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="318"/>
        <source>连心台帐:“走进群众”活动台帐。每条记录都是不可更改的事件,更正和作废也是事件;哈希链头印在每份输出上,desk verify --head 可核对。</source>
        <translation>Lianxin: records of the &quot;Go Among the Masses&quot; campaign. Every record is an immutable event, corrections and voids too; the hash-chain head is printed on every output and desk verify --head checks it.</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="334"/>
        <source>所见为 {0} 时的台帐(截至第 {1} 号事件);录入仍记入当前</source>
        <translation>Showing the ledgers as at {0} (up to event #{1}); new entries are still recorded now</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="386"/>
        <source>学教办管理员</source>
        <translation>study-office administrator</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="387"/>
        <source>录入员</source>
        <translation>clerk</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="388"/>
        <source>督查</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="389"/>
        <source>领导</source>
        <translation>leader</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="399"/>
        <source>操作员 {0}({1}) · 工作站 {2} · {3} · 链头 {4}…</source>
        <translation>Operator {0} ({1}) · workstation {2} · {3} · chain head {4}…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="419"/>
        <source>注意:{0} 停在第 {1} 号事件,未再更新(其余照常);请管理员修复后运行 desk rebuild</source>
        <translation>Note: {0} stopped at notification {1} and is not updated (the rest works); the administrator runs desk rebuild after the fix</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="435"/>
        <source>正在保存今天的备份…</source>
        <translation>Saving today&apos;s backup…</translation>
    </message>
</context>
<context>
    <name>OpenRoundDialog</name>
    <message>
        <location filename="../../desk/gui/work.py" line="97"/>
        <source>开始直评</source>
        <translation>Open a rating round</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="105"/>
        <source>人员编号,用“、”分开;空白为该村全部村街居干部</source>
        <translation>person codes separated by 、; blank: all the village&apos;s cadres</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="111"/>
        <source>轮次编号*</source>
        <translation>Round code*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="112"/>
        <source>村居编码*</source>
        <translation>Village code*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="113"/>
        <source>参评村干部</source>
        <translation>Cadres to rate</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="114"/>
        <source>直评日期*</source>
        <translation>Rating date*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="115"/>
        <source>应到人数</source>
        <translation>Invited</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../desk/gui/operations.py" line="182"/>
        <location filename="../../desk/gui/operations.py" line="190"/>
        <source>未能保存</source>
        <extracomment>the projector&apos;s position after the change, and the read models that changed (a frozenset of names) the write side&apos;s one port: the application&apos;s use cases, by area (visits.record_visit, …), each checking the operator&apos;s session and the plan&apos;s rules the read side&apos;s one port: a query object per read model, the chain&apos;s head and checks the store&apos;s own services: checkpoints, backups, an erasure, an import, its stale read models pages that are not on screen reload when shown, not on every change (the app; tests see all pages) the rule code and message of the last command refused (shown by the view that ran it, only) a long command (an erasure&apos;s rebuild) is under way on this thread: the poll leaves the projector alone until it ends, instead of waiting for the lock that command holds</extracomment>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desk/gui/operations.py" line="187"/>
        <source>磁盘空间不足,这条记录未能保存(请清理磁盘后重试;此前已保存的记录不受影响)</source>
        <translation>The disk is full: this record was not saved (free some space and try again; records saved before are not affected)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/operations.py" line="196"/>
        <source>程序错误</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../desk/gui/operations.py" line="197"/>
        <source>操作未完成:{0}(详情已写入日志)</source>
        <translation>Not done: {0} (details in the log)</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../../desk/gui/pages.py" line="1299"/>
        <source>新建操作员</source>
        <translation>New operator</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1306"/>
        <source>单位编码,用“、”分隔</source>
        <translation>Unit codes, separated by 、</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1309"/>
        <source>登录名*</source>
        <translation>Login*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1310"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1311"/>
        <source>角色*</source>
        <translation>Role*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1312"/>
        <source>录入范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1313"/>
        <source>初始密码*</source>
        <translation>Initial password*</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../desk/gui/pages.py" line="264"/>
        <location filename="../../desk/gui/pages.py" line="474"/>
        <source>取消</source>
        <extracomment>how the audit trail names a page (its Chinese title, not the program&apos;s class name) rows written between two steps of an export&apos;s progress the read models this page shows (empty: all of them); a change elsewhere does not reload it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="307"/>
        <source>显示完整联系方式…</source>
        <translation>Show full contact details…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="312"/>
        <source>显示完整联系方式</source>
        <translation>Show full contact details</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="313"/>
        <source>联系电话和地址属于群众的个人信息。确需查看完整内容吗?此操作记入审计日志。</source>
        <translation>Phone numbers and addresses are residents&apos; personal data. Do you really need to see them in full? This is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="328"/>
        <source>重新隐藏联系方式</source>
        <translation>Mask contact details again</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="352"/>
        <source>搜索“{0}”</source>
        <translation>search &quot;{0}&quot;</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="373"/>
        <location filename="../../desk/gui/pages.py" line="430"/>
        <location filename="../../desk/gui/pages.py" line="460"/>
        <location filename="../../desk/gui/pages.py" line="462"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="430"/>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="453"/>
        <source>正在导出 {0} 行…</source>
        <translation>Exporting {0} rows…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="458"/>
        <source>未能导出</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="462"/>
        <source>已导出 {0} 行到 {1}。</source>
        <translation>{0} rows exported to {1}.</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="474"/>
        <source>正在读取 {0} 行…</source>
        <translation>Reading {0} rows…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="495"/>
        <location filename="../../desk/gui/pages.py" line="511"/>
        <location filename="../../desk/gui/pages.py" line="522"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="496"/>
        <source>共 {0} 行,请先筛选(如选一个村居)再打印。</source>
        <translation>{0} rows: filter first (one village, say) before printing.</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="509"/>
        <location filename="../../desk/gui/pages.py" line="520"/>
        <source>无法打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="511"/>
        <location filename="../../desk/gui/pages.py" line="522"/>
        <source>打印机</source>
        <translation>printer</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="536"/>
        <source>存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="544"/>
        <source>未能保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>已导出 {0} 行。</source>
        <translation type="vanished">Exported {0} rows.</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <location filename="../../desk/gui/contacts.py" line="122"/>
        <source>结对</source>
        <translation>Pair</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="131"/>
        <source>按编号、姓名或拼音首字母查找对象</source>
        <translation>Find a target by code, name or pinyin initials</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="140"/>
        <source>已报学教办,上报日期:</source>
        <translation>Reported to the study office on:</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="147"/>
        <source>干部*</source>
        <translation>Cadre*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="148"/>
        <source>对象类别*</source>
        <translation>Target kind*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="149"/>
        <source>查找对象</source>
        <translation>Find target</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="150"/>
        <source>对象*</source>
        <translation>Target*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="151"/>
        <source>安排单位编码*</source>
        <translation>Arranging unit code*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="153"/>
        <source>结对日期*</source>
        <translation>Paired on*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="187"/>
        <source>由{0}安排</source>
        <translation>arranged by {0}</translation>
    </message>
    <message>
        <source>已保存,并标记</source>
        <translation type="vanished">Saved, and flagged</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desk/gui/pages.py" line="1278"/>
        <source>重置 {0} 的密码</source>
        <translation>Reset the password of {0}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1278"/>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1285"/>
        <source>原密码*</source>
        <translation>Present password*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1286"/>
        <source>新密码*</source>
        <translation>New password*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1287"/>
        <source>再输一次*</source>
        <translation>Once more*</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desk/gui/forms.py" line="148"/>
        <source>修改人员</source>
        <translation>Change person</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="148"/>
        <source>登记人员</source>
        <translation>Register person</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="171"/>
        <source>党员</source>
        <translation>Party member</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="172"/>
        <source>困难党员</source>
        <translation>Party member in hardship</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="173"/>
        <source>老党员</source>
        <translation>Veteran party member</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="183"/>
        <source>人员编号*</source>
        <translation>Person code*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="184"/>
        <source>姓名*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="185"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="186"/>
        <source>单位编码*</source>
        <translation>Unit code*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="187"/>
        <source>支部编码</source>
        <translation>Branch code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="188"/>
        <source>身份</source>
        <translation>Identities</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="192"/>
        <source>分工村居编码</source>
        <translation>Assigned village code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="193"/>
        <source>户编号</source>
        <translation>Household code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="194"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="196"/>
        <source>变更日期</source>
        <translation>Effective date</translation>
    </message>
</context>
<context>
    <name>PublicityDialog</name>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="114"/>
        <source>宣传报道</source>
        <translation>Publicity</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="125"/>
        <source>编号*</source>
        <translation>Code*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="126"/>
        <source>单位*</source>
        <translation>Unit*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="127"/>
        <source>日期*</source>
        <translation>Date*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="128"/>
        <source>渠道*</source>
        <translation>Channel*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="129"/>
        <source>标题*</source>
        <translation>Title*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="130"/>
        <source>链接或文件</source>
        <translation>Link or file</translation>
    </message>
</context>
<context>
    <name>RaiseConcernDialog</name>
    <message>
        <location filename="../../desk/gui/concerns.py" line="55"/>
        <source>登记问题</source>
        <translation>Raise a concern</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="66"/>
        <source>走访编号 / 村居编码 / 联系记录编号</source>
        <translation>visit code / village code / contact code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="82"/>
        <source>他人代录时填写实际登记人</source>
        <translation>if entering for someone else: who took it down</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="84"/>
        <source>问题编号*</source>
        <translation>Concern code*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="85"/>
        <source>登记日期*</source>
        <translation>Raised on*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="86"/>
        <source>来源*</source>
        <translation>Source*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="87"/>
        <source>来源记录</source>
        <translation>Source record</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="88"/>
        <source>反映人*</source>
        <translation>Raised by*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="89"/>
        <source>村居编码*</source>
        <translation>Village code*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="90"/>
        <source>户编号</source>
        <translation>Household code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="91"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="92"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="93"/>
        <source>问题内容*</source>
        <translation>Concern*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/concerns.py" line="94"/>
        <source>实际登记人</source>
        <translation>Taken down by</translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <location filename="../../desk/gui/work.py" line="245"/>
        <source>轮次</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="246"/>
        <location filename="../../desk/gui/work.py" line="302"/>
        <source>村居</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="247"/>
        <source>参评人数</source>
        <translation>Cadres rated</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="248"/>
        <location filename="../../desk/gui/work.py" line="260"/>
        <source>有效票</source>
        <translation>Valid ballots</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="249"/>
        <source>废票</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="250"/>
        <source>应到</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="252"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="251"/>
        <location filename="../../desk/gui/work.py" line="305"/>
        <source>参与率</source>
        <translation>Turnout</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="260"/>
        <location filename="../../desk/gui/work.py" line="300"/>
        <source>人员编号</source>
        <translation>Person code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="260"/>
        <location filename="../../desk/gui/work.py" line="301"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="260"/>
        <location filename="../../desk/gui/work.py" line="304"/>
        <source>满意率</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="267"/>
        <source>开始直评…</source>
        <translation>Open round…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="268"/>
        <source>作废选票…</source>
        <translation>Void ballot…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="269"/>
        <source>结束并公布…</source>
        <translation>Close and publish…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="270"/>
        <source>干部考核参考表…</source>
        <translation>Cadre evaluation sheet…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="271"/>
        <location filename="../../desk/gui/work.py" line="331"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="271"/>
        <location filename="../../desk/gui/work.py" line="272"/>
        <source>直评结果</source>
        <translation>Rating results</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="272"/>
        <location filename="../../desk/gui/work.py" line="332"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="281"/>
        <source>结果(R-R4:满意率 = (满意 + 基本满意) ÷ (有效票 − 弃权))</source>
        <translation>Results (R-R4: rate = (satisfied + fairly satisfied) ÷ (valid − abstentions))</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="296"/>
        <location filename="../../desk/gui/work.py" line="328"/>
        <source>干部考核参考表</source>
        <translation>Cadre evaluation sheet</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="303"/>
        <source>直评轮次</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="306"/>
        <source>联系</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="307"/>
        <source>走访</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="308"/>
        <source>办理问题</source>
        <translation>Concerns handled</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="342"/>
        <source>直评结果是评价和使用干部的重要依据(§4.4):满意率、参与率与本人的联系、走访和问题办理并列</source>
        <translation>The rating is an important basis for evaluating and appointing cadres (§4.4): satisfaction and turnout beside their own contacts, visits and concerns handled</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="370"/>
        <source>已结束</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="370"/>
        <source>进行中</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="391"/>
        <source>结果在轮次结束后公布</source>
        <translation>Results are published when the round closes</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="394"/>
        <source>{0} 已于 {1} 结束,共 {2} 张有效票、{3} 张废票</source>
        <translation>{0} closed on {1}: {2} valid ballots, {3} void</translation>
    </message>
    <message>
        <source>作废选票</source>
        <translation type="vanished">Void ballot</translation>
    </message>
    <message>
        <source>票号</source>
        <translation type="vanished">Ballot no.</translation>
    </message>
    <message>
        <source>结束直评 {0}</source>
        <translation type="vanished">Close round {0}</translation>
    </message>
    <message>
        <source>计票完毕</source>
        <translation type="vanished">Counting finished</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desk/gui/forms.py" line="307"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="309"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="310"/>
        <source>原因*</source>
        <translation>Reason*</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desk/gui/contacts.py" line="356"/>
        <source>结对情况报学教办</source>
        <translation>Report pairings to the study office</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="361"/>
        <source>安排单位</source>
        <translation>Arranging unit</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="361"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="361"/>
        <source>结对数</source>
        <translation>Pairings</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="361"/>
        <source>未上报</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="366"/>
        <source>上报截止日 {0}(含当日);之后上报的标记为补报(R-C4)。</source>
        <translation>Deadline {0} (inclusive); later reports are flagged as late (R-C4).</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="371"/>
        <source>上报所选单位</source>
        <translation>Report the selected unit</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="378"/>
        <source>上报日期</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="398"/>
        <source>请先选中一个单位</source>
        <translation>Select a unit first</translation>
    </message>
    <message>
        <source>未能上报,见提示</source>
        <translation type="vanished">Not reported; see the message</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../desk/gui/pages.py" line="558"/>
        <source>按编号、姓名、电话或地址搜索</source>
        <translation>Search by code, name, phone or address</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="562"/>
        <source>全部联系任务</source>
        <translation>All contact duties</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="566"/>
        <source>全部农户</source>
        <translation>All households</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="576"/>
        <source>人员编号</source>
        <translation>Person code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="577"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="578"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="579"/>
        <location filename="../../desk/gui/pages.py" line="623"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="580"/>
        <source>身份</source>
        <translation>Identities</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="581"/>
        <source>党员</source>
        <translation>Party member</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="582"/>
        <source>困难党员</source>
        <translation>Party member in hardship</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="583"/>
        <source>分工村居</source>
        <translation>Assigned village</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="584"/>
        <source>联系任务</source>
        <translation>Contact duty</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="585"/>
        <location filename="../../desk/gui/pages.py" line="599"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="593"/>
        <source>户编号</source>
        <translation>Household code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="594"/>
        <source>户主</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="595"/>
        <source>村居</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="596"/>
        <source>村民小组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="597"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="598"/>
        <source>人口</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="600"/>
        <source>五必访</source>
        <translation>Must-visit groups</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="608"/>
        <source>单位编码</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="609"/>
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="610"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="611"/>
        <source>上级单位</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="621"/>
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="622"/>
        <source>农户</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="627"/>
        <source>登记…</source>
        <translation>Register…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="628"/>
        <source>修改…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="629"/>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="630"/>
        <source>五必访标签…</source>
        <translation>Must-visit tags…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="631"/>
        <source>从 Excel 导入…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="632"/>
        <source>注销…</source>
        <translation>Retire…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="633"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="634"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="635"/>
        <source>显示完整联系方式…</source>
        <translation>Show full contact details…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="636"/>
        <source>删除个人信息…</source>
        <translation>Erase personal data…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="662"/>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="699"/>
        <source>共 {0} 条</source>
        <translation>{0} rows</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="705"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="705"/>
        <source>请先选中一行</source>
        <translation>Select a row first</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="744"/>
        <source>加/减五必访标签:{0}</source>
        <translation>Add/remove must-visit tag: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="759"/>
        <source>注销 {0}</source>
        <translation>Retire {0}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="790"/>
        <source>将永久删除农户 {0} 的户主姓名、电话、地址及其走访记录和问题诉求中的叙述,无法恢复。记录与统计数字保留。确定要继续吗?</source>
        <translation>This permanently erases household {0}&apos;s head name, phone and address and the narratives of its visits and concerns; it cannot be undone. The records and every figure stay. Continue?</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="795"/>
        <source>将永久删除人员 {0} 的姓名、电话及干部与其联系、谈心的记录内容,无法恢复。记录与统计数字保留。确定要继续吗?</source>
        <translation>This permanently erases person {0}&apos;s name and phone and what cadres wrote of contacts and talks with them; it cannot be undone. The records and every figure stay. Continue?</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="802"/>
        <location filename="../../desk/gui/pages.py" line="808"/>
        <location filename="../../desk/gui/pages.py" line="836"/>
        <source>删除个人信息</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="802"/>
        <source>{0} 的个人信息已经删除,无需再删</source>
        <translation>The personal data of {0} has already been erased</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="821"/>
        <source>正在删除个人信息并重建台帐…</source>
        <translation>Erasing personal data and rebuilding the ledgers…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="829"/>
        <source>删除个人信息:{0}</source>
        <translation>Erase personal data: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="831"/>
        <source>如:本人申请(个人信息保护法第四十七条)</source>
        <translation>e.g. at the person&apos;s request (PIPL art. 47)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="837"/>
        <source>已删除 {0} 的个人信息(涉及 {1} 条记录)。记录与统计数字保留。</source>
        <translation>Erased the personal data of {0} ({1} records). The records and every figure stay.</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="841"/>
        <source>此前用“备份”另存的副本仍含这些信息,请一并销毁;本机每日自动备份已同步删除。</source>
        <translation>Copies saved earlier with Backup still hold it and must be destroyed too; this computer&apos;s daily copies have been purged.</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="846"/>
        <source>人员名册</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="847"/>
        <source>农户名册</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="848"/>
        <source>单位名册</source>
        <translation>Units</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desk/gui/pages.py" line="1074"/>
        <source>参数</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1074"/>
        <source>取值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1074"/>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1084"/>
        <source>修改参数</source>
        <translation>Amend parameter</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1091"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1096"/>
        <source>活动参数(修改须写明原因,作为事件保存)</source>
        <translation>Campaign parameters (amendments need a reason and are stored as events)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1106"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1107"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1108"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1109"/>
        <source>录入范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1110"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1111"/>
        <source>最近登录</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1117"/>
        <source>新建操作员…</source>
        <translation>New operator…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1120"/>
        <source>停用…</source>
        <translation>Disable…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1123"/>
        <source>启用/解锁…</source>
        <translation>Enable/unlock…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1126"/>
        <source>重置密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1134"/>
        <source>操作员与录入范围</source>
        <translation>Operators and scopes</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1141"/>
        <source>重建台帐…</source>
        <translation>Rebuild the ledgers…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1144"/>
        <source>从事件重建全部台帐(哈希链除外):修复程序后,或台帐停在某条事件时</source>
        <translation>Rebuild every ledger from the events (the hash chain excepted): after a fix, or when a ledger stopped at an event</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1161"/>
        <location filename="../../desk/gui/pages.py" line="1171"/>
        <location filename="../../desk/gui/pages.py" line="1174"/>
        <source>重建台帐</source>
        <translation>Rebuild the ledgers</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1162"/>
        <source>从全部事件重建台帐(哈希链除外)。重建期间各工作站的台帐暂时不全,可能需要几分钟。继续吗?</source>
        <translation>Rebuild the ledgers from all the events (the hash chain excepted)? Meanwhile the ledgers at every workstation are incomplete; it may take a few minutes.</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1169"/>
        <source>正在从事件重建台帐…</source>
        <translation>Rebuilding the ledgers from the events…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1174"/>
        <source>已从 {0} 条事件重建台帐。</source>
        <translation>The ledgers were rebuilt from {0} events.</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1180"/>
        <source>备份:共享数据库由服务器备份;也可用 desk backup 备份到文件</source>
        <translation>Backups: a shared store is backed up by its server; desk backup also writes a file</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1183"/>
        <source>备份:尚无(每天关闭程序时自动保存一份到 {0},保留 7 份)</source>
        <translation>Backups: none yet (one is saved to {0} each day when the app closes; seven are kept)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1190"/>
        <source>最近备份:{0}({1:%Y-%m-%d %H:%M});每天关闭程序时自动保存,保留 7 份</source>
        <translation>Last backup: {0} ({1:%Y-%m-%d %H:%M}); one each day when the app closes, seven kept</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1206"/>
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1208"/>
        <source>锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1208"/>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1241"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1241"/>
        <source>请先选中一名操作员</source>
        <translation>Select an operator first</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1252"/>
        <source>停用 {0}</source>
        <translation>Disable {0}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="1263"/>
        <source>启用 {0}</source>
        <translation>Enable {0}</translation>
    </message>
</context>
<context>
    <name>StepFixDialog</name>
    <message>
        <location filename="../../desk/gui/interviews.py" line="200"/>
        <source>作废 {0} 访谈日的一个步骤</source>
        <translation>Void a step of {0}&apos;s interview day</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="200"/>
        <source>更正 {0} 访谈日的一个步骤</source>
        <translation>Correct a step of {0}&apos;s interview day</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="207"/>
        <source>步骤*</source>
        <translation>Step*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="214"/>
        <source>更正原因*</source>
        <translation>Reason for the correction*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="214"/>
        <source>原因*</source>
        <translation>Reason*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="221"/>
        <source>第{0}次召开 {1},{2}人</source>
        <translation>Session {0} on {1}, {2} attending</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="223"/>
        <source>第{0}次征求意见 {1} {2}</source>
        <translation>Solicitation {0} on {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="225"/>
        <source>督查对接 {0}({1})</source>
        <translation>Supervising cadre {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="226"/>
        <source>预告 {0} 张贴于 {1}</source>
        <translation>Notice posted {0} at {1}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="237"/>
        <source>参加人数</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="238"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="239"/>
        <source>方式</source>
        <translation>Way</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="240"/>
        <source>参加人员</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="241"/>
        <source>督查对接干部编号</source>
        <translation>Supervising cadre (code)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="242"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="243"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desk/gui/interviews.py" line="244"/>
        <source>张贴地点</source>
        <translation>Posted at</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../desk/gui/supervision.py" line="473"/>
        <source>保存总结…</source>
        <translation>Save summary…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="514"/>
        <source>保存总结</source>
        <translation>Save summary</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="523"/>
        <source>未能保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="525"/>
        <location filename="../../desk/gui/supervision.py" line="526"/>
        <source>活动总结</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="526"/>
        <source>已保存到 {0}</source>
        <translation>Saved to {0}</translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <location filename="../../desk/gui/supervision.py" line="58"/>
        <source>全部规则</source>
        <translation>All rules</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="60"/>
        <source>联系(R-C)</source>
        <translation>Contacts (R-C)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="61"/>
        <source>走访(R-V)</source>
        <translation>Visits (R-V)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="62"/>
        <source>问题(R-Q)</source>
        <translation>Concerns (R-Q)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="63"/>
        <source>访谈日(R-I)</source>
        <translation>Interview days (R-I)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="64"/>
        <source>调研文章(R-A)</source>
        <translation>Articles (R-A)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="65"/>
        <source>单位实事(R-U)</source>
        <translation>Units&apos; own work (R-U)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="66"/>
        <source>宣传报道(R-P)</source>
        <translation>Publicity (R-P)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="67"/>
        <source>补录(R-G3)</source>
        <translation>Back-filled (R-G3)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="73"/>
        <source>单位编码</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="76"/>
        <location filename="../../desk/gui/supervision.py" line="90"/>
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="77"/>
        <source>3日内到期</source>
        <translation>Due within 3 days</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="87"/>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="88"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="89"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="91"/>
        <source>事项</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="92"/>
        <source>自何时</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="93"/>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="94"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="105"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="107"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="109"/>
        <location filename="../../desk/gui/supervision.py" line="167"/>
        <source>督查跟进</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="144"/>
        <source>标记</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="144"/>
        <source>未完成</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="157"/>
        <source>共 {0} 项</source>
        <translation>{0} findings</translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="160"/>
        <source>集中补录:</source>
        <translation>Back-filling bursts: </translation>
    </message>
    <message>
        <location filename="../../desk/gui/supervision.py" line="161"/>
        <source>{0} {1} 一天补录 {2} 条</source>
        <translation>{0} {1}: {2} back-filled in one day</translation>
    </message>
    <message>
        <source>导出</source>
        <translation type="vanished">Export</translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <location filename="../../desk/gui/work.py" line="552"/>
        <source>下达调研课题</source>
        <translation>Set a research topic</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="557"/>
        <source>课题编号*</source>
        <translation>Topic code*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="558"/>
        <source>课题名称*</source>
        <translation>Topic title*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="559"/>
        <source>承担人编号*</source>
        <translation>Assignee (code)*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="560"/>
        <source>下达日期*</source>
        <translation>Set on*</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../desk/gui/pages.py" line="862"/>
        <source>登记单位</source>
        <translation>Register unit</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="869"/>
        <source>单位编码*</source>
        <translation>Unit code*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="870"/>
        <source>单位名称*</source>
        <translation>Unit name*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="871"/>
        <source>类别*</source>
        <translation>Kind*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="872"/>
        <source>上级单位编码</source>
        <translation>Parent unit code</translation>
    </message>
</context>
<context>
    <name>UnitWorkDialog</name>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="38"/>
        <source>登记单位实事</source>
        <translation>Register an item of a unit&apos;s own work</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="51"/>
        <source>有承诺时限</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="61"/>
        <source>编号*</source>
        <translation>Code*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="62"/>
        <source>单位*</source>
        <translation>Unit*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="63"/>
        <source>类别*</source>
        <translation>Kind*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="64"/>
        <source>日期*</source>
        <translation>Date*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="65"/>
        <source>内容*</source>
        <translation>What*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="66"/>
        <source>参加人数</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="69"/>
        <source>承诺时限</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>UnitWorkPage</name>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="157"/>
        <source>按编号、单位、类别或内容搜索</source>
        <translation>Search by code, unit, kind or content</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="160"/>
        <source>只看未兑现</source>
        <translation>Open only</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="168"/>
        <location filename="../../desk/gui/unit_work.py" line="182"/>
        <location filename="../../desk/gui/unit_work.py" line="191"/>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="169"/>
        <location filename="../../desk/gui/unit_work.py" line="183"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="170"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="171"/>
        <location filename="../../desk/gui/unit_work.py" line="184"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="172"/>
        <source>内容</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="173"/>
        <source>承诺时限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="174"/>
        <source>兑现日期</source>
        <translation>Fulfilled on</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="175"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="176"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="185"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="186"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="187"/>
        <source>链接或文件</source>
        <translation>Link or file</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="191"/>
        <source>上报日期</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="191"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="191"/>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="198"/>
        <source>已上报的典型经验(R-E1),与宣传报道一并公开</source>
        <translation>Exemplary practice reported (R-E1), published with the publicity</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="201"/>
        <location filename="../../desk/gui/unit_work.py" line="231"/>
        <source>单位实事</source>
        <translation>Units&apos; own work</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="202"/>
        <location filename="../../desk/gui/unit_work.py" line="232"/>
        <source>宣传报道</source>
        <translation>Publicity</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="209"/>
        <source>登记…</source>
        <translation>Register…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="210"/>
        <source>兑现…</source>
        <translation>Fulfil…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="211"/>
        <source>宣传报道…</source>
        <translation>Publicity…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="212"/>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="213"/>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="214"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="215"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="236"/>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="267"/>
        <source>单位实事 {0} 项(逾期未兑现 {1}),宣传报道 {2} 篇</source>
        <translation>{0} items of units&apos; own work ({1} overdue), {2} publicity reports</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="280"/>
        <location filename="../../desk/gui/unit_work.py" line="308"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="280"/>
        <source>请先在单位实事中选中一项</source>
        <translation>Select an item of units&apos; own work first</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="308"/>
        <source>请先选中一行</source>
        <translation>Select a row first</translation>
    </message>
    <message>
        <location filename="../../desk/gui/unit_work.py" line="324"/>
        <source>作废 {0}</source>
        <translation>Void {0}</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../desk/gui/visits.py" line="135"/>
        <source>记录走访</source>
        <translation>Record a visit</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="140"/>
        <source>走访人编号,多人用“、”或空格分开</source>
        <translation>visitor codes, separated by 、 or spaces</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="145"/>
        <source>每行一个问题,各自登记为问题(来源:走访)</source>
        <translation>one problem per line, each registered as a concern (source: visit)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="150"/>
        <source>农户*</source>
        <translation>Household*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="151"/>
        <source>走访人*</source>
        <translation>Visitors*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="153"/>
        <source>走访日期*</source>
        <translation>Visited on*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="154"/>
        <source>家庭情况</source>
        <translation>Family situation</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="155"/>
        <source>反映问题</source>
        <translation>Problem raised</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="156"/>
        <source>宣传政策</source>
        <translation>Policies publicised</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="157"/>
        <source>帮扶措施</source>
        <translation>Help given</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="158"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>疑似重复录入</source>
        <translation type="vanished">Entered twice?</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="232"/>
        <source>已保存 {0} 户</source>
        <translation>{0} saved</translation>
    </message>
</context>
<context>
    <name>VisitLedgerPage</name>
    <message>
        <location filename="../../desk/gui/visits.py" line="276"/>
        <source>按户编号、户主姓名、拼音首字母或走访人搜索</source>
        <translation>Search by household, head&apos;s name, pinyin initials or visitor</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="280"/>
        <source>活动期间走访</source>
        <translation>Visits in the campaign</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="281"/>
        <source>常态化走访(活动结束后)</source>
        <translation>Standing work (after the campaign)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="282"/>
        <source>全部走访</source>
        <translation>All visits</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="287"/>
        <source>显示已作废/已更正</source>
        <translation>Show voided/corrected</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="289"/>
        <source>作废的走访和更正前的原记录也列出(划线),与现行记录同列</source>
        <translation>List voided visits and the records as they were before a correction too (struck through), beside the current ones</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="293"/>
        <source>走访时间</source>
        <translation>Visited on</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="294"/>
        <location filename="../../desk/gui/visits.py" line="324"/>
        <source>户主</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="295"/>
        <location filename="../../desk/gui/visits.py" line="324"/>
        <source>村民小组/地址</source>
        <translation>Group / address</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="296"/>
        <location filename="../../desk/gui/visits.py" line="324"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="297"/>
        <source>家庭情况</source>
        <translation>Family situation</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="298"/>
        <source>反映问题</source>
        <translation>Problem raised</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="299"/>
        <source>办理情况</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="300"/>
        <location filename="../../desk/gui/visits.py" line="321"/>
        <source>走访人</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="302"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="303"/>
        <source>补录</source>
        <translation>back-filled</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="305"/>
        <location filename="../../desk/gui/visits.py" line="324"/>
        <source>户编号</source>
        <translation>Household code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="315"/>
        <source>村居</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="315"/>
        <location filename="../../desk/gui/visits.py" line="318"/>
        <source>已走访/户数</source>
        <translation>Visited / households</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="315"/>
        <location filename="../../desk/gui/visits.py" line="318"/>
        <source>覆盖率</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="318"/>
        <source>五必访</source>
        <translation>Must-visit groups</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="321"/>
        <source>走访户数/全村</source>
        <translation>Households / village</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="321"/>
        <source>占比</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="326"/>
        <source>点击村居或五必访类别,列出尚未走访的农户</source>
        <translation>Click a village or a must-visit group to list the households not yet visited</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="332"/>
        <source>各村居覆盖(R-V1)</source>
        <translation>Coverage per village (R-V1)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="334"/>
        <source>五必访覆盖(R-V2,按走访当日的标签)</source>
        <translation>Must-visit coverage (R-V2, by the tag on the visit&apos;s date)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="339"/>
        <source>所选村居各走访人的户数</source>
        <translation>Households per visitor in the selected village</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="344"/>
        <location filename="../../desk/gui/visits.py" line="357"/>
        <location filename="../../desk/gui/visits.py" line="513"/>
        <source>走访工作台帐</source>
        <translation>Visit ledger</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="345"/>
        <source>覆盖情况</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="352"/>
        <source>记录走访…</source>
        <translation>Record visit…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="353"/>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="354"/>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="356"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="361"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="362"/>
        <source>显示完整联系方式…</source>
        <translation>Show full contact details…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="379"/>
        <source>全部村居</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="404"/>
        <source>共 {0} 次走访</source>
        <translation>{0} visits</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="427"/>
        <location filename="../../desk/gui/visits.py" line="449"/>
        <source>{0} 尚未走访 {1} 户</source>
        <translation>{0}: {1} households not yet visited</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="460"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="461"/>
        <source>活动已于 {0} 结束,此后的走访属常态化走访:台帐已改为显示全部走访</source>
        <translation>The campaign ended on {0}: visits after it are standing work, so the ledger now shows all visits</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="470"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="470"/>
        <source>请先选中一次走访</source>
        <translation>Select a visit first</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="491"/>
        <location filename="../../desk/gui/visits.py" line="504"/>
        <source>作废走访 {0}</source>
        <translation>Void visit {0}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/visits.py" line="493"/>
        <source>这次走访登记了 {0} 个问题({1}),是否一并作废?选“是”一并作废(这次走访本不存在);选“否”问题保留(群众确实反映过)</source>
        <translation>This visit registered {0} concerns ({1}). Void them too? Yes: void them (the visit never took place); No: keep them (the residents did raise them)</translation>
    </message>
    <message>
        <source>全镇</source>
        <translation type="vanished">Whole township</translation>
    </message>
    <message>
        <source>打印</source>
        <translation type="vanished">Print</translation>
    </message>
    <message>
        <source>记录较多,请先选择一个村居再打印</source>
        <translation type="vanished">Many records: choose a village before printing</translation>
    </message>
    <message>
        <source>存为 PDF</source>
        <translation type="vanished">Save as PDF</translation>
    </message>
</context>
<context>
    <name>VoidBallotDialog</name>
    <message>
        <location filename="../../desk/gui/work.py" line="428"/>
        <source>作废选票</source>
        <translation>Void ballot</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="433"/>
        <source>票号</source>
        <translation>Ballot no.</translation>
    </message>
    <message>
        <location filename="../../desk/gui/work.py" line="434"/>
        <source>原因*</source>
        <translation>Reason*</translation>
    </message>
</context>
<context>
    <name>VoidEntryDialog</name>
    <message>
        <location filename="../../desk/gui/contacts.py" line="596"/>
        <source>作废 {0} 的连心册记录</source>
        <translation>Void an entry of {0}&apos;s booklet</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="600"/>
        <source>记录*</source>
        <translation>Entry*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="601"/>
        <source>作废原因*</source>
        <translation>Reason for voiding*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="610"/>
        <source>作废联系 {0}</source>
        <translation>Void contact {0}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/contacts.py" line="612"/>
        <source>这次联系登记了问题 {0},是否一并作废?选“是”一并作废(这次联系本不存在);选“否”问题保留(群众确实反映过)</source>
        <translation>This contact registered concern {0}: void it too? Yes voids it (the contact never happened); No keeps it (the resident did raise it)</translation>
    </message>
</context>
<context>
    <name>file_dialog</name>
    <message>
        <location filename="../../desk/gui/output.py" line="69"/>
        <source>查找范围:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../../desk/gui/output.py" line="70"/>
        <source>文件类型:</source>
        <translation>Files of type:</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../desk/gui/forms.py" line="407"/>
        <source>疑似重复录入</source>
        <translation>Entered twice?</translation>
    </message>
</context>
</TS>
