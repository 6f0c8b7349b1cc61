"""The HTML report in a real browser (Debian's chromium, headless) at desktop and phone
widths: nothing wider than the screen at 390 px, and the screenshots kept as test artefacts in
build/artefacts/ for a person to look at (they are not snapshots compared by the test).
Skipped when chromium is not installed."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from benchmarks.synthetic_records import fill
from simulator.cli import cli
from simulator.records.store import Store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTEFACTS = Path(__file__).resolve().parent.parent / "build" / "artefacts"
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")

MEASURE = (
    "<script>document.body.setAttribute('data-overflow', "
    "String(document.documentElement.scrollWidth - window.innerWidth));</script>"
)


def chromium(*args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("browser")
    db = folder / "team.db"
    with Store.open(db) as store:
        fill(store, trainees=4, calls=20, turns_per_call=6, seed=5, incomplete_every=7)
        store.trainee_id("Zoë Ruiz-Hernández de la Fuente")
    out = folder / "team.html"
    result = CliRunner().invoke(
        cli, ["report", "--format", "html", "--db", str(db), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("width", [1280, 390])
def test_report_fits_the_screen_and_is_kept_as_a_screenshot(page: Path, width: int) -> None:
    measured = page.with_name(f"measured-{width}.html")
    measured.write_text(
        page.read_text(encoding="utf-8").replace("</body>", MEASURE + "</body>"), encoding="utf-8"
    )
    dom = chromium(f"--window-size={width},900", "--dump-dom", measured.as_uri()).stdout
    found = re.search(r'data-overflow="(-?\d+)"', dom)
    assert found, dom[:500]
    assert int(found.group(1)) <= 0, f"the page is {found.group(1)} px wider than {width} px"
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTEFACTS / f"team-report-{width}.png"
    shot.unlink(missing_ok=True)
    chromium(f"--window-size={width},2400", f"--screenshot={shot}", page.as_uri())
    assert shot.is_file() and shot.stat().st_size > 10_000
