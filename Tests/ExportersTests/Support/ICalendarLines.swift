import Foundation

/// A small reader of iCalendar files for the tests, written from RFC 5545
/// rather than from the exporter: unfolds lines (§3.1), splits each content
/// line into name, parameters and value, and reads TEXT escapes (§3.3.11).
struct ICalendarLines {
    struct Line: Equatable {
        var name: String
        var parameters: [String]
        var value: String
    }

    let lines: [Line]

    init(_ text: String) {
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n\t", with: "")
        lines = unfolded.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { raw in
            let colon = raw.firstIndex(of: ":") ?? raw.endIndex
            let head = raw[..<colon].split(separator: ";").map(String.init)
            let value = colon < raw.endIndex ? String(raw[raw.index(after: colon)...]) : ""
            return Line(name: head.first ?? "", parameters: Array(head.dropFirst()), value: value)
        }
    }

    /// The calendar's own properties, before the first event.
    var calendar: [Line] {
        Array(lines.prefix { $0.name != "BEGIN" || $0.value != "VEVENT" })
    }

    /// Each event's lines, without its BEGIN and END.
    var events: [[Line]] {
        var events: [[Line]] = []
        var current: [Line]?
        for line in lines {
            if line.name == "BEGIN" && line.value == "VEVENT" {
                current = []
            } else if line.name == "END" && line.value == "VEVENT" {
                if let current { events.append(current) }
                current = nil
            } else {
                current?.append(line)
            }
        }
        return events
    }

    /// A TEXT value read back: `\n` a line break, `\\`, `\;`, `\,` the character.
    static func text(_ value: String) -> String {
        var output = ""
        var escaping = false
        for character in value {
            if escaping {
                output.append(character == "n" || character == "N" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                output.append(character)
            }
        }
        return output
    }
}

extension Array where Element == ICalendarLines.Line {
    /// The value of the first property called `name`.
    func value(_ name: String) -> String? {
        first { $0.name == name }?.value
    }

    func count(_ name: String) -> Int {
        filter { $0.name == name }.count
    }
}
