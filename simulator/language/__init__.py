"""Reading trainee text: acts, slots (amount, date, method), politeness cues and flags.

from simulator.language import analyze, AnalysisContext
analyze("Can you pay $420 by Friday?", AnalysisContext(today=date(2026, 12, 1)))
"""

from typing import TYPE_CHECKING, Any

from simulator.language.types import Act, Analysis, AnalysisContext, Cue, Slots, Span

if TYPE_CHECKING:
    from simulator.language.acts import analyze

__all__ = ["Act", "Analysis", "AnalysisContext", "Cue", "Slots", "Span", "analyze"]


def __getattr__(name: str) -> Any:
    # The reader compiles its patterns on import (~60 ms); content loading and the UI's first
    # screen only need the types, so the reader is imported when `analyze` is first asked for.
    if name == "analyze":
        from simulator.language.acts import analyze

        return analyze
    raise AttributeError(f"module 'simulator.language' has no attribute {name!r}")
