#!/usr/bin/env python3
"""Makes data/pandoc/reference.docx: pandoc's own reference document with a
font for Chinese named in every style, so a plan converted with
`pandoc --reference-doc data/pandoc/reference.docx` shows its Chinese text in
a CJK-capable font on any computer that has one, instead of whatever font
Word picks for missing glyphs; on A4 paper with margins of 2.5 cm at the top
and bottom and 2.2 cm at the sides (pandoc's own is US Letter), and with thin
grey lines between table rows so a long table can be followed across the page.

Every `w:rFonts` gets `w:eastAsia="Noto Sans CJK SC"` (the theme's East Asian
font, which would take precedence, is removed), the document's East Asian
language is zh-CN, and the font table names Microsoft YaHei and SimSun as
alternative names, the fonts Word on Windows has for Simplified Chinese.

Usage: python3 data/pandoc/make-reference-docx.py   (needs pandoc; rewrites the file)
"""
import io
import os
import re
import subprocess
import zipfile

FONT = "Noto Sans CJK SC"
ALTERNATIVES = ["Microsoft YaHei", "SimSun"]
HERE = os.path.dirname(os.path.abspath(__file__))
# A4 in twentieths of a point (210 × 297 mm), and the margins: 2.5 cm = 1418, 2.2 cm = 1247.
A4_SECTION = (
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838" />'
    '<w:pgMar w:top="1418" w:right="1247" w:bottom="1418" w:left="1247" w:header="709" w:footer="709" w:gutter="0" />'
    "</w:sectPr>"
)
ROW_LINES = (
    "<w:tblBorders>"
    '<w:top w:val="single" w:sz="4" w:space="0" w:color="808080" />'
    '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080" />'
    '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF" />'
    "</w:tblBorders>"
)


def document(xml):
    """The reference document's section: A4 with the margins above."""
    return re.sub(r"<w:sectPr\b.*?(/>|</w:sectPr>)", A4_SECTION, xml, flags=re.S)


def table_style(xml):
    """Thin lines between the rows of the default table style."""
    return re.sub(
        r'(<w:style w:type="table" w:default="1" w:styleId="Table">.*?<w:tblPr>)',
        lambda m: m.group(1) + ROW_LINES,
        xml,
        count=1,
        flags=re.S,
    )


def styles(xml):
    def fonts(match):
        tag = re.sub(r'\s+w:eastAsia(Theme)?="[^"]*"', "", match.group(0))
        return tag.replace("<w:rFonts", f'<w:rFonts w:eastAsia="{FONT}"', 1)

    xml = re.sub(r"<w:rFonts\b[^>]*/>", fonts, xml)
    return re.sub(r'(<w:lang\b[^>]*?)w:eastAsia="[^"]*"', r'\1w:eastAsia="zh-CN"', xml)


def font_table(xml):
    entry = (
        f'<w:font w:name="{FONT}"><w:altName w:val="{ALTERNATIVES[0]}" /><w:charset w:val="86" />'
        '<w:family w:val="swiss" /><w:pitch w:val="variable" /></w:font>'
    )
    entry += "".join(
        f'<w:font w:name="{name}"><w:charset w:val="86" /><w:family w:val="auto" /><w:pitch w:val="variable" /></w:font>'
        for name in ALTERNATIVES
    )
    return xml.replace("</w:fonts>", entry + "</w:fonts>") if FONT not in xml else xml


def main():
    default = subprocess.run(
        ["pandoc", "--print-default-data-file", "reference.docx"], check=True, capture_output=True
    ).stdout
    output = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(default)) as source, zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/styles.xml":
                data = table_style(styles(data.decode("utf-8"))).encode("utf-8")
            elif item.filename == "word/document.xml":
                data = document(data.decode("utf-8")).encode("utf-8")
            elif item.filename == "word/fontTable.xml":
                data = font_table(data.decode("utf-8")).encode("utf-8")
            # A fixed date, so making the file twice gives the same bytes.
            info = zipfile.ZipInfo(item.filename, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, data)
    with open(os.path.join(HERE, "reference.docx"), "wb") as f:
        f.write(output.getvalue())


if __name__ == "__main__":
    main()
