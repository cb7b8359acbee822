<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>FileListModel</name>
    <message>
        <location filename="../../app/gui/models.py" line="166" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="166" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="166" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="166" />
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="167" />
        <source>No. of changes</source>
        <translation>修改数</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="167" />
        <source>Site</source>
        <translation>来源网站</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="167" />
        <source>Warnings</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="201" />
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="201" />
        <source>Cleaning</source>
        <translation>清理中</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="201" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="202" />
        <source>Error: %1</source>
        <translation>出错：%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="220" />
        <source>Could not clean %1:
%2</source>
        <translation>无法清理 %1：
%2</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="222" />
        <source>%1
%2 warning(s) to review</source>
        <translation>%1
有 %2 处提醒待检查</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="228" />
        <source>Line %1 kept, check it: %2 (%3)</source>
        <translation>第%1行已保留，请核对：%2（%3）</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="231" />
        <source>Placeholder %1 left (%2 time(s))</source>
        <translation>占位符 %1 未填写（%2 处）</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="233" />
        <source>Line %1: typo suggestion %2 → %3</source>
        <translation>第%1行：错别字建议 %2 → %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="239" />
        <source>… and %1 more</source>
        <translation>…… 另有 %1 项</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="240" />
        <source>%1 warning(s) to review:</source>
        <translation>%1 处需要核对：</translation>
    </message>
</context>
<context>
    <name>FilePane</name>
    <message>
        <location filename="../../app/gui/filelist.py" line="31" />
        <source>Filter by title, file or site (%1)</source>
        <translation>按标题、文件名或网站筛选（%1）</translation>
    </message>
    <message>
        <location filename="../../app/gui/filelist.py" line="32" />
        <source>Filter files</source>
        <translation>筛选文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/filelist.py" line="33" />
        <source>Show only the documents whose title, file name or site contains this text (%1)</source>
        <translation>只显示标题、文件名或网站中含有这段文字的文档（%1）</translation>
    </message>
    <message>
        <location filename="../../app/gui/filelist.py" line="45" />
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/filelist.py" line="56" />
        <source>Click a column title to sort by it; click again to reverse</source>
        <translation>点击列标题按该列排序，再次点击则倒序</translation>
    </message>
