/// The team's answer to "which entries matter most?": entry numbers as
/// listed, with commas (or the Chinese 、 and ，) or spaces between, at most
/// the questionnaire's limit. An empty answer marks none.
public enum PriorityChoice {
    public enum Problem: Error, Sendable, Equatable {
        /// Something typed that is not an entry number.
        case notANumber(String)
        /// A number with no entry: `count` entries are listed.
        case noSuchEntry(Int, count: Int)
        /// More numbers than the questionnaire lets a team mark.
        case tooMany(limit: Int)
    }

    /// The 0-based positions chosen, in the order typed, each once.
    public static func parse(_ line: String, count: Int, limit: Int) -> Result<[Int], Problem> {
        let separators: Set<Character> = [",", "，", "、", ";", "；"]
        let pieces = line.split { separators.contains($0) || $0.isWhitespace }
        var chosen: [Int] = []
        for piece in pieces {
            // Full-width digits, as a Chinese input method may type them, count too.
            let digits = String(piece.compactMap { $0.wholeNumberValue.map(String.init) }.joined())
            guard digits.count == piece.count, let number = Int(digits) else {
                return .failure(.notANumber(String(piece)))
            }
            guard (1...max(count, 1)).contains(number), count > 0 else {
                return .failure(.noSuchEntry(number, count: count))
            }
            if !chosen.contains(number - 1) { chosen.append(number - 1) }
        }
        guard chosen.count <= limit else { return .failure(.tooMany(limit: limit)) }
        return .success(chosen)
    }
}
