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
        <location filename="../../app/gui/main_window.py" line="35" />
        <source>Qinggao</source>
        <translation>清稿 Qinggao</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="60" />
        <location filename="../../app/gui/main_window.py" line="81" />
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="64" />
        <source>Original text</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="66" />
        <source>Cleaned text</source>
        <translation>清理后的文本</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="67" />
        <source>Drop files or folders anywhere on this window; select a file to see its cleaned text here.</source>
        <translation>把文件或文件夹拖到窗口任意位置；选中一个文件，这里显示清理后的文本。</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="70" />
        <source>Changes</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="74" />
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="75" />
        <source>Cleaned</source>
        <translation>清理后</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="78" />
        <source>Changes (untick to undo)</source>
        <translation>修改记录（取消勾选即撤销该处修改）</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="90" />
        <source>Drop files or folders here, or use File &gt; Add files…</source>
        <translation>把文件或文件夹拖到这里，或用“文件 &gt; 添加文件…”</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="105" />
        <location filename="../../app/gui/main_window.py" line="106" />
        <location filename="../../app/gui/main_window.py" line="262" />
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="108" />
        <source>Choose the output folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="112" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="113" />
        <location filename="../../app/gui/main_window.py" line="114" />
        <source>Export all</source>
        <translation>导出全部</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="118" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="121" />
        <source>Output folder:</source>
        <translation>输出到：</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="123" />
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="129" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="130" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="135" />
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="136" />
        <source>Add f&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="137" />
        <source>&amp;Export all</source>
        <translation>全部导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="143" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="144" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="145" />
        <source>&amp;About Qinggao</source>
        <translation>关于清稿(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="163" />
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="164" />
        <source>Pages (*.txt *.html *.htm *.mhtml *.mht);;All files (*)</source>
        <translation>网页与文本 (*.txt *.html *.htm *.mhtml *.mht);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="169" />
        <source>Add folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="175" />
        <source>Looking for documents…</source>
        <translation>正在查找文档…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="182" />
        <source>Added %1 document(s)</source>
        <translation>已添加 %1 个文档</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="184" />
        <source>; skipped %1 unsupported file(s)</source>
        <translation>；跳过 %1 个不支持的文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="187" />
        <source>; %1 path(s) could not be read (%2)</source>
        <translation>；%1 个路径无法读取（%2）</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="269" />
        <source>Choose an output folder first</source>
        <translation>请先选择输出文件夹</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="317" />
        <source>Export cancelled: %1 of %2 file(s) written</source>
        <translation>导出已取消：已写出 %1 / %2 个文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="320" />
        <source>Exported %1 file(s), %2 failed</source>
        <translation>已导出 %1 个文件，失败 %2 个</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="322" />
        <source> (first failure: %1)</source>
        <translation>（首个失败：%1）</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="353" />
        <source>About Qinggao</source>
        <translation>关于清稿</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="354" />
        <source>Qinggao turns scraped Chinese web pages into clean manuscripts, and shows every change it makes and why.</source>
        <translation>清稿把从网上收集的中文网页整理成干净的文稿，并说明每一处修改的原因。</translation>
    </message>
</context>
</TS>