"""`collectsim` in a real terminal: tmux at 100x30 draws the home screen and quits on ctrl+q."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

needs_tmux = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

COLLECTSIM = Path(sys.executable).with_name("collectsim")


SOCKET = f"collectsim-test-{uuid.uuid4().hex[:8]}"  # our own tmux server: no one else's options


def tmux(*args: str) -> str:
    return subprocess.run(
        ["tmux", "-L", SOCKET, *args], check=True, capture_output=True, text=True
    ).stdout


def wait_for(session: str, text: str, timeout: float = 20.0) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-p", "-t", session)
        if text in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never appeared; the pane shows:\n{screen}")


@needs_tmux
def test_collectsim_draws_home_in_tmux_and_quits_with_ctrl_q(tmp_path: Path) -> None:
    session = "collectsim"
    exit_file = tmp_path / "exit_code"
    env = {
        name: os.environ[name]
        for name in ("COLLECTSIM_CONTENT_DIR", "COLLECTSIM_DB", "COLLECTSIM_CONFIG_DIR")
    }
    exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    # COLUMNS and LINES (pytest sets them) would override the pane's size
    command = (
        f"env -u COLUMNS -u LINES {exports} TERM=xterm-256color {shlex.quote(str(COLLECTSIM))}; "
        f"echo $? > {shlex.quote(str(exit_file))}"
    )
    tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "30", command)
    try:
        wait_for(session, "The forgetful student")
        # the list can be drawn while the full content is still loading beside it
        screen = wait_for(session, "Type your name")
        assert "collectsim · collection call practice" in screen
        assert "Forgetful student" in screen  # the debtor column: 100 columns leave room
        for title_start in ("The forgetful student", "The rude defaulter"):
            assert title_start in screen
        tmux("send-keys", "-t", session, "C-q")
        deadline = time.monotonic() + 10
        # (the shell opens the file before `echo` writes the code: wait for the code itself)
        while time.monotonic() < deadline and not (
            exit_file.exists() and exit_file.read_text().strip()
        ):
            time.sleep(0.1)
        assert exit_file.read_text().strip() == "0"
    finally:
        subprocess.run(["tmux", "-L", SOCKET, "kill-server"], capture_output=True)


def test_collectsim_without_a_terminal_says_what_to_use_instead() -> None:
    done = subprocess.run(
        [str(COLLECTSIM)], capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60
    )
    assert done.returncode == 2
    assert "needs an interactive terminal" in done.stderr
    assert "collectsim play" in done.stderr
    assert "Traceback" not in done.stderr
