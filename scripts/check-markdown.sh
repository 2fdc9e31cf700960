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
# writes; no <script>, <img>, <a>, <em>, or <strong> beyond the exporter's own
# labels; no <pre>/<code> but the Mermaid chart, whose lines must be valid gantt
# syntax; every table row as wide as its header (in the Markdown source too,
# since GFM silently drops extra cells); and every text the team typed shown
# literally. The DOCX must be a zip with word/document.xml naming the city.
# Finally it breaks the hostile Markdown in a few ways and checks that the same
# structure check rejects each, so a check that accepts everything cannot pass.
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

for input in "${inputs[@]}"; do
    name="$(basename "$input" .yaml)"
    label="${input#"$root"/}"
    base="$work/$name"
    is_hostile=0
    [[ "$input" == "$hostile" ]] && is_hostile=1
    run_quiet "$label" "$binary" --answers "$input" --session "$base.session.json" || continue
    run_quiet "$label" "$binary" export "$base.session.json" --format md --output "$base.md" || continue
    run_quiet "$label" "$binary" export "$base.session.json" --format json --output "$base.plan.json" || continue
    html_ok=0
    docx_ok=0
    convert "$label: Markdown to HTML" -f gfm -t html "$base.md" -o "$base.html" && html_ok=1
    convert "$label: Markdown to DOCX" -f gfm -t docx "$base.md" -o "$base.docx" && docx_ok=1
    printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$base" "$html_ok" "$docx_ok" "$is_hostile" >>"$manifest"
done

status=0
python3 - "$passed" "$failed" "$manifest" <<'PYTHON' || status=$?
import json
import re
import subprocess
import sys
import zipfile
from html.parser import HTMLParser
from xml.etree import ElementTree
from xml.sax.saxutils import escape as xml_escape

passed, failed, manifest = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]

# What MarkdownPlanExporter writes itself: section titles, sub-headings, and the
# bold labels (bullet labels, the SWOC table's second header, the agreement headline).
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
}
FIVE_YEAR_PLAN_TITLE = re.compile(r"^Five-year plan [0-9]{4}–[0-9]{4}$")
SUBHEADING = re.compile(r"^([0-9]{4}|The plan as a chart)$")
BOLD_LABELS = {
    "Next agreement",
    "Weakest characteristic",
    "Five-year plan",
    "Warning",
    "Resources",
    "Opportunities",
    "Challenges",
}
# Every tag pandoc makes from the exporter's structure; anything else (em, del,
# a, img, script, blockquote, ol, hr, h4, br, raw HTML...) came from user text.
ALLOWED_TAGS = {
    "h1", "h2", "h3", "p", "ul", "li", "table", "colgroup", "col", "thead", "tbody", "tr", "th", "td",
    "strong", "pre", "code",
}
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


def html_problems(html, literals=(), hostile=False):
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
            if title not in SECTION_TITLES and not FIVE_YEAR_PLAN_TITLE.match(title):
                problems.append(f"unknown section title <h2>{short(title)}</h2>")
        elif e.tag == "h3" and not SUBHEADING.match(squeeze(e.text())):
            problems.append(f"unknown sub-heading <h3>{short(e.text())}</h3>")

    for e in elements:
        if e.tag not in ALLOWED_TAGS:
            attrs = "".join(f' {k}="{v}"' for k, v in e.attrs.items())
            where = e.parent.text() if e.parent is not None else ""
            problems.append(
                f"unexpected <{e.tag}{attrs}>{short(e.text(), 40)}</{e.tag}> (from user text?) in: {short(where, 60)}"
            )

    # Sections, to know where a <strong> stands.
    section = None
    section_of = {}
    for e in elements:
        if e.tag == "h2":
            section = squeeze(e.text())
        section_of[id(e)] = section
    for e in elements:
        if e.tag != "strong":
            continue
        text = squeeze(e.text())
        parent = e.parent
        headline = (
            section_of.get(id(e)) == "Agreement recommendation"
            and parent.tag == "p"
            and squeeze(parent.text()) == text
        )
        if text not in BOLD_LABELS and not headline:
            problems.append(f"<strong> that is not one of the exporter's labels: {short(text)}")
        if hostile and "bold" in text.lower():
            problems.append(f"<strong> made from user text: {short(text)}")

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
    """What the team typed that the Markdown plan prints."""
    texts = []
    city = plan.get("city", {})
    texts += [city[k] for k in ("name", "country", "region", "internationalOffice") if k in city]
    partner = plan.get("partner", {})
    texts += [partner[k] for k in ("name", "country") if k in partner]
    for quadrant in ("strengths", "weaknesses", "opportunities", "challenges"):
        texts += [entry["text"] for entry in plan.get("swoc", {}).get(quadrant, [])]
    for answer in plan.get("answers", []):
        if answer["id"] == "monitoring-indicators" and isinstance(answer["value"], list):
            texts += answer["value"]
    return texts


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
for label, base, html_ok, docx_ok, is_hostile in cases:
    hostile = is_hostile == "1"
    with open(base + ".md", encoding="utf-8") as f:
        markdown = f.read()
    with open(base + ".plan.json", encoding="utf-8") as f:
        plan = json.load(f)
    literals = typed_texts(plan) + (HOSTILE_LITERALS if hostile else [])
    if hostile:
        hostile_case = (markdown, literals)
    if html_ok == "1":
        with open(base + ".html", encoding="utf-8") as f:
            html = f.read()
        report(f"{label}: structure", markdown_problems(markdown) + html_problems(html, literals, hostile))
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
    city_row = next((l for l in markdown.split("\n") if l.startswith("| City | ")), None)
    breakages = [
        (
            "table cell with an unescaped |",
            lambda m: m.replace(city_row, city_row.replace("\\|", "|")) if city_row else m + "\n| a | b |\n| --- | --- |\n| x | y | z |\n",
            "table row has",
        ),
        (
            "raw <script> in the text",
            lambda m: m.replace("&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert(1)</script>"),
            "unexpected <script>",
        ),
        ("user **bold** not escaped", lambda m: m.replace("\\*\\*bold\\*\\*", "**bold**"), "<strong> made from user text"),
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

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PYTHON
exit "$status"
