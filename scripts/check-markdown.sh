#!/usr/bin/env bash
# Checks that the Markdown plan export converts cleanly with pandoc and that no
# text typed by a city team can change the document's structure.
#
# Usage: scripts/check-markdown.sh [path/to/swoc-wizard]   (default .build/debug/swoc-wizard)
#
# Imports every examples/*.yaml and Tests/Fixtures/hostile-answers.yaml (free
# texts full of Markdown, HTML and Mermaid syntax) with --answers, exports each
# as Markdown (and as JSON, to know what the team typed), and converts the
# Markdown with `pandoc -f gfm` to HTML and to DOCX. A conversion fails if
# pandoc exits non-zero or writes anything to stderr. The HTML is then checked
# with Python's html.parser: one <h1>; only the section titles the exporter
# writes; no <script>, <img>, <a>, nor emphasis made from the hostile texts'
# **bold** and _x_ (the plan's own <em> and <strong> are allowed since issue 12);
# no <pre>/<code> but the Mermaid chart, whose lines must be valid gantt
# syntax; every table row as wide as its header (in the Markdown source too,
# since GFM silently drops extra cells); and every text the team typed shown
# literally. The DOCX must be a zip with word/document.xml naming the city.
# Chinese and bilingual plans (issue 11) come from Tests/Fixtures/bilingual (a
# small questionnaire and rules in English and Chinese), and from the built-in
# files too once they are written in Chinese: their titles and labels may be in
# either language or both joined by " · ", and a bilingual plan may use <em> and
# <br> for its second language. Every Chinese character of the Markdown must
# appear as often in the HTML's text and in word/document.xml, the DOCX is made
# with --reference-doc data/pandoc/reference.docx, and its styles (and the
# reference document's) must name the CJK font "Noto Sans CJK SC".
# Finally it breaks the hostile Markdown in a few ways and checks that the same
# structure check rejects each, so a check that accepts everything cannot pass;
# likewise a lost Chinese character must be caught.
# Prints "ok: ..." or the problems for every check, then "N passed, M failed";
# exits non-zero if any check failed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

binary="${1:-.build/debug/swoc-wizard}"
if [[ ! -x "$binary" ]]; then
    echo "error: no swoc-wizard binary at $binary (run 'swift build' first, or pass its path)" >&2
    exit 2
fi
binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"

if ! command -v pandoc >/dev/null 2>&1; then
    echo "pandoc not found; installing it with apt-get" >&2
    if ! apt-get install -y pandoc >/dev/null 2>&1; then
        apt-get update >/dev/null
        apt-get install -y pandoc >/dev/null
    fi
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/swoc-markdown.XXXXXX")"
trap 'rm -rf "$work"' EXIT

passed=0
failed=0
manifest="$work/manifest.tsv"
: >"$manifest"

# Runs "$@" quietly; on failure shows what it printed and counts a failed check.
run_quiet() {
    local label="$1"
    shift
    if ! "$@" >"$work/log" 2>&1; then
        echo "FAIL: $label: '$*' exited with an error:"
        sed 's/^/    /' "$work/log"
        failed=$((failed + 1))
        return 1
    fi
}

# Runs a pandoc conversion; it fails on a non-zero exit or anything on stderr.
convert() {
    local label="$1"
    shift
    local status=0
    pandoc "$@" 2>"$work/stderr" || status=$?
    if ((status != 0)) || [[ -s "$work/stderr" ]]; then
        echo "FAIL: $label: 'pandoc $*' exited with $status and wrote to stderr:"
        sed 's/^/    /' "$work/stderr"
        failed=$((failed + 1))
        return 1
    fi
    echo "ok: $label"
    passed=$((passed + 1))
}

