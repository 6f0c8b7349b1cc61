"""Mutation testing: small deliberate bugs in the core, one at a time, each run against the tests
that should catch it. A mutant the tests still pass is a bug they would let through.

    python benchmarks/mutate.py                        # every core module, 5% of each (~100)
    python benchmarks/mutate.py --fraction 1           # every mutant (slow: hours)
    python benchmarks/mutate.py simulator/engine/debtor.py --sample 40 --seed 2
    python benchmarks/mutate.py --recheck survivors.txt   # rerun an earlier run's survivors

Mutations (on the syntax tree, never in docstrings): comparisons flipped or loosened
(< <=, == !=, in / not in), arithmetic swapped (+ -, * /), `and` / `or`, `not` dropped,
True / False, and whole numbers and floats moved (n -> n + 1, 0.5 -> 0.75). Each mutant is
written into a private copy of the project (the working tree is never touched), and the
module's tests (TESTS below) run with `pytest -x`; killed = a test failed or it timed out.
The summary lists every survivor as path:line: what changed. Exit 0 when the kill rate is at
least --target (default 80%), else 1.
"""

from __future__ import annotations

import argparse
import ast
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# The core modules and the tests that pin each (fast ones: every mutant runs them).
DYNAMICS = ["tests/test_engine_dynamics.py", "tests/test_engine_core.py"]
SCORING = [
    "tests/test_pins.py",
    "tests/test_scoring_tips.py",
    "tests/test_scoring_rules_pins.py",
    "tests/test_scoring_turn.py",
    "tests/test_scoring_call.py",
    "tests/test_scoring_compliance.py",
    "tests/test_scoring_politeness.py",
]
CONTENT = ["tests/test_validate_broken.py", "tests/test_authoring_lint.py"]
TESTS: dict[str, list[str]] = {
    "simulator/engine/debtor.py": DYNAMICS,
    "simulator/content/conditions.py": [*DYNAMICS, "tests/test_authoring_lint.py"],
    "simulator/engine/lines.py": [*DYNAMICS, "tests/test_conversation.py"],
    "simulator/engine/script.py": ["tests/test_pins.py", "tests/test_play_cli.py"],
    "simulator/engine/record.py": ["tests/test_record_pins.py", "tests/test_record_story.py"],
    "simulator/engine/call.py": [*DYNAMICS, "tests/test_conversation.py"],
    "simulator/engine/diagram.py": ["tests/test_authoring_diagram.py"],
    "simulator/engine/export.py": ["tests/test_play_cli.py", "tests/test_engine_core.py"],
    "simulator/engine/text_report.py": ["tests/test_record_pins.py", "tests/test_pins.py"],
    "simulator/engine/machine.py": DYNAMICS,
    "simulator/scoring/call.py": SCORING,
    "simulator/scoring/compliance.py": SCORING,
    "simulator/scoring/politeness.py": SCORING,
    "simulator/scoring/rules.py": SCORING,
    "simulator/scoring/turn.py": SCORING,
    "simulator/scoring/temperament.py": ["tests/test_temperament.py"],
    "simulator/records/render.py": ["tests/test_report_formats.py", "tests/test_pins.py"],
    "simulator/records/report.py": ["tests/test_report_formats.py", "tests/test_pins.py"],
    "simulator/content/placeholders.py": [*CONTENT, "tests/test_hostile_content.py"],
    "simulator/content/models.py": CONTENT,
    "simulator/content/library.py": [*CONTENT, "tests/test_authoring_user_content.py"],
    "simulator/content/lint.py": CONTENT,
    "simulator/content/references.py": CONTENT,
    "simulator/content/yaml_source.py": [*CONTENT, "tests/test_hostile_content.py"],
    "simulator/content/scenario_tests.py": ["tests/test_authoring_scenario_tests.py"],
    "simulator/engine/clock.py": DYNAMICS,
    "simulator/scoring/spans.py": SCORING,
    "simulator/scoring/types.py": SCORING,
    "simulator/content/scaffold.py": ["tests/test_authoring_scaffold.py"],
    "simulator/content/schema.py": ["tests/test_authoring_schema.py"],
    "simulator/content/paths.py": ["tests/test_authoring_user_content.py"],
    "simulator/content/problems.py": CONTENT,
}  # fmt: skip
# Tests too slow to run for every mutant (they measure the corpus, not the code's logic).
SLOW = "not accuracy and not cross_validated"
COPIED = ("simulator", "tests", "scenarios", "personas", "docs", "benchmarks", "schemas",
          "pyproject.toml", "README.md")  # fmt: skip


