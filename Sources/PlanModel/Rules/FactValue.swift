/// What a named fact (`PlanFact`) is for one city: a yes/no, a number, a
/// choice id or a list of ids. Rules compare it with `equals`, `in`,
/// `includes`, `at-least` and `below`.
public enum FactValue: Sendable, Equatable {
    case flag(Bool)
    case number(Int)
    case text(String)
    case texts([String])
    /// The fact does not apply (no answer to read it from): every comparison fails.
    case unknown
}
