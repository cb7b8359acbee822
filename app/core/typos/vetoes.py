"""Where generated fixes must not go: names, places, numbers, Latin text, quotations and
the user's own words.

:func:`protected` gives the character offsets that are never changed; :func:`quoted` those
inside quotation marks (a quotation is quoted as it was written).

>>> text = "王建国同志在2023年说：“我们要坚持下去。”"
>>> sorted(protected(text))[:4]
[0, 1, 2, 5]
>>> min(quoted(text)), max(quoted(text))
(13, 22)
"""
from __future__ import annotations

import re

import regex

NUMERALS = "〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟第"
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
            "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚"
            "邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳"
            "甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解"
            "牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边"
            "卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
TITLES = ("同志|先生|女士|老师|教授|书记|主席|总理|部长|省长|市长|县长|区长|州长|镇长|乡长|村长|局长|主任|"
          "院长|校长|处长|科长|厅长|所长|董事长|总经理|经理|委员|代表|记者|律师|医生|研究员|工程师|烈士")
# The names are found from the titles and bylines that show them, not by trying a pattern at
# every character (a class of 300 surnames tried everywhere was a tenth of the typo step). What
# is found is what these patterns find (tests/typos/test_vetoes.py compares them):
#   after:  [SURNAMES]\p{Han}{1,2}?(?=TITLES)            王建国同志, 李明书记
#   before: (?<=(?:TITLES|BYLINES)[:：\s]*)[SURNAMES]\p{Han}{1,2}   记者 张三
_SURNAMES = frozenset(SURNAMES)
_TITLES = tuple(TITLES.split("|"))
_BYLINES = _TITLES + ("记者", "通讯员", "作者", "编辑", "摄影", "执笔", "供稿", "讯")
_SEPARATORS = regex.compile(r"[:：\s]*")
_HAN = regex.compile(r"\p{Han}")
_DOTS = "·•・"
_FOREIGN = regex.compile(r"\p{Han}{1,5}(?:[·•・]\p{Han}{1,5})+")        # 瓦西利克·哈努: a transliterated name
# plain classes: the standard engine runs them two or three times faster than ``regex``
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]+")
_NUMERAL = re.compile(rf"[{NUMERALS}]")
_QUOTES = regex.compile(r"“[^”\n]*”|「[^」\n]*」|『[^』\n]*』|‘[^’\n]*’|《[^》\n]*》|\"[^\"\n]*\"|〈[^〉\n]*〉")


def off_limits(text: str) -> set[int]:
    """Every offset a generated fix must leave alone: :func:`protected` and :func:`quoted`."""
    return protected(text) | quoted(text)


def protected(text: str, keep: tuple[str, ...] = ()) -> set[int]:
    """Offsets of characters a generated fix must leave alone."""
    out: set[int] = set()
    for m in _LATIN_OR_DIGIT.finditer(text):
        out.update(range(max(0, m.start() - 1), m.end() + 1))   # the unit or word touching it too
    for m in _NUMERAL.finditer(text):
        out.update((m.start(), m.start() + 1))       # the numeral and its counter or marker (一是, 三项)
    for start, end in names(text):
        out.update(range(start, end))
    for start, end in foreign_names(text):
        out.update(range(start, end))
    return out | occurrences(text, keep)


def foreign_names(text: str) -> list[tuple[int, int]]:
    """Spans of transliterated names (瓦西利克·哈努): what ``_FOREIGN.finditer`` finds, tried
    only where a dot is (a match starts at most five characters of Chinese before its first dot).

    >>> text = "安德烈·伊万诺夫说，让-皮埃尔"
    >>> [text[a:b] for a, b in foreign_names(text)]
    ['安德烈·伊万诺夫说']
    """
    dots = sorted(i for d in _DOTS for i in _find_all(text, d))
    out = []
    last = 0
    for d in dots:
        if d < last:
            continue
        start = d
        while start > max(last, d - 5) and _HAN.match(text, start - 1):
            start -= 1
        if start == d:
            continue
        m = _FOREIGN.match(text, start)
        if m:
            out.append(m.span())
            last = m.end()
    return out


def names(text: str) -> list[tuple[int, int]]:
    """Spans of the names before a title (王建国同志) and after a title or byline (记者 张三).

    >>> text = "王建国同志说，记者：李明"
    >>> [text[a:b] for a, b in names(text)]
    ['王建国', '李明']
    """
    def han(i: int) -> bool:
        return i < len(text) and _HAN.match(text, i) is not None

    found = {w: list(_find_all(text, w)) for w in _BYLINES}        # the titles are bylines too
    titles = {t for w in _TITLES for t in found[w]}
    out = []
    last = 0
    # a surname, one or two characters, then a title (the shortest name that reaches one)
    for i in sorted({t - k for t in titles for k in (2, 3) if t >= k}):
        if i < last or text[i] not in _SURNAMES or not han(i + 1):
            continue
        if i + 2 in titles:
            end = i + 2
        elif i + 3 in titles and han(i + 2):
            end = i + 3
        else:
            continue
        out.append((i, end))
        last = end
    # a title or byline, separators, a surname and one or two characters (as many as there are)
    ends = {t + len(w) for w, at in found.items() for t in at}
    last = 0
    for i in sorted({_SEPARATORS.match(text, k).end() for k in ends}):
        if i < last or i >= len(text) or text[i] not in _SURNAMES or not han(i + 1):
            continue
        end = i + 3 if han(i + 2) else i + 2
        out.append((i, end))
        last = end
    return out


def _find_all(text: str, word: str):
    start = text.find(word)
    while start >= 0:
        yield start
        start = text.find(word, start + 1)


def occurrences(text: str, words) -> set[int]:
    """Offsets covered by any occurrence of any of ``words``.

    >>> sorted(occurrences("园区办和园区", ["园区办"]))
    [0, 1, 2]
    """
    out: set[int] = set()
    for word in words:
        for start in _find_all(text, word):
            out.update(range(start, start + len(word)))
    return out


def quoted(text: str) -> set[int]:
    """Offsets inside quotation marks and title marks 《》."""
    out: set[int] = set()
    for m in _QUOTES.finditer(text):
        out.update(range(m.start(), m.end()))
    return out
