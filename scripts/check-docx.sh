#!/usr/bin/env bash
# Checks the Word export as a reader would see it (issue 12): every plan is
# exported with `export --format docx`, converted to PDF by LibreOffice and
# read back with poppler's tools.
#
# Usage: scripts/check-docx.sh [path/to/swoc-wizard]   (default .build/debug/swoc-wizard)
# Needs: pandoc, librsvg2-bin, libreoffice-writer (soffice), poppler-utils, fonts-noto-cjk.
#
# Plans: every examples/*.yaml (ningbo-nottingham.zh.yaml as a session in Chinese), the
# Chinese one as a bilingual plan (--language zh,en), the hostile session
# (Tests/Fixtures/hostile-sessions/hostile-texts.json: CR LF, </svg>, ]]>,
# U+202E), Tests/Fixtures/hostile-answers.yaml, and the session stopped at
# step 1 (Tests/Fixtures/sessions/manchester-wuhan-unfinished-step1.json);
# and draft agreements (`agreement --format docx`, issue 16) of every type, in
# zh,en, for a pair of sessions and for the hostile session.
# For each PDF:
# - A4: `pdfinfo` gives 595 × 842 points;
# - no word broken across lines: every word longer than 3 letters of the
#   Markdown plan's text (`--format md` through `pandoc -t plain`, without its
#   Mermaid chart) appears whole in `pdftotext`'s text. Words are runs of
#   letters, so a line may still break at a hyphen ("Inter-" / "government");
#   LibreOffice hyphenates nothing here, and Chinese, which may break between
#   any two characters, is checked character by character instead;
# - every table fits the page: every word box of `pdftotext -bbox-layout`
#   lies within the page, at least 1 cm from either edge;
# - a reasonable length: at most 2 pages, one per picture (the timeline) and
#   one per 1,800 characters of the plan's text, Chinese characters counted twice (the old eight-column
#   tables took over twice that: 22 pages), and at least one page per 6,000;
# - Chinese plans: `pdffonts` lists an embedded CJK font (not tofu), and every
#   Chinese character of the Markdown is in the PDF's text as often;
# - the unfinished session says "Draft" (草案) on its first page; the finished ones nowhere;
# - a timeline picture in SVG comes with its PNG copy (for LibreOffice and older Word).
# Then two broken documents must be rejected, so the checks can fail: an
# eight-column table of long words converted without the column widths, and
# a plan on pandoc's own US Letter page.
# Prints "ok: ..." or the problems for every check, then "N passed, M failed".
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

binary="${1:-.build/debug/swoc-wizard}"
if [[ ! -x "$binary" ]]; then
    echo "error: no swoc-wizard binary at $binary (run 'swift build' first, or pass its path)" >&2
    exit 2
fi
binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
for tool in pandoc soffice pdftotext pdfinfo pdffonts; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "error: $tool is not installed (apt-get install pandoc librsvg2-bin libreoffice-writer poppler-utils fonts-noto-cjk)" >&2
        exit 2
    fi
done

work="$(mktemp -d "${TMPDIR:-/tmp}/swoc-docx.XXXXXX")"
trap 'rm -rf "$work"' EXIT
manifest="$work/manifest.tsv"
: >"$manifest"
failed=0

# Exports one session as DOCX and Markdown; kind is en, zh or bilingual, state finished or draft.
export_case() {
    local label="$1" base="$2" session="$3" kind="$4" state="$5"
    shift 5
    if ! "$binary" export "$session" --format docx --output "$base.docx" --force "$@" 2>"$work/log" \
        || ! "$binary" export "$session" --format md --output "$base.md" --force "$@" 2>>"$work/log"; then
        echo "FAIL: $label: export failed:"
        sed 's/^/    /' "$work/log"
        failed=$((failed + 1))
        return 0
    fi
    printf '%s\t%s\t%s\t%s\n' "$label" "$base" "$kind" "$state" >>"$manifest"
}

