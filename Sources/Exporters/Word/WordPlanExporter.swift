import Foundation
import PlanModel

/// Writes the plan as a Word file on A4 (issue 12) by handing pandoc the
/// Markdown meant for Word (`MarkdownPlanExporter.Flavour.word`) with the
/// files in `data/pandoc/`: the reference document (A4, margins, a CJK font
/// for Chinese, lines between table rows) and `table-widths.lua`, which sizes
/// table columns so no word is split (pandoc's GFM reader sets no widths);
/// and the timeline as an SVG picture.
///
/// pandoc rather than WordprocessingML written here: it already turns the
/// plan's Markdown into real headings, lists and tables whose widths come
/// from the dash lines, embeds the picture with the PNG copy LibreOffice and
/// older Word need, and takes every style from one reference document a
/// city can restyle in Word without touching the program.
public struct WordPlanExporter: Sendable {
    public let questionnaire: Questionnaire
    public let pandoc: Pandoc
    public let styling: WordStyling

    /// The picture's file name next to the Markdown pandoc reads.
    static let timelineFile = "timeline.svg"

    /// - Parameter data: the `data/pandoc` folder; a file missing from it is left out.
    public init(questionnaire: Questionnaire, pandoc: Pandoc, data: URL?) {
        self.questionnaire = questionnaire
        self.pandoc = pandoc
        styling = WordStyling(data: data)
    }

    /// The Markdown pandoc is given: the plan for Word, the picture named when there is one.
    public func markdown(_ editions: [PlanEdition], withTimeline: Bool) -> String {
        MarkdownPlanExporter(
            questionnaire: questionnaire, flavour: .word(timeline: withTimeline ? Self.timelineFile : nil)
        )
        .export(editions)
    }

    /// The DOCX file's bytes.
    /// - Parameter timeline: the five-year timeline as SVG, or nil to leave the picture out.
    public func export(_ editions: [PlanEdition], timeline: String?) throws(WordExportError) -> Data {
        try pandoc.word(
            markdown(editions, withTimeline: timeline != nil),
            files: timeline.map { [Self.timelineFile: $0] } ?? [:], styling: styling)
    }
}
