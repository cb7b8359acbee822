"""A screenshot of the main window for the README, taken on a real (virtual) screen.

    Xvfb :99 -screen 0 1280x800x24 &
    DISPLAY=:99 python docs/screenshot.py          # writes docs/screenshot-main.png
    DISPLAY=:99 python docs/screenshot.py --dark --out /tmp/dark.png   # the dark scheme, elsewhere

Needs a CJK font (Debian: fonts-noto-cjk). Writes three small sample pages to a
temporary folder (one UTF-8 speech with a site header and ``**`` placeholders, one
GBK notice, one HTML article), drops them on the window, waits for the cleaning,
selects the speech and grabs the window.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SPEECH = """欢迎来到某某范文网!
首页 > 讲话稿 > 领导讲话
在全市安全生产工作会议上的讲话
时间:2024-03-05 来源:某某范文网 阅读:2318
同志们:
今天召开会议,主要任务是部署**市2024年安全生产工作。刚才,**同志通报了去年全市安全生产情况,我代衰市委、市政府讲三点意见。
一、提高认识,切实增强做好安全生产工作的责任感
安全生产事关人民群众生命财产安全,事关改革发展稳定大局。各级各部门要牢固树立安全发展理念,
坚决守住安全生产底线。
二、突出重点,扎实开展隐患排查整治
要聚焦道路交通、建筑施工、危险化学品等重点行业领域,全面排查风险隐患,做到排查不留死角、整治不留后患。
三、压实责任,确保各项措施落到实处
各级党委政府要切实履行属地管理责任,做到守土有责、守土负责、守土尽责。
相关文章:
2024年安全生产工作会议讲话稿
安全生产月活动总结
"""

NOTICE = """关于做好春节期间值班工作的通知
各科室、各单位:
春节将至,为确保节日期间各项工作平稳有序,现就有关事项通知如下:
一、严格落实值班制度。节日期间实行24小时值班和领导带班制度,值班人员要坚守岗位。
二、及时报送重要信息。遇有突发事件,要第一时间报告,不得迟报、漏报、瞒报。
***办公室
2024年2月1日
"""

ARTICLE = """<html><head><meta charset="utf-8"><title>社区开展垃圾分类宣传活动_新闻中心_某某网</title></head>
<body><div class="nav"><a href="/">首页</a> | <a href="/news">新闻中心</a> | <a href="/about">关于我们</a></div>
<div class="content"><h1>社区开展垃圾分类宣传活动</h1>
<p class="info">发布时间:2024-04-12 浏览次数:356</p>
<p>为进一步提高居民垃圾分类意识,近日,幸福里社区组织志愿者走进小区,开展垃圾分类宣传活动。</p>
<p>活动现场,志愿者通过发放宣传资料、现场讲解等方式,向居民介绍可回收物、有害垃圾、厨余垃圾和其他垃圾的分类标准。</p>
<p>下一步,社区将继续开展形式多样的宣传活动,推动垃圾分类成为居民的自觉行动。</p></div>
<div class="footer">版权所有 © 某某网 备案号:京ICP备12345678号</div></body></html>
"""


def write_samples(folder: Path) -> list[Path]:
    paths = [folder / "安全生产讲话.txt", folder / "春节值班通知.txt", folder / "垃圾分类宣传.html"]
    paths[0].write_text(SPEECH, encoding="utf-8")
    paths[1].write_bytes(NOTICE.encode("gbk"))
    paths[2].write_text(ARTICLE, encoding="utf-8")
    return paths


def main() -> int:
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(REPO / "docs" / "screenshot-main.png"), help="the PNG to write")
    ap.add_argument("--dark", action="store_true", help="as under a dark system colour scheme")
    ap.add_argument("--screen", choices=("main", "rules", "hand"), default="main",
                    help="main: the window with a typo fix selected; rules: Tools > Rules…; "
                         "hand: the cleaned text edited by hand")
    args = ap.parse_args()
    from PySide6.QtCore import QSettings, Qt, QTimer
    from app.gui.app import make_app
    from app.gui.main_window import MainWindow
    from app.gui.theme import apply_scheme
    app = make_app([])
    app.setOrganizationName("QinggaoScreenshot")           # default options, not the user's
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp(prefix="qinggao-shot-settings-"))
    if args.dark:
        apply_scheme(app, Qt.ColorScheme.Dark)
    window = MainWindow()
    window.resize(1360, 860)
    window.show()
    folder = Path(tempfile.mkdtemp(prefix="qinggao-shot-"))
    window.add_paths(write_samples(folder))
    window.outputDirEdit.setText(str(Path.home() / "清稿输出"))

    def shoot() -> None:
        if window.runner.busy or not window.model.entries:
            QTimer.singleShot(200, shoot)
            return
        window.fileList.selectRow(0)
        QTimer.singleShot(300, pose)

    def pose() -> None:
        if args.screen == "rules":
            window.open_rules()
            QTimer.singleShot(600, lambda: (window.rulesDialog.grab().save(args.out), app.quit()))
            return
        for row in range(window.changeList.count()):          # the typo fix, with its details
            if "typos/" in window.changeList.item(row).text():
                window.changeList.setCurrentRow(row)
                break
        if args.screen == "hand":
            from PySide6.QtGui import QTextCursor
            view = window.cleanedView
            view.moveCursor(QTextCursor.End)
            view.insertPlainText("（此处为手工补充的一句。）")
            window.review.flush_typing()
        QTimer.singleShot(400, lambda: (window.grab().save(args.out), app.quit()))

    QTimer.singleShot(500, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