hostile_answers="$root/Tests/Fixtures/hostile-answers.yaml"
for input in "$root"/examples/*.yaml "$hostile_answers"; do
    name="$(basename "$input" .yaml)"
    base="$work/$name"
    kind=en
    [[ "$name" == *.zh ]] && kind=zh
    if ! "$binary" --answers "$input" --session "$base.session.json" --language "${kind/bilingual/zh}" >"$work/log" 2>&1; then
        echo "FAIL: ${input#"$root"/}: the answers could not be imported:"
        sed 's/^/    /' "$work/log"
        failed=$((failed + 1))
        continue
    fi
    export_case "${input#"$root"/}" "$base" "$base.session.json" "$kind" finished
    if [[ "$kind" == zh ]]; then
        export_case "${input#"$root"/} (zh,en)" "$base.zh-en" "$base.session.json" bilingual finished --language zh,en
    fi
done
for session in Tests/Fixtures/hostile-sessions/hostile-texts.json Tests/Fixtures/sessions/manchester-wuhan-unfinished-step1.json; do
    name="$(basename "$session" .json)"
    cp "$root/$session" "$work/$name.session.json"
    state=finished
    [[ "$name" == *unfinished* ]] && state=draft
    export_case "$session" "$work/$name" "$work/$name.session.json" en "$state"
done

# Draft agreements (issue 16): every type from the Nottingham session, the
# Chinese session side by side with English, a pair of sessions, the hostile
# session. A draft always says "Draft" (草案) on its first page.
agreement_case() {
    local label="$1" base="$2" session="$3" kind="$4"
    shift 4
    if ! "$binary" agreement "$session" --format docx --output "$base.docx" --force "$@" 2>"$work/log" \
        || ! "$binary" agreement "$session" --format md --output "$base.md" --force "$@" 2>>"$work/log"; then
        echo "FAIL: $label: the agreement could not be drafted:"
        sed 's/^/    /' "$work/log"
        failed=$((failed + 1))
        return 0
    fi
    printf '%s\t%s\t%s\t%s\n' "$label" "$base" "$kind" draft >>"$manifest"
}
for type in mou loi project contract; do
    agreement_case "agreement --type $type" "$work/agreement-$type" "$work/nottingham-ningbo.session.json" en --type "$type"
done
agreement_case "agreement (zh,en)" "$work/agreement-zh-en" "$work/ningbo-nottingham.zh.session.json" bilingual \
    --language zh,en --type loi
agreement_case "agreement of a pair (en,zh)" "$work/agreement-pair" "$work/nottingham-ningbo.session.json" bilingual \
    "$work/ningbo-nottingham.zh.session.json" --language en,zh
agreement_case "agreement of the hostile session" "$work/agreement-hostile" "$work/hostile-texts.session.json" bilingual \
    --language en,zh

# The broken documents the checks must reject.
python3 - "$work/broken-table.md" <<'PYTHON'
import sys
words = "Intergovernmental Internationalisation Responsibilities Accountability Municipality Collaboration".split()
header = "| " + " | ".join(f"Column{n}" for n in range(8)) + " |"
rows = ["| " + " | ".join(words[(r + c) % len(words)] for c in range(8)) + " |" for r in range(6)]
open(sys.argv[1], "w").write("# Broken\n\n" + header + "\n|" + "---|" * 8 + "\n" + "\n".join(rows) + "\n")
PYTHON
pandoc -f gfm -t docx --reference-doc data/pandoc/reference.docx "$work/broken-table.md" -o "$work/broken-table.docx"
cp "$work/broken-table.md" "$work/broken-letter.md"
pandoc -f gfm -t docx "$root/Tests/Fixtures/golden/nottingham-ningbo.md" -o "$work/broken-letter.docx"
cp "$root/Tests/Fixtures/golden/nottingham-ningbo.md" "$work/broken-letter.md"

# One LibreOffice run converts them all (it starts slowly).
(cd "$work" && soffice --headless --convert-to pdf --outdir "$work" ./*.docx >"$work/soffice.log" 2>&1) || true

status=0
python3 - "$manifest" "$work" "$failed" <<'PYTHON' || status=$?
import math
import re
import subprocess
import sys
import unicodedata
import zipfile
from collections import Counter
from xml.etree import ElementTree

manifest, work, failed = sys.argv[1], sys.argv[2], int(sys.argv[3])
passed = 0
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
# Words: runs of letters that are not Chinese (those may break anywhere).
WORD = re.compile(r"[^\W\d_\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+")
A4 = (595.3, 841.9)
EDGE = 28.3  # 1 cm in points
CHARACTERS_PER_PAGE = 1800


def run(*command):
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def plain_text(markdown):
    """The Markdown's text as a reader sees it: without its Mermaid chart, through pandoc."""
    # The chart's heading too: the Word file has it only with the timeline picture.
    markdown = re.sub(r"(### [^\n]*\n\n)?```mermaid\n.*?```\n", "", markdown, flags=re.S)
    text = subprocess.run(
        ["pandoc", "-f", "gfm", "-t", "plain", "--wrap=none"], input=markdown, capture_output=True, text=True, check=True
    ).stdout
    return unicodedata.normalize("NFKC", text)


def problems_of(pdf, markdown, kind, state, docx):
    problems = []
    info = run("pdfinfo", pdf)
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    width, height = (float(size.group(1)), float(size.group(2))) if size else (0, 0)
    if abs(width - A4[0]) > 2 or abs(height - A4[1]) > 2:
        problems.append(f"page size {width:.0f} × {height:.0f} pt, not A4 (595 × 842)")

    text = unicodedata.normalize("NFKC", run("pdftotext", "-enc", "UTF-8", pdf, "-"))
    shown = set(WORD.findall(text))
    wanted = plain_text(markdown)
    # A word shown backwards is whole too: a right-to-left override typed into
    # a text (the hostile fixtures) turns the words after it round.
    broken = sorted(
        {word for word in WORD.findall(wanted) if len(word) > 3 and word not in shown and word[::-1] not in shown}
    )
    if broken:
        problems.append(f"{len(broken)} words not whole in the PDF (broken across lines?): {', '.join(broken[:12])}")

    layout = run("pdftotext", "-bbox-layout", pdf, "-")
    outside = []
    for page_number, page in enumerate(re.findall(r"<page (.*?)</page>", layout, flags=re.S), start=1):
        for x_min, x_max, word in re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', page):
            if float(x_min) < EDGE or float(x_max) > width - EDGE:
                outside.append(f"{word!r} on page {page_number} ({float(x_min):.0f}–{float(x_max):.0f} pt)")
    if outside:
        problems.append(f"{len(outside)} words outside the page's text area (a table too wide?): {'; '.join(outside[:6])}")

    # Chinese characters count twice: a page holds half as many of them.
    characters = len(re.sub(r"\s+", " ", wanted)) + len(CJK.findall(wanted))
    pictures = 0
    if docx:
        with zipfile.ZipFile(docx) as archive:
            pictures = len([n for n in archive.namelist() if n.startswith("word/media/") and not n.endswith(".svg")])
    most = 2 + pictures + math.ceil(characters / CHARACTERS_PER_PAGE)
    least = max(1, characters // 6000)
    if not least <= pages <= most:
        problems.append(f"{pages} pages for {characters} characters of text (expected {least} to {most})")

    if kind != "en":
        fonts = run("pdffonts", pdf)
        if not re.search(r"CJK.*\byes\b", fonts):
            problems.append("no embedded CJK font in the PDF (Chinese would show as tofu):\n" + fonts)
        lost = Counter(CJK.findall(wanted)) - Counter(CJK.findall(text))
        if lost:
            problems.append(f"{sum(lost.values())} Chinese characters missing from the PDF: {''.join(sorted(lost))[:40]}")

    first_page = run("pdftotext", "-enc", "UTF-8", "-l", "1", pdf, "-")
    if state == "draft" and "Draft" not in first_page and "草案" not in first_page:
        problems.append("an unfinished session's plan does not say Draft on its first page")
    if state == "finished" and ("(Draft)" in text or "（草案）" in text):
        problems.append("a finished session's plan says Draft")

    if docx:
        with zipfile.ZipFile(docx) as archive:
            media = [name for name in archive.namelist() if name.startswith("word/media/")]
        if any(name.endswith(".svg") for name in media) and not any(name.endswith(".png") for name in media):
            problems.append("the timeline is in SVG only, with no PNG copy (is rsvg-convert installed?)")
    return problems, pages, characters


def report(label, problems):
    global passed, failed
    if problems:
        failed += 1
        print(f"FAIL: {label}")
        for problem in problems:
            print("    " + problem.replace("\n", "\n    "))
    else:
        passed += 1
        print(f"ok: {label}")


with open(manifest, encoding="utf-8") as f:
    cases = [line.rstrip("\n").split("\t") for line in f if line.strip()]
for label, base, kind, state in cases:
    try:
        with open(base + ".md", encoding="utf-8") as f:
            markdown = f.read()
        problems, pages, characters = problems_of(base + ".pdf", markdown, kind, state, base + ".docx")
        report(f"{label}: {pages} pages for {characters} characters", problems)
    except (OSError, subprocess.CalledProcessError, AttributeError) as error:
        report(label, [f"could not be checked: {error}"])
if not any(kind == "zh" for _, _, kind, _ in cases) or not any(kind == "bilingual" for _, _, kind, _ in cases):
    report("Chinese and bilingual plans", ["none was checked"])

# The checks must have teeth.
for name, expected in [("broken-table", "not whole in the PDF"), ("broken-letter", "not A4")]:
    try:
        with open(f"{work}/{name}.md", encoding="utf-8") as f:
            markdown = f.read()
        problems, _, _ = problems_of(f"{work}/{name}.pdf", markdown, "en", "any", None)
        hits = [p for p in problems if expected in p or (name == "broken-table" and "outside the page" in p)]
        report(f"rejected as expected: {name} ({hits[0][:80] if hits else ''})", [] if hits else [f"accepted: {problems}"])
    except (OSError, subprocess.CalledProcessError, AttributeError) as error:
        report(f"negative check {name}", [f"could not be run: {error}"])

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PYTHON
exit "$status"
