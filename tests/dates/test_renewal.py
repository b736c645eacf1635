"""Dates: renewal clauses. Cases are in `cases.py` (RENEWAL)."""

from __future__ import annotations

import pytest

from .cases import RENEWAL, assert_case


@pytest.mark.parametrize("case", RENEWAL, ids=str)
def test_renewal(case) -> None:
    assert_case(case)
