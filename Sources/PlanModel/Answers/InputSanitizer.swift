/// Cleans what was typed or pasted before it is stored: terminal escape
/// sequences and control characters would otherwise end up in the session
/// file and in exported documents, where they can garble a screen or a table.
public enum InputSanitizer {
    public static func clean(_ input: String) -> String {
        var output = String.UnicodeScalarView()
        var scalars = input.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar == " " && output.last == " " { continue }  // One space where a line break was.
            switch scalar.value {
            case 0x1B:  // ESC: drop the whole sequence, not only the ESC byte.
                skipEscapeSequence(&scalars)
            case 0x09...0x0D:
                // Tabs and line breaks (a pasted paragraph) become one space, so
                // words are not glued together and tables stay intact.
                if output.last != " " { output.append(" ") }
            case 0x00...0x1F, 0x7F...0x9F:
                continue
            default:
                output.append(scalar)
            }
        }
        return String(output).trimmingWhitespace()
    }

    /// Text from a file (a candidate's city name, a file name, a plan) made
    /// safe to show on a terminal: escape sequences and control characters
    /// are removed, so a file cannot set the window title, clear the screen or
    /// move the cursor (issue 14, item 11). Line breaks and tabs stay, as the
    /// text may be a whole document; a "\r\n" becomes "\n".
    public static func cleanForDisplay(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsCleaning) else { return text }
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar.value == 0x1B {
                skipEscapeSequence(&scalars)
            } else if !needsCleaning(scalar) {
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// The characters `ControlCharacters` forbids in texts (controls, line
    /// separators, direction overrides that reorder what is shown), less the
    /// line breaks and tabs a document is made of.
    private static func needsCleaning(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && scalar != "\t" && ControlCharacters.isForbidden(scalar)
    }

    private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let introducer = scalars.next() else { return }
        switch introducer {
        case "[":  // CSI: parameters, then one final byte from @ to ~.
            while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
        case "]", "P", "_", "^":  // OSC and friends: up to BEL or ESC \.
            while let next = scalars.next() {
                if next.value == 0x07 { return }
                if next.value == 0x1B {
                    _ = scalars.next()
                    return
                }
            }
        default:  // A two-character sequence such as ESC c.
            return
        }
    }
}

extension String {
    /// The text without leading and trailing spaces and line breaks.
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
