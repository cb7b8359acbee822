<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>FileListModel</name>
    <message>
        <location filename="../../app/gui/models.py" line="94" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="94" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="94" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="94" />
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="95" />
        <source>No. of changes</source>
        <translation>修改数</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="116" />
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="116" />
        <source>Cleaning</source>
        <translation>清理中</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="116" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="117" />
        <source>Error: %1</source>
        <translation>出错：%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="131" />
        <source>Could not clean %1:
%2</source>
        <translation>无法清理 %1：
%2</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="133" />
        <source>%1
%2 warning(s) to review</source>
        <translation>%1
有 %2 处提醒待检查</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="37" />
        <source>Qinggao</source>
        <translation>清稿 Qinggao</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="68" />
        <location filename="../../app/gui/main_window.py" line="91" />
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="72" />
        <source>Original text</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="74" />
        <source>Cleaned text</source>
        <translation>清理后的文本</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="75" />
        <source>Drop files or folders anywhere on this window; select a file to see its cleaned text here.</source>
        <translation>把文件或文件夹拖到窗口任意位置；选中一个文件，这里显示清理后的文本。</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="78" />
        <source>Changes</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="84" />
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="85" />
        <source>Cleaned</source>
        <translation>清理后</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="88" />
        <source>Changes (untick to undo)</source>
        <translation>修改记录（取消勾选即撤销该处修改）</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="100" />
        <source>Drop files or folders here, or use File &gt; Add files…</source>
        <translation>把文件或文件夹拖到这里，或用“文件 &gt; 添加文件…”</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="115" />
        <location filename="../../app/gui/main_window.py" line="116" />
        <location filename="../../app/gui/main_window.py" line="312" />
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="118" />
        <source>Choose the output folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="122" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="125" />
        <source>Text encoding</source>
        <translation>文本编码</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="126" />
        <source>Encoding of text, Markdown and JSON files</source>
        <translation>文本、Markdown 和 JSON 文件的编码</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="128" />
        <source>Official document (GB/T 9704)</source>
        <translation>公文格式（GB/T 9704）</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="128" />
        <source>Plain</source>
        <translation>普通格式</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="130" />
        <source>DOCX layout</source>
        <translation>DOCX 版式</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="132" />
        <source>File name template</source>
        <translation>文件名模板</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="133" />
        <source>File names: {stem} {title} {site} {date} {index}</source>
        <translation>文件名：{stem} 原文件名、{title} 标题、{site} 网站、{date} 日期、{index} 序号</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="136" />
        <location filename="../../app/gui/main_window.py" line="137" />
        <source>Export all</source>
        <translation>导出全部</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="141" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="144" />
        <source>Output folder:</source>
        <translation>输出到：</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="146" />
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="147" />
        <source>Name:</source>
        <translation>文件名：</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="154" />
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="159" />
        <source>One paragraph a line</source>
        <translation>每段一行</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="159" />
        <source>Blank line between paragraphs</source>
        <translation>段间空一行</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="160" />
        <source>Indent paragraphs by two characters</source>
        <translation>段首缩进两字</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="166" />
        <source>Windows line ends (CRLF)</source>
        <translation>Windows 换行（CRLF）</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="167" />
        <source>Markdown front matter (title, source, site, date)</source>
        <translation>Markdown 文首信息（标题、来源、网站、日期）</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="172" />
        <source>More output options</source>
        <translation>更多输出选项</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="179" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="180" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="185" />
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="186" />
        <source>Add f&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="187" />
        <source>&amp;Export all</source>
        <translation>全部导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="193" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="194" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="195" />
        <source>&amp;About Qinggao</source>
        <translation>关于清稿(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="213" />
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="214" />
        <source>Pages (*.txt *.html *.htm *.mhtml *.mht);;All files (*)</source>
        <translation>网页与文本 (*.txt *.html *.htm *.mhtml *.mht);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="219" />
        <source>Add folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="225" />
        <source>Looking for documents…</source>
        <translation>正在查找文档…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="232" />
        <source>Added %1 document(s)</source>
        <translation>已添加 %1 个文档</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="234" />
        <source>; skipped %1 unsupported file(s)</source>
        <translation>；跳过 %1 个不支持的文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="237" />
        <source>; %1 path(s) could not be read (%2)</source>
        <translation>；%1 个路径无法读取（%2）</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="319" />
        <source>Choose an output folder first</source>
        <translation>请先选择输出文件夹</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="376" />
        <source>Export cancelled: %1 of %2 file(s) written</source>
        <translation>导出已取消：已写出 %1 / %2 个文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="379" />
        <source>Exported %1 file(s), %2 failed</source>
        <translation>已导出 %1 个文件，失败 %2 个</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="381" />
        <source> (first failure: %1)</source>
        <translation>（首个失败：%1）</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="412" />
        <source>About Qinggao</source>
        <translation>关于清稿</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="413" />
        <source>Qinggao turns scraped Chinese web pages into clean manuscripts, and shows every change it makes and why.</source>
        <translation>清稿把从网上收集的中文网页整理成干净的文稿，并说明每一处修改的原因。</translation>
    </message>
</context>
</TS>