"""Mutation testing: small deliberate bugs in the core, one at a time, each run against the tests
that should catch it. A mutant the tests still pass is a bug they would let through.

    python benchmarks/mutate.py                        # every core module, 5% of each
    python benchmarks/mutate.py --fraction 1           # every mutant (~2,000: hours)
    python benchmarks/mutate.py simulator/engine/debtor.py --fraction 1   # one module, all
    python benchmarks/mutate.py --fraction 1 --minutes 50   # as many as 50 minutes allow
    python benchmarks/mutate.py --recheck survivors.txt   # rerun an earlier run's survivors

Mutations (on the syntax tree, never in docstrings): comparisons flipped or loosened
(< <=, == !=, in / not in), arithmetic swapped (+ -, * /), `and` / `or`, `not` dropped,
True / False, and whole numbers and floats moved (n -> n + 1, 0.5 -> 0.75). Each mutant is
written into a private copy of the project (the working tree is never touched).

What runs for a mutant, and why that is the same verdict as running the module's tests
(TESTS below) with `pytest -x`, only sooner:
- the module's tests are first run once unmutated, under coverage, recording which test runs
  which line (and how long each takes). A mutant then runs only the tests that execute its
  line (a test that never reaches the line cannot see the change); a line run while modules
  are imported (constants, defaults, class bodies) runs them all. A mutant whose line no test
  runs survives without running anything, and is listed as such;
- the tests run fastest first and stop at the first failure (`-x`): killed = a test failed,
  errored or timed out;
- each mutant runs in a process forked from this one, which has already imported pytest and
  the libraries the tests use, and the reader (`simulator.language`, which imports none of
  the mutated packages); the mutated module and everything that imports it are imported
  afresh in the fork, from the copy. One mutant at a time: the machine is shared.
The sample is drawn per module (--fraction or --sample, --seed), every module's tests are
measured first, and then the mutants of all modules run in one shuffled order: a run that
--minutes stops is still a uniform sample of each module, not the first modules alone.
The summary gives killed/total with its 95% Wilson interval, the estimate over every mutant
of the modules run (each module's rate weighted by its number of mutants), killed/total per
module, the test file that failed first for each kill, and every survivor as
path:line: what changed. Exit 0 when the kill rate is at least --target (default 80%), else 1.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import importlib
import json
import math
import os
import pkgutil
import random
import shutil
import signal
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent

# The core modules and the tests that pin each.
# A module's tests are those of its package's behaviour (a mutant collects only the files of
# the tests that run its line, and runs only those tests), and modules that share a list share
# one measuring run.
DYNAMICS = ["tests/test_engine_dynamics.py", "tests/test_engine_core.py"]
HONESTY = "tests/test_persona_honesty.py"
# every bundled script and scenario-test case played through the CLI, output byte for byte
PLAY_PINS = "tests/test_play_pins.py"
ENGINE = [
    *DYNAMICS,
    "tests/test_conversation.py",
    "tests/test_goals.py",
    HONESTY,
    "tests/test_engine_lines.py",
    "tests/test_engine_replies.py",
    "tests/test_engine_reactions.py",
    "tests/test_authoring_lint.py",
    "tests/test_bundled_scenarios.py",
    "tests/test_authoring_scenario_tests.py",
    "tests/test_play_cli.py",
    "tests/test_scoring_dimensions.py",
    "tests/test_temperament.py",
    "tests/test_authoring_diagram.py",
    PLAY_PINS,
]
RECORD = [
    "tests/test_record_pins.py",
    "tests/test_record_story.py",
    "tests/test_record_identity.py",
    "tests/test_validate_robust.py",
]
SCORING = [
    "tests/test_pins.py",
    "tests/test_scoring_tips.py",
    "tests/test_scoring_rules_pins.py",
    "tests/test_scoring_turn.py",
    "tests/test_scoring_call.py",
    "tests/test_scoring_compliance.py",
    "tests/test_scoring_politeness.py",
    "tests/test_scoring_findings.py",
    "tests/test_scoring_politeness_points.py",
    "tests/test_scoring_line_picks.py",
    "tests/test_scoring_dimensions.py",
    "tests/test_scoring_collector_set.py",
    "tests/test_trainer_agreement.py",
    "tests/test_score_cli.py",
    "tests/test_language_played_lines.py",
    "tests/test_engine_core.py",
    PLAY_PINS,
]
CONTENT = [
    "tests/test_validate_broken.py",
    "tests/test_authoring_lint.py",
    "tests/test_authoring_defaults.py",
    "tests/test_hostile_content.py",
    "tests/test_hostile_names.py",
    "tests/test_authoring_user_content.py",
    "tests/test_authoring_scaffold.py",
    "tests/test_authoring_scenario_tests.py",
    "tests/test_bundled_scenarios.py",
    "tests/test_goals.py",
    "tests/test_authoring_schema.py",
    "tests/test_validate_robust.py",
    HONESTY,
]
REPORTS = [
    "tests/test_report_formats.py",
    "tests/test_pins.py",
    "tests/test_temperament_calibration.py",
    "tests/test_assessment_attempts.py",
    "tests/test_report_details.py",
    "tests/test_records_assess.py",
    "tests/test_hostile_records.py",
    "tests/test_hostile_io.py",
]
TEMPERAMENT = [
    "tests/test_temperament.py",
    "tests/test_temperament_calibration.py",
    "tests/test_temperament_measures.py",
    "tests/test_trainer_agreement.py",
    "tests/test_temperament_eval.py",
]
TESTS: dict[str, list[str]] = {
    "simulator/engine/debtor.py": ENGINE,
    "simulator/content/conditions.py": ENGINE,
    "simulator/engine/lines.py": ENGINE,
    "simulator/engine/script.py": ["tests/test_pins.py", "tests/test_play_cli.py", PLAY_PINS],
    "simulator/engine/record.py": RECORD,
    "simulator/engine/call.py": ENGINE,
    "simulator/engine/call_facts.py": ENGINE,
    "simulator/engine/goals.py": ENGINE,
    "simulator/engine/diagram.py": ENGINE,
    "simulator/engine/export.py": ENGINE,
    "simulator/engine/text_report.py": ["tests/test_record_pins.py", "tests/test_pins.py",
                                        "tests/test_play_cli.py", "tests/test_records_assess.py",
                                        "tests/test_scoring_dimensions.py"],
    "simulator/engine/machine.py": ENGINE,
    "simulator/engine/reactions.py": ENGINE,
    "simulator/engine/scenario_runner.py": CONTENT,
    "simulator/scoring/call.py": SCORING,
    "simulator/scoring/compliance.py": SCORING,
    "simulator/scoring/dimensions.py": SCORING,
    "simulator/scoring/politeness.py": SCORING,
    "simulator/scoring/rules.py": SCORING,
    "simulator/scoring/turn.py": SCORING,
    "simulator/scoring/plain.py": SCORING,
    "simulator/scoring/temperament.py": TEMPERAMENT,
    "simulator/scoring/__init__.py": SCORING,
    "simulator/records/render.py": REPORTS,
    "simulator/records/report.py": REPORTS,
    "simulator/content/placeholders.py": CONTENT,
    "simulator/content/models.py": CONTENT,
    "simulator/content/library.py": CONTENT,
    "simulator/content/lint.py": CONTENT,
    "simulator/content/references.py": CONTENT,
    "simulator/content/yaml_source.py": CONTENT,
    "simulator/content/scenario_tests.py": CONTENT,
    "simulator/engine/clock.py": ENGINE,
    "simulator/scoring/spans.py": SCORING,
    "simulator/scoring/types.py": SCORING,
    "simulator/content/scaffold.py": CONTENT,
    "simulator/content/schema.py": CONTENT,
    "simulator/content/paths.py": CONTENT,
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


CORE_PACKAGES = ("simulator.engine", "simulator.scoring", "simulator.content", "simulator.records")
# imported once here, before any fork: libraries the tests use, and the reader
WARM = ("pytest", "hypothesis", "pydantic", "yaml", "faker", "click", "transitions", "sqlite3")


def prepare(root: Path) -> None:
    """Make this process import the project from the copy, and import what every fork needs
    but no mutant changes."""
    os.chdir(root)
    sys.path.insert(0, str(root))
    os.environ["PYTHONPATH"] = str(root)  # the tests' own subprocesses use the copy too
    os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
    os.environ.pop("COLLECTSIM_FUZZ_EXAMPLES", None)
    sys.dont_write_bytecode = True  # a mutant of the same size and second is never a stale .pyc
    for name in WARM:
        importlib.import_module(name)
    reader = importlib.import_module("simulator.language")
    for found in pkgutil.walk_packages(reader.__path__, "simulator.language."):
        importlib.import_module(found.name)
    loaded = [m for m in sys.modules if m.startswith(CORE_PACKAGES)]
    assert not loaded, f"warm-up imported a module a mutant may change: {loaded}"
    assert Path(reader.__file__ or "").is_relative_to(root), "the reader was not the copy's"


class _Select:
    """pytest plugin for a fork: keep the chosen tests, fastest first; optionally record
    which test runs which line of the module (coverage contexts) and how long each takes."""

    def __init__(self, keep: list[str] | None = None, coverage: Any = None) -> None:
        self.keep = keep
        self.coverage = coverage
        self.durations: dict[str, float] = {}
        self.outcomes: dict[str, str] = {}

    def pytest_collection_modifyitems(self, items: list[Any]) -> None:
        if self.keep is not None:
            rank = {node: i for i, node in enumerate(self.keep)}
            items[:] = sorted((i for i in items if i.nodeid in rank), key=lambda i: rank[i.nodeid])

    def pytest_runtest_setup(self, item: Any) -> None:
        if self.coverage is not None:
            self.coverage.switch_context(item.nodeid)

    def pytest_runtest_logreport(self, report: Any) -> None:
        self.durations[report.nodeid] = self.durations.get(report.nodeid, 0.0) + report.duration
        if report.failed or report.when == "call":
            self.outcomes[report.nodeid] = "failed" if report.failed else report.outcome

    def pytest_runtest_teardown(self, item: Any, nextitem: Any) -> None:
        if self.coverage is not None:
            self.coverage.switch_context("")


def _forked(work: Any, timeout: float) -> int | str:
    """Run work() in a forked child (its own process group, output discarded): its exit
    code, or 'timeout'."""
    pid = os.fork()
    if pid == 0:  # the child
        code = 3
        try:
            os.setpgid(0, 0)
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, 1)
            os.dup2(null, 2)
            code = int(work())
        except BaseException:  # a mutant may break anything: it counts as a failure
            code = 3
        finally:
            os._exit(code)
    deadline = time.monotonic() + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        if time.monotonic() > deadline:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return "timeout"
        time.sleep(0.02)


def _pytest_args(tests: list[str]) -> list[str]:
    return ["-x", "-q", "-p", "no:cacheprovider", "-k", SLOW, *tests]


@dataclass
class Baseline:
    verdict: str  # "passed", "failed" or "timeout"
    order: list[str]  # the tests, fastest first
    by_line: dict[int, list[str]]  # line -> the tests that run it ([] for lines run on import)


def baselines(
    root: Path, paths: list[str], tests: list[str], timeout: float
) -> dict[str, Baseline]:
    """The tests unmutated, under coverage of every module they are mapped to (one run for
    all of them): which test runs which line of each."""
    out = root / ".mutate-baseline.json"

    def work() -> int:
        import coverage
        import pytest

        targets = [str(root / path) for path in paths]
        cov = coverage.Coverage(data_file=None, include=targets, config_file=False)
        plugin = _Select(coverage=cov)
        cov.start()
        code = pytest.main(_pytest_args(tests), plugins=[plugin])
        cov.stop()
        data = cov.get_data()
        lines = {path: data.contexts_by_lineno(str(root / path)) for path in paths}
        result = {"durations": plugin.durations, "outcomes": plugin.outcomes, "lines": lines}
        out.write_text(json.dumps(result), encoding="utf-8")
        return int(code)

    code = _forked(work, timeout)
    data = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    out.unlink(missing_ok=True)
    if code != 0 or not data:
        verdict = "timed out" if code == "timeout" else "failed"
        return {path: Baseline(verdict, [], {}) for path in paths}
    ran = [n for n, o in data["outcomes"].items() if o == "passed"]
    order = sorted(ran, key=lambda n: data["durations"].get(n, 0.0))
    rank = {n: i for i, n in enumerate(order)}
    found = {}
    for path in paths:
        by_line = {
            int(line): sorted((c for c in contexts if c in rank), key=rank.__getitem__)
            if "" not in contexts
            else []
            for line, contexts in data["lines"][path].items()
        }
        found[path] = Baseline("passed", order, by_line)
    return found


def statement_lines(path: str) -> dict[int, list[int]]:
    """For each line a mutation site may start on, the lines coverage reports for the
    statement around it (a statement spanning lines is reported at its first line; a
    decorated definition at its decorators too)."""
    tree = ast.parse((REPO / path).read_text(encoding="utf-8"))
    out: dict[int, list[int]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.stmt):
            heads = [node.lineno]
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                heads += [d.lineno for d in node.decorator_list]
            body_start = min(
                (getattr(b, "lineno", node.end_lineno or node.lineno) for b in _bodies(node)),
                default=(node.end_lineno or node.lineno) + 1,
            )
            for line in range(node.lineno, min(body_start, (node.end_lineno or node.lineno) + 1)):
                out[line] = heads  # the innermost statement wins: walked outside in
    return out


def _bodies(node: ast.stmt) -> list[ast.AST]:
    inner: list[ast.AST] = []
    for field in ("body", "orelse", "finalbody", "handlers", "cases"):
        inner += getattr(node, field, []) or []
    return inner


def tests_for(mutant: Mutant, base: Baseline, heads: dict[int, list[int]]) -> list[str]:
    """The tests that run the mutant's line, fastest first (all of them for import-time
    lines; none when no test runs it)."""
    chosen: set[str] = set()
    # the statement's first line, and the mutant's own line: coverage reports a continuation
    # line of a multi-line condition (`elif (a\n and b)`) at that line, not at the `elif`
    for line in {*heads.get(mutant.line, []), mutant.line}:
        found = base.by_line.get(line)
        if found == []:  # run while importing: any test may depend on it
            return base.order
        chosen.update(found or ())
    return [n for n in base.order if n in chosen]


def run_mutant(tests: list[str], keep: list[str], timeout: float) -> tuple[str, str]:
    """('passed', 'failed' or 'timeout', the first test that failed) for the mutant now
    written in the copy."""

    files = {node.split("::", 1)[0] for node in keep}
    needed = [path for path in tests if path in files]  # collect only the files that run it
    report = Path.cwd() / ".mutate-failed.txt"
    report.unlink(missing_ok=True)

    def work() -> int:
        import pytest

        plugin = _Select(keep=keep)
        code = int(pytest.main(_pytest_args(needed), plugins=[plugin]))
        failed = [node for node, outcome in plugin.outcomes.items() if outcome == "failed"]
        report.write_text(failed[0] if failed else "", encoding="utf-8")
        return code

    code = _forked(work, timeout)
    by = report.read_text(encoding="utf-8") if report.exists() else ""
    report.unlink(missing_ok=True)
    if code == "timeout":
        return "timeout", by
    return ("passed" if code == 0 else "failed"), by


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval for k successes in n trials (95% with z = 1.96), in %."""
    if n == 0:
        return 0.0, 100.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return 100.0 * max(0.0, centre - half), 100.0 * min(1.0, centre + half)


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
        "--minutes",
        type=float,
        default=0.0,
        help="stop starting mutants after this long (0: no limit); the summary says so",
    )
    parser.add_argument(
        "--recheck",
        metavar="FILE",
        help="run only the mutants listed in FILE as 'path:line: what' (earlier survivors)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="every mutant's verdict")
    args = parser.parse_args(argv)
    listed: dict[str, set[tuple[int, str]]] = {}
    if args.recheck:
        for entry in Path(args.recheck).read_text(encoding="utf-8").splitlines():
            entry = entry.strip().removeprefix("survived:").strip()
            entry = entry.split(" (no test runs it)")[0]
            if entry.count(":") >= 2:
                path, line, what = entry.split(":", 2)
                listed.setdefault(path, set()).add((int(line), what.strip()))
    modules = args.modules or list(listed) or list(TESTS)
    unknown = [m for m in modules if m not in TESTS]
    if unknown:
        print(f"{', '.join(unknown)}: no tests mapped in TESTS", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    root = make_copy()
    survivors: list[tuple[Mutant, bool]] = []  # (mutant, whether any test runs its line)
    skipped: list[str] = []
    started = time.monotonic()
    stop_at = started + 60 * args.minutes if args.minutes else math.inf
    out_of_time = False
    measured: dict[str, Baseline] = {}
    bases: dict[str, Baseline] = {}
    every: dict[str, list[Mutant]] = {}
    queue: list[Mutant] = []
    # per module: [killed, run, chosen, on lines no test runs]
    tally: dict[str, list[int]] = {}
    killers: dict[str, int] = {}  # test file -> mutants it was the first to catch
    try:
        prepare(root)
        # First every module's sample and its tests' measuring run; then the mutants of all
        # modules in one shuffled order, so a run stopped by --minutes is still a uniform
        # sample of each module rather than the first modules in full and the rest not at all.
        for path in modules:
            tests = TESTS[path]
            if path not in measured:  # one run for every module mapped to the same tests
                alike = [m for m in modules if TESTS[m] == tests and m not in measured]
                measured.update(baselines(root, alike, tests, 20 * args.timeout))
            bases[path] = measured[path]
            if bases[path].verdict != "passed":  # no mutant could then be told apart
                print(f"{path}: skipped, its tests {bases[path].verdict} unmutated", flush=True)
                skipped.append(path)
                continue
            every[path] = mutants_of(path)
            if listed:
                chosen = [m for m in every[path] if (m.line, m.what) in listed.get(path, set())]
            else:
                want = args.sample or max(2, math.ceil(args.fraction * len(every[path])))
                chosen = rng.sample(every[path], min(want, len(every[path])))
            tally[path] = [0, 0, len(chosen), 0]
            queue += chosen
        print(f"measured in {time.monotonic() - started:.0f} s; {len(queue)} mutants", flush=True)
        random.Random(args.seed).shuffle(queue)
        heads = {path: statement_lines(path) for path in every}
        originals = {path: (REPO / path).read_text(encoding="utf-8") for path in every}
        for mutant in queue:
            if time.monotonic() >= stop_at:
                out_of_time = True
                break
            path = mutant.path
            count = tally[path]
            keep = tests_for(mutant, bases[path], heads[path])
            by = ""
            if keep:
                (root / path).write_text(mutated_source(mutant), encoding="utf-8")
                verdict, by = run_mutant(TESTS[path], keep, args.timeout)
                (root / path).write_text(originals[path], encoding="utf-8")
            else:
                verdict = "passed"  # no test runs the line: nothing can catch it
                count[3] += 1
            count[1] += 1
            count[0] += verdict != "passed"
            if verdict != "passed":
                name = by.split("::", 1)[0] or "(no test named: a crash or a timeout)"
                killers[name] = killers.get(name, 0) + 1
            if args.verbose:
                print(f"  {verdict}: {path}:{mutant.line}: {mutant.what}  {by}", flush=True)
            if verdict == "passed":
                survivors.append((mutant, bool(keep)))
                note = "" if keep else " (no test runs it)"
                print(f"  survived: {path}:{mutant.line}: {mutant.what}{note}", flush=True)
    finally:
        os.chdir(REPO)
        shutil.rmtree(root, ignore_errors=True)
    killed = sum(c[0] for c in tally.values())
    total = sum(c[1] for c in tally.values())
    rate = 100.0 * killed / total if total else 100.0
    low, high = wilson(killed, total)
    print(
        f"\nkilled {killed} of {total} mutants ({rate:.1f}%, 95% CI {low:.1f}-{high:.1f}% "
        f"Wilson) in {time.monotonic() - started:.0f} s"
        + (" (stopped at the time limit)" if out_of_time else "")
        + f"; seed {args.seed}"
    )
    run = {path: c for path, c in tally.items() if c[1]}
    if run and not listed:
        # each module's rate weighted by its number of mutants: the estimate for all of them
        weighted = sum(len(every[p]) * c[0] / c[1] for p, c in run.items())
        weighted /= sum(len(every[p]) for p in run)
        print(f"estimated over all {sum(len(every[p]) for p in run)} mutants of these modules "
              f"(each module's rate weighted by its mutants): {100 * weighted:.1f}%")  # fmt: skip
    print("per module:")
    for path, (k, done, chosen, unrun) in tally.items():
        partial = f" of {chosen} chosen" if done < chosen else ""
        rate_m = f"{100.0 * k / done:5.1f}%" if done else "    -"
        print(
            f"  {path}: {k}/{done} killed{partial} ({rate_m}; {len(every[path])} mutants in "
            f"all; {unrun} on lines no test runs)"
        )
    if killers:
        print("first failing test file (fastest tests run first):")
        for name, n in sorted(killers.items(), key=lambda kv: -kv[1]):
            print(f"  {n:4d} {name}")
    if survivors:
        print("survivors:")
        for m, ran in sorted(survivors, key=lambda s: (s[0].path, s[0].site)):
            print(f"  {m.path}:{m.line}: {m.what}" + ("" if ran else " (no test runs it)"))
    if skipped:
        print("skipped (tests failing or too slow unmutated): " + ", ".join(skipped))
    return 0 if rate >= args.target and not skipped else 1


if __name__ == "__main__":
    sys.exit(main())