@dataclass(frozen=True)
class Mutant:
    path: str
    site: int  # index among the module's mutation sites
    line: int
    what: str


_CMP_SWAP: dict[type, type] = {
    ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.In: ast.NotIn, ast.NotIn: ast.In,
    ast.Is: ast.IsNot, ast.IsNot: ast.Is,
}  # fmt: skip
_BIN_SWAP: dict[type, type] = {
    ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult,
    ast.FloorDiv: ast.Mult, ast.Mod: ast.FloorDiv,
}  # fmt: skip
_SYMBOL = {
    ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=",
    ast.In: "in", ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not", ast.Add: "+",
    ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%",
    ast.And: "and", ast.Or: "or",
}  # fmt: skip


def _docstring_ids(tree: ast.AST) -> set[int]:
    """Docstrings, and everything in a decorator (`@dataclass(frozen=True)`, a cache size):
    changing them changes no behaviour a test could see, so they are not mutated."""
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            for decorator in node.decorator_list:
                ids.update(id(inner) for inner in ast.walk(decorator))
    return ids


def _sites(tree: ast.AST) -> list[tuple[ast.AST, str, int]]:
    """Every place a mutation applies: (node, what, line), in a fixed walk order."""
    skip = _docstring_ids(tree)
    out: list[tuple[ast.AST, str, int]] = []
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Compare) and id(node) not in skip:
            for op in node.ops:
                if type(op) in _CMP_SWAP:
                    new = _SYMBOL[_CMP_SWAP[type(op)]]
                    out.append((node, f"{_SYMBOL[type(op)]} -> {new}", line))
        elif id(node) in skip:
            continue
        elif isinstance(node, ast.BinOp) and type(node.op) in _BIN_SWAP:
            new = _SYMBOL[_BIN_SWAP[type(node.op)]]
            out.append((node, f"{_SYMBOL[type(node.op)]} -> {new}", line))
        elif isinstance(node, ast.BoolOp):
            out.append((node, "and -> or" if isinstance(node.op, ast.And) else "or -> and", line))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            out.append((node, "not dropped", line))
        elif isinstance(node, ast.Constant):
            value = node.value
            if isinstance(value, bool):
                out.append((node, f"{value} -> {not value}", line))
            elif isinstance(value, int):
                out.append((node, f"{value} -> {value + 1}", line))
            elif isinstance(value, float):
                out.append((node, f"{value} -> {value * 1.5 if value else 1.0}", line))
    return out


def mutants_of(path: str) -> list[Mutant]:
    tree = ast.parse((REPO / path).read_text(encoding="utf-8"))
    return [Mutant(path, i, line, what) for i, (_n, what, line) in enumerate(_sites(tree))]


class _Apply(ast.NodeTransformer):
    def __init__(self, target: ast.AST, what: str) -> None:
        self.target, self.what = target, what

    def visit(self, node: ast.AST) -> ast.AST:
        if node is not self.target:
            return super().visit(node)
        if isinstance(node, ast.Compare):
            old, new = self.what.split(" -> ")
            ops = list(node.ops)
            for i, op in enumerate(ops):
                if _SYMBOL.get(type(op)) == old:
                    ops[i] = _CMP_SWAP[type(op)]()
                    break
            node.ops = ops
        elif isinstance(node, ast.BinOp):
            node.op = _BIN_SWAP[type(node.op)]()
        elif isinstance(node, ast.BoolOp):
            node.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        elif isinstance(node, ast.UnaryOp):
            return node.operand
        elif isinstance(node, ast.Constant):
            v = node.value
            if isinstance(v, bool):
                node.value = not v
            elif isinstance(v, int):
                node.value = v + 1
            else:
                node.value = v * 1.5 if v else 1.0
        return node


