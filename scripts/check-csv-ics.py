#!/usr/bin/env python3
"""Checks the spreadsheet (CSV) and calendar (ICS) exports with parsers that
share no code with the wizard: Python's csv module and the icalendar package.

Usage: scripts/check-csv-ics.py [path/to/swoc-wizard]   (default .build/debug/swoc-wizard)

Imports every examples/*.yaml with --answers (the Chinese one in Chinese), and
takes the hostile session (Tests/Fixtures/hostile-sessions/hostile-texts.json),
the unfinished step-1 session and a bilingual (zh,en) export of the Chinese
plan. Each is exported to CSV and ICS and checked:

- CSV: UTF-8 with a byte-order mark, CR LF record ends, the expected header,
  every row as wide as the header, one row per activity of the JSON plan.
- ICS: Calendar.from_ical reads it; VERSION 2.0, PRODID and a calendar name;
  every VEVENT has UID, DTSTAMP, a DTSTART that is a date, DTEND the day after
  and SUMMARY; UIDs unique; no line longer than 75 octets.
- The hostile session's texts come back exactly as the session holds them, a
  typed CR LF as LF (the rule of both exports); the draft is marked.

Then it breaks a good export in a few ways and checks that each check catches
it, so a check that accepts everything cannot pass. Prints "ok: ..." or
"FAIL: ..." per check, then "N passed, M failed"; exits non-zero on a failure.
"""

import csv
import datetime
import io
import json
import os
import re
import subprocess
import sys
import tempfile

try:
    import icalendar
except ImportError:
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "icalendar"], check=True)
    import icalendar

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BOM = b"\xef\xbb\xbf"
ENGLISH_HEADER = [
    "Year", "Stream", "Activity", "What is done", "Lead", "Cost", "Indicator", "SWOC entries answered", "Why",
    "Source in the report", "Rule", "Plan status",
]
CHINESE_HEADER = [
    "年份", "工作板块", "活动", "具体内容", "牵头方", "费用", "衡量指标", "回应的SWOC条目", "理由", "报告出处", "规则", "规划状态",
]

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checklib import Tally, run  # noqa: E402

tally = Tally()
report = tally.report


