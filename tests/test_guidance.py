"""Every guidance a tip or message cites is published in docs/guidance.md, and the compliance
rules the docs list are exactly the rules the rule pack checks."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from simulator.scoring import call as call_scoring
from simulator.scoring import compliance

REPO = Path(__file__).resolve().parent.parent
GUIDANCE = REPO / "docs" / "guidance.md"
CITATION = re.compile(r"\b(guidance \d+(?: and \d+)?|DOMAIN \d(?:: [a-z ]+)?)")


def headings() -> set[str]:
    """What a citation may name: each `### ` heading up to its dash."""
    found = set()
    for line in GUIDANCE.read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            found.add(line[4:].split(" — ")[0].strip())
    return found


def citations() -> set[str]:
    """Every citation in a string literal of the product's code (tips, messages, drills)."""
    cited = set()
    for path in (REPO / "simulator").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if id(node) in docstrings:
                    continue
                cited.update(m.group(1) for m in CITATION.finditer(node.value))
    return cited


def resolve(citation: str) -> list[str]:
    """A citation as the headings it names: "guidance 5 and 6" names two."""
    if citation.startswith("guidance"):
        return [f"guidance {n}" for n in re.findall(r"\d+", citation)]
    if ":" not in citation:  # "DOMAIN 3" alone: the section's first heading will do
        return [citation + ":"]
    return [citation]


def test_the_guidance_page_has_all_ten_skills_and_the_practice() -> None:
    names = headings()
    assert {f"guidance {n}" for n in range(1, 11)} <= names
    assert {"DOMAIN 2: call structure", "DOMAIN 2: promise to pay"} <= names


def test_every_citation_in_the_code_resolves() -> None:
    names = headings()
    cited = citations()
    # the tips the call scorer gives are among them
    assert {"guidance 9", "guidance 2", "DOMAIN 2: call structure"} <= cited
    assert "DOMAIN 3: compliance rule pack" in cited
    for citation in sorted(cited):
        for name in resolve(citation):
            if name.endswith(":"):
                assert any(h.startswith(name) for h in names), citation
            else:
                assert name in names, f"{citation!r} cites {name!r}, not in docs/guidance.md"


def test_every_tip_the_scorer_can_give_cites_a_heading() -> None:
    source = Path(call_scoring.__file__).read_text(encoding="utf-8")
    tips = re.findall(r'"((?:guidance \d+|DOMAIN \d: [a-z ]+))",?\s*\)', source)
    assert len(tips) >= 10
    assert set(tips) <= headings()


def test_the_promise_points_on_the_page_are_the_scorers() -> None:
    text = GUIDANCE.read_text(encoding="utf-8")
    p = call_scoring.PROMISE_POINTS
    assert (
        f"amount {p['amount']}, date {p['date']}, method {p['method']} and the confirmed "
        f"restatement {p['confirmed']} points"
    ) in " ".join(text.split())


def rules_in_code() -> set[str]:
    source = Path(compliance.__file__).read_text(encoding="utf-8")
    rules = set(re.findall(r'(?:_finding|Finding)\(\s*"([a-z_]+)"', source))
    rules |= {rule for rule, _ in compliance._THREATS.values()}
    return rules


def test_the_compliance_rules_documented_are_the_rules_checked() -> None:
    code = rules_in_code()
    assert len(code) == 13
    page = GUIDANCE.read_text(encoding="utf-8").split("### DOMAIN 3")[1]
    listed = set(re.findall(r"`([a-z_]+)`", page)) - {
        "legal_action_authorised",
        "dispute_window",
    }
    listed = {r for r in listed if not r.startswith("rules")}
    assert listed == code
    doc = " ".join((compliance.__doc__ or "").split())
    documented = set(re.findall(r"\b[a-z]+(?:_[a-z]+)+\b", doc)) | {"threat"} & set(doc.split(", "))
    assert documented == code
    assert "frequency" not in doc  # no rule the pack does not have
