/// Why the editions of one session in two languages cannot be merged into
/// one plan. The facts the rules read are language-free, so the same rules
/// fire in every language; when they do not, the rule files or the
/// questionnaire treat the languages differently, and a merged plan would
/// pair a sentence with the wrong translation. Nothing is written then.
///
/// A typed value: `ProblemMessages` words it in the session's language
/// (`WizardFailure.bilingualPlan`), so it carries no sentence of its own.
public enum BilingualPlanError: Error, Equatable, Sendable {
    /// The rules that fired differ: the ids only one language has.
    case differentRules(first: String, second: String, onlyFirst: [String], onlySecond: [String])
    /// The two documents differ in shape at a place (a list of another length, a field only one has).
    case differentShape(first: String, second: String, at: String)

    /// The way down from the plan's root to the place of a `differentShape`:
    /// the JSON keys and the positions in lists ("answers", "3"), without the
    /// root itself, which each language names in its own words.
    public static func placeKeys(_ place: String) -> [String] {
        Array(place.components(separatedBy: " › ").dropFirst())
    }
}
