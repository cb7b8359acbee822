"""MHTML ("web page, single file", .mhtml/.mht) → the HTML part, read like any page.

>>> page = ("From: <Saved by Blink>\\r\\nSubject: t\\r\\nMIME-Version: 1.0\\r\\n"
...         "Content-Type: multipart/related; type=\\"text/html\\"; boundary=\\"B\\"\\r\\n\\r\\n"
...         "--B\\r\\nContent-Type: text/html; charset=\\"utf-8\\"\\r\\nContent-Transfer-Encoding: quoted-printable\\r\\n"
...         "Content-Location: https://example.cn/a.html\\r\\n\\r\\n"
...         "<html><body><h1>=E6=A0=87=E9=A2=98</h1><p>=E6=AD=A3=E6=96=87</p></body></html>\\r\\n--B--\\r\\n")
>>> doc = read_mhtml(page.encode())
>>> doc.text, doc.meta["url"]
('标题\\n正文', 'https://example.cn/a.html')
"""
from __future__ import annotations

import email
import email.policy

from ..document import Document
from .decode import DecodeError
from .html import read_html


def read_mhtml(data: bytes, source: str = "") -> Document:
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    root_location = msg.get("Content-Location") or msg.get("Snapshot-Content-Location")
    for part in msg.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)
        if not payload:
            continue
        charset = part.get_content_charset()
        doc = read_html(payload, source, declared=charset)
        url = part.get("Content-Location") or root_location
        if url and not doc.meta.get("url"):
            doc.meta["url"] = url
        doc.meta["container"] = "mhtml"
        return doc
    raise DecodeError("this MHTML file has no HTML part")
