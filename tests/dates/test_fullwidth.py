"""Dates: full-width digits and punctuation. Cases are in `cases.py` (FULLWIDTH)."""

from __future__ import annotations

import pytest

from .cases import FULLWIDTH, assert_case


@pytest.mark.parametrize("case", FULLWIDTH, ids=str)
def test_fullwidth(case) -> None:
    assert_case(case)
