"""Payment methods: how the debtor will pay. The first method named in the line wins."""

from __future__ import annotations

from simulator.language.gate import Gated, grams

_W = 0  # lines are lowercased by normalise(); IGNORECASE is 3x slower

# Ordered: "bank transfer by card" is odd, but "online bank transfer" should read as a transfer.
METHODS: list[tuple[str, Gated]] = [
    (
        "direct_debit",
        Gated(
            r"\b(?:direct\s+debit|auto[-\s]?pay|automatic\s+(?:payment|debit|withdrawal)s?|"
            r"standing\s+order|recurring\s+payment|ach\s+(?:debit|payment))\b",
            _W,
        ),
    ),
    (
        "transfer",
        Gated(
            r"\b(?:bank\s+transfer|wire(?:\s+transfer)?|wired|e-?transfer|bacs|"
            r"transfer(?:\s+(?:it|the\s+money|the\s+funds|funds))?|zelle|electronic\s+transfer)\b",
            _W,
        ),
    ),
    (
        "card",
        Gated(
            r"\b(?:debit|credit|bank)\s+card\b|\b(?:by|with|on|using|over\s+the\s+phone\s+with)"
            r"\s+(?:a\s+|your\s+|the\s+)?card\b|\bcard\s+(?:payment|number|details)\b|"
            r"\b(?:visa|mastercard|amex)\b",
            _W,
        ),
    ),
    (
        "online",
        Gated(
            r"\b(?:online|on\s+the\s+(?:app|website|web\s*site|portal)|(?:our|the|mobile|banking)\s+"
            r"app|(?:customer|payment|online)\s+portal|the\s+portal|website|web\s*site|"
            r"internet\s+banking|online\s+banking)\b",
            _W,
        ),
    ),
    (
        "branch",
        Gated(
            r"\b(?:in\s+person|at\s+(?:a|the|any|your\s+local|our)\s+(?:\w+\s+)?branch|branch|"
            r"over\s+the\s+counter|at\s+the\s+bank)\b",
            _W,
        ),
    ),
    (
        "cheque",
        Gated(
            r"\bcheques?\b|\b(?:by|a|with|via|send|mail|post|write)\s+(?:a\s+|us\s+a\s+)?checks?\b|"
            r"\b(?:personal|cashier's|bank)\s+checks?\b|\bmoney\s+order\b",
            _W,
        ),
    ),
    ("cash", Gated(r"\bcash\b", _W)),
]


def find_method(norm: str, line_grams: frozenset[str] | None = None) -> tuple[str, int, int] | None:
    """(method, start, end) of the first payment method named in the line."""
    if line_grams is None:
        line_grams = grams(norm)
    best: tuple[str, int, int] | None = None
    for name, regex in METHODS:
        m = regex.search(norm, line_grams)
        if m is not None and (best is None or m.start() < best[1]):
            best = (name, m.start(), m.end())
    return best
