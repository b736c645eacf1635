"""mou-extract: agreement records from Japanese municipal documents."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .settings import Settings

__version__ = "0.1.0"
__all__ = ["Pipeline", "Settings", "__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import Pipeline


def __getattr__(name: str) -> Any:
    # Import lazily so that `import mou_extract.dates` never pulls spaCy in.
    if name == "Pipeline":
        from .pipeline import Pipeline

        return Pipeline
    raise AttributeError(name)
