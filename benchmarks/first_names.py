"""Write simulator/language/en/first_names.txt and last_names.txt: the names Faker knows, folded.

    python benchmarks/first_names.py

The reader allows one slip of the keys in a long name ("Brittny" for Brittany), but a slip that
spells another person's name ("Darrell" to Darnell, "Marie" to Maria, "Lawson" to Larson) names
someone else. The
list tells the two apart without importing Faker while reading; it is computed from Faker's
person providers for the locales collectors meet, so regenerate it when Faker's lists change.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from simulator.language.identity import fold

HERE = Path(__file__).resolve().parent.parent / "simulator" / "language" / "en"
OUT = HERE / "first_names.txt"
OUT_LAST = HERE / "last_names.txt"
LOCALES = [
    "en_US", "en_GB", "en_IE", "en_NZ", "en_IN", "es_ES", "es_MX", "fr_FR", "de_DE", "it_IT",
    "pt_BR", "pl_PL", "nl_NL", "zh_CN", "ja_JP", "yo_NG", "zu_ZA", "ga_IE",
]  # fmt: skip
FIELDS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def _names(fields: tuple[str, ...]) -> set[str]:
    names: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for field in fields:
            found = getattr(provider, field, None) or ()
            names.update(fold(name) for name in found if name.isalpha())
    return {n for n in names if len(n) >= 2}


def main() -> None:
    for path, fields, kind in (
        (OUT, FIELDS, "First"),
        (OUT_LAST, ("last_names",), "Last"),
    ):
        names = _names(fields)
        header = (
            f"# {kind} names Faker knows (benchmarks/first_names.py); one folded name a line.\n"
        )
        path.write_text(header + "\n".join(sorted(names)) + "\n")
        print(f"wrote {len(names)} names to {path}")


if __name__ == "__main__":
    main()
