"""Corpus formats (JSONL, WARC) and the Dask path, on small data the tests make."""
from __future__ import annotations

import io
import json

import pytest

from app.core.batch import plan_jobs, collect_inputs
from app.core.config import CleanConfig, OutputConfig
from tests.conftest import run_cli

PAGE = ("<html><head><title>开学典礼讲话_某某范文网</title></head><body><div class='nav'><a>首页</a><a>范文</a></div>"
        "<div class='article'><h1>开学典礼讲话</h1><p>同学们,新学期开始了,我们要珍惜时光,努力学习。</p>"
        "<p>希望大家在新的学期里取得更大的进步,为学校争光。</p></div>"
        "<div class='footer'>Copyright 2024 某某范文网 版权所有</div></body></html>")


def _expect_clean(text):
    assert text.splitlines()[0] == "开学典礼讲话"
    assert "同学们，新学期开始了" in text and "首页" not in text and "Copyright" not in text


def test_jsonl_in_jsonl_out(tmp_path):
    src = tmp_path / "crawl.jsonl"
    rows = [{"id": "a", "url": "https://x.cn/a", "html": PAGE},
            {"id": "b", "text": "通知\n请各单位按时报送材料,谢谢。"},
            {"id": "c", "nothing": 1}]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\nnot json\n", encoding="utf-8")
    proc = run_cli("clean", src, "-o", tmp_path / "out", "--jobs", "2")
    assert proc.returncode == 1, proc.stderr          # two bad records are reported
    out = [json.loads(l) for l in (tmp_path / "out" / "crawl.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [o["id"] for o in out] == ["a", "b", "c", "4"]
    _expect_clean(out[0]["text"])
    assert out[0]["url"] == "https://x.cn/a" and out[0]["title"] == "开学典礼讲话"
    assert out[1]["text"] == "通知\n请各单位按时报送材料，谢谢。\n"
    assert "no 'html' or 'text'" in out[2]["error"] and "not valid JSON" in out[3]["error"]


def _warc_bytes():
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, body, ctype in (("https://x.cn/a", PAGE.encode("gbk"), "text/html; charset=gbk"),
                             ("https://x.cn/logo.png", b"\x89PNG....", "image/png")):
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return buf.getvalue()


def test_warc_gz_html_responses_to_jsonl(tmp_path):
    src = tmp_path / "crawl.warc.gz"
    src.write_bytes(_warc_bytes())
    proc = run_cli("clean", src, "-o", tmp_path / "out")
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(l) for l in (tmp_path / "out" / "crawl.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(out) == 1 and out[0]["url"] == "https://x.cn/a"
    assert out[0]["meta"]["encoding"] == "gb18030"
    _expect_clean(out[0]["text"])


def test_dask_local_cluster_cleans_files_and_bags(tmp_path):
    distributed = pytest.importorskip("distributed")
    db = pytest.importorskip("dask.bag")
    from app.core.distributed import clean_bag, run_jobs_with_client
    for i in range(4):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / f"p{i}.html").write_text(PAGE.replace("珍惜时光", f"珍惜时光{i}"), encoding="utf-8")
    jobs = plan_jobs(collect_inputs([tmp_path / "in"]).items, tmp_path / "out", CleanConfig(), OutputConfig())
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        results = list(run_jobs_with_client(jobs, client))
        assert all(r.ok for r in results), [r.error for r in results]
        bag = db.from_sequence([{"id": "x", "html": PAGE}], npartitions=1)
        cleaned = clean_bag(bag).compute()
    for i in range(4):
        text = (tmp_path / "out" / f"p{i}.txt").read_text(encoding="utf-8")
        _expect_clean(text)
        assert f"珍惜时光{i}" in text
    _expect_clean(cleaned[0]["text"])
