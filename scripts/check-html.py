#!/usr/bin/env python3
"""Checks the HTML plan (`export --format html`) in a real browser: headless
Chromium driven by Selenium (Debian's chromium and chromium-driver, selenium
from PyPI).

Usage: scripts/check-html.py [path/to/swoc-wizard] [--shots DIR]
       (default binary .build/debug/swoc-wizard; DIR keeps the screenshots)

Exports every examples/*.yaml in English, examples/ningbo-nottingham.zh.yaml
in Chinese and in zh,en, the hostile session and the unfinished step-1
session, and draft agreements (`agreement --format html`, issue 16) of every
type, in zh,en and for a pair of sessions; for each page checks:

- it is one file: no <script>, no src or href but a #fragment or data:, a
  Content-Security-Policy meta tag, and the browser fetched nothing;
- at 1280 px wide, and with print media emulated at A4's content width
  (718 CSS px: 210 mm less two 15 mm margins at 96 dpi), the page does not
  scroll sideways, every chart is there with a size, and no element sticks
  out of its container (nor a chart's text out of its chart);
- printed to A4 (Chromium's print to PDF), pdftotext finds the city names
  and every activity title in the PDF (for an agreement: every clause's heading).

Screenshots at 1280 px (the whole page) and the printed pages (pdftoppm -r
50) go to --shots. Then it breaks a good page in a few ways (a 3000 px wide
element, a script, an external image, a missing chart) and checks each is
caught, so a check that accepts everything cannot pass. Prints "ok: ..." or
"FAIL: ..." per check, then "N passed, M failed"; exits non-zero on a failure.
"""

import base64
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.print_page_options import PrintOptions
except ImportError:
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "selenium"], check=True)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.print_page_options import PrintOptions

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PRINT_WIDTH = 718  # CSS px of content on A4 with 15 mm margins: (210 - 30) mm / 25.4 * 96

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checklib import Tally, run  # noqa: E402

tally = Tally()
report = tally.report


def browser():
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--window-size=1280,1000", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if chromium:
        options.binary_location = chromium
    driver_path = shutil.which("chromedriver")
    service = Service(driver_path) if driver_path else Service()
    return webdriver.Chrome(options=options, service=service)


# Elements that stick out: of the page, of their parent box, or a chart's text out of its chart.
LAYOUT_PROBLEMS = """
const problems = [];
const width = document.documentElement.clientWidth;
const name = (el) => el.tagName.toLowerCase() + (el.className && el.className.baseVal === undefined && el.className
  ? '.' + String(el.className).split(' ').join('.') : '');
for (const el of document.body.querySelectorAll('*')) {
  if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) continue;
  if (r.right > width + 0.5 || r.left < -0.5) { problems.push(name(el) + ' leaves the page (' + Math.round(r.left) + '..' + Math.round(r.right) + ' of ' + width + ')'); continue; }
  const parent = el.parentElement;
  if (parent && parent !== document.body && parent !== document.documentElement) {
    const p = parent.getBoundingClientRect();
    if (r.right > p.right + 1 || r.left < p.left - 1) problems.push(name(el) + ' sticks out of ' + name(parent));
  }
  const style = getComputedStyle(el);
  if (style.display !== 'inline' && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible')
    problems.push(name(el) + ' scrolls inside');
  if (style.display !== 'inline' && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && el.tagName.toLowerCase() !== 'svg')
    problems.push(name(el) + ' is wider inside (' + el.scrollWidth + ' > ' + el.clientWidth + ')');
}
for (const svg of document.querySelectorAll('svg')) {
  const box = svg.getBoundingClientRect();
  for (const text of svg.querySelectorAll('text')) {
    const r = text.getBoundingClientRect();
    if (r.right > box.right + 1 || r.left < box.left - 1 || r.bottom > box.bottom + 1)
      problems.push('a text of a chart leaves it: ' + text.textContent.slice(0, 40));
  }
}
return problems.slice(0, 10);
"""

CHARTS = """
return Array.from(document.querySelectorAll('figure.chart svg')).map(svg => {
  const r = svg.getBoundingClientRect();
  return {label: svg.getAttribute('aria-label') || '', role: svg.getAttribute('role'),
          title: svg.querySelector('title') ? svg.querySelector('title').textContent : '', width: r.width, height: r.height};
});
"""

OUTSIDE = """
const bad = [];
for (const el of document.querySelectorAll('[src], [href], [srcset], [poster], [data]')) {
  for (const attribute of ['src', 'href', 'srcset', 'poster', 'data']) {
    const value = el.getAttribute(attribute);
    if (value !== null && !value.startsWith('#') && !value.startsWith('data:')) bad.push(el.tagName + ' ' + attribute + '=' + value);
  }
}
return {scripts: document.querySelectorAll('script').length, links: document.querySelectorAll('link').length,
        outside: bad, fetched: performance.getEntriesByType('resource').map(e => e.name),
        csp: Array.from(document.querySelectorAll('meta[http-equiv]')).map(m => m.getAttribute('content'))};
"""


