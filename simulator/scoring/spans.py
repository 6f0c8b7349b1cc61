"""Where a score's evidence points in the line, decided in two steps.

A scorer's decisions (which terms apply, their points, the score, the order of the evidence)
depend only on *which* acts, flags and cues a line has, never on where they are. So each
scorer writes a plan from those alone: the score and, per term, a rule for finding the words
to quote. Plans are remembered by what they were made from (lines share a few hundred), and
each line only resolves its rules against its own cues. The point tables in rules.py and
politeness.py stay the whole policy; this module only quotes the trainee's words.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from simulator.language.types import Analysis, Cue
from simulator.scoring.types import DimensionScore, Evidence

# A rule for the words a term quotes:
#   ("where", names, dated)  the earliest first cue among names; failing that the deadline's
#                            date when `dated`, else the opening of the line
#   ("cue", name, dated)     the same for a single name (the common case, made quick)
#   ("earliest", names)      the cue of those names that comes first (start, end, name)
#   ("threat",)              the first threat cue of any kind, else the opening of the line
#   ("opening",)             the first 80 characters of the line
Rule = tuple[object, ...]
Item = tuple[str, float, Rule]  # evidence cue name, points, where its words are
ScorePlan = tuple[int, tuple[Item, ...]]  # the score and its evidence, in the order shown
# A plan as it is kept: each term also names the one cue it quotes ("" when its rule is
# another), which apply() looks up without reading the rule.
Ready = tuple[int, tuple[tuple[str, float, str, Rule], ...]]

OPENING: Rule = ("opening",)
THREAT: Rule = ("threat",)


_CUE = "cue"


def cue(name: str) -> Rule:
    return (_CUE, name, False)


def where(names: tuple[str, ...]) -> Rule:
    """The best evidence among `names`, as the words of the first that occurs."""
    dated = "deadline" in " ".join(names)
    return (_CUE, names[0], dated) if len(names) == 1 else ("where", names, dated)


def earliest(names: frozenset[str]) -> Rule:
    return ("earliest", names)


def by_points(item: Item) -> float:
    """Sort key: the term that moved the score most comes first (ties keep their order)."""
    return -abs(item[1])


def first_cues(analysis: Analysis) -> dict[str, Cue]:
    """The first cue of each name in the line, in the line's order."""
    first: dict[str, Cue] = {}
    for c in analysis.cues:
        first.setdefault(c.name, c)
    return first


def _start(c: Cue) -> int:
    return c.span.start


def _order(c: Cue) -> tuple[int, int, str]:
    return c.span.start, c.span.end, c.name


def _opening(analysis: Analysis) -> tuple[str, int, int]:
    end = min(len(analysis.text), 80)
    return analysis.text[:end], 0, end


def _where(
    analysis: Analysis, first: dict[str, Cue], names: tuple[str, ...], dated: bool
) -> tuple[str, int, int]:
    found = [first[n] for n in names if n in first]
    if found:
        c = found[0] if len(found) == 1 else min(found, key=_start)
        return c.span.text, c.span.start, c.span.end
    date_text = analysis.slots.date_text
    if dated and date_text:
        start = analysis.text.find(date_text)
        return date_text, start, start + len(date_text)
    return _opening(analysis)


def resolve(rule: Rule, analysis: Analysis, first: dict[str, Cue]) -> tuple[str, int, int]:
    """(words, start, end) a rule points at in this line."""
    kind = rule[0]
    if kind == _CUE:
        return _where(analysis, first, (rule[1],), rule[2])  # type: ignore[arg-type]
    if kind == "where":
        return _where(analysis, first, rule[1], rule[2])  # type: ignore[arg-type]
    if kind == "earliest":
        cues = [first[n] for n in rule[1] if n in first]  # type: ignore[attr-defined]
        if cues:
            s = (cues[0] if len(cues) == 1 else min(cues, key=_order)).span
            return s.text, s.start, s.end
        return _opening(analysis)
    if kind == "threat":
        for c in analysis.cues:  # cues come in the line's order
            if c.name.startswith("threat_"):
                return c.span.text, c.span.start, c.span.end
        return _where(analysis, first, ("threat",), False)
    return _opening(analysis)


Term = tuple[str, float, str, int, int]  # evidence cue name, points, words, start, end


def terms(plan: Ready, analysis: Analysis, first: dict[str, Cue]) -> list[Term]:
    """Each term of the plan with the words it quotes in this line."""
    found_terms = []
    for name, points, quoted, rule in plan[1]:
        found = first.get(quoted)
        if found is not None:  # most terms quote one cue of the line: settled here
            s = found.span
            found_terms.append((name, points, s.text, s.start, s.end))
        else:
            found_terms.append((name, points, *resolve(rule, analysis, first)))
    return found_terms


_new = object.__new__


def apply(plan: Ready, analysis: Analysis, first: dict[str, Cue]) -> DimensionScore:
    """The plan's score, with each term's evidence quoting this line's words. Evidence and
    score are built without the frozen-dataclass __init__, whose checked __setattr__ path
    would be most of the scorer's time: same fields, same equality."""
    evidence = []
    for name, points, text, start, end in terms(plan, analysis, first):
        e = _new(Evidence)
        fields = e.__dict__
        fields["cue"] = name
        fields["text"] = text
        fields["start"] = start
        fields["end"] = end
        fields["weight"] = points
        evidence.append(e)
    d = _new(DimensionScore)
    fields = d.__dict__
    fields["value"] = plan[0]
    fields["evidence"] = tuple(evidence)
    return d


PLANS_KEPT = 20_000  # plans remembered per scorer; a bound on memory for endless input


class Plans:
    """A scorer's plans, remembered by the inputs they were made from: look one up with
    `plans.known.get(inputs)`, and make it with `plans.add(inputs)` when it is not there."""

    def __init__(self, make: Callable[..., ScorePlan]) -> None:
        self.make = make
        self.known: dict[Hashable, Ready] = {}

    def add(self, inputs: tuple[Hashable, ...]) -> Ready:
        if len(self.known) >= PLANS_KEPT:
            self.known.clear()
        value, items = self.make(*inputs)
        ready = tuple(
            (name, points, str(rule[1]) if rule[0] is _CUE else "", rule)
            for name, points, rule in items
        )
        plan = self.known[inputs] = (value, ready)
        return plan
