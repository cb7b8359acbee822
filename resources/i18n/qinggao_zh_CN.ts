<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>FileListModel</name>
    <message>
        <location filename="../../app/gui/models.py" line="79" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="79" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="79" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="79" />
        <source>Site</source>
        <translation>来源网站</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="80" />
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="80" />
        <source>Changes</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="80" />
        <source>Warnings</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="101" />
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="101" />
        <source>Cleaning</source>
        <translation>清理中</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="101" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="102" />
        <source>Error: %1</source>
        <translation>出错：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="39" />
        <source>Qinggao — clean manuscripts from scraped pages</source>
        <translation>清稿 — 把网页材料整理成干净的文稿</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="59" />
        <location filename="../../app/gui/main_window.py" line="78" />
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="63" />
        <source>Original text</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="65" />
        <source>Cleaned text</source>
        <translation>清理后的文本</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="67" />
        <source>Changes</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="71" />
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="72" />
        <source>Cleaned</source>
        <translation>清理后</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="75" />
        <source>Changes (untick to undo)</source>
        <translation>修改记录（取消勾选即撤销该处修改）</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="87" />
        <source>Drop files or folders here, or use File &gt; Add files…</source>
        <translation>把文件或文件夹拖到这里，或用“文件 &gt; 添加文件…”</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="102" />
        <location filename="../../app/gui/main_window.py" line="103" />
        <location filename="../../app/gui/main_window.py" line="241" />
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="105" />
        <source>Choose the output folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="109" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="110" />
        <location filename="../../app/gui/main_window.py" line="111" />
        <source>Export all</source>
        <translation>导出全部</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="115" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="118" />
        <source>Output folder:</source>
        <translation>输出到：</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="120" />
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="126" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="127" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="129" />
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="130" />
        <source>Add f&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="131" />
        <source>&amp;Export all</source>
        <translation>全部导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="136" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="137" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="138" />
        <source>&amp;About Qinggao</source>
        <translation>关于清稿(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="156" />
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="157" />
        <source>Pages (*.txt *.html *.htm *.mhtml *.mht);;All files (*)</source>
        <translation>网页与文本 (*.txt *.html *.htm *.mhtml *.mht);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="162" />
        <source>Add folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="168" />
        <source>Looking for documents…</source>
        <translation>正在查找文档…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="176" />
        <source>Added %1 document(s)</source>
        <translation>已添加 %1 个文档</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="178" />
        <source>; skipped %1 unsupported file(s)</source>
        <translation>；跳过 %1 个不支持的文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="248" />
        <source>Choose an output folder first</source>
        <translation>请先选择输出文件夹</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="296" />
        <source>Export cancelled: %1 of %2 file(s) written</source>
        <translation>导出已取消：已写出 %1 / %2 个文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="297" />
        <source>Exported %1 of %2 file(s)</source>
        <translation>已导出 %1 / %2 个文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="299" />
        <source>; %1 failed (%2)</source>
        <translation>；%1 个失败（%2）</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="330" />
        <source>About Qinggao</source>
        <translation>关于清稿</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="331" />
        <source>Qinggao turns scraped Chinese web pages into clean manuscripts, and shows every change it makes and why.</source>
        <translation>清稿把从网上收集的中文网页整理成干净的文稿，并说明每一处修改的原因。</translation>
    </message>
</context>
</TS>