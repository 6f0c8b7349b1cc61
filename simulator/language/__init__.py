"""Reading trainee text: acts, slots (amount, date, method), politeness cues and flags.

from simulator.language import analyze, AnalysisContext
analyze("Can you pay $420 by Friday?", AnalysisContext(today=date(2026, 12, 1)))
"""

from simulator.language.acts import analyze
from simulator.language.types import Act, Analysis, AnalysisContext, Cue, Slots, Span

__all__ = ["Act", "Analysis", "AnalysisContext", "Cue", "Slots", "Span", "analyze"]
