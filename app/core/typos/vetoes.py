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
_NAME_AFTER = regex.compile(rf"[{SURNAMES}]\p{{Han}}{{1,2}}?(?=(?:{TITLES}))")
_NAME_BEFORE = regex.compile(rf"(?<=(?:{TITLES}|记者|通讯员|作者|编辑|摄影|执笔|供稿|讯)[:：\s]*)"
                             rf"[{SURNAMES}]\p{{Han}}{{1,2}}")
_FOREIGN = regex.compile(r"\p{Han}{1,5}(?:[·•・]\p{Han}{1,5})+")        # 瓦西利克·哈努: a transliterated name
_LATIN_OR_DIGIT = regex.compile(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]+")
_NUMERAL = regex.compile(rf"[{NUMERALS}]")
_QUOTES = regex.compile(r"“[^”\n]*”|「[^」\n]*」|『[^』\n]*』|‘[^’\n]*’|《[^》\n]*》|\"[^\"\n]*\"|〈[^〉\n]*〉")


def protected(text: str, keep: tuple[str, ...] = ()) -> set[int]:
    """Offsets of characters a generated fix must leave alone."""
    out: set[int] = set()
    for m in _LATIN_OR_DIGIT.finditer(text):
        out.update(range(max(0, m.start() - 1), m.end() + 1))   # the unit or word touching it too
    for m in _NUMERAL.finditer(text):
        out.update((m.start(), m.start() + 1))       # the numeral and its counter or marker (一是, 三项)
    for pat in (_NAME_AFTER, _NAME_BEFORE, _FOREIGN):
        for m in pat.finditer(text):
            out.update(range(m.start(), m.end()))
    return out | occurrences(text, keep)


def occurrences(text: str, words) -> set[int]:
    """Offsets covered by any occurrence of any of ``words``.

    >>> sorted(occurrences("园区办和园区", ["园区办"]))
    [0, 1, 2]
    """
    out: set[int] = set()
    for word in words:
        start = text.find(word)
        while start >= 0:
            out.update(range(start, start + len(word)))
            start = text.find(word, start + 1)
    return out


def quoted(text: str) -> set[int]:
    """Offsets inside quotation marks and title marks 《》."""
    out: set[int] = set()
    for m in _QUOTES.finditer(text):
        out.update(range(m.start(), m.end()))
    return out