def lf(text):
    """The exports' rule for a typed line break: CR LF and a lone CR become LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- CSV ---------------------------------------------------------------------


def csv_problems(data, header, activities):
    """What is wrong with a CSV export, as a list of sentences (empty when none)."""
    problems = []
    if not data.startswith(BOM):
        problems.append("no UTF-8 byte-order mark")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return problems + [f"not UTF-8: {error}"]
    if not text.endswith("\r\n"):
        problems.append("the last record does not end with CR LF")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), strict=True))
    if not rows:
        return problems + ["no rows"]
    if rows[0] != header:
        problems.append(f"header {rows[0]} instead of {header}")
    widths = {len(row) for row in rows}
    if widths != {len(rows[0])}:
        problems.append(f"rows of widths {sorted(widths)}, header {len(rows[0])}")
    if activities is not None and len(rows) - 1 != activities:
        problems.append(f"{len(rows) - 1} rows for {activities} activities")
    # Outside quoted cells, every record must end with CR LF (RFC 4180).
    inside = False
    for index, character in enumerate(text):
        if character == '"':
            inside = not inside
        elif character == "\n" and not inside and (index == 0 or text[index - 1] != "\r"):
            problems.append("a record ends with a bare LF")
            break
    return problems


def csv_rows(data):
    return list(csv.reader(io.StringIO(data.decode("utf-8").lstrip("\ufeff"), newline="")))


# --- ICS ---------------------------------------------------------------------


def ics_problems(data):
    problems = []
    for number, line in enumerate(data.split(b"\r\n")[:-1], start=1):
        if len(line) > 75:
            problems.append(f"line {number} has {len(line)} octets")
            break
        if b"\n" in line or b"\r" in line:
            problems.append(f"line {number} holds a bare line break")
            break
    if not data.endswith(b"END:VCALENDAR\r\n"):
        problems.append("does not end with END:VCALENDAR and CR LF")
    try:
        calendar = icalendar.Calendar.from_ical(data.decode("utf-8"))
    except Exception as error:  # the parser's own complaint is the message
        return problems + [f"icalendar cannot read it: {error}"]
    if str(calendar.get("VERSION")) != "2.0":
        problems.append("VERSION is not 2.0")
    for name in ["PRODID", "X-WR-CALNAME"]:
        if not calendar.get(name):
            problems.append(f"no {name}")
    events = calendar.walk("VEVENT")
    if not events:
        problems.append("no events")
    uids = []
    for event in events:
        for name in ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"]:
            if event.get(name) is None:
                problems.append(f"an event without {name}: {event.get('SUMMARY')}")
        start = event.get("DTSTART")
        end = event.get("DTEND")
        if start is not None:
            day = start.dt
            if isinstance(day, datetime.datetime) or not isinstance(day, datetime.date):
                problems.append(f"DTSTART {day!r} is not a date")
            elif end is not None and end.dt != day + datetime.timedelta(days=1):
                problems.append(f"DTEND {end.dt} is not the day after {day}")
        if isinstance(event.get("SUMMARY"), list):
            problems.append("an event with several SUMMARY values")
        uids.append(str(event.get("UID")))
    if len(set(uids)) != len(uids):
        problems.append("UIDs repeat")
    return problems


def calendar_name(calendar):
    """X-WR-CALNAME is TEXT by convention; icalendar leaves unknown X- properties raw, so it is read as TEXT here."""
    raw = calendar.get("X-WR-CALNAME")
    raw = raw.to_ical().decode("utf-8") if hasattr(raw, "to_ical") else str(raw)
    return re.sub(r"\\([\\;,nN])", lambda match: "\n" if match.group(1) in "nN" else match.group(1), raw)


def calendar_texts(data):
    calendar = icalendar.Calendar.from_ical(data.decode("utf-8"))
    texts = [calendar_name(calendar)]
    for event in calendar.walk("VEVENT"):
        texts += [str(event.get("SUMMARY")), str(event.get("DESCRIPTION"))]
    return calendar, "\n".join(texts)


# --- The checks --------------------------------------------------------------


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/swoc-wizard"))
    if not os.access(binary, os.X_OK):
        print(f"error: no swoc-wizard binary at {binary} (run 'swift build' first, or pass its path)", file=sys.stderr)
        return 2
    work = tempfile.mkdtemp(prefix="swoc-csv-ics.")

    # (label, session file, --language, expected header)
    plans = []
    for name in sorted(os.listdir(os.path.join(ROOT, "examples"))):
        if not name.endswith(".yaml"):
            continue
        language = "zh" if name.endswith(".zh.yaml") else "en"
        session = os.path.join(work, name.replace(".yaml", ".json"))
        run(binary, "--language", language, "--answers", os.path.join(ROOT, "examples", name), "--session", session,
            cwd=work)
        plans.append((name, session, None, CHINESE_HEADER if language == "zh" else ENGLISH_HEADER))
        if language == "zh":
            header = []
            for index, (zh, en) in enumerate(zip(CHINESE_HEADER, ENGLISH_HEADER)):
                if index in (0, 7, 10):  # year, the team's entries and the rule: once, named in both languages
                    header.append(f"{zh} / {en}")
                else:
                    header += [f"{zh} (zh)", f"{en} (en)"]
            plans.append((name + " in zh,en", session, "zh,en", header))
    hostile = os.path.join(ROOT, "Tests/Fixtures/hostile-sessions/hostile-texts.json")
    unfinished = os.path.join(ROOT, "Tests/Fixtures/sessions/manchester-wuhan-unfinished-step1.json")
    plans.append(("the hostile session", hostile, None, ENGLISH_HEADER))
    plans.append(("the unfinished step-1 session", unfinished, None, ENGLISH_HEADER))

    exports = {}
    for label, session, languages, header in plans:
        extra = ["--language", languages] if languages else []
        plan = json.loads(run(binary, "export", session, "--format", "json", *extra, cwd=work))
        activities = len(plan["suggestions"]["plan"])
        data = {}
        for form in ["csv", "ics"]:
            output = os.path.join(work, f"{len(exports)}.{form}")
            run(binary, "export", session, "--format", form, "--output", output, *extra, cwd=work)
            with open(output, "rb") as file:
                data[form] = file.read()
        exports[label] = (data, header, activities, plan)
        problems = csv_problems(data["csv"], header, activities)
        report(not problems, f"{label}: CSV ({activities} activities)", "; ".join(problems))
        problems = ics_problems(data["ics"])
        report(not problems, f"{label}: ICS", "; ".join(problems))

    # The hostile texts, exactly as the session holds them (CR LF as LF).
    with open(hostile, encoding="utf-8") as file:
        answers = json.load(file)["answers"]
    data, _, _, plan = exports["the hostile session"]
    cells = "\n".join(cell for row in csv_rows(data["csv"]) for cell in row)
    cited = {code for activity in plan["suggestions"]["plan"] for code in activity["answers"]}
    letters = {"strengths": "S", "weaknesses": "W", "opportunities": "O", "challenges": "C"}
    expected = [f"{letters[q]}{i + 1}: {lf(e['text'])}" for q in letters for i, e in enumerate(answers[q])
                if f"{letters[q]}{i + 1}" in cited]
    missing = [text for text in expected if text not in cells]
    report(bool(expected) and not missing, f"hostile session: {len(expected)} cited SWOC entries come back from the CSV",
           f"missing {missing}")
    descriptions = [lf(activity["description"]) for activity in plan["suggestions"]["plan"]]
    rows = csv_rows(data["csv"])[1:]
    report([row[3] for row in rows] == descriptions and any("\r\n" in a["description"] for a in plan["suggestions"]["plan"]),
           "hostile session: every description (some with CR LF) comes back from the CSV")
    calendar, texts = calendar_texts(data["ics"])
    typed = [lf(answers["partner-name"]), lf(answers["city-name"]), "## Delegation `heading` of firms",
             lf(answers["monitoring-indicators"][3])]
    missing = [text for text in typed if text not in texts]
    report(not missing, "hostile session: names and typed texts come back from the ICS", f"missing {missing!r}")
    report(len(calendar.walk("VEVENT")) == data["ics"].count(b"BEGIN:VEVENT"),
           "hostile session: no typed text starts an event or a property")

    # The draft is marked in both.
    data = exports["the unfinished step-1 session"][0]
    rows = csv_rows(data["csv"])[1:]
    report(rows and all(row[-1].startswith("Draft: 21 questions unanswered") for row in rows),
           "unfinished session: every CSV row says Draft")
    calendar, _ = calendar_texts(data["ics"])
    report(calendar_name(calendar).startswith("Draft (21 questions unanswered)")
           and all("Draft: 21 questions" in str(event.get("DESCRIPTION")) for event in calendar.walk("VEVENT")),
           "unfinished session: the calendar's name and every event say Draft")

    # Broken files must be caught, or the checks above prove nothing.
    good, header, activities, _ = exports["nottingham-ningbo.yaml"]
    breaks = {
        "CSV without its byte-order mark": csv_problems(good["csv"][3:], header, activities),
        "CSV with a row one cell short": csv_problems(
            good["csv"].replace(b",evaluate-and-next-plan,", b",", 1), header, activities),
        "CSV with a bare LF record end": csv_problems(good["csv"].replace(b"\r\n", b"\n", 2), header, activities),
        "ICS with an event without UID": ics_problems(
            b"\r\n".join(line for line in good["ics"].split(b"\r\n") if not line.startswith(b"UID:"))),
        "ICS with a date-time DTSTART": ics_problems(
            good["ics"].replace(b"DTSTART;VALUE=DATE:20200415", b"DTSTART:20200415T100000Z", 1)),
        "ICS with a repeated UID": ics_problems(
            good["ics"].replace(b"-delegation-exchange-2@", b"-delegation-exchange-1@")),
        "ICS with an unfolded long line": ics_problems(good["ics"].replace(b"\r\n ", b"")),
        "ICS cut before its end": ics_problems(good["ics"][: len(good["ics"]) // 2]),
    }
    for label, problems in breaks.items():
        report(bool(problems), f"the check rejects {label}", "it was accepted")

    return tally.summary()


if __name__ == "__main__":
    sys.exit(main())
