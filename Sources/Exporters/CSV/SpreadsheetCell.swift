/// What a text becomes in a cell of the action table. RFC 4180 quoting (by
/// CSV.swift) keeps commas, quotes and line breaks inside the cell; two
/// things it does not cover are done here:
///
/// - Line breaks: a CR LF or a lone CR typed in the session becomes LF, the
///   line break a spreadsheet itself puts inside a cell (a lone CR shows as
///   nothing, or splits the row, in some programs).
/// - Formulas: a cell that starts with `=`, `+`, `-`, `@` or a tab gets an
///   apostrophe in front, so Excel and LibreOffice show the text instead of
///   running it as a formula (CSV injection; OWASP's advice). Only a cell's
///   start matters: the same characters later in a text stay as typed.
enum SpreadsheetCell {
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    static func text(_ text: String) -> String {
        let lines = lineBreaksAsLF(text)
        guard let first = lines.unicodeScalars.first, formulaStarts.contains(first) else { return lines }
        return "'" + lines
    }

    /// RFC 4180: a field with a quote, a comma or a line break goes in quotes.
    static func needsQuotes(_ cell: String) -> Bool {
        cell.utf8.contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: ",") || $0 == 0x0A || $0 == 0x0D }
    }

    /// CR LF and lone CR as LF; works on scalars, since Swift counts CR LF as one character.
    static func lineBreaksAsLF(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        var output = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                output.append("\n")
                previousWasCR = true
                continue
            }
            if !(scalar == "\n" && previousWasCR) { output.append(scalar) }
            previousWasCR = false
        }
        return String(output)
    }
}