</context>
<context>
    <name>Highlights</name>
    <message>
        <location filename="../../app/gui/highlights.py" line="29" />
        <source>Dropped block</source>
        <translation>删除的段落</translation>
    </message>
    <message>
        <location filename="../../app/gui/highlights.py" line="30" />
        <source>Typo fix</source>
        <translation>错别字修正</translation>
    </message>
    <message>
        <location filename="../../app/gui/highlights.py" line="31" />
        <source>Typo suggestion</source>
        <translation>错别字建议</translation>
    </message>
    <message>
        <location filename="../../app/gui/highlights.py" line="32" />
        <source>Placeholder</source>
        <translation>占位符</translation>
    </message>
    <message>
        <location filename="../../app/gui/highlights.py" line="33" />
        <source>Punctuation</source>
        <translation>标点</translation>
    </message>
    <message>
        <location filename="../../app/gui/highlights.py" line="34" />
        <source>Re-flow</source>
        <translation>断行合并</translation>
    </message>
    <message>
        <location filename="../../app/gui/highlights.py" line="35" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/gui/highlights.py" line="97" />
        <source>Legend</source>
        <translation>图例</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="49" />
        <source>Qinggao</source>
        <translation>清稿 Qinggao</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="90" />
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation type="vanished">原文</translation>
    </message>
    <message>
        <source>Cleaned text</source>
        <translation type="vanished">清理后的文本</translation>
    </message>
    <message>
        <source>Drop files or folders anywhere on this window; select a file to see its cleaned text here.</source>
        <translation type="vanished">把文件或文件夹拖到窗口任意位置；选中一个文件，这里显示清理后的文本。</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="vanished">修改</translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="vanished">原文</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation type="vanished">清理后</translation>
    </message>
    <message>
        <source>Changes (untick to undo)</source>
        <translation type="vanished">修改记录（取消勾选即撤销该处修改）</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="102" />
        <source>Drop files or folders here, or use File &gt; Add files…</source>
        <translation>把文件或文件夹拖到这里，或用“文件 &gt; 添加文件…”</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="117" />
        <location filename="../../app/gui/main_window.py" line="118" />
        <location filename="../../app/gui/main_window.py" line="484" />
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="120" />
        <source>Choose the output folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="124" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="127" />
        <source>Text encoding</source>
        <translation>文本编码</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="128" />
        <source>Encoding of text, Markdown and JSON files</source>
        <translation>文本、Markdown 和 JSON 文件的编码</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="130" />
        <source>Official document (GB/T 9704)</source>
        <translation>公文格式（GB/T 9704）</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="130" />
        <source>Plain</source>
        <translation>普通格式</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="132" />
        <source>DOCX layout</source>
        <translation>DOCX 版式</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="134" />
        <source>File name template</source>
        <translation>文件名模板</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="135" />
        <source>File names: {stem} {title} {site} {date} {index}</source>
        <translation>文件名：{stem} 原文件名、{title} 标题、{site} 网站、{date} 日期、{index} 序号</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="138" />
        <location filename="../../app/gui/main_window.py" line="139" />
        <source>Export all</source>
        <translation>导出全部</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="143" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="146" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="148" />
        <source>Show the exported files in the file manager</source>
        <translation>在文件管理器中查看导出的文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="151" />
        <source>Output folder:</source>
        <translation>输出到：</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="153" />
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="154" />
        <source>Name:</source>
        <translation>文件名：</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="161" />
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="166" />
        <source>One paragraph a line</source>
        <translation>每段一行</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="166" />
        <source>Blank line between paragraphs</source>
        <translation>段间空一行</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="167" />
        <source>Indent paragraphs by two characters</source>
        <translation>段首缩进两字</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="173" />
        <source>Windows line ends (CRLF)</source>
        <translation>Windows 换行（CRLF）</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="174" />
        <source>Markdown front matter (title, source, site, date)</source>
        <translation>Markdown 文首信息（标题、来源、网站、日期）</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="179" />
        <source>More output options</source>
        <translation>更多输出选项</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="186" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="187" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="194" />
        <source>%1 recent file(s) or folder(s) no longer exist: not listed</source>
        <translation>%1 个最近使用的文件或文件夹已不存在，未列出</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="196" />
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="197" />
        <source>Add f&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="198" />
        <source>&amp;Paste as new document</source>
        <translation>粘贴为新文档(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="200" />
        <source>&amp;Export all</source>
        <translation>全部导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="212" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="213" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="215" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="217" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="222" />
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="222" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="224" />
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="224" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="230" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="232" />
        <source>&amp;Options panel</source>
        <translation>选项面板(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="234" />
        <source>Show or hide the cleaning options (%1)</source>
        <translation>显示或隐藏清理选项（%1）</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="239" />
        <source>&amp;Filter files</source>
        <translation>筛选文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="242" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="243" />
        <source>&amp;Rules…</source>
        <translation>规则(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="246" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="247" />
        <source>&amp;About Qinggao</source>
        <translation>关于清稿(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="265" />
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="266" />
        <source>Pages (*.txt *.html *.htm *.mhtml *.mht);;All files (*)</source>
        <translation>网页与文本 (*.txt *.html *.htm *.mhtml *.mht);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="271" />
        <source>Add folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="278" />
        <source>Looking for documents…</source>
        <translation>正在查找文档…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="285" />
        <source>Added %1 document(s)</source>
        <translation>已添加 %1 个文档</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="287" />
        <source>; skipped %1 unsupported file(s)</source>
        <translation>；跳过 %1 个不支持的文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="290" />
        <source>; %1 path(s) could not be read (%2)</source>
        <translation>；%1 个路径无法读取（%2）</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="301" />
        <source>Nothing to paste: the clipboard holds no text</source>
        <translation>没有可粘贴的内容：剪贴板里没有文字</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="304" />
        <source>Pasted</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="309" />
        <source>Could not keep the pasted text: %1</source>
        <translation>无法保存粘贴的内容：%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="313" />
        <source>Pasted text %1</source>
        <translation>粘贴的文本 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="316" />
        <source>Pasted as a new document</source>
        <translation>已粘贴为新文档</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="491" />
        <source>Choose an output folder first</source>
        <translation>请先选择输出文件夹</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="550" />
        <source>Export cancelled: %1 of %2 file(s) written</source>
        <translation>导出已取消：已写出 %1 / %2 个文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="553" />
        <source>Exported %1 file(s), %2 failed</source>
        <translation>已导出 %1 个文件，失败 %2 个</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="555" />
        <source> (first failure: %1)</source>
        <translation>（首个失败：%1）</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="608" />
        <source>About Qinggao</source>
        <translation>关于清稿</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="609" />
        <source>Qinggao turns scraped Chinese web pages into clean manuscripts, and shows every change it makes and why.</source>
        <translation>清稿把从网上收集的中文网页整理成干净的文稿，并说明每一处修改的原因。</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <location filename="../../app/gui/options.py" line="99" />
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="100" />
        <source>Cleaning options</source>
        <translation>清理选项</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="123" />
        <source>Repair garbled text</source>
        <translation>修复乱码</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="124" />
        <source>Re-read text that was decoded with the wrong encoding (鍦ㄤ腑鍥 → 在中国)</source>
        <translation>把用错编码读出的乱码还原为正确文字（鍦ㄤ腑鍥 → 在中国）</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="125" />
        <source>Remove invisible characters</source>
        <translation>清除不可见字符</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="126" />
        <source>Byte-order marks, zero-width and no-break spaces, control characters</source>
        <translation>字节顺序标记（BOM）、零宽字符、不换行空格、控制字符</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="127" />
        <source>Keep only the article</source>
        <translation>只保留正文</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="128" />
        <source>Web pages: drop menus, sidebars, comments and footers</source>
        <translation>网页：去掉导航菜单、侧栏、评论和页脚</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="129" />
        <source>Remove site furniture</source>
        <translation>去除网站杂项</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="130" />
        <source>Site headers, publishing details, editor's notes, related-article lists</source>
        <translation>网站页头、发布信息、编者按、相关文章列表</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="131" />
        <source>Find the title</source>
        <translation>识别标题</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="131" />
        <source>Put the title first and drop its repeats</source>
        <translation>把标题放在首行，并去掉重复的标题</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="132" />
        <source>Remove stray list marks</source>
        <translation>清除多余列表符号</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="133" />
        <source>Marks left before 一是, 二是 … (“。-一是” → “。一是”)</source>
        <translation>一是、二是……前残留的符号（“。-一是” → “。一是”）</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="134" />
        <source>Join broken lines</source>
        <translation>合并断行</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="134" />
        <source>Join lines broken in the middle of a sentence</source>
        <translation>把句子中间断开的行合并起来</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="135" />
        <source>Replace placeholders</source>
        <translation>替换占位符</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="136" />
        <source>Anonymising asterisks (**市) become the mark chosen below</source>
        <translation>把匿名化的星号（**市）换成下面选定的符号</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="137" />
        <source>Fix typos</source>
        <translation>修正错别字</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="137" />
        <source>Fix wrongly written characters; how many is chosen below</source>
        <translation>修正错别字；修正范围在下面选择</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="138" />
        <source>Full-width punctuation</source>
        <translation>全角标点</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="139" />
        <source>Half-width , ; : ? ! ( ) in Chinese text become full-width</source>
        <translation>中文里的半角 , ; : ? ! ( ) 改为全角</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="140" />
        <source>Convert script</source>
        <translation>繁简转换</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="141" />
        <source>Convert between simplified and traditional characters as chosen below</source>
        <translation>按下面的选择在简体和繁体之间转换</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="142" />
        <location filename="../../app/gui/options.py" line="219" />
        <source>One paragraph a line</source>
        <translation>每段一行</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="142" />
        <source>No blank lines and no indentation</source>
        <translation>不留空行，不缩进</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="146" />
        <source>Steps</source>
        <translation>清理步骤</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="147" />
        <source>The cleaning steps, in the order they run; untick one to skip it</source>
        <translation>按执行顺序排列的清理步骤；取消勾选即跳过该步骤</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="161" />
        <source>Placeholders</source>
        <translation>占位符</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="165" />
        <source>Keep the asterisks</source>
        <translation>保留星号</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="166" />
        <source>某 (one per run)</source>
        <translation>某（每组星号一个）</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="166" />
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="168" />
        <source>Placeholder mark</source>
        <translation>占位符号</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="169" />
        <source>What each anonymising asterisk becomes</source>
        <translation>每个匿名化星号替换成什么</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="172" />
        <source>e.g. ○</source>
        <translation>如 ○</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="173" />
        <source>Custom placeholder mark</source>
        <translation>自定义占位符号</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="174" />
        <source>Your own mark for each asterisk</source>
        <translation>自己指定替换每个星号的符号</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="177" />
        <source>Asterisks become:</source>
        <translation>星号替换为：</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="185" />
        <source>Placeholder</source>
        <translation>占位符</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="185" />
        <source>Fill in</source>
        <translation>填写为</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="186" />
        <source>Placeholder fill-ins</source>
        <translation>占位符填写</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="187" />
        <source>The placeholders left in this document; type what each stands for to fill it in everywhere, in every document</source>
        <translation>本文档中未填写的占位符；填上它代表的内容，所有文档中的同一处都会替换</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="197" />
        <source>Add a fill-in: ××市=乐山市</source>
        <translation>添加填写：××市=乐山市</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="198" />
        <source>Add a fill-in</source>
        <translation>添加填写</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="199" />
        <source>Type a placeholder and what it stands for, then press Enter</source>
        <translation>输入占位符及其代表的内容，然后按回车</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="206" />
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="210" />
        <source>No conversion</source>
        <translation>不转换</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="210" />
        <source>Traditional → Simplified</source>
        <translation>繁体 → 简体</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="211" />
        <source>Simplified → Traditional</source>
        <translation>简体 → 繁体</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="211" />
        <source>Taiwan → Simplified, with phrases</source>
        <translation>台湾正体 → 简体（含词汇）</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="212" />
        <source>Hong Kong → Simplified</source>
        <translation>香港繁体 → 简体</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="212" />
        <source>Simplified → Taiwan, with phrases</source>
        <translation>简体 → 台湾正体（含词汇）</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="213" />
        <source>Script conversion</source>
        <translation>繁简转换</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="213" />
        <source>Convert the script with OpenCC</source>
        <translation>用 OpenCC 转换繁简字</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="215" />
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="215" />
        <source>Sure fixes only</source>
        <translation>只改有把握的</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="215" />
        <source>All suggestions too</source>
        <translation>建议也一并修改</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="216" />
        <source>Typo fixes</source>
        <translation>错别字修正</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="216" />
        <source>Sure fixes only: the rest wait as suggestions; all: suggestions are applied too</source>
        <translation>只改有把握的：其余作为建议待核对；建议也一并修改：连建议一起改</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="220" />
        <source>Blank line between paragraphs</source>
        <translation>段间空一行</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="221" />
        <source>Indent paragraphs by two characters</source>
        <translation>段首缩进两字</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="223" />
        <source>Paragraph style</source>
        <translation>段落格式</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="224" />
        <source>How paragraphs are laid out in exported text files</source>
        <translation>导出的文本文件中段落的排法</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="227" />
        <source>Script:</source>
        <translation>繁简：</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="227" />
        <source>Typos:</source>
        <translation>错别字：</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="228" />
        <source>Export paragraphs:</source>
        <translation>导出段落：</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="230" />
        <source>Keep line for line (proofreading)</source>
        <translation>逐行保留（校对用）</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="231" />
        <source>Line N of the output is line N of the input: no lines are joined or removed</source>
        <translation>输出的第 N 行就是原文的第 N 行：不合并也不删除行</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="233" />
        <source>Title on the first line</source>
        <translation>首行写标题</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="234" />
        <source>Untick to keep the body only, without the title line</source>
        <translation>取消勾选则只保留正文，不写标题行</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="343" />
        <source>%1 time(s) in this document</source>
        <translation>本文档中有 %1 处</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="344" />
        <source>Not left in this document</source>
        <translation>本文档中已没有</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="347" />
        <source>The text that replaces %1 wherever it occurs, e.g. 乐山市 for ××市 (leave empty to keep the placeholder)</source>
        <translation>用来替换各处 %1 的文字，如把 ××市 填为 乐山市（留空则保留占位符）</translation>
    </message>
    <message>
        <location filename="../../app/gui/options.py" line="366" />
        <source>Write a fill-in as placeholder=text, e.g. ××市=乐山市</source>
        <translation>请按“占位符=文字”的格式填写，如 ××市=乐山市</translation>
    </message>
</context>
<context>
    <name>PackListModel</name>
    <message>
        <location filename="../../app/gui/rules_models.py" line="91" />
        <source>Pack (tick to use)</source>
        <translation>规则包（勾选即启用）</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_models.py" line="91" />
        <source>ID</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_models.py" line="91" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_models.py" line="91" />
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_models.py" line="123" />
        <source>User (does not load)</source>
        <translation>用户（无法加载）</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_models.py" line="124" />
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_models.py" line="124" />
        <source>User</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../../app/gui/recent.py" line="33" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/gui/recent.py" line="65" />
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/recent.py" line="68" />
        <source>&amp;Clear list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../../app/gui/review.py" line="27" />
        <source>Mojibake</source>
        <translation>乱码修复</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="28" />
        <source>Invisible characters and widths</source>
        <translation>不可见字符与全半角</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="29" />
        <source>Extraction</source>
        <translation>正文提取</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="30" />
        <source>Boilerplate</source>
        <translation>网页杂项</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="31" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="32" />
        <source>List markers</source>
        <translation>列表符号</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="33" />
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="34" />
        <source>Placeholders</source>
        <translation>占位符</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="35" />
        <source>Typos</source>
        <translation>错别字</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="36" />
        <source>Punctuation</source>
        <translation>标点</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="37" />
        <source>Script conversion</source>
        <translation>繁简转换</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="38" />
        <source>Layout</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="102" />
        <source>Original text</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="104" />
        <source>Cleaned text</source>
        <translation>清理后的文本</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="106" />
        <source>Drop files or folders anywhere on this window; select a file to see its cleaned text here.</source>
        <translation>把文件或文件夹拖到窗口的任意位置；选中一个文件，这里就会显示清理后的文本。</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="121" />
        <source>Scroll together</source>
        <translation>同步滚动</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="122" />
        <source>Keep the same passage in view in both texts</source>
        <translation>两边始终显示同一段内容</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="124" />
        <source>Edited by hand: this text is exported as you wrote it. Undo the typing or discard it to review the changes again.</source>
        <translation>已手工修改：导出时以您改过的文字为准。撤销这些修改或放弃手工修改后，才能再逐条审阅清理记录。</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="127" />
        <source>Discard hand edits</source>
        <translation>放弃手工修改</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="133" />
        <source>Changes</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="142" />
        <source>Details of the selected change</source>
        <translation>所选修改的详情</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="143" />
        <source>Click a change, in the list or in either text, to see why it was made.</source>
        <translation>点击列表或左右两栏中的任一处修改，查看修改原因。</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="144" />
        <location filename="../../app/gui/review.py" line="326" />
        <source>Reject this change</source>
        <translation>不采用此处修改</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="147" />
        <location filename="../../app/gui/review.py" line="240" />
        <source>Accept all suggestions</source>
        <translation>采纳全部建议</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="152" />
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="153" />
        <source>Cleaned (editable)</source>
        <translation>清理后（可直接修改）</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="170" />
        <source>Changes (untick to undo)</source>
        <translation>修改记录（取消勾选即撤销该处修改）</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="239" />
        <source>Accept all suggestions (%1)</source>
        <translation>采纳全部建议（%1）</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="316" />
        <source>applied</source>
        <translation>已采用</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="316" />
        <source>rejected</source>
        <translation>未采用</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="317" />
        <source>suggested, not applied</source>
        <translation>建议，尚未采纳</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="318" />
        <source>removed 「%1」</source>
        <translation>删除「%1」</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="322" />
        <source>Step: %1 · rule: %2 · confidence %3 · line %4</source>
        <translation>步骤：%1 · 规则：%2 · 把握 %3 · 第%4行</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="324" />
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="326" />
        <source>Apply this change</source>
        <translation>采用此处修改</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="328" />
        <source>Withdraw this suggestion</source>
        <translation>撤回此建议</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="329" />
        <source>Accept this suggestion</source>
        <translation>采纳此建议</translation>
    </message>
    <message>
        <location filename="../../app/gui/review.py" line="425" />
        <source>Suggestion: %1</source>
        <translation>建议：%1</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="71" />
        <source>Save into pack</source>
        <translation>保存到规则包</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="72" />
        <source>automatic</source>
        <translation>自动生成</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="73" />
        <source>Rule ID</source>
        <translation>规则标识</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="75" />
        <source>Regular expression, e.g. ^本文来源[:：]</source>
        <translation>正则表达式，如 ^本文来源[:：]</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="76" />
        <source>Pattern (regular expression)</source>
        <translation>匹配模式（正则表达式）</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="77" />
        <source>Matched against each line with its spaces stripped; syntax of the Python regex module (V1)</source>
        <translation>逐行匹配（去掉行首尾空白）；语法同 Python regex 模块（V1）</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="83" />
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="84" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="85" />
        <source>Where on the page</source>
        <translation>页面位置</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="87" />
        <source>any length</source>
        <translation>不限长度</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="88" />
        <source>Longest line it applies to</source>
        <translation>适用的最长行</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="90" />
        <source>Replacement</source>
        <translation>替换为</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="91" />
        <source>e.g. 站点的版权声明</source>
        <translation>如：站点的版权声明</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="92" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="93" />
        <source>Shown beside every change the rule makes</source>
        <translation>显示在这条规则所做的每处修改旁</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="95" />
        <source>One a line: a line the rule must match; !line: one it must not match; for Replace: input =&gt; output</source>
        <translation>每行一例：规则应匹配的行；以 ! 开头：不应匹配的行；替换规则写作：原文 =&gt; 结果</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="97" />
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="99" />
        <source>Rule in use</source>
        <translation>启用此规则</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="100" />
        <source>Save rule</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="102" />
        <location filename="../../app/gui/rule_editor.py" line="207" />
        <source>New rule</source>
        <translation>新建规则</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="108" />
        <source>Save into:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="108" />
        <source>Pattern:</source>
        <translation>匹配模式：</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="109" />
        <source>Action:</source>
        <translation>动作：</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="110" />
        <source>Replace with:</source>
        <translation>替换为：</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="110" />
        <source>Step:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="111" />
        <source>Where:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="111" />
        <source>Longest line:</source>
        <translation>最长行：</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="112" />
        <source>Description:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="112" />
        <source>Examples:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="113" />
        <source>Rule ID:</source>
        <translation>规则标识：</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="135" />
        <source>Number of matching lines</source>
        <translation>匹配的行数</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="137" />
        <source>Live test on the current document</source>
        <translation>在当前文档上实时测试</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="139" />
        <source>Select a document in the main window to try the rule on it.</source>
        <translation>在主窗口中选择一个文档，即可在其上试用规则。</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="183" />
        <source>Live test on: %1</source>
        <translation>实时测试：%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="184" />
        <source>Live test: no document selected</source>
        <translation>实时测试：未选择文档</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="196" />
        <source>New pack “%1”</source>
        <translation>新建规则包“%1”</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="196" />
        <location filename="../../app/gui/rule_editor.py" line="272" />
        <source>My rules</source>
        <translation>我的规则</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="213" />
        <source>Editing rule %1 of %2</source>
        <translation>正在编辑“%2”中的规则 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="237" />
        <source>Type a pattern first.</source>
        <translation>请先输入匹配模式。</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="240" />
        <source>Describe what the rule removes: the description is shown beside each change.</source>
        <translation>请写明这条规则删除什么：说明会显示在每处修改旁。</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="244" />
        <source>Example line %1: write a replace example as input =&gt; output</source>
        <translation>示例第 %1 行：替换示例请写作“原文 =&gt; 结果”</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="281" />
        <source>The example “%1” does not come out as expected.</source>
        <translation>示例“%1”的结果与预期不符。</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="288" />
        <source>Saved rule %1 in pack “%2”.</source>
        <translation>已将规则 %1 保存到规则包“%2”。</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="327" />
        <source>%1 line(s) match</source>
        <translation>匹配 %1 行</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="333" />
        <source>Not a valid pattern: %1</source>
        <translation>匹配模式有误：%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="335" />
        <source>Stopped at line %1: the pattern is too slow on this document.</source>
        <translation>已停在第 %1 行：此模式在本文档上运行太慢。</translation>
    </message>
    <message>
        <location filename="../../app/gui/rule_editor.py" line="338" />
        <source>Too slow on line %1: when cleaning, a rule that takes this long is switched off for the document.</source>
        <translation>第 %1 行上运行太慢：清理时，这样耗时的规则会在该文档中被停用。</translation>
    </message>
</context>
<context>
    <name>RuleListModel</name>
    <message>
        <location filename="../../app/gui/rules_models.py" line="170" />
        <source>Pattern</source>
        <translation>匹配模式</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_models.py" line="170" />
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_models.py" line="170" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_models.py" line="170" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>RuleWords</name>
    <message>
        <location filename="../../app/gui/rules_models.py" line="21" />
        <source>Drop the line</source>
        <translation>删除该行</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_models.py" line="22" />
        <source>Drop the line and the list under it</source>
        <translation>删除该行及其下的列表</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_models.py" line="23" />
        <source>Drop the line and the account card under it</source>
        <translation>删除该行及其下的账号名片</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_models.py" line="24" />
        <source>Drop the line and all after it</source>
        <translation>删除该行及其后全部内容</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_models.py" line="25" />
        <source>Protect the line</source>
        <translation>保护该行（不删除）</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_models.py" line="26" />
        <source>Keep the line, flag it for review</source>
        <translation>保留该行并标记待核</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_models.py" line="27" />
        <source>Replace the matched text</source>
        <translation>替换匹配的文字</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_models.py" line="32" />
        <source>Site furniture</source>
        <translation>网站杂项</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_models.py" line="33" />
        <source>List markers</source>
        <translation>列表符号</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_models.py" line="37" />
        <source>Anywhere</source>
        <translation>全文任意位置</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_models.py" line="38" />
        <source>Page head</source>
        <translation>页首</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_models.py" line="39" />
        <source>Page tail</source>
        <translation>页尾</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="62" />
        <location filename="../../app/gui/rules_dialog.py" line="201" />
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="70" />
        <location filename="../../app/gui/rules_dialog.py" line="99" />
        <location filename="../../app/gui/rules_dialog.py" line="133" />
        <source>Rule packs</source>
        <translation>规则包</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="73" />
        <source>Rule editor</source>
        <translation>规则编辑</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="74" />
        <source>Learned from this batch</source>
        <translation>从本批文件学到的规则</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="77" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="105" />
        <source>Rules of the selected pack</source>
        <translation>所选规则包中的规则</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="115" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="116" />
        <source>Add a rule pack (.toml) to your own packs</source>
        <translation>把规则包（.toml）加入“我的规则包”</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="117" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="118" />
        <source>Save the selected pack as a .toml file</source>
        <translation>把所选规则包另存为 .toml 文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="119" />
        <source>Duplicate for editing</source>
        <translation>复制后编辑</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="120" />
        <source>Copy the selected pack into your own packs; the copy replaces a built-in original</source>
        <translation>把所选规则包复制为自己的规则包；复制内置规则包时，副本将取代原规则包</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="122" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="123" />
        <source>Delete the selected pack of your own</source>
        <translation>删除所选的用户规则包</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="124" />
        <source>New rule…</source>
        <translation>新建规则…</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="125" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="126" />
        <source>Delete rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="128" />
        <location filename="../../app/gui/rules_dialog.py" line="316" />
        <source>Built-in packs are read-only: duplicate one to change its rules.</source>
        <translation>内置规则包只读：如需修改，请先“复制后编辑”。</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="199" />
        <source>Rules of “%1”</source>
        <translation>“%1”中的规则</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="227" />
        <source>Pack %1 is in use.</source>
        <translation>已启用规则包 %1。</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="227" />
        <source>Pack %1 is set aside.</source>
        <translation>已停用规则包 %1。</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="231" />
        <source>Import a rule pack</source>
        <translation>导入规则包</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="238" />
        <source>Replace pack?</source>
        <translation>替换规则包？</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="239" />
        <source>You already have a pack with the id %1 (%2). Replace it?</source>
        <translation>已有标识为 %1 的规则包（%2）。要替换吗？</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="241" />
        <source>Import cancelled: pack %1 is already there.</source>
        <translation>已取消导入：规则包 %1 已存在。</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="245" />
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="246" />
        <source>Cannot import the rule pack</source>
        <translation>无法导入规则包</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="249" />
        <source>Imported pack %1 with %2 rule(s).</source>
        <translation>已导入规则包 %1，共 %2 条规则。</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="256" />
        <source>Export the rule pack</source>
        <translation>导出规则包</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="264" />
        <source>Exported pack %1 to %2</source>
        <translation>已将规则包 %1 导出到 %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="271" />
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="275" />
        <source>Copied into your pack %1.</source>
        <translation>已复制为你的规则包 %1。</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="278" />
        <source>The built-in pack is set aside; tick it to use both.</source>
        <translation>原内置规则包已停用；勾选它即可同时使用两者。</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="287" />
        <source>Delete pack?</source>
        <translation>删除规则包？</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="287" />
        <source>Delete the pack file %1?</source>
        <translation>删除规则包文件 %1？</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="296" />
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="331" />
        <source>Deleted rule %1.</source>
        <translation>已删除规则 %1。</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="340" />
        <source>Short lines that recur in many of the loaded documents are often a site's furniture that no rule knows yet. Tick the ones to drop from every document; they are kept in your pack “learned”.</source>
        <translation>在已载入的多个文档中反复出现的短行，往往是规则尚未覆盖的网站杂项。勾选要从所有文档中删除的行，它们会保存在你的规则包“learned”中。</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="343" />
        <source>Find recurring lines</source>
        <translation>查找重复出现的行</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="346" />
        <source>Recurring lines</source>
        <translation>重复出现的行</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="348" />
        <source>Tick all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="349" />
        <source>Tick none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="350" />
        <source>Accept selected</source>
        <translation>采用所选</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="351" />
        <source>Add a rule dropping each ticked line to your pack “learned”</source>
        <translation>为每个勾选的行在规则包“learned”中添加一条删除规则</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="371" />
        <source>Load at least three cleaned documents of one site to learn from.</source>
        <translation>请至少载入并清理同一网站的三个文档，才能从中学习。</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="374" />
        <source>Looking for recurring lines in %1 document(s)…</source>
        <translation>正在 %1 个文档中查找重复出现的行…</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="383" />
        <source>%1    (in %2 of %3 documents)</source>
        <translation>%1    （%3 个文档中有 %2 个出现）</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="390" />
        <source>%1 recurring line(s) in %2 document(s).</source>
        <translation>在 %2 个文档中找到 %1 个重复出现的行。</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="392" />
        <source>No line recurs in enough of the %1 document(s).</source>
        <translation>在这 %1 个文档中，没有行重复出现得足够多。</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_dialog.py" line="423" />
        <source>Added %1 line(s) to your pack “learned”; the documents are cleaned again.</source>
        <translation>已将 %1 行加入规则包“learned”；文档正在重新清理。</translation>
    </message>
</context>
</TS>