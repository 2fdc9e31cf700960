import Messages
import PlanModel

/// What changed between two rounds, in one language: the comparison made
/// with that language's labels and the program's words in it.
struct DiffEdition {
    var messages: any PlanMessages
    var diff: RoundDiff
    var language: String
}
