"""A downloads folder from hell, built fresh for each test that needs it."""
from __future__ import annotations

import os
import random
from pathlib import Path

GOOD_TXT = ("关于做好春节期间安全工作的通知\n各单位:\n春节将至,请各单位认真做好值班安排,"
            "加强安全检查,确保节日期间各项工作平稳有序。\n")
GOOD_HTML = ("<html><head><title>开学典礼讲话</title></head><body><div class='article'><h1>开学典礼讲话</h1>"
             "<p>同学们,新学期开始了,希望大家珍惜时光,努力学习,取得更大的进步。</p></div></body></html>")
GOOD = ("good.txt", "page.html", "gbk.txt", "half-utf8-half-gbk.txt", "truncated.txt", "nul.txt", "deep.html",
        "bad:name?.txt")


def build(folder: Path, million: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(8)
    (folder / "good.txt").write_text(GOOD_TXT, encoding="utf-8")
    (folder / "page.html").write_text(GOOD_HTML, encoding="utf-8")
    (folder / "gbk.txt").write_bytes(GOOD_TXT.encode("gbk"))
    (folder / "random.html").write_bytes(bytes(rnd.randrange(256) for _ in range(5000)))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(rnd.randrange(256) for _ in range(500)))
    half = "第一部分是正常的文字，用来检查混合编码的文件。\n".encode("utf-8") * 5
    half += "第二部分却是另一种编码写成的文字，也要读出来。\n".encode("gbk") * 5
    (folder / "half-utf8-half-gbk.txt").write_bytes(half)
    (folder / "truncated.txt").write_bytes(GOOD_TXT.encode("utf-8")[:-2])
    (folder / "nul.txt").write_bytes(GOOD_TXT.encode("utf-8").replace(b"\n", b"\x00\n", 1))
    deep = "<html><body>" + "<div>" * 20000 + "<p>深层嵌套的正文内容，仍然应该被提取出来。</p>" + "</div>" * 20000 + "</body></html>"
    (folder / "deep.html").write_text(deep, encoding="utf-8")
    if million:
        (folder / "million-lines.txt").write_text("\n".join("字" for _ in range(1_000_000)), encoding="utf-8")
    (folder / "bad:name?.txt").write_text(GOOD_TXT.replace("春节", "元旦"), encoding="utf-8")
    loop = folder / "loop.txt"
    if not loop.is_symlink():
        os.symlink(loop, loop)                       # a link that points at itself
    sub = folder / "sub"
    sub.mkdir(exist_ok=True)
    if not (sub / "up").is_symlink():
        os.symlink("..", sub / "up")                 # a folder loop
    if hasattr(os, "mkfifo") and not (folder / "pipe.txt").exists():
        os.mkfifo(folder / "pipe.txt")               # reading it would block forever
    return folder
