"""spaCy pipeline components that run mou-extract's rules: ``mou_dates`` and ``mou_parties``.

Add them to any Japanese pipeline (``spacy.blank("ja")`` or ``ja_ginza``)::

    import spacy
    nlp = spacy.blank("ja")
    nlp.add_pipe("mou_dates")
    nlp.add_pipe("mou_parties", config={"set_ents": True})
    doc = nlp("令和2年11月18日、川崎市とハンブルク市は覚書を締結した。")
    doc.spans["mou_dates"][0]._.iso_value  # '2020-11-18'

The factories are also declared as ``spacy_factories`` entry points, so
``add_pipe`` finds them without importing this module first.

Each component's call is three steps, spaCy style:

* **match**: the finder (a rule function of this package) runs on the
  normalised ``doc.text``; its offsets are mapped back to ``doc.text``;
* **decide**: each mention becomes a char span aligned to tokens with
  ``alignment_mode="expand"`` and carries its values as extension attributes;
  mentions that cover no token are dropped, duplicates are merged;
* **set annotations**: the spans go to ``doc.spans[spans_key]`` and, with
  ``set_ents=True``, to ``doc.ents`` without displacing existing entities
  (unless ``overwrite_ents=True``).

The finder is swappable: the ``finder`` setting names a function registered in
spaCy's ``misc`` registry that *returns* the finder (``text -> mentions``).
The defaults, ``mou_extract.find_dates.v1`` and ``mou_extract.find_parties.v1``,
import the rule modules lazily, so this module imports (and spaCy's entry-point
scan succeeds) even where those modules are unavailable.
"""

# No ``from __future__ import annotations``: spaCy validates factory arguments
# from their (real, not string) type hints.
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, registry

from .normalize import normalize

DATE_EXTENSIONS = ("iso_value", "era", "problem")
PARTY_EXTENSIONS = ("party_kind", "country", "canonical_name")

Finder = Callable[[str], Sequence[Any]]


def register_extensions() -> None:
    """Register the ``Span._`` attributes both components write (idempotent).

    An attribute that another library already registered is left as it is.
    Called when a component is created, not at import: spaCy imports this
    module for every pipeline it builds (entry points), and the ``Span._``
    namespace should stay untouched until the components are actually used.
    """
    for name in DATE_EXTENSIONS + PARTY_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


# --------------------------------------------------------------------------- finders


@registry.misc("mou_extract.find_dates.v1")
def date_finder() -> Finder:
    """The project's date rules: ``mou_extract.dates.find_dates``."""

    def find(text: str) -> Sequence[Any]:
        from .dates import find_dates  # lazy: rules may be absent or heavy

        return find_dates(text)

    return find


@registry.misc("mou_extract.find_parties.v1")
def party_finder() -> Finder:
    """The project's party rules: ``mou_extract.parties.find_party_mentions``."""

    def find(text: str) -> Sequence[Any]:
        from .parties import find_party_mentions  # lazy, as above

        return find_party_mentions(text)

    return find


def resolve_finder(finder: Union[str, Finder]) -> Finder:
    """Turn a ``finder`` setting into a callable.

    Args:
        finder: the name of a ``misc`` registry function returning a finder
            (``"mou_extract.find_dates.v1"``), or a finder callable itself
            (what a ``{"@misc": ...}`` block in a config file resolves to).
    """
    if isinstance(finder, str):
        return registry.misc.get(finder)()
    if callable(finder):
        return finder
    raise TypeError(f"finder must be a registry name or a callable, not {type(finder).__name__}")


# --------------------------------------------------------------------------- component


def _enum_value(v: Any) -> Any:
    return getattr(v, "value", v)


