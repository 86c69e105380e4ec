"""Property tests of the front-matter loader: any bytes in, either a meeting or a clean error out.

"Clean" means a ContentError (or ContentErrors) naming the file, with a line when there
is one, a message on one line, and nothing else raised: no ValueError from an impossible
date, no RecursionError or crash from deep nesting, no TypeError from a value of the
wrong shape. Runs are derandomised so the suite is repeatable; set READOUTS_FUZZ_EXAMPLES
to search longer.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from conftest import FIXTURE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.cli import describe
from generator.content import MEETING_KEYS, ParsedFile, build_meeting, load_content, parse_file
from generator.errors import ContentError, ContentErrors

EXAMPLES = int(os.environ.get("READOUTS_FUZZ_EXAMPLES", "300"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
PATH = Path("content/meetings/2019/2019-11-04-fuzzed.md")
OFFICIALS = frozenset({"aiko-tanaka", "lars-eriksen", "jon-park"})
ISSUES = frozenset({"arctic", "fisheries"})
GOOD = (FIXTURE / "content" / "meetings" / "2019" / "2019-11-04-japan-norway-foreign-ministers-meeting.md").read_text()

SCALARS = st.one_of(
    st.sampled_from(["2019-11-04", "2019-02-30", "2019-13-45", "0000-01-01", "9999-12-31", "2019-11-04 25:61:00",
                     "12:05", "'12:05'", "24:00", "NO", "yes", "~", "null", ".inf", "-.nan", "0x1F", "0o17", "1e400",
                     "!!binary aGVsbG8=", "!!binary x", "!!timestamp 2019-02-29", "!!python/object:os.system",
                     "!!set {a, b}", "!!omap [a: 1]", "&a [*a]", "*undefined", "<<: {a: 1}", "|\n  block\n  text",
                     ">-\n  folded", "'unterminated", '"\\ud800"', '"\\x00"', "[a, [b, [c]]]", "{a: {b: {c: 1}}}",
                     "?", "- - - x", "@reserved", "`reserved", "%TAG", "\t", "'\u2028'", "\u0085", "\ufeff"]),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=30),
    st.integers().map(str), st.floats(allow_nan=True).map(repr),
)
KEYS = st.one_of(st.sampled_from([*MEETING_KEYS, "official", "title", "reviw", "participant", "", "? [a]", "1",
                                  "<<", "id id"]),
                 st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=12))


@st.composite
def yamlish(draw: st.DrawFn) -> str:
    """Front matter built line by line from keys and values that YAML reads in surprising ways."""
    lines = []
    for _ in range(draw(st.integers(0, 12))):
        key, value = draw(KEYS), draw(SCALARS)
        shape = draw(st.sampled_from(["flat", "list", "mapping", "participants", "raw"]))
        if shape == "flat":
            lines.append(f"{key}: {value}")
        elif shape == "list":
            lines.append(f"{key}:\n- {value}\n- {draw(SCALARS)}")
        elif shape == "mapping":
            lines.append(f"{key}:\n  {draw(KEYS)}: {value}")
        elif shape == "participants":
            lines.append(f"participants:\n- official: {draw(st.sampled_from(sorted(OFFICIALS)) | SCALARS)}\n"
                         f"  title: {value}")
        else:
            lines.append(value)
    return "---\n" + "\n".join(lines) + "\n---\n" + draw(st.text(max_size=200))


@st.composite
def mutated_meeting(draw: st.DrawFn) -> bytes:
    """The fixture meeting with a few lines replaced, deleted, duplicated or cut short."""
    lines = GOOD.encode("utf-8").split(b"\n")
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["replace", "delete", "duplicate", "cut", "bytes"]))
        if action == "replace":
            key = lines[at].split(b":", 1)[0]
            lines[at] = key + b": " + draw(SCALARS).encode("utf-8", "surrogatepass")
        elif action == "delete":
            del lines[at]
        elif action == "duplicate":
            lines.insert(at, lines[at])
        elif action == "cut":
            lines[at] = lines[at][: draw(st.integers(0, len(lines[at])))]
        else:
            lines[at] = draw(st.binary(max_size=20))
        if not lines:
            break
    return b"\n".join(lines)


def _check_parsed(raw: bytes) -> None:
    """Parse and validate ``raw``: a Meeting or a one-line ContentError about this file, nothing else."""
    result = parse_file(PATH, raw)
    if isinstance(result, ContentError):
        _check_error(result)
        return
    assert isinstance(result, ParsedFile)
    try:
        meeting = build_meeting(result, OFFICIALS, ISSUES)
    except ContentError as exc:
        _check_error(exc)
        return
    assert meeting.id == PATH.stem


def _check_error(error: ContentError) -> None:
    """An error a person can act on: about the file, with a sensible line number, printed on one line."""
    assert error.path == PATH
    assert error.line is None or error.line >= 1
    assert error.message.strip()
    shown = describe(error)
    assert shown.startswith(str(PATH)) and "\n" not in shown and "\r" not in shown


@FUZZ
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_meeting_or_a_clean_error(raw: bytes) -> None:
    _check_parsed(raw)


@FUZZ
@given(st.binary(max_size=500))
def test_any_bytes_after_an_opening_fence_give_a_meeting_or_a_clean_error(raw: bytes) -> None:
    _check_parsed(b"---\n" + raw)


@FUZZ
@given(yamlish())
def test_surprising_yaml_gives_a_meeting_or_a_clean_error(text: str) -> None:
    _check_parsed(text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(mutated_meeting())
def test_a_damaged_meeting_gives_a_meeting_or_a_clean_error(raw: bytes) -> None:
    _check_parsed(raw)


REGISTRY = st.binary(max_size=300) | yamlish().map(lambda text: text.encode("utf-8", "surrogatepass"))


@settings(FUZZ, max_examples=max(20, EXAMPLES // 10))
@given(meeting=mutated_meeting(), officials=REGISTRY)
def test_a_damaged_content_folder_loads_or_lists_its_problems(meeting: bytes, officials: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder)
        (content / "meetings" / "2019").mkdir(parents=True)
        (content / "meetings" / "2019" / "2019-11-04-japan-norway-foreign-ministers-meeting.md").write_bytes(meeting)
        (content / "officials.yaml").write_bytes(officials)
        (content / "issues.yaml").write_bytes((FIXTURE / "content" / "issues.yaml").read_bytes())
        try:
            load_content(content)
        except ContentErrors as exc:
            assert exc.errors and all(isinstance(error, ContentError) for error in exc.errors)
