import Foundation

/// The files that give every Word document its look, from the shipped
/// `data/pandoc` folder: the reference document (A4, fonts for Chinese) and
/// the filter that sets table column widths. The plan and the agreement
/// drafts use the same ones, found the same way.
public struct WordStyling: Sendable {
    /// `data/pandoc/reference.docx`; nil gives pandoc's own (US Letter, no CJK font named).
    public let referenceDocument: URL?
    /// `data/pandoc/table-widths.lua`; nil leaves the widths to Word.
    public let tableWidths: URL?

    /// - Parameter data: the `data/pandoc` folder; a file missing from it is left out.
    public init(data: URL?) {
        func file(_ name: String) -> URL? {
            guard let url = data?.appendingPathComponent(name), FileManager.default.fileExists(atPath: url.path)
            else { return nil }
            return url
        }
        referenceDocument = file("reference.docx")
        tableWidths = file("table-widths.lua")
    }

    /// pandoc's arguments for these files.
    var arguments: [String] {
        (referenceDocument.map { ["--reference-doc", $0.path] } ?? [])
            + (tableWidths.map { ["--lua-filter", $0.path] } ?? [])
    }
}
