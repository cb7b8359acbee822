"""Simplified Chinese for the review pane, its marks and legend, undo and redo, and the
export summary (merged by tools/translations.py)."""

ZH = {
    # kinds of change (legend, tooltips, details)
    "Dropped block": "删除的段落", "Typo fix": "错别字修正", "Typo suggestion": "错别字建议",
    "Placeholder": "占位符", "Punctuation": "标点", "Re-flow": "断行合并", "Other": "其他",
    "Legend": "图例",
    # steps
    "Mojibake": "乱码修复", "Invisible characters and widths": "不可见字符与全半角", "Extraction": "正文提取",
    "Boilerplate": "网页杂项", "List markers": "列表符号", "Paragraphs": "段落",
    "Placeholders": "占位符", "Typos": "错别字", "Script conversion": "繁简转换", "Layout": "版面",
    # the pane
    "Cleaned (editable)": "清理后（可直接修改）",
    "Drop files or folders anywhere on this window; select a file to see its cleaned text here.":
        "把文件或文件夹拖到窗口的任意位置；选中一个文件，这里就会显示清理后的文本。",
    "Scroll together": "同步滚动", "Keep the same passage in view in both texts": "两边始终显示同一段内容",
    "Edited by hand: this text is exported as you wrote it. Undo the typing or discard it to review the changes again.":
        "已手工修改：导出时以您改过的文字为准。撤销这些修改或放弃手工修改后，才能再逐条审阅清理记录。",
    "Discard hand edits": "放弃手工修改",
    "Details of the selected change": "所选修改的详情",
    "Click a change, in the list or in either text, to see why it was made.":
        "点击列表或左右两栏中的任一处修改，查看修改原因。",
    "Reject this change": "不采用此处修改", "Apply this change": "采用此处修改",
    "Withdraw this suggestion": "撤回此建议", "Accept this suggestion": "采纳此建议",
    "Accept all suggestions": "采纳全部建议", "Accept all suggestions (%1)": "采纳全部建议（%1）",
    "applied": "已采用", "rejected": "未采用", "suggested, not applied": "建议，尚未采纳",
    "removed 「%1」": "删除「%1」",
    "Step: %1 · rule: %2 · confidence %3 · line %4": "步骤：%1 · 规则：%2 · 把握 %3 · 第%4行",
    "Why: %1": "原因：%1",
    "Suggestion: %1": "建议：%1",
    # undo and redo
    "&Edit": "编辑(&E)", "&Undo": "撤销(&U)", "&Redo": "重做(&R)",
    "Undo": "撤销", "Redo": "重做", "Undo: %1": "撤销：%1", "Redo: %1": "重做：%1",
    "Apply %1": "采用 %1", "Reject %1": "不采用 %1",
    "Accept suggestion %1": "采纳建议 %1", "Withdraw suggestion %1": "撤回建议 %1",
    "Accept %1 suggestion(s)": "采纳 %1 条建议", "Typing": "手工输入",
    # export summary
    "Open folder": "打开文件夹", "Show the exported files in the file manager": "在文件管理器中查看导出的文件",
}