class MentionComponent:
    """Runs a finder on a Doc and stores what it finds as spans.

    Args:
        nlp: the pipeline (unused; spaCy passes it).
        name: the component's name in the pipeline.
        finder: a registry name or callable, see :func:`resolve_finder`.
        spans_key: the ``doc.spans`` key the spans go to.
        set_ents: also add the spans to ``doc.ents``.
        overwrite_ents: when adding to ``doc.ents``, let new spans displace
            overlapping existing entities (default: existing entities win).
        label: a fixed label for every span, or ``None`` for :meth:`label_of`.
        attrs: the extension names written, with the mention attribute each
            takes its value from.
    """

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        finder: Union[str, Finder],
        spans_key: str,
        set_ents: bool,
        overwrite_ents: bool,
        label: str | None,
        attrs: dict[str, str],
    ) -> None:
        register_extensions()
        self.name = name
        self.finder = resolve_finder(finder)
        self.spans_key = spans_key
        self.set_ents = set_ents
        self.overwrite_ents = overwrite_ents
        self.label = label
        self.attrs = attrs

    def __call__(self, doc: Doc) -> Doc:
        mentions = self.match(doc)
        spans = self.decide(doc, mentions)
        self.set_annotations(doc, spans)
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)

    # -- match
    def match(self, doc: Doc) -> list[tuple[int, int, Any]]:
        """Run the finder on the normalised text; return ``(start, end, mention)``
        with offsets into ``doc.text``."""
        norm = normalize(doc.text)
        out = []
        for m in self.finder(norm.text):
            start, end = norm.to_original(m.start, m.end)
            out.append((start, end, m))
        return out

    # -- decide
    def label_of(self, mention: Any) -> str:
        return self.label or "MOU"

    def decide(self, doc: Doc, matches: Sequence[tuple[int, int, Any]]) -> list[Span]:
        """Align each match to tokens and attach its values; drop empty and duplicate spans."""
        spans: list[Span] = []
        seen: set[tuple[int, int, str]] = set()
        for start, end, mention in matches:
            if end <= start:
                continue
            label = self.label_of(mention)
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            key = (span.start, span.end, label)
            if key in seen:
                continue
            seen.add(key)
            for ext, attr in self.attrs.items():
                span._.set(ext, _enum_value(getattr(mention, attr, None)))
            spans.append(span)
        return spans

    # -- set annotations
    def set_annotations(self, doc: Doc, spans: list[Span]) -> None:
        doc.spans[self.spans_key] = spans
        if not self.set_ents or not spans:
            return
        new = filter_spans(spans)
        old = list(doc.ents)
        first, second = (new, old) if self.overwrite_ents else (old, new)
        taken = {i for s in first for i in range(s.start, s.end)}
        kept = [s for s in second if not any(i in taken for i in range(s.start, s.end))]
        doc.ents = sorted(first + filter_spans(kept), key=lambda s: s.start)


class DateComponent(MentionComponent):
    """``mou_dates``: dates, with ``Span._.iso_value``, ``Span._.era`` and ``Span._.problem``."""


class PartyComponent(MentionComponent):
    """``mou_parties``: candidate parties, with ``Span._.party_kind``,
    ``Span._.country`` and ``Span._.canonical_name``.

    Without a fixed ``label`` each span is labelled by its kind in capitals
    (``MUNICIPALITY``, ``REGION``, ``COUNTRY``, ``ORGANIZATION``).
    """

    def label_of(self, mention: Any) -> str:
        if self.label:
            return self.label
        kind = _enum_value(getattr(mention, "kind", None))
        return str(kind).upper() if kind else "PARTY"


@Language.factory(
    "mou_dates",
    default_config={
        "finder": "mou_extract.find_dates.v1",
        "spans_key": "mou_dates",
        "set_ents": False,
        "overwrite_ents": False,
        "label": "DATE",
    },
    assigns=["doc.spans", "span._.iso_value", "span._.era", "span._.problem"],
)
def make_date_component(
    nlp: Language,
    name: str,
    finder: Union[str, Callable],
    spans_key: str,
    set_ents: bool,
    overwrite_ents: bool,
    label: str,
) -> DateComponent:
    """Create the ``mou_dates`` component (see :class:`MentionComponent` for arguments)."""
    return DateComponent(
        nlp, name, finder=finder, spans_key=spans_key, set_ents=set_ents,
        overwrite_ents=overwrite_ents, label=label,
        attrs={"iso_value": "value", "era": "era", "problem": "problem"},
    )


@Language.factory(
    "mou_parties",
    default_config={
        "finder": "mou_extract.find_parties.v1",
        "spans_key": "mou_parties",
        "set_ents": False,
        "overwrite_ents": False,
        "label": None,
    },
    assigns=["doc.spans", "span._.party_kind", "span._.country", "span._.canonical_name"],
)
def make_party_component(
    nlp: Language,
    name: str,
    finder: Union[str, Callable],
    spans_key: str,
    set_ents: bool,
    overwrite_ents: bool,
    label: Optional[str],
) -> PartyComponent:
    """Create the ``mou_parties`` component (see :class:`MentionComponent` for arguments)."""
    return PartyComponent(
        nlp, name, finder=finder, spans_key=spans_key, set_ents=set_ents,
        overwrite_ents=overwrite_ents, label=label,
        attrs={"party_kind": "kind", "country": "country", "canonical_name": "name"},
    )
