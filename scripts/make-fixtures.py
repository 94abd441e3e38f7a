#!/usr/bin/env python3
"""Rebuilds tests/fixtures/ from data/: each fixture is the real file with one defect.

Run it after editing data/, so that every fixture keeps failing for its own reason only:
    python3 scripts/make-fixtures.py
tests/validation.rs pins the message (file, line, record, field) each fixture must produce.
"""
import pathlib
import re
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FIXTURES = ROOT / "tests" / "fixtures"


def block(text, header, must_contain):
    """The span of the first `header` block that contains `must_contain`."""
    starts = [m.start() for m in re.finditer(r"(?m)^\[", text)] + [len(text)]
    for a, b in zip(starts, starts[1:]):
        if text[a:].startswith(header) and must_contain in text[a:b]:
            return a, b
    raise SystemExit(f"no {header} block with {must_contain!r}")


def in_block(text, header, must_contain, old, new):
    a, b = block(text, header, must_contain)
    part = text[a:b]
    if old not in part:
        raise SystemExit(f"{old!r} not in the {header} block with {must_contain!r}")
    return text[:a] + part.replace(old, new, 1) + text[b:]


def without_block(text, header, must_contain):
    a, b = block(text, header, must_contain)
    return text[:a] + text[b:]


def source_line(text, header, must_contain, new_line):
    a, b = block(text, header, must_contain)
    part = re.sub(r"(?m)^sources = \[.*\]$", new_line, text[a:b], count=1)
    return text[:a] + part + text[b:]


def without_evidence(text, header, must_contain, source=None):
    """Drops the record's passages: all of them, or those of one source."""
    a, b = block(text, header, must_contain)
    key = re.escape(source) if source else r"[\w-]+"
    part = re.sub(rf"(?m)^evidence\.{key} = \[\n(?:  .*\n)*\]\n", "", text[a:b])
    part = re.sub(rf"(?m)^evidence\.{key} = \".*\"\n", "", part)
    return text[:a] + part + text[b:]


def without_line(text, header, must_contain, starts):
    """Drops the record's line that starts with `starts`."""
    a, b = block(text, header, must_contain)
    part = re.sub(rf"(?m)^{re.escape(starts)}.*\n", "", text[a:b], count=1)
    return text[:a] + part + text[b:]


def replace_line(text, header, must_contain, starts, new_line):
    """Replaces the record's line that starts with `starts`."""
    a, b = block(text, header, must_contain)
    part = re.sub(rf"(?m)^{re.escape(starts)}.*$", lambda _: new_line, text[a:b], count=1)
    return text[:a] + part + text[b:]


def fixture(name, file, change):
    text = (DATA / file).read_text()
    changed = change(text)
    if changed == text:
        raise SystemExit(f"{name}: the change changed nothing")
    out = FIXTURES / name / file
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(changed)


FUTURE_CORRECTION = '''
[[correction]]
date = "2999-01-01"
time = "12:00"
kind = "update"
title = "an entry from the future"
records = ["mou-signed"]
text = "An entry dated in the future."
'''

EARLY_UPDATE = '''[[correction]]
date = "2026-11-01"
time = "12:00"
kind = "update"
title = "an entry before the first publication"
records = ["mou-signed"]
text = "An entry dated before the piece was first published."

'''

CORRECTION_WITHOUT_WAS = '''
[[correction]]
date = "{day}"
time = "23:59"
kind = "correction"
title = "a correction that does not say what we said"
records = ["mou-signed"]
text = "A correction that gives no earlier wording."
'''

UPDATE_WITHOUT_RECORDS = '''
[[correction]]
date = "{day}"
time = "23:59"
kind = "update"
title = "an update that adds nothing"
records = []
text = "An update that names no record."
'''


def latest_publication():
    """The latest publication: its day and its claims."""
    path = sorted((DATA / "published").glob("*.toml"))[-1]
    data = tomllib.loads(path.read_text())
    return data["published"], data["claims"]


def toml_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


COPIED = "China became the first country to land an unmanned spacecraft on the far side of the moon."

MOON_ROVER_CLUB = '''
[[actor]]
id = "moon-rover-club"
name = "Moon Rover Club"
kind = "media"
role = "An actor no record refers to."
sources = ["nbc-news"]
evidence.nbc-news = "Pavel Luzin, an independent Russian space policy analyst, told NBC News."
'''

fixture("closed-vocabulary", "actors.toml",
        lambda t: in_block(t, "[[actor]]", 'id = "nato"', 'kind = "alliance"', 'kind = "military-alliance"'))
fixture("country-not-a-country", "actors.toml",
        lambda t: in_block(t, "[[actor]]", 'id = "pavel-luzin"', 'country = "russia"', 'country = "roscosmos"'))
