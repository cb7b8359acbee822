"""Beyond one machine: the same ``clean()`` on a Dask cluster.

Two ways in:

* files: ``qinggao clean PATH… -o OUTDIR --dask tcp://scheduler:8786`` sends one task per
  file (``run_job``: read, clean, write) to the cluster's workers. Every worker must see
  the input and output paths (a shared file system such as NFS, or a mounted bucket),
  and have Qinggao installed (``pip install 'qinggao[dask]'``).
* records: from Python, ``clean_bag(dask.bag.read_text("s3://crawl/*.jsonl").map(json.loads))``
  returns a bag of cleaned records (id, url, title, text, meta) to write anywhere Dask can.

Both keep the core pure: workers import ``app.core`` (never Qt), load rule packs and
lexicons lazily once per worker process, and report per-document errors as data.
"""
from __future__ import annotations

from typing import Any, Iterator

from .batch import FileResult, Job, in_order, run_job
from .config import CleanConfig
from .corpus import Record, clean_record


def record_from_dict(obj: dict[str, Any]) -> Record:
    """A JSONL object (``html`` or ``text``, optional ``url`` and ``id``) as a Record."""
    rid, url = str(obj.get("id", "")), str(obj.get("url", ""))
    if isinstance(obj.get("html"), str):
        return Record(rid, url, "html", obj["html"])
    if isinstance(obj.get("text"), str):
        return Record(rid, url, "text", obj["text"])
    return Record(rid, url, "error", "no 'html' or 'text' field")


def clean_bag(bag, config: CleanConfig | None = None):
    """A dask.bag of JSONL-style dicts → a bag of cleaned records."""
    return bag.map(lambda obj: clean_record(record_from_dict(obj), config))


def run_jobs_on_cluster(jobs: list[Job], address: str, window: int = 256) -> Iterator[FileResult]:
    """Run file jobs on the Dask cluster at ``address``; results in input order,
    with at most ``window`` tasks in flight."""
    from distributed import Client
    with Client(address) as client:
        yield from run_jobs_with_client(jobs, client, window)


def run_jobs_with_client(jobs: list[Job], client, window: int = 256) -> Iterator[FileResult]:
    yield from in_order(lambda job: client.submit(run_job, job, pure=False), jobs, window)
