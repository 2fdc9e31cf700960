/// The text rules of RFC 5545 that a calendar file lives or dies by: TEXT
/// values escaped (§3.3.11) and content lines folded at 75 octets (§3.1),
/// lines ended with CR LF. A calendar program that meets a raw line break
/// in a summary reads the rest as new properties: a team's text
/// "Exchange\r\nEND:VCALENDAR" must stay one value.
public enum ICalendarText {
    /// The longest line, in octets, before the CR LF.
    public static let lineLimit = 75

    /// A TEXT value (§3.3.11): backslash, semicolon and comma escaped; every
    /// line break (CR LF, CR, LF, U+2028, U+2029) as `\n`; other control
    /// characters, which TEXT may not hold, left out (a tab stays).
    public static func escape(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": output.append(contentsOf: "\\\\".unicodeScalars)
            case ";": output.append(contentsOf: "\\;".unicodeScalars)
            case ",": output.append(contentsOf: "\\,".unicodeScalars)
            case "\n" where previousWasCR: continue
            case "\r", "\n", "\u{2028}", "\u{2029}": output.append(contentsOf: "\\n".unicodeScalars)
            case "\t": output.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// A list of TEXT values (CATEGORIES), each escaped, joined by commas.
    public static func list(_ texts: [String]) -> String {
        texts.map(escape).joined(separator: ",")
    }

    /// `line` folded (§3.1): no line longer than 75 octets, each continuation
    /// starting with a space (which counts), never splitting a character's
    /// UTF-8 bytes nor a backslash escape; each line ended with CR LF.
    public static func folded(_ line: String) -> String {
        var output = ""
        var current = ""
        var currentOctets = 0
        for piece in pieces(of: line) {
            let octets = piece.utf8.count
            if currentOctets + octets > lineLimit, !current.isEmpty {
                output += current + "\r\n"
                current = " "
                currentOctets = 1
            }
            current += piece
            currentOctets += octets
        }
        return output + current + "\r\n"
    }

    /// The line's characters as scalars, a backslash kept with what it escapes.
    private static func pieces(of line: String) -> [String] {
        var pieces: [String] = []
        var pendingBackslash = false
        for scalar in line.unicodeScalars {
            if pendingBackslash {
                pieces[pieces.count - 1].unicodeScalars.append(scalar)
                pendingBackslash = false
            } else {
                pieces.append(String(scalar))
                pendingBackslash = scalar == "\\"
            }
        }
        return pieces
    }
}