def squeeze(text):
    """The text without white space and invisible format characters (a right-to-left override, an isolate),
    which pdftotext neither keeps nor places where the page has them."""
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Cf")


def check_layout(driver, label, expected_charts):
    """True when the page in its present width and media has no problem; reports each check."""
    ok = True
    sideways = driver.execute_script(
        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];")
    good = sideways[0] <= sideways[1]
    report(good, f"{label}: no sideways scrolling", f"scrollWidth {sideways[0]} > clientWidth {sideways[1]}")
    ok &= good
    charts = driver.execute_script(CHARTS)
    good = len(charts) == expected_charts and all(
        c["width"] > 0 and c["height"] > 0 and c["role"] == "img" and c["label"] and c["title"] for c in charts)
    report(good, f"{label}: {expected_charts} charts, each with a size, role=img, aria-label and title", str(charts))
    ok &= good
    problems = driver.execute_script(LAYOUT_PROBLEMS)
    report(not problems, f"{label}: nothing sticks out of its container", "; ".join(problems))
    return ok and not problems


def full_screenshot(driver, path):
    size = driver.execute_script(
        "return [document.documentElement.scrollWidth, document.documentElement.scrollHeight];")
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": size[0], "height": min(size[1], 16000), "scale": 1}})
    with open(path, "wb") as file:
        file.write(base64.b64decode(shot["data"]))


def check_page(driver, label, path, expected_charts, texts, shots, must_pass=True):
    """Every check of one page; returns True when all pass. `texts` must be in the printed PDF."""
    before = (tally.passed, tally.failed)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "screen"})
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 1280, "height": 1000, "deviceScaleFactor": 1, "mobile": False})
    driver.get("file://" + path)
    with open(path, encoding="utf-8") as file:
        source = file.read()
    report("<script" not in source.lower(), f"{label}: no <script> in the file")
    outside = driver.execute_script(OUTSIDE)
    report(outside["scripts"] == 0 and outside["links"] == 0, f"{label}: no script or link element", str(outside))
    report(not outside["outside"], f"{label}: no src or href but #fragments and data:", str(outside["outside"]))
    report(not outside["fetched"], f"{label}: the browser fetched nothing", str(outside["fetched"]))
    report(any("default-src 'none'" in c for c in outside["csp"]), f"{label}: a Content-Security-Policy", str(outside["csp"]))
    check_layout(driver, f"{label} at 1280 px", expected_charts)
    if shots:
        full_screenshot(driver, os.path.join(shots, f"{label}-1280.png"))
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": PRINT_WIDTH, "height": 1000, "deviceScaleFactor": 1, "mobile": False})
    check_layout(driver, f"{label} printed ({PRINT_WIDTH} px)", expected_charts)
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    options = PrintOptions()
    options.page_width = 21.0
    options.page_height = 29.7
    options.margin_top = options.margin_bottom = options.margin_left = options.margin_right = 1.5
    options.background = True
    pdf = base64.b64decode(driver.print_page(options))
    with tempfile.TemporaryDirectory() as scratch:
        pdf_path = os.path.join(scratch, "plan.pdf")
        with open(pdf_path, "wb") as file:
            file.write(pdf)
        printed = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf_path, "-"], capture_output=True,
                                 check=True).stdout.decode("utf-8")
        pages = subprocess.run(["pdfinfo", pdf_path], capture_output=True, text=True).stdout
        count = re.search(r"Pages:\s+(\d+)", pages)
        missing = [t for t in texts if squeeze(t) not in squeeze(printed)]
        report(not missing, f"{label}: the A4 PDF ({count.group(1) if count else '?'} pages) holds the names and "
                            f"every activity title", f"missing {missing[:5]}")
        if shots:
            subprocess.run(["pdftoppm", "-png", "-r", "50", pdf_path, os.path.join(shots, f"{label}-print")],
                           check=True)
    return (tally.passed - before[0], tally.failed - before[1])


def titles(plan):
    """Every activity title of a JSON plan, in each of its languages."""
    found = []
    for activity in plan["suggestions"]["plan"]:
        title = activity["title"]
        found += list(title.values()) if isinstance(title, dict) else [title]
    return found


def names(plan):
    found = []
    for value in (plan["city"].get("name"), (plan.get("partner") or {}).get("name")):
        if isinstance(value, dict):
            found += list(value.values())
        elif value:
            found.append(value)
    # A typed line break is printed as a space; markup in a name is printed as text.
    return [re.sub(r"\s+", " ", n) for n in found]


