<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desk/gui/pages.py" line="285"/>
        <source>单位编码</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="288"/>
        <source>记录编号</source>
        <translation>Record code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="290"/>
        <source>内容包含</source>
        <translation>Text contains</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="298"/>
        <location filename="../../desk/gui/pages.py" line="310"/>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="303"/>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="305"/>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="308"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="309"/>
        <source>录入时间</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="310"/>
        <source>工作站</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="311"/>
        <source>代录(实际办理人)</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="311"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="312"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="312"/>
        <source>内容</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="313"/>
        <source>更正</source>
        <translation>Corrects</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="321"/>
        <source>核对哈希链</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="324"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="356"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="363"/>
        <source>共 {0} 条 · 哈希链头 第 {1} 号 {2}…</source>
        <translation>{0} events · chain head #{1} {2}…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="368"/>
        <location filename="../../desk/gui/pages.py" line="370"/>
        <source>哈希链</source>
        <translation>Hash chain</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="368"/>
        <source>哈希链完好:核对 {0} 条事件。</source>
        <translation>Hash chain intact: {0} events checked.</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="370"/>
        <source>哈希链不符:第 {0} 号事件 — {1}</source>
        <translation>Hash chain broken at event #{0} — {1}</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../desk/gui/forms.py" line="153"/>
        <source>修改农户</source>
        <translation>Change household</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="153"/>
        <source>登记农户</source>
        <translation>Register household</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="178"/>
        <source>户编号*</source>
        <translation>Household code*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="179"/>
        <source>户主姓名*</source>
        <translation>Head of household*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="180"/>
        <source>村居编码*</source>
        <translation>Village code*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="181"/>
        <source>村民小组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="182"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="183"/>
        <source>人口</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="184"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="186"/>
        <source>变更日期</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="188"/>
        <source>五必访</source>
        <translation>Must-visit groups</translation>
    </message>