fixture("unreferenced-actor", "actors.toml", lambda t: t.rstrip("\n") + "\n" + MOON_ROVER_CLUB)
fixture("duplicate-membership", "coalitions.toml",
        lambda t: in_block(t, "[[membership]]", 'coalition = "lunar-gateway"\nactor = "canada"',
                           'actor = "canada"', 'actor = "japan"'))
fixture("unknown-status", "coalitions.toml",
        lambda t: in_block(t, "[[membership]]", 'coalition = "artemis-accords"\nactor = "russia"',
                           'status = "invited"', 'status = "refused"'))
fixture("missing-cell", "comparison.toml",
        lambda t: without_block(t, "[[cell]]", 'dimension = "status"\nside = "artemis"'))
fixture("one-sided-discrepancy", "discrepancies.toml",
        lambda t: without_block(t, "[[discrepancy.account]]", "Dmitry, in the three other reports"))
fixture("unattributed-quotation", "quotations.toml",
        lambda t: in_block(t, "[[quotation]]", 'id = "roscosmos-impractical"', 'speakers = ["roscosmos"]\n', ""))
fixture("uncited-record", "events.toml",
        lambda t: without_evidence(source_line(t, "[[event]]", 'id = "framework-2018"', "sources = []"),
                                   "[[event]]", 'id = "framework-2018"'))
fixture("unknown-theme", "events.toml",
        lambda t: in_block(t, "[[event]]", 'id = "us-law-bars-nasa-china"', 'themes = ["law", "diplomacy"]', 'themes = ["law", "space-lasers"]'))
fixture("label-kept-to-steps-without-a-label", "events.toml",
        lambda t: in_block(t, "[[event]]", 'id = "framework-ends"', 'date = "2022"\n', 'date = "2022"\nlabel_only_in_steps = true\n'))
fixture("citation-without-passage", "events.toml",
        lambda t: without_evidence(t, "[[event]]", 'id = "gagarin-first-in-space"', "bbc-chinese"))
fixture("passage-from-an-uncited-source", "events.toml",
        lambda t: source_line(t, "[[event]]", 'id = "gagarin-first-in-space"', 'sources = ["nbc-news"]'))
fixture("unknown-reference", "story.toml",
        lambda t: in_block(t, "[hero]", "kicker", '"nbc-news"]', '"nbc-news", "the-moon-gazette"]'))
fixture("step-draws-on-actor", "story.toml",
        lambda t: in_block(t, "[[chapter.step]]", 'id = "story-signing"', '"kremlin-authorises"', '"russia"'))
fixture("code-names-a-missing-unit", "figures.toml",
        lambda t: t.replace('unit = "rank"', 'unit = "place"'))
fixture("date-not-in-passages", "events.toml",
        lambda t: without_line(t, "[[event]]", 'id = "kremlin-authorises"', "date_note = "))
fixture("copied-sentence", "events.toml",
        lambda t: replace_line(t, "[[event]]", 'id = "far-side-landing"', "summary = ",
                               f'summary = {toml_string(COPIED)}'))
# The copied summary is logged, so the copying is its one defect.
DAY, CLAIMS = latest_publication()
fixture("copied-sentence", "corrections.toml",
        lambda t: t.rstrip("\n") + "\n\n" + "\n".join([
            "[[correction]]", f'date = "{DAY}"', 'time = "23:59"', 'kind = "correction"',
            'title = "the far side"', 'text = "A summary changed, with its entry."',
            f'was.far-side-landing.summary = {toml_string(CLAIMS["far-side-landing"]["summary"])}', ""]))
fixture("quiet-change", "events.toml",
        lambda t: replace_line(t, "[[event]]", 'id = "far-side-landing"', "title = ",
                               'title = "China lands first on the far side"'))
fixture("was-not-as-published", "corrections.toml",
        lambda t: in_block(t, "[[correction]]", 'title = "the navigation systems"',
                           'was.beidou-glonass.title = "China and Russia link their navigation satellites"',
                           'was.beidou-glonass.title = "China and Russia link their satellites"'))
fixture("correction-of-an-unknown-record", "corrections.toml",
        lambda t: in_block(t, "[[correction]]", 'title = "peaceful or military"',
                           '"peaceful-or-military"', '"peaceful-or-military", "no-such-record"'))
fixture("correction-before-publication", "corrections.toml",
        lambda t: t.replace("[[correction]]", EARLY_UPDATE + "[[correction]]", 1))
fixture("correction-in-the-future", "corrections.toml",
        lambda t: t.rstrip("\n") + "\n" + FUTURE_CORRECTION)
fixture("correction-without-its-earlier-wording", "corrections.toml",
        lambda t: t.rstrip("\n") + "\n" + CORRECTION_WITHOUT_WAS.format(day=DAY))
fixture("correction-without-records", "corrections.toml",
        lambda t: t.rstrip("\n") + "\n" + UPDATE_WITHOUT_RECORDS.format(day=DAY))