def agreements(work):
    """The agreement drafts to check: every type from the Nottingham session,
    the Chinese Ningbo session side by side with English (and with Nottingham's
    session as the partner's), and the hostile session."""
    nottingham = os.path.join(work, "nottingham-ningbo.json")
    ningbo = os.path.join(work, "ningbo-nottingham.zh.json")
    cases = [(f"agreement-{kind}", nottingham, ["--type", kind]) for kind in ("mou", "loi", "project", "contract")]
    cases.append(("agreement-zh-en", ningbo, ["--language", "zh,en", "--type", "loi"]))
    cases.append(("agreement-pair", nottingham, [ningbo, "--language", "en,zh"]))
    cases.append(("agreement-hostile", os.path.join(ROOT, "Tests/Fixtures/hostile-sessions/hostile-texts.json"),
                  ["--language", "en,zh"]))
    return cases


def main():
    arguments = sys.argv[1:]
    shots = None
    if "--shots" in arguments:
        at = arguments.index("--shots")
        shots = os.path.abspath(arguments[at + 1])
        del arguments[at:at + 2]
        os.makedirs(shots, exist_ok=True)
    binary = os.path.abspath(arguments[0] if arguments else os.path.join(ROOT, ".build/debug/swoc-wizard"))
    work = tempfile.mkdtemp(prefix="check-html-")
    plans = []
    for name in sorted(os.listdir(os.path.join(ROOT, "examples"))):
        if not name.endswith(".yaml"):
            continue
        language = "zh" if name.endswith(".zh.yaml") else "en"
        session = os.path.join(work, name.replace(".yaml", ".json"))
        run(binary, "--language", language, "--answers", os.path.join(ROOT, "examples", name), "--session", session,
            cwd=work)
        label = name.replace(".yaml", "")
        plans.append((label, session, []))
        if language == "zh":
            plans.append((label + ".zh-en", session, ["--language", "zh,en"]))
    plans.append(("hostile", os.path.join(ROOT, "Tests/Fixtures/hostile-sessions/hostile-texts.json"), []))
    plans.append(("unfinished", os.path.join(ROOT, "Tests/Fixtures/sessions/manchester-wuhan-unfinished-step1.json"), []))

    driver = browser()
    try:
        good_page = None
        for label, session, extra in plans:
            plan = json.loads(run(binary, "export", session, "--format", "json", *extra, cwd=work))
            page = os.path.join(work, label + ".html")
            run(binary, "export", session, "--format", "html", "--output", page, *extra, cwd=work)
            charts = 3 if plan["suggestions"]["plan"] else 2
            check_page(driver, label, page, charts, names(plan) + titles(plan), shots)
            if label == "nottingham-ningbo":
                good_page = (page, charts, names(plan) + titles(plan))
            if label == "unfinished":
                with open(page, encoding="utf-8") as file:
                    text = file.read()
                report('class="draft"' in text and text.index('class="draft"') < text.index("<main"),
                       "unfinished: the Draft banner comes first on the page")

        # The draft agreements (issue 16) pass the same checks: one page, no
        # sideways scrolling, nothing sticking out at 1280 px or on A4, and the
        # printed PDF holding the cities' names and every clause's heading.
        for label, session, extra in agreements(work):
            page = os.path.join(work, label + ".html")
            run(binary, "agreement", session, "--format", "html", "--output", page, *extra, cwd=work)
            markdown = run(binary, "agreement", session, "--format", "md", *extra, cwd=work).decode("utf-8")
            headings = [line[3:].replace("\\", "").replace("☐ ", "") for line in markdown.splitlines()
                        if line.startswith("## ") and "/" not in line]
            plan = json.loads(run(binary, "export", session, "--format", "json", cwd=work))
            check_page(driver, label, page, 0, names(plan) + headings, shots)
            with open(page, encoding="utf-8") as file:
                text = file.read()
            report('class="draft"' in text and text.index('class="draft"') < text.index("<main"),
                   f"{label}: the draft-for-discussion banner comes first on the page")

        # Each breakage must be caught, or the checks above prove nothing.
        page, charts, texts = good_page
        with open(page, encoding="utf-8") as file:
            good = file.read()
        breakages = {
            "a 3000 px wide element": good.replace("<main>", '<main><div style="width:3000px">wide</div>', 1),
            "a script": good.replace("</body>", "<script>document.title='x'</script></body>", 1),
            "an external image": good.replace("<main>", '<main><img src="http://example.invalid/x.png" alt="">', 1),
            "a missing chart": re.sub(r'<figure class="chart">.*?</figure>', "", good, count=1, flags=re.S),
            "the activity cards hidden": good.replace(
                "</head>", "<style>article.activity, ul.compact { display: none; }</style></head>", 1),
        }
        for what, broken in breakages.items():
            path = os.path.join(work, "broken.html")
            with open(path, "w", encoding="utf-8") as file:
                file.write(broken)
            print(f"-- a page with {what} must fail:")
            saved = (tally.passed, tally.failed)
            _, failures = check_page(driver, "broken", path, charts, texts, None)
            tally.passed, tally.failed = saved
            report(failures > 0, f"a page with {what} is refused")
    finally:
        driver.quit()
        shutil.rmtree(work, ignore_errors=True)
    return tally.summary()


if __name__ == "__main__":
    sys.exit(main())