</context>
<context>
    <name>LazyTableModel</name>
    <message>
        <location filename="../../desk/gui/models.py" line="68"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desk/gui/login.py" line="18"/>
        <source>连心台帐 — 登录</source>
        <translation>Lianxin ledger — log in</translation>
    </message>
    <message>
        <location filename="../../desk/gui/login.py" line="29"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desk/gui/login.py" line="30"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desk/gui/login.py" line="35"/>
        <source>{0} “走进群众”活动台帐</source>
        <translation>{0} "Go Among the Masses" campaign records</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk/gui/main_window.py" line="23"/>
        <source>连心台帐 — {0} {1}年“走进群众”活动</source>
        <translation>Lianxin ledger — {0} {1} campaign</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="31"/>
        <source>人员与单位</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="32"/>
        <source>审计日志</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="33"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desk/gui/main_window.py" line="64"/>
        <source>操作员 {0}({1}) · 工作站 {2} · {3} · 链头 {4}…</source>
        <translation>Operator {0} ({1}) · workstation {2} · {3} · chain head {4}…</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../desk/gui/operations.py" line="50"/>
        <source>未能保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desk/gui/operations.py" line="55"/>
        <source>程序错误</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../desk/gui/operations.py" line="56"/>
        <source>操作未完成:{0}(详情已写入日志)</source>
        <translation>Not done: {0} (details in the log)</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../../desk/gui/pages.py" line="486"/>
        <source>新建操作员</source>
        <translation>New operator</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="493"/>
        <source>单位编码,用“、”分隔</source>
        <translation>Unit codes, separated by 、</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="496"/>
        <source>登录名*</source>
        <translation>Login*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="497"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="498"/>
        <source>角色*</source>
        <translation>Role*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="499"/>
        <source>录入范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="500"/>
        <source>初始密码*</source>
        <translation>Initial password*</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../desk/gui/pages.py" line="75"/>
        <location filename="../../desk/gui/pages.py" line="83"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="83"/>
        <source>已导出 {0} 行。</source>
        <translation>Exported {0} rows.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desk/gui/forms.py" line="81"/>
        <source>修改人员</source>
        <translation>Change person</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="81"/>
        <source>登记人员</source>
        <translation>Register person</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="104"/>
        <source>党员</source>
        <translation>Party member</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="105"/>
        <source>困难党员</source>
        <translation>Party member in hardship</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="106"/>
        <source>老党员</source>
        <translation>Veteran party member</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="116"/>
        <source>人员编号*</source>
        <translation>Person code*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="117"/>
        <source>姓名*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="118"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="119"/>
        <source>单位编码*</source>
        <translation>Unit code*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="120"/>
        <source>支部编码</source>
        <translation>Branch code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="121"/>
        <source>身份</source>
        <translation>Identities</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="125"/>
        <source>分工村居编码</source>
        <translation>Assigned village code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="126"/>
        <source>户编号</source>
        <translation>Household code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="127"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="129"/>
        <source>变更日期</source>
        <translation>Effective date</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desk/gui/forms.py" line="219"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="221"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desk/gui/forms.py" line="222"/>
        <source>原因*</source>
        <translation>Reason*</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../desk/gui/pages.py" line="92"/>
        <source>按编号、姓名、电话或地址搜索</source>
        <translation>Search by code, name, phone or address</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="96"/>
        <source>全部联系任务</source>
        <translation>All contact duties</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="100"/>
        <source>全部农户</source>
        <translation>All households</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="109"/>
        <source>人员编号</source>
        <translation>Person code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="109"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="110"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="110"/>
        <location filename="../../desk/gui/pages.py" line="131"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="111"/>
        <source>身份</source>
        <translation>Identities</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="111"/>
        <source>党员</source>
        <translation>Party member</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="112"/>
        <source>困难党员</source>
        <translation>Party member in hardship</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="112"/>
        <source>分工村居</source>
        <translation>Assigned village</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="113"/>
        <source>联系任务</source>
        <translation>Contact duty</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="113"/>
        <location filename="../../desk/gui/pages.py" line="119"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="116"/>
        <source>户编号</source>
        <translation>Household code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="116"/>
        <source>户主</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="117"/>
        <source>村居</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="117"/>
        <source>村民小组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="118"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="118"/>
        <source>人口</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="119"/>
        <source>五必访</source>
        <translation>Must-visit groups</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="122"/>
        <source>单位编码</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="122"/>
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="123"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="123"/>
        <source>上级单位</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="129"/>
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="130"/>
        <source>农户</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="134"/>
        <source>登记…</source>
        <translation>Register…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="135"/>
        <source>修改…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="136"/>
        <source>五必访标签…</source>
        <translation>Must-visit tags…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="137"/>
        <source>注销…</source>
        <translation>Retire…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="138"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="161"/>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="195"/>
        <source>共 {0} 条</source>
        <translation>{0} rows</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="201"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="201"/>
        <source>请先选中一行</source>
        <translation>Select a row first</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="238"/>
        <source>加/减五必访标签:{0}</source>
        <translation>Add/remove must-visit tag: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="251"/>
        <source>注销 {0}</source>
        <translation>Retire {0}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desk/gui/pages.py" line="381"/>
        <source>参数</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="381"/>
        <source>取值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="381"/>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="391"/>
        <source>修改参数</source>
        <translation>Amend parameter</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="398"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="403"/>
        <source>活动参数(修改须写明原因,作为事件保存)</source>
        <translation>Campaign parameters (amendments need a reason and are stored as events)</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="411"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="411"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="411"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="412"/>
        <source>录入范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="412"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="412"/>
        <source>最近登录</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="416"/>
        <source>新建操作员…</source>
        <translation>New operator…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="419"/>
        <source>停用…</source>
        <translation>Disable…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="422"/>
        <source>启用/解锁…</source>
        <translation>Enable/unlock…</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="429"/>
        <source>操作员与录入范围</source>
        <translation>Operators and scopes</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="450"/>
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="451"/>
        <source>锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="451"/>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="472"/>
        <source>停用 {0}</source>
        <translation>Disable {0}</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="479"/>
        <source>启用 {0}</source>
        <translation>Enable {0}</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../desk/gui/pages.py" line="261"/>
        <source>登记单位</source>
        <translation>Register unit</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="268"/>
        <source>单位编码*</source>
        <translation>Unit code*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="269"/>
        <source>单位名称*</source>
        <translation>Unit name*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="270"/>
        <source>类别*</source>
        <translation>Kind*</translation>
    </message>
    <message>
        <location filename="../../desk/gui/pages.py" line="271"/>
        <source>上级单位编码</source>
        <translation>Parent unit code</translation>
    </message>
</context>
</TS>