def mutated_source(mutant: Mutant) -> str:
    tree = ast.parse((REPO / mutant.path).read_text(encoding="utf-8"))
    target, what, _line = _sites(tree)[mutant.site]
    tree = _Apply(target, what).visit(tree)
    ast.fix_missing_locations(tree)
    return ast.unparse(tree)


def make_copy() -> Path:
    root = Path(tempfile.mkdtemp(prefix="collectsim-mutants-"))
    for name in COPIED:
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, root / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, root / name)
    return root


def run_tests(root: Path, tests: list[str], timeout: float) -> str:
    """'passed', 'failed' or 'timeout'."""
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("COLLECTSIM_FUZZ_EXAMPLES", None)
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
               "-k", SLOW, *tests]  # fmt: skip
    try:
        done = subprocess.run(command, cwd=root, env=env, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout"
    return "passed" if done.returncode == 0 else "failed"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help="module paths (default: every core module)")
    parser.add_argument(
        "--fraction", type=float, default=0.05, help="share of each module's mutants (1: all)"
    )
    parser.add_argument("--sample", type=int, default=0, help="mutants per module instead")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per mutant")
    parser.add_argument("--target", type=float, default=80.0, help="kill rate to pass, %%")
    parser.add_argument(
        "--no-baseline", action="store_true", help="do not first run each module's tests as is"
    )
    parser.add_argument(
        "--recheck",
        metavar="FILE",
        help="run only the mutants listed in FILE as 'path:line: what' (earlier survivors)",
    )
    args = parser.parse_args(argv)
    listed: dict[str, set[tuple[int, str]]] = {}
    if args.recheck:
        for entry in Path(args.recheck).read_text(encoding="utf-8").splitlines():
            entry = entry.strip().removeprefix("survived:").strip()
            if entry.count(":") >= 2:
                path, line, what = entry.split(":", 2)
                listed.setdefault(path, set()).add((int(line), what.strip()))
    modules = args.modules or list(listed) or list(TESTS)
    rng = random.Random(args.seed)
    root = make_copy()
    killed = total = 0
    survivors: list[Mutant] = []
    skipped: list[str] = []
    started = time.monotonic()
    try:
        for path in modules:
            tests = TESTS.get(path)
            if tests is None:
                print(f"{path}: no tests mapped in TESTS", file=sys.stderr)
                return 2
            original = (REPO / path).read_text(encoding="utf-8")
            baseline = "passed" if args.no_baseline else run_tests(root, tests, 4 * args.timeout)
            if baseline != "passed":  # nothing a mutant does could then be told apart
                print(f"{path}: skipped, its tests {baseline} unmutated", flush=True)
                skipped.append(path)
                continue
            every = mutants_of(path)
            if listed:
                chosen = [m for m in every if (m.line, m.what) in listed.get(path, set())]
            else:
                want = args.sample or max(2, math.ceil(args.fraction * len(every)))
                chosen = rng.sample(every, min(want, len(every)))
            chosen.sort(key=lambda m: m.site)
            k = 0
            for mutant in chosen:
                source = mutated_source(mutant)
                (root / path).write_text(source, encoding="utf-8")
                verdict = run_tests(root, tests, args.timeout)
                k += verdict != "passed"
                if verdict == "passed":
                    survivors.append(mutant)
                    print(f"  survived: {mutant.path}:{mutant.line}: {mutant.what}", flush=True)
            (root / path).write_text(original, encoding="utf-8")
            killed += k
            total += len(chosen)
            print(f"{path}: {k}/{len(chosen)} killed ({len(every)} mutants in all)", flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    rate = 100.0 * killed / total if total else 100.0
    print(
        f"\nkilled {killed} of {total} mutants ({rate:.1f}%) in {time.monotonic() - started:.0f} s"
    )
    if survivors:
        print("survivors:")
        for m in survivors:
            print(f"  {m.path}:{m.line}: {m.what}")
    if skipped:
        print("skipped (tests failing or too slow unmutated): " + ", ".join(skipped))
    return 0 if rate >= args.target and not skipped else 1


if __name__ == "__main__":
    sys.exit(main())
