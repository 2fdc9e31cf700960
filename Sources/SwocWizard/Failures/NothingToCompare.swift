/// Why `diff` or `match` has nothing to compare, as a typed value: the
/// session's `ProblemMessages` word it, so a Chinese session hears it in
/// Chinese. Each case is a request that cannot be met (exit 64).
enum NothingToCompare: Equatable {
    /// `diff FILE` of a session with one round, no rounds chosen.
    case oneRound(file: String)
    /// `--from` or `--to` names a round the file does not have.
    case noSuchRound(Int, file: String, rounds: Int)
    /// `--to 1` alone: the round before the first is asked for.
    case beforeTheFirstRound
    /// `--from` is not earlier than `--to`.
    case roundsInWrongOrder(earlier: Int, later: Int)
    /// `match A B` where both files are the same session (a copy, a link).
    case sameSession(first: String, second: String)
}
