"""Fill the empty translations of resources/i18n/qinggao_zh_CN.ts from the table below and
compile the .qm. The .ts file is the source of truth: translations already in it are kept.

    pyside6-lupdate app/gui/*.py -ts resources/i18n/qinggao_zh_CN.ts   # collect new strings
    python tools/translations.py                                       # translate and compile

A string missing from the table is reported and left unfinished (it shows in English).
Each part of the window may keep its own table in ``tools/zh_<part>.py`` (a dict named ``ZH``);
they are merged into the one below.
"""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "qinggao_zh_CN.ts"

ZH = {
    "Status": "状态", "Title": "标题", "File": "文件", "Site": "来源网站", "Encoding": "编码",
    "Changes": "修改", "Warnings": "提醒", "Waiting": "等待中", "Cleaning": "清理中", "Done": "完成",
    "Error: %1": "出错：%1",
    "Qinggao — clean manuscripts from scraped pages": "清稿 — 把网页材料整理成干净的文稿",
    "Files": "文件", "Original text": "原文", "Cleaned text": "清理后的文本",
    "Original": "原文", "Cleaned": "清理后", "Changes (untick to undo)": "修改记录（取消勾选即撤销该处修改）",
    "Drop files or folders here, or use File > Add files…": "把文件或文件夹拖到这里，或用“文件 > 添加文件…”",
    "Output folder": "输出文件夹", "Choose the output folder": "选择输出文件夹", "Format": "格式",
    "Export all": "导出全部", "Cancel": "取消", "Output folder:": "输出到：", "Format:": "格式：",
    "&File": "文件(&F)", "Main": "主工具栏", "Add &files…": "添加文件(&F)…", "Add f&older…": "添加文件夹(&O)…",
    "&Export all": "全部导出(&E)", "&Quit": "退出(&Q)", "&Help": "帮助(&H)", "&About Qinggao": "关于清稿(&A)",
    "Add files": "添加文件", "Pages (*.txt *.html *.htm *.mhtml *.mht);;All files (*)":
        "网页与文本 (*.txt *.html *.htm *.mhtml *.mht);;所有文件 (*)",
    "Add folder": "添加文件夹", "Looking for documents…": "正在查找文档…",
    "Added %1 document(s)": "已添加 %1 个文档", "; skipped %1 unsupported file(s)": "；跳过 %1 个不支持的文件",
    "Choose an output folder first": "请先选择输出文件夹",
    "Export cancelled: %1 of %2 file(s) written": "导出已取消：已写出 %1 / %2 个文件",
    "Exported %1 of %2 file(s)": "已导出 %1 / %2 个文件", "; %1 failed (%2)": "；%1 个失败（%2）",
    "About Qinggao": "关于清稿",
    "Text encoding": "文本编码", "Encoding of text, Markdown and JSON files": "文本、Markdown 和 JSON 文件的编码",
    "Official document (GB/T 9704)": "公文格式（GB/T 9704）", "Plain": "普通格式", "DOCX layout": "DOCX 版式",
    "File name template": "文件名模板", "File names: {stem} {title} {site} {date} {index}":
        "文件名：{stem} 原文件名、{title} 标题、{site} 网站、{date} 日期、{index} 序号",
    "Name:": "文件名：", "More": "更多", "More output options": "更多输出选项",
    "One paragraph a line": "每段一行", "Blank line between paragraphs": "段间空一行",
    "Indent paragraphs by two characters": "段首缩进两字", "Windows line ends (CRLF)": "Windows 换行（CRLF）",
    "Markdown front matter (title, source, site, date)": "Markdown 文首信息（标题、来源、网站、日期）",
    "Qinggao turns scraped Chinese web pages into clean manuscripts, and shows every change it makes and why.":
        "清稿把从网上收集的中文网页整理成干净的文稿，并说明每一处修改的原因。",
}


def tables() -> dict[str, str]:
    """This file's table merged with every ``tools/zh_*.py`` table."""
    import importlib.util
    merged = dict(ZH)
    for path in sorted(Path(__file__).parent.glob("zh_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        merged.update(module.ZH)
    return merged


def main() -> int:
    table = tables()
    tree = ET.parse(TS)
    missing = []
    for msg in tree.iter("message"):
        src = msg.findtext("source")
        tr = msg.find("translation")
        if tr.text and tr.attrib.get("type") != "unfinished":
            continue
        if src in table:
            tr.text = table[src]
            tr.attrib.pop("type", None)
        else:
            missing.append(src)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for m in missing:
        print(f"untranslated: {m}", file=sys.stderr)
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
