"""Shared fixtures: where ../shared is, the schema, one Pipeline per session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SCHEMA = SHARED / "spec" / "document.schema.json"


@pytest.fixture(scope="session")
def schema_validator():
    """A jsonschema validator for one document's result, or a skip when ../shared is absent."""
    if not SCHEMA.is_file():
        pytest.skip("../shared/spec/document.schema.json is not beside the repository")
    import jsonschema

    schema = json.loads(SCHEMA.read_text("utf-8"))
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside the repository")
    return SEEDS


@pytest.fixture(scope="session")
def rules_pipeline():
    """A pipeline with GiNZA switched off: the rules alone (fast, no model load)."""
    from mou_extract import Pipeline, Settings

    return Pipeline(Settings(use_ner=False))
