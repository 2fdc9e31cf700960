/// Why the editions of one session in two languages cannot be merged into
/// one plan. The facts the rules read are language-free, so the same rules
/// fire in every language; when they do not, the rule files or the
/// questionnaire treat the languages differently, and a merged plan would
/// pair a sentence with the wrong translation. Nothing is written then.
public enum BilingualPlanError: Error, Equatable, Sendable {
    /// The rules that fired differ: the ids only one language has.
    case differentRules(first: String, second: String, onlyFirst: [String], onlySecond: [String])
    /// The two documents differ in shape at a place (a list of another length, a field only one has).
    case differentShape(first: String, second: String, at: String)

    /// What a city officer or the facilitator reads.
    public var message: String {
        switch self {
        case .differentRules(let first, let second, let onlyFirst, let onlySecond):
            let parts =
                (onlyFirst.isEmpty ? [] : ["only in \(first): \(onlyFirst.joined(separator: ", "))"])
                + (onlySecond.isEmpty ? [] : ["only in \(second): \(onlySecond.joined(separator: ", "))"])
            return "the plan in \(first) and the plan in \(second) do not use the same rules "
                + "(\(parts.joined(separator: "; "))), so they cannot be put side by side. The rule files or the "
                + "questionnaire treat the two languages differently; export each language on its own and tell "
                + "whoever maintains the files"
        case .differentShape(let first, let second, let place):
            return "the plan in \(first) and the plan in \(second) differ at \(place), so they cannot be put side "
                + "by side. Export each language on its own and tell whoever maintains the files"
        }
    }
}
