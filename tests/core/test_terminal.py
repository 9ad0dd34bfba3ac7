"""Arabic on the terminal: visual order only where the terminal cannot do bidi."""

import io

import pytest

from reviewer.arabic import display_for_terminal
from reviewer.terminal import (
    ENV_VAR,
    Terminal,
    display_width,
    echo,
    resolve_mode,
    terminal_does_bidi,
)

TITLE = "سقوط مدينة حماة"


class FakeTty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_auto_is_visual_on_a_plain_terminal_and_logical_in_a_pipe():
    assert resolve_mode(FakeTty(), env={}) == "visual"
    assert resolve_mode(io.StringIO(), env={}) == "logical"


@pytest.mark.parametrize(
    "env",
    [{"VTE_VERSION": "7600"}, {"KONSOLE_VERSION": "230805"}, {"MLTERM": "3.9.3"}],
)
def test_terminals_that_do_bidi_get_logical_text(env):
    assert terminal_does_bidi(env)
    assert resolve_mode(FakeTty(), env=env) == "logical"


def test_old_vte_without_bidi_gets_visual_text():
    assert not terminal_does_bidi({"VTE_VERSION": "5202"})
    assert resolve_mode(FakeTty(), env={"VTE_VERSION": "5202"}) == "visual"


def test_environment_variable_overrides_detection_and_raw_overrides_both():
    assert resolve_mode(io.StringIO(), env={ENV_VAR: "visual"}) == "visual"
    assert resolve_mode(FakeTty(), env={ENV_VAR: "logical"}) == "logical"
    assert resolve_mode(FakeTty(), env={ENV_VAR: "auto"}) == "visual"
    assert resolve_mode(FakeTty(), raw=True, env={ENV_VAR: "visual"}) == "logical"
    with pytest.raises(ValueError, match=ENV_VAR):
        resolve_mode(FakeTty(), env={ENV_VAR: "sideways"})


def test_visual_line_is_reshaped_and_reordered():
    shown = Terminal("visual").line(f"title: {TITLE}")
    assert shown == display_for_terminal(f"title: {TITLE}")
    assert shown.startswith("title: ")
    # presentation forms, the last logical letter (ة of حماة) printed first
    assert "\ufe93" in shown and TITLE not in shown
    assert shown.index("\ufe93") < shown.index("\ufeb3")  # final teh marbuta before seen


def test_logical_mode_keeps_the_true_text():
    assert Terminal("logical").line(f"title: {TITLE}") == f"title: {TITLE}"
    body = "حماة\n\nADVERTISEMENT\nالجيش السوري " * 30
    assert "\n".join(Terminal("logical", width=20).paragraphs(body)) == body


def test_latin_text_is_untouched_in_visual_mode():
    assert Terminal("visual").line("5 imported, 0 rejected") == "5 imported, 0 rejected"


def test_visual_paragraphs_wrap_in_reading_order_and_align_right():
    words = [f"كلمة{i}" for i in range(1, 13)]
    lines = Terminal("visual", width=30).paragraphs(" ".join(words) + "\nADVERTISEMENT")
    assert len(lines) > 2
    assert all(display_width(line) <= 30 for line in lines)
    # the first screen line holds the first words, right-aligned
    assert display_for_terminal("كلمة1") in lines[0]
    assert display_for_terminal("كلمة12") in lines[-2]
    assert all(display_width(line) == 30 for line in lines[:-1])
    assert lines[-1] == "ADVERTISEMENT"  # Latin stays on the left


def test_table_columns_line_up_and_visual_title_is_cut_to_width():
    rows = [(1, "2024-12-05", "الأيام المصرية", "new", TITLE * 10), (12, "-", "-", "coded", "x")]
    visual = Terminal("visual", width=60).table(
        ["id", "outlet", "date", "status", "title"], rows, numeric=1
    )
    assert all(display_width(line) <= 60 for line in visual)
    assert visual[1].startswith(" 1  2024-12-05")
    assert visual[1].split("  ")[-1].endswith(display_for_terminal("سقوط"))
    assert "…" in visual[1]
    logical = Terminal("logical", width=60).table(
        ["id", "outlet", "date", "status", "title"], rows, numeric=1
    )
    assert logical[1].endswith(TITLE * 10) and "الأيام المصرية" in logical[1]
    # columns start at the same place on every line
    starts = {line.index("new") if "new" in line else line.index("coded") for line in logical[1:]}
    assert len(starts) == 1


def test_echo_follows_the_stream(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    for var in ("VTE_VERSION", "KONSOLE_VERSION", "MLTERM"):
        monkeypatch.delenv(var, raising=False)
    piped, tty = io.StringIO(), FakeTty()
    echo(f"rejected: {TITLE}.txt: empty file", file=piped)
    echo(f"rejected: {TITLE}.txt: empty file", file=tty)
    assert piped.getvalue() == f"rejected: {TITLE}.txt: empty file\n"
    assert tty.getvalue() == display_for_terminal(f"rejected: {TITLE}.txt: empty file") + "\n"
    raw = FakeTty()
    echo(TITLE, file=raw, raw=True)
    assert raw.getvalue() == TITLE + "\n"


def test_display_width_ignores_marks_and_controls():
    assert display_width("مُحَمَّد") == 4
    assert display_width("\u200fabc") == 3