shopt -s nullglob
inputs=("$root"/examples/*.yaml)
if ((${#inputs[@]} == 0)); then
    echo "FAIL: no examples/*.yaml to export"
    failed=$((failed + 1))
fi
hostile="$root/Tests/Fixtures/hostile-answers.yaml"
if [[ -f "$hostile" ]]; then
    inputs+=("$hostile")
else
    echo "FAIL: no Tests/Fixtures/hostile-answers.yaml"
    failed=$((failed + 1))
fi

reference="$root/data/pandoc/reference.docx"
if [[ ! -f "$reference" ]]; then
    echo "FAIL: no data/pandoc/reference.docx (make it with data/pandoc/make-reference-docx.py)"
    failed=$((failed + 1))
fi

# Exports one session as Markdown (and JSON, to know what the team typed) and
# converts the Markdown; kind is en, zh or bilingual (which titles and tags to expect).
export_case() {
    local label="$1" base="$2" session="$3" kind="$4" is_hostile="$5"
    shift 5
    run_quiet "$label" "$binary" export "$session" --format md --output "$base.md" --force "$@" || return 0
    run_quiet "$label" "$binary" export "$session" --format json --output "$base.plan.json" --force "$@" || return 0
    local html_ok=0 docx_ok=0
    convert "$label: Markdown to HTML" -f gfm -t html "$base.md" -o "$base.html" && html_ok=1
    convert "$label: Markdown to DOCX" -f gfm -t docx --reference-doc "$reference" "$base.md" -o "$base.docx" \
        && docx_ok=1
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$base" "$html_ok" "$docx_ok" "$is_hostile" "$kind" >>"$manifest"
}

# Bilingual plans of the built-in files once they are written in Chinese too.
bilingual_builtin=0
for input in "${inputs[@]}"; do
    name="$(basename "$input" .yaml)"
    label="${input#"$root"/}"
    base="$work/$name"
    is_hostile=0
    [[ "$input" == "$hostile" ]] && is_hostile=1
    run_quiet "$label" "$binary" --answers "$input" --session "$base.session.json" || continue
    language="$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["language"])' "$base.session.json")"
    kind=en
    [[ "$language" == zh ]] && kind=zh
    export_case "$label" "$base" "$base.session.json" "$kind" "$is_hostile"
    if "$binary" export "$base.session.json" --language zh,en --format md --output "$base.zh-en.md" >/dev/null 2>&1; then
        bilingual_builtin=1
        export_case "$label (zh,en)" "$base.zh-en" "$base.session.json" bilingual "$is_hostile" --language zh,en
    fi
done
((bilingual_builtin)) || echo "note: the built-in files are not written in Chinese yet; their bilingual plans are skipped"

# Chinese and bilingual plans from the small questionnaire and rules written in both languages.
fixture="$root/Tests/Fixtures/bilingual"
files=(--questionnaire "$fixture/questionnaire" --rules "$fixture/rules")
for answers in answers hostile-answers; do
    label="Tests/Fixtures/bilingual/$answers.yaml"
    base="$work/bilingual-$answers"
    is_hostile=0
    [[ "$answers" == hostile-answers ]] && is_hostile=2
    run_quiet "$label" "$binary" --answers "$fixture/$answers.yaml" --session "$base.session.json" --language zh \
        "${files[@]}" || continue
    export_case "$label (zh)" "$base.zh" "$base.session.json" zh "$is_hostile" "${files[@]}"
    export_case "$label (zh,en)" "$base.zh-en" "$base.session.json" bilingual "$is_hostile" --language zh,en "${files[@]}"
done

status=0
python3 - "$passed" "$failed" "$manifest" "$reference" <<'PYTHON' || status=$?
import json
import re
from collections import Counter
import subprocess
import sys
import zipfile
from html.parser import HTMLParser
from xml.etree import ElementTree
from xml.sax.saxutils import escape as xml_escape

passed, failed, manifest, reference = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]

# What MarkdownPlanExporter writes itself: section titles and sub-headings.
SECTION_TITLES = {
    "Summary",
    "The city and its partner",
    "SWOC analysis",
    "Strategies (TOWS)",
    "Health check",
    "Agreement recommendation",
    "Indicators for monitoring",
    "Funding",
    "Report sections cited",
    # The same in Chinese (ChinesePlanMessages).
    "概要",
    "本市及合作城市",
    "SWOC分析",
    "策略（TOWS）",
    "合作健康检查",
    "协议建议",
    "监测指标",
    "资金保障",
    "引用的报告章节",
}
# "Five-year plan" alone heads a draft's section that has no plan yet (issue 12).
FIVE_YEAR_PLAN_TITLE = re.compile(r"^(Five-year plan( [0-9]{4}–[0-9]{4})?|五年行动计划(（[0-9]{4}—[0-9]{4}年）)?)$")
# Years, the SWOC quadrants and the plan at a glance (issue 12), the chart.
SUBHEADING = re.compile(
    r"^([0-9]{4}|The plan as a chart|计划图表|The plan at a glance|五年行动计划一览"
    r"|Strengths|Weaknesses|Opportunities|Challenges|优势|劣势|机遇|挑战)$"
)
# A bilingual plan joins the languages of a heading or label with " · ".
LANGUAGE_SEPARATOR = " · "
# Every tag pandoc makes from the exporter's structure; anything else (em, del,
# a, img, script, blockquote, ol, hr, h4, br, raw HTML...) came from user text.
# Since issue 12 every plan uses <em> (the quieter "why" under an activity) and
# <br> (an activity's description beneath its title): whether user text made
# one is told by the hostile literals, which must then show as typed, and by
# the emphasis checks below.
ALLOWED_TAGS = {
    "h1", "h2", "h3", "p", "ul", "li", "table", "colgroup", "col", "thead", "tbody", "tr", "th", "td",
    "strong", "em", "br", "pre", "code",
}
BILINGUAL_TAGS = set()
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
GANTT_LINE = [
    re.compile(r"^gantt$"),
    re.compile(r"^    title [^:;#]+$"),
    re.compile(r"^    dateFormat YYYY-MM-DD$"),
    re.compile(r"^    axisFormat %Y$"),
]
GANTT_SECTION = re.compile(r"^    section [^:;#\s][^:;#]*$")
GANTT_TASK = re.compile(r"^    [^:;#\s][^:;#]* :[0-9]{4}-[0-9]{2}-[0-9]{2}, [0-9]{4}-[0-9]{2}-[0-9]{2}$")
# The strings of the brief for the hostile fixture: each must reach the reader as typed.
HOSTILE_LITERALS = [
    "<script>alert(1)</script>",
    "Pipe | Town",
    "# Heading",
    "- item",
    "1. item",
    "**bold** _x_ [link](http://x) ![img](x.png)",
    "`code`",
    "```",
    "&amp;",
    "&lt;",
    "Partner: City; #1",
    "backslash \\",
    "| --- |",
]
# The same for Tests/Fixtures/bilingual/hostile-answers.yaml.
BILINGUAL_HOSTILE_LITERALS = [
    "管道 | 城 <script>alert(1)</script>",
    "伙伴: 城; #1 **bold**",
    "- 港口 `code` [link](http://x) ![img](x.png) &amp;",
]
# Chinese characters and punctuation (CJK symbols, ideographs, full-width forms).
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CJK_FONT = "Noto Sans CJK SC"


def is_title(text, allowed):
    """A heading or label: allowed, or in a bilingual plan allowed in every language it is given in."""
    return text in allowed or all(part in allowed for part in text.split(LANGUAGE_SEPARATOR))


def missing_cjk(markdown, shown):
    """Chinese characters of the Markdown that the converted text shows fewer times, with how many are lost."""
    wanted, got = Counter(CJK.findall(markdown)), Counter(CJK.findall(shown))
    return {char: count - got[char] for char, count in wanted.items() if got[char] < count}


def east_asian_fonts(docx_path):
    """The East Asian fonts the styles of a DOCX name."""
    with zipfile.ZipFile(docx_path) as docx:
        tree = ElementTree.fromstring(docx.read("word/styles.xml"))
    return {f.get(W + "eastAsia") for f in tree.iter(W + "rFonts") if f.get(W + "eastAsia")}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def elements(self):
        for child in self.children:
            if isinstance(child, Node):
                yield child
                yield from child.elements()

    def classes(self):
        return (self.attrs.get("class") or "").split()


class TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", [], None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        if tag not in VOID_TAGS:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Node(tag, attrs, self.current))

    def handle_endtag(self, tag):
        node = self.current
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def squeeze(text):
    return re.sub(r"\s+", " ", text).strip()


def short(text, limit=90):
    text = squeeze(text)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def split_row(line):
    """The cells of a GFM table row: split on pipes not escaped by a backslash."""
    cells, cell, index = [], "", 0
    body = line.strip()
    while index < len(body):
        char = body[index]
        if char == "\\" and index + 1 < len(body):
            cell += body[index : index + 2]
            index += 2
            continue
        if char == "|":
            cells.append(cell)
            cell = ""
        else:
            cell += char
        index += 1
    cells.append(cell)
    if body.startswith("|"):
        cells = cells[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        cells = cells[:-1]
    return cells


DELIMITER_ROW = re.compile(r"^\|( *:?-+:? *\|)+$")


def markdown_problems(markdown):
    """Tables in the Markdown source: GFM drops extra cells and pads missing ones
    silently, so a stray pipe in user text is only visible here."""
    problems = []
    lines = markdown.split("\n")
    in_fence = False
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("```"):
            in_fence = not in_fence
        if in_fence or not (line.startswith("|") and index + 1 < len(lines) and DELIMITER_ROW.match(lines[index + 1])):
            index += 1
            continue
        width = len(split_row(line))
        if len(split_row(lines[index + 1])) != width:
            problems.append(f"markdown line {index + 2}: delimiter row does not match the header's {width} cells")
        index += 2
        while index < len(lines) and lines[index].strip():
            row = lines[index]
            if not row.startswith("|") or not row.rstrip().endswith("|"):
                problems.append(f"markdown line {index + 1}: table row not enclosed in pipes: {short(row)}")
            elif len(split_row(row)) != width:
                problems.append(
                    f"markdown line {index + 1}: table row has {len(split_row(row))} cells, header has {width}: {short(row)}"
                )
            index += 1
    return problems


def html_problems(html, literals=(), hostile=False, bilingual=False):
    builder = TreeBuilder()
    builder.feed(html)
    builder.close()
    root = builder.root
    problems = []
    elements = list(root.elements())

    h1 = [e for e in elements if e.tag == "h1"]
    if len(h1) != 1:
        problems.append(f"{len(h1)} <h1> elements, expected exactly one: {[short(e.text()) for e in h1]}")
    for e in elements:
        if e.tag == "h2":
            title = squeeze(e.text())
            parts = title.split(LANGUAGE_SEPARATOR)
            if not is_title(title, SECTION_TITLES) and not all(FIVE_YEAR_PLAN_TITLE.match(p) for p in parts):
                problems.append(f"unknown section title <h2>{short(title)}</h2>")
        elif e.tag == "h3" and not all(SUBHEADING.match(p) for p in squeeze(e.text()).split(LANGUAGE_SEPARATOR)):
            problems.append(f"unknown sub-heading <h3>{short(e.text())}</h3>")

    for e in elements:
        if e.tag not in ALLOWED_TAGS and not (bilingual and e.tag in BILINGUAL_TAGS):
            attrs = "".join(f' {k}="{v}"' for k, v in e.attrs.items())
            where = e.parent.text() if e.parent is not None else ""
            problems.append(
                f"unexpected <{e.tag}{attrs}>{short(e.text(), 40)}</{e.tag}> (from user text?) in: {short(where, 60)}"
            )

    # Emphasis the exporter did not write: the hostile fixture's "**bold** _x_"
    # would become <strong>bold</strong> and <em>x</em> if not escaped.
    for e in elements:
        text = squeeze(e.text())
        if e.tag == "strong" and hostile and text.lower() in {"bold", "b"}:
            problems.append(f"<strong> made from user text: {short(text)}")
        if e.tag == "em" and hostile and text in {"x", "stars"}:
            problems.append(f"<em> made from user text: {short(text)}")
        if e.tag in {"strong", "em"} and not text:
            problems.append(f"empty <{e.tag}>")

    pres = [e for e in elements if e.tag == "pre"]
    for e in pres:
        if "mermaid" not in e.classes():
            problems.append(f"<pre> that is not the Mermaid chart: {short(e.text())}")
    if len(pres) > 1:
        problems.append(f"{len(pres)} <pre> blocks, expected at most the one Mermaid chart")
    for e in elements:
        if e.tag == "code" and not (e.parent.tag == "pre" and "mermaid" in e.parent.classes()):
            problems.append(f"<code> outside the Mermaid chart: {short(e.text())}")
    for e in pres:
        if "mermaid" not in e.classes():
            continue
        lines = e.text().rstrip("\n").split("\n")
        for number, line in enumerate(lines):
            if number < len(GANTT_LINE):
                ok = GANTT_LINE[number].match(line)
            else:
                ok = GANTT_SECTION.match(line) or (
                    not line.startswith("    section") and GANTT_TASK.match(line)
                )
            if not ok:
                problems.append(f"Mermaid line {number + 1} is not valid gantt syntax: {line!r}")

    for table in (e for e in elements if e.tag == "table"):
        rows = [e for e in table.elements() if e.tag == "tr"]
        if not rows:
            continue
        width = len([c for c in rows[0].children if isinstance(c, Node) and c.tag in ("th", "td")])
        for row in rows[1:]:
            cells = [c for c in row.children if isinstance(c, Node) and c.tag in ("th", "td")]
            if len(cells) != width:
                problems.append(f"table row with {len(cells)} cells, header has {width}: {short(row.text())}")

    visible = squeeze(root.text())
    for literal in literals:
        if squeeze(literal) not in visible:
            problems.append(f"text not shown literally: {literal!r}")
    return problems


def typed_texts(plan):
    """What the team typed that the Markdown plan prints (strings in every
    language: a text that is an object keyed by language is the program's)."""
    texts = []
    city = plan.get("city", {})
    texts += [city[k] for k in ("name", "country", "region", "internationalOffice") if k in city]
    partner = plan.get("partner", {})
    texts += [partner[k] for k in ("name", "country") if k in partner]
    for quadrant in ("strengths", "weaknesses", "opportunities", "challenges"):
        texts += [entry["text"] for entry in plan.get("swoc", {}).get(quadrant, []) if isinstance(entry["text"], str)]
    for answer in plan.get("answers", []):
        if answer["id"] == "monitoring-indicators" and isinstance(answer["value"], list):
            texts += answer["value"]
    return [text for text in texts if isinstance(text, str)]


def report(label, problems):
    global passed, failed
    if problems:
        failed += 1
        print(f"FAIL: {label}")
        for problem in problems:
            print(f"    {problem}")
    else:
        passed += 1
        print(f"ok: {label}")


hostile_case = None
with open(manifest, encoding="utf-8") as f:
    cases = [line.rstrip("\n").split("\t") for line in f if line.strip()]
for label, base, html_ok, docx_ok, is_hostile, kind in cases:
    hostile = is_hostile != "0"
    bilingual = kind == "bilingual"
    with open(base + ".md", encoding="utf-8") as f:
        markdown = f.read()
    with open(base + ".plan.json", encoding="utf-8") as f:
        plan = json.load(f)
    literals = typed_texts(plan) + {"0": [], "1": HOSTILE_LITERALS, "2": BILINGUAL_HOSTILE_LITERALS}[is_hostile]
    if is_hostile == "1" and kind == "en":
        hostile_case = (markdown, literals)
    if kind != "en" and not CJK.search(markdown):
        report(f"{label}: Chinese text", ["a Chinese or bilingual plan without a Chinese character"])
    if html_ok == "1":
        with open(base + ".html", encoding="utf-8") as f:
            html = f.read()
        report(
            f"{label}: structure", markdown_problems(markdown) + html_problems(html, literals, hostile, bilingual)
        )
        builder = TreeBuilder()
        builder.feed(html)
        lost = missing_cjk(markdown, builder.root.text())
        report(f"{label}: every Chinese character in the HTML", [f"{count} × {char!r} missing" for char, count in lost.items()])
    if docx_ok == "1":
        problems = []
        city = plan.get("city", {}).get("name")
        try:
            with zipfile.ZipFile(base + ".docx") as docx:
                if docx.testzip() is not None:
                    problems.append("a corrupt member in the zip")
                xml = docx.read("word/document.xml").decode("utf-8")
            tree = ElementTree.fromstring(xml)
            w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
            paragraphs = ["".join(t.text or "" for t in p.iter(w + "t")) for p in tree.iter(w + "p")]
            lost = missing_cjk(markdown, "".join(t.text or "" for t in tree.iter(W + "t")))
            problems += [f"{count} × {char!r} missing from word/document.xml" for char, count in lost.items()]
            if CJK_FONT not in east_asian_fonts(base + ".docx"):
                problems.append(f"the styles name no {CJK_FONT!r} East Asian font (was --reference-doc used?)")
            if city and xml_escape(city) not in xml and not any(city in p for p in paragraphs):
                problems.append(f"the city name {city!r} (XML-escaped {xml_escape(city)!r}) is not in word/document.xml")
        except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, UnicodeDecodeError) as error:
            problems.append(f"not a valid DOCX with word/document.xml: {error}")
        report(f"{label}: DOCX", problems)


# The check must have teeth: each broken copy of the hostile Markdown must be
# rejected by the same structure check, for the reason given.
def to_html(markdown):
    result = subprocess.run(["pandoc", "-f", "gfm", "-t", "html"], input=markdown, capture_output=True, text=True)
    return result.stdout


if hostile_case is None:
    failed += 1
    print("FAIL: no hostile Markdown export to break for the negative checks")
else:
    markdown, literals = hostile_case
    # The first task of the chart, whatever the rules call it: the line after
    # the chart's header and first section.
    FIRST_GANTT_TASK = re.compile(r"(```mermaid\ngantt\n(?:    [^\n]*\n)*?    section [^\n]*\n)    ")
    city_row = next((l for l in markdown.split("\n") if l.startswith("| City ")), None)
    breakages = [
        (
            "table cell with an unescaped |",
            lambda m: m.replace(city_row, city_row.replace("\\|", "|")) if city_row else m + "\n| a | b |\n| --- | --- |\n| x | y | z |\n",
            "table row has",
        ),
        (
            "raw <script> in the text",
            lambda m: m.replace("\\<script>alert(1)\\</script>", "<script>alert(1)</script>"),
            "unexpected <script>",
        ),
        ("user **bold** not escaped", lambda m: m.replace("\\*\\*bold\\*\\*", "**bold**"), "<strong> made from user text"),
        ("user _x_ not escaped", lambda m: m.replace("\\_x\\_", "_x_"), "<em> made from user text"),
        ("user # heading in a list item", lambda m: m.replace("- \\# Not a heading", "- # Not a heading"), "<h1> elements"),
        ("user ``` fence on its own line", lambda m: m + "\n```\nnot the chart\n```\n", "<pre> that is not the Mermaid chart"),
        ("user [link](http://x) not escaped", lambda m: m.replace("\\[link\\](http\\://x)", "[link](http://x)"), "unexpected <a href"),
        (
            "Mermaid task named with : ; #",
            lambda m: FIRST_GANTT_TASK.sub(r"\1    Partner: City; #1 ", m, count=1),
            "Mermaid line",
        ),
    ]
    for description, breakage, expected in breakages:
        broken = breakage(markdown)
        if broken == markdown:
            failed += 1
            print(f"FAIL: negative check '{description}' changed nothing (the hostile export no longer has the text it breaks)")
            continue
        problems = markdown_problems(broken) + html_problems(to_html(broken), literals, hostile=True)
        hits = [p for p in problems if expected in p]
        if hits:
            passed += 1
            print(f"ok: rejected as expected: {description} ({short(hits[0], 120)})")
        else:
            failed += 1
            print(f"FAIL: accepted a broken Markdown plan: {description} (no problem mentioning {expected!r})")

# The Chinese checks must have teeth too: a character lost in conversion and a
# reference document without the font are both caught.
try:
    fonts = east_asian_fonts(reference)
    report("data/pandoc/reference.docx names a CJK font for East Asian text",
           [] if CJK_FONT in fonts else [f"East Asian fonts named: {sorted(fonts)}"])
except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError) as error:
    report("data/pandoc/reference.docx", [f"not a readable DOCX: {error}"])
sample = "五年行动计划 · Five-year plan"
if missing_cjk(sample, sample.replace("计", "", 1)) == {"计": 1}:
    passed += 1
    print("ok: rejected as expected: a Chinese character lost in conversion")
else:
    failed += 1
    print("FAIL: the Chinese character check accepted a converted text with a character missing")
if not any(kind == "bilingual" for _, _, _, _, _, kind in cases):
    failed += 1
    print("FAIL: no bilingual plan was checked")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PYTHON
exit "$status"
