import Foundation
import PlanModel

/// A draft agreement as a Word file on A4 (issue 16), by the plan's route
/// (`WordPlanExporter`): the Markdown meant for Word, with the two languages
/// side by side in a two-column table, handed to pandoc with the reference
/// document (A4, the CJK font) and the column-width filter.
public struct WordAgreementExporter: Sendable {
    public let pandoc: Pandoc
    let styling: WordStyling

    /// - Parameter data: the `data/pandoc` folder; a file missing from it is left out.
    public init(pandoc: Pandoc, data: URL?) {
        self.pandoc = pandoc
        styling = WordStyling(data: data)
    }

    /// The DOCX file's bytes.
    public func export(_ draft: AgreementDraft, names: CatalogNames) throws(WordExportError) -> Data {
        try pandoc.word(
            MarkdownAgreementExporter(draft: draft, names: names, flavour: .word).export(), styling: styling)
    }
}
