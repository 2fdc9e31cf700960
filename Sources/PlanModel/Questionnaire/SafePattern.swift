import Foundation

/// Decides whether a questionnaire's validation pattern is safe to check answers with.
///
/// Swift's `Regex` backtracks: a pattern such as `(a+)+$` tries every way of
/// splitting `aaaa…a!` between its two repeats, which took hours for 38 letters
/// and kept the wizard at full CPU. Rather than trusting every questionnaire file,
/// the loader accepts only patterns whose work is bounded:
///
/// - no backreferences (`\1`, `\k<name>`), which no engine checks quickly;
/// - no repeated group that itself repeats or offers a choice (`(a+)+`,
///   `(a|aa)+`), the source of exponential work;
/// - a limited number of varying repeats (`*`, `+`, `?`, `{m,n}`) and choices
///   (`|`), and of ways an answer can be split between them, which stops
///   `.*.*.*.*!`-style patterns whose work grows with a high power of the
///   answer's length, and long chains of `a?`.
///
/// Answers checked against a pattern are at most `maximumAnswerLength` long, so
/// that a `+` can only take that many different lengths: together the rules keep
/// one check to well under a second. Patterns are for short forms (codes,
/// years, postcodes), where both limits are generous.
public enum SafePattern {
    /// The longest answer (in Unicode scalars) checked against a pattern.
    public static let maximumAnswerLength = 100

    /// The most ways an answer may be split between a pattern's varying repeats
    /// and choices: three unbounded repeats in a row (101³, lengths 0 to 100 each) fit, four do not.
    static let maximumWays = 1_100_000.0

    /// The most varying repeats and choices (`|`) in one pattern: Swift's `Regex`
    /// slows down sharply with each one that can still be undone (sixteen `a?`
    /// took seconds for 65,536 ways, three `.*` a hundredth of that for a million).
    static let maximumChoicePoints = 8

    /// Why a pattern is refused, said so that the person editing the file knows what to write instead.
    public enum Refusal: Error, Sendable, Equatable {
        case backreference
        case nestedRepeat
        case tooManyRepeats
        case unsupported(String)

        public var message: String {
            switch self {
            case .backreference:
                return "the pattern refers back to an earlier group (\\1, \\k<name> or (?P=name)); checking such a "
                    + "pattern can take hours. Write out the text that should repeat instead"
            case .nestedRepeat:
                return "the pattern repeats a group that itself repeats or offers a choice, as in (a+)+ or (a|aa)+; "
                    + "checking an answer against it can take hours. Repeat a character set instead, for example "
                    + "[a-z ]+ rather than ([a-z]+ ?)+, or [ab]+ rather than (a|b)+"
            case .tooManyRepeats:
                return "the pattern has too many parts that repeat a varying number of times (*, +, ?, {m,n}); "
                    + "checking an answer could take minutes. Use fewer of them, for example one [A-Za-z0-9 -]+ "
                    + "instead of several .* in a row"
            case .unsupported(let construct):
                return "the pattern uses \(construct), which the wizard does not accept in validation patterns; "
                    + "use plain characters, character sets [..], groups (..), | and repeats *, +, ?, {m,n}"
            }
        }
    }

    /// The reason `pattern` is refused, or nil when it may be used.
    /// Call it only for patterns that `Regex` accepts; it reads their syntax, not their meaning.
    public static func refusal(for pattern: String) -> Refusal? {
        var scanner = Scanner(scalars: Array(pattern.unicodeScalars))
        do {
            let ways = try scanner.ways()
            return ways > maximumWays || scanner.choicePoints > maximumChoicePoints ? .tooManyRepeats : nil
        } catch {
            return error
        }
    }
}

extension SafePattern {
    /// Reads a pattern once from left to right, working out for each group how many
    /// ways its repeats and choices give to split an answer.
    fileprivate struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0
        /// The groups open at the current position; the first is the whole pattern.
        var groups = [Group()]
        /// Varying repeats and groups with alternatives seen so far.
        var choicePoints = 0

        /// An open group: the ways of its finished alternatives and of the one being read.
        struct Group {
            var finishedAlternatives = 0.0
            var current = 1.0
            var hasAlternatives = false
            var ways: Double { finishedAlternatives + current }
        }

