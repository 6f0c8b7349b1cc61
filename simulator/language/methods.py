"""Payment methods: how the debtor will pay. The first method named in the line wins."""

from __future__ import annotations

from simulator.language.gate import Found, WordIndex, first_match

# Ordered: "bank transfer by card" is odd, but "online bank transfer" should read as a transfer.
METHODS: list[tuple[str, str]] = [
    (
        "direct_debit",
        r"\b(?:direct\s+debit|auto[-\s]?pay|automatic\s+(?:payment|debit|withdrawal)s?|"
        r"standing\s+order|recurring\s+payment|ach\s+(?:debit|payment))\b",
    ),
    (
        "transfer",
        r"\b(?:bank\s+transfer|wire(?:\s+transfer)?|wired|e-transfer|etransfer|bacs|"
        r"transfer(?:\s+(?:it|the\s+money|the\s+funds|funds))?|zelle|electronic\s+transfer)\b",
    ),
    (
        "card",
        r"\b(?:debit|credit|bank)\s+card\b|\b(?:by|with|on|using|over\s+the\s+phone\s+with)"
        r"\s+(?:a\s+|your\s+|the\s+)?card\b|\bcard\s+(?:payment|number|details)\b|"
        r"\b(?:visa|mastercard|amex)\b",
    ),
    (
        "online",
        r"\b(?:online|on\s+the\s+(?:app|website|web\s*site|portal)|(?:our|the|mobile|banking)\s+"
        r"app|(?:customer|payment|online)\s+portal|the\s+portal|website|web\s*site|"
        r"internet\s+banking|online\s+banking)\b",
    ),
    (
        "branch",
        r"\b(?:in\s+person|at\s+(?:a|the|any|your\s+local|our)\s+(?:\w+\s+)?branch|branch|"
        r"over\s+the\s+counter|at\s+the\s+bank)\b",
    ),
    (
        "cheque",
        r"\bcheques?\b|\b(?:by|a|with|via|send|mail|post|write)\s+(?:a\s+|us\s+a\s+)?checks?\b|"
        r"\b(?:personal|cashier's|bank)\s+checks?\b|\bmoney\s+order\b",
    ),
    ("cash", r"\bcash\b"),
]


FAMILY = "method"
INDEX_PATTERNS = [(FAMILY, i, pattern, 0) for i, (_name, pattern) in enumerate(METHODS)]
_OWN_INDEX: list[WordIndex] = []


def find_method(norm: str, matches: Found | None = None) -> tuple[str, int, int] | None:
    """(method, start, end) of the first payment method named in the line; of two methods
    named at the same place the earlier entry in METHODS wins."""
    if matches is None:
        if not _OWN_INDEX:
            _OWN_INDEX.append(WordIndex(INDEX_PATTERNS, ordered=(FAMILY,)))
        matches = _OWN_INDEX[0].scan_line(norm)[FAMILY]
    found = first_match(matches)
    if found is None:
        return None
    index, m = found
    return METHODS[index][0], m.start(), m.end()
