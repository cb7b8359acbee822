"""Simplified Chinese for the rules dialog (Tools > Rules…); merged by tools/translations.py."""

ZH = {
    # main window hook
    "&Tools": "工具(&T)", "&Rules…": "规则(&R)…",
    # pack and rule lists
    "Pack (tick to use)": "规则包（勾选即启用）", "ID": "标识", "Source": "来源", "Rules": "规则",
    "Built-in": "内置", "User": "用户", "User (does not load)": "用户（无法加载）",
    "Pattern": "匹配模式", "Action": "动作", "Step": "步骤", "Description": "说明",
    "Drop the line": "删除该行", "Drop the line and the list under it": "删除该行及其下的列表",
    "Drop the line and the account card under it": "删除该行及其下的账号名片",
    "Drop the line and all after it": "删除该行及其后全部内容", "Protect the line": "保护该行（不删除）",
    "Keep the line, flag it for review": "保留该行并标记待核", "Replace the matched text": "替换匹配的文字",
    "Site furniture": "网站杂项", "List markers": "列表符号",
    "Anywhere": "全文任意位置", "Page head": "页首", "Page tail": "页尾",
    # dialog and packs tab
    "Rule packs": "规则包", "Rule editor": "规则编辑", "Learned from this batch": "从本批文件学到的规则",
    "Close": "关闭", "Rules of the selected pack": "所选规则包中的规则", "Rules of “%1”": "“%1”中的规则",
    "Import…": "导入…", "Add a rule pack (.toml) to your own packs": "把规则包（.toml）加入“我的规则包”",
    "Export…": "导出…", "Save the selected pack as a .toml file": "把所选规则包另存为 .toml 文件",
    "Duplicate for editing": "复制后编辑",
    "Copy the selected pack into your own packs; the copy replaces a built-in original":
        "把所选规则包复制为自己的规则包；复制内置规则包时，副本将取代原规则包",
    "Delete": "删除", "Delete the selected pack of your own": "删除所选的用户规则包",
    "New rule…": "新建规则…", "Edit…": "编辑…", "Delete rule": "删除规则",
    "Built-in packs are read-only: duplicate one to change its rules.": "内置规则包只读：如需修改，请先“复制后编辑”。",
    "Pack %1 is in use.": "已启用规则包 %1。", "Pack %1 is set aside.": "已停用规则包 %1。",
    "Import a rule pack": "导入规则包", "Replace pack?": "替换规则包？",
    "You already have a pack with the id %1 (%2). Replace it?": "已有标识为 %1 的规则包（%2）。要替换吗？",
    "Import cancelled: pack %1 is already there.": "已取消导入：规则包 %1 已存在。",
    "Not imported: %1": "未导入：%1", "Cannot import the rule pack": "无法导入规则包",
    "Imported pack %1 with %2 rule(s).": "已导入规则包 %1，共 %2 条规则。",
    "Export the rule pack": "导出规则包", "Exported pack %1 to %2": "已将规则包 %1 导出到 %2",
    "%1 (copy)": "%1（副本）", "Copied into your pack %1.": "已复制为你的规则包 %1。",
    "The built-in pack is set aside; tick it to use both.": "原内置规则包已停用；勾选它即可同时使用两者。",
    "Delete pack?": "删除规则包？", "Delete the pack file %1?": "删除规则包文件 %1？",
    "Deleted %1.": "已删除 %1。", "Deleted rule %1.": "已删除规则 %1。",
    # rule editor
    "Save into pack": "保存到规则包", "automatic": "自动生成", "Rule ID": "规则标识",
    "Regular expression, e.g. ^本文来源[:：]": "正则表达式，如 ^本文来源[:：]",
    "Pattern (regular expression)": "匹配模式（正则表达式）",
    "Matched against each line with its spaces stripped; syntax of the Python regex module (V1)":
        "逐行匹配（去掉行首尾空白）；语法同 Python regex 模块（V1）",
    "Where on the page": "页面位置", "any length": "不限长度", "Longest line it applies to": "适用的最长行",
    "Replacement": "替换为", "e.g. 站点的版权声明": "如：站点的版权声明",
    "Shown beside every change the rule makes": "显示在这条规则所做的每处修改旁",
    "One a line: a line the rule must match; !line: one it must not match; for Replace: input => output":
        "每行一例：规则应匹配的行；以 ! 开头：不应匹配的行；替换规则写作：原文 => 结果",
    "Examples": "示例", "Rule in use": "启用此规则", "Save rule": "保存规则", "New rule": "新建规则",
    "Save into:": "保存到：", "Pattern:": "匹配模式：", "Action:": "动作：", "Replace with:": "替换为：",
    "Step:": "步骤：", "Where:": "位置：", "Longest line:": "最长行：", "Description:": "说明：",
    "Examples:": "示例：", "Rule ID:": "规则标识：",
    "Number of matching lines": "匹配的行数", "Live test on the current document": "在当前文档上实时测试",
    "Select a document in the main window to try the rule on it.": "在主窗口中选择一个文档，即可在其上试用规则。",
    "Live test on: %1": "实时测试：%1", "Live test: no document selected": "实时测试：未选择文档",
    "New pack “%1”": "新建规则包“%1”", "My rules": "我的规则",
    "Editing rule %1 of %2": "正在编辑“%2”中的规则 %1",
    "Type a pattern first.": "请先输入匹配模式。",
    "Describe what the rule removes: the description is shown beside each change.":
        "请写明这条规则删除什么：说明会显示在每处修改旁。",
    "Example line %1: write a replace example as input => output": "示例第 %1 行：替换示例请写作“原文 => 结果”",
    "The example “%1” does not come out as expected.": "示例“%1”的结果与预期不符。",
    "Saved rule %1 in pack “%2”.": "已将规则 %1 保存到规则包“%2”。",
    "%1 line(s) match": "匹配 %1 行", "Not a valid pattern: %1": "匹配模式有误：%1",
    "Stopped at line %1: the pattern is too slow on this document.": "已停在第 %1 行：此模式在本文档上运行太慢。",
    "Too slow on line %1: when cleaning, a rule that takes this long is switched off for the document.":
        "第 %1 行上运行太慢：清理时，这样耗时的规则会在该文档中被停用。",
    # learned from this batch
    "Short lines that recur in many of the loaded documents are often a site's furniture that no rule knows yet. "
    "Tick the ones to drop from every document; they are kept in your pack “learned”.":
        "在已载入的多个文档中反复出现的短行，往往是规则尚未覆盖的网站杂项。勾选要从所有文档中删除的行，"
        "它们会保存在你的规则包“learned”中。",
    "Find recurring lines": "查找重复出现的行", "Recurring lines": "重复出现的行",
    "Tick all": "全选", "Tick none": "全不选", "Accept selected": "采用所选",
    "Add a rule dropping each ticked line to your pack “learned”": "为每个勾选的行在规则包“learned”中添加一条删除规则",
    "Load at least three cleaned documents of one site to learn from.": "请至少载入并清理同一网站的三个文档，才能从中学习。",
    "Looking for recurring lines in %1 document(s)…": "正在 %1 个文档中查找重复出现的行…",
    "%1    (in %2 of %3 documents)": "%1    （%3 个文档中有 %2 个出现）",
    "%1 recurring line(s) in %2 document(s).": "在 %2 个文档中找到 %1 个重复出现的行。",
    "No line recurs in enough of the %1 document(s).": "在这 %1 个文档中，没有行重复出现得足够多。",
    "Added %1 line(s) to your pack “learned”; the documents are cleaned again.":
        "已将 %1 行加入规则包“learned”；文档正在重新清理。",
}