        init(scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        var next: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        mutating func take() -> Unicode.Scalar? {
            defer { index += 1 }
            return next
        }

        mutating func take(_ scalar: Unicode.Scalar) -> Bool {
            guard next == scalar else { return false }
            index += 1
            return true
        }

        mutating func ways() throws(Refusal) -> Double {
            while let scalar = take() {
                switch scalar {
                case "\\":
                    try escape()
                    try atom(ways: 1)
                case "[":
                    try characterSet()
                    try atom(ways: 1)
                case "(":
                    try openGroup()
                case ")":
                    guard groups.count > 1 else { throw .unsupported("an unmatched )") }
                    let group = groups.removeLast()
                    if group.hasAlternatives { choicePoints += 1 }
                    try atom(ways: group.ways)
                case "|":
                    groups[groups.count - 1].finishedAlternatives += groups[groups.count - 1].current
                    groups[groups.count - 1].current = 1
                    groups[groups.count - 1].hasAlternatives = true
                default:
                    try atom(ways: 1)
                }
            }
            guard groups.count == 1 else { throw .unsupported("an unclosed (") }
            if groups[0].hasAlternatives { choicePoints += 1 }
            return groups[0].ways
        }

        /// Counts one character, set or group with the repeats that follow it.
        mutating func atom(ways inner: Double) throws(Refusal) {
            var ways = inner
            while let (minimum, maximum) = quantifier() {
                if minimum != maximum { choicePoints += 1 }
                if minimum == maximum {
                    ways = pow(ways, Double(minimum))
                } else if let maximum, maximum <= 1 {
                    ways += 1
                } else {
                    guard ways == 1 else { throw .nestedRepeat }
                    let limit = SafePattern.maximumAnswerLength
                    ways = Double(Swift.min(maximum ?? limit, limit) - Swift.min(minimum, limit) + 1)
                }
            }
            groups[groups.count - 1].current *= ways
        }

        /// `*`, `+`, `?` or `{m,n}` (with a lazy `?` or possessive `+` after it), as
        /// the least and most repetitions (nil: no limit); nil when there is none.
        mutating func quantifier() -> (Int, Int?)? {
            let start = index
            let bounds: (Int, Int?)
            switch take() {
            case "*": bounds = (0, nil)
            case "+": bounds = (1, nil)
            case "?": bounds = (0, 1)
            case "{":
                guard let counted = countedBounds() else {
                    index = start
                    return nil
                }
                bounds = counted
            default:
                index = start
                return nil
            }
            if !take("?") { _ = take("+") }
            return bounds
        }

        /// The inside of `{n}`, `{n,}`, `{n,m}` or `{,m}` up to the `}`; nil when `{` is a plain character.
        mutating func countedBounds() -> (Int, Int?)? {
            let minimum = number()
            guard take(",") else {
                guard let minimum, take("}") else { return nil }
                return (minimum, minimum)
            }
            let maximum = number()
            guard minimum != nil || maximum != nil, take("}") else { return nil }
            return (minimum ?? 0, maximum)
        }

        /// Digits as a number, kept from overflowing (a count above a million is as good as no limit).
        mutating func number() -> Int? {
            var value: Int?
            while let scalar = next, ("0"..."9").contains(scalar) {
                index += 1
                value = Swift.min((value ?? 0) * 10 + Int(scalar.value - 48), 1_000_000)
            }
            return value
        }

        /// After a `\`: refuses backreferences and skips over `\p{..}`, `\Q..\E` and the like.
        mutating func escape() throws(Refusal) {
            guard let scalar = take() else { throw .unsupported("a \\ at the very end") }
            switch scalar {
            case "1"..."9", "k", "g":
                throw .backreference
            case "Q":
                skipQuoted()
            case "p", "P", "x", "u", "N", "o":
                if take("{") { try skip(past: "}") }
            case "c":
                _ = take()
            default:
                break
            }
        }

        /// `\Q...\E`: plain text up to `\E` or the end.
        mutating func skipQuoted() {
            while let scalar = take() {
                if scalar == "\\" && take("E") { return }
            }
        }

        mutating func skip(past end: Unicode.Scalar) throws(Refusal) {
            while let scalar = take() {
                if scalar == end { return }
            }
            throw .unsupported("a { without its }")
        }

        /// After a `[`: the set up to its `]`, sets inside it included. A set is one character.
        mutating func characterSet() throws(Refusal) {
            var depth = 1
            var first = true
            while depth > 0 {
                guard let scalar = take() else { throw .unsupported("a [ without its ]") }
                switch scalar {
                case "^" where first:
                    continue  // Still at the start: a `]` right after `[^` is a plain character.
                case "]" where first:
                    break
                case "\\":
                    if take("Q") {
                        skipQuoted()
                    } else if let escaped = take(), ["p", "P", "x", "u", "N", "o"].contains(escaped), take("{") {
                        try skip(past: "}")
                    }
                case "[":
                    depth += 1
                case "]":
                    depth -= 1
                default:
                    break
                }
                first = false
            }
        }

        /// After a `(`: the kind of group, refusing the ones whose work cannot be bounded.
        mutating func openGroup() throws(Refusal) {
            if next == "*" { throw .unsupported("a (* verb") }
            guard take("?") else {
                groups.append(Group())
                return
            }
            guard let kind = take() else { throw .unsupported("an unclosed (") }
            switch kind {
            case ":", ">", "=", "!", "|":
                groups.append(Group())
            case "#":
                try skip(past: ")")
            case "<" where next == "=" || next == "!":
                index += 1
                groups.append(Group())
            case "<", "'":
                try skip(past: kind == "<" ? ">" : "'")
                groups.append(Group())
            case "P":
                if take("=") { throw .backreference }
                guard take("<") else { throw .unsupported("a call of another group") }
                try skip(past: ">")
                groups.append(Group())
            case "R", "&", "+", "0"..."9":
                throw .unsupported("a call of another group")
            default:
                index -= 1
                try options()
            }
        }

        /// `(?i)`, `(?i-s:...)` and the like: option letters, then `)` or `:`.
        mutating func options() throws(Refusal) {
            while let scalar = take() {
                switch scalar {
                case "x": throw .unsupported("the x option (spaces and # comments)")
                case ")": return
                case ":":
                    groups.append(Group())
                    return
                case "a"..."z", "A"..."Z", "-", "^": continue
                default: throw .unsupported("an unknown (? group")
                }
            }
            throw .unsupported("an unclosed (")
        }
    }
}
