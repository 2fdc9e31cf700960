extension EnglishProblemMessages {
    func pandocMissing() -> String {
        "A Word file is made with pandoc, which is not installed (it is not on PATH). Install it — on Debian or "
            + "Ubuntu with 'sudo apt install pandoc librsvg2-bin', elsewhere from https://pandoc.org/installing.html — "
            + "and export again. The Markdown plan (--format md) needs nothing else."
    }

    func pandocFailed(status: Int32, message: String) -> String {
        "pandoc could not make the Word file (it stopped with status \(status))."
            + (message.isEmpty ? " " : " It said:\n\(message)\n")
            + "A pandoc older than 2.11 may be the cause: install a newer one from https://pandoc.org/installing.html."
    }

    func wordWorkspace(reason: String) -> String {
        "The Word file could not be prepared: no scratch folder for pandoc could be made (\(reason)). "
            + "Check that the temporary folder (TMPDIR) is writable, or free some space, and export again."
    }

    func wordToTerminal() -> String {
        "A Word file is not for the screen. Give a file name, e.g. --output plan.docx."
    }

    func timelineWithoutPNG() -> String {
        "Note: rsvg-convert is not installed, so the timeline picture is in the Word file as SVG only; "
            + "Word 2016 and later show it, LibreOffice and older Word may not. "
            + "Install it (Debian or Ubuntu: sudo apt install librsvg2-bin) and export again for a PNG copy."
    }

    func referenceDocumentMissing() -> String {
        "Note: data/pandoc/reference.docx was not found, so the Word file has pandoc's own page size "
            + "(US Letter) and fonts; Chinese text may show in a font without Chinese characters."
    }
}
