"""Fixtures for the writer tests: the seed page cleaned once, and small results."""
from __future__ import annotations

import pytest

from app.core.batch import clean_path
from app.core.document import Result
from tests.conftest import shared_path


@pytest.fixture(scope="session")
def seed_result() -> Result:
    return clean_path(shared_path("corpus", "text", "wenchi_speech.txt"))


def make_result(text: str, title: str = "", **meta) -> Result:
    return Result(text=text, edits=[], original=text, title=title, meta=dict(meta))
