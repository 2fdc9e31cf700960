import Foundation
import PlanModel

/// Where a revival round starts and what it says: the SWOC first, then the
/// rest of the answers to confirm. Used when a revival begins and when an
/// unfinished one is resumed, so both continue the same way.
enum RevivalRound {
    /// Said when the round turns from the SWOC to the rest of the answers.
    static let passedOverMessage = PassedOverNote.restOfRevival

    /// True when the session's current round is a revival not yet completed.
    static func isOpen(_ session: Session) -> Bool {
        !session.previousRounds.isEmpty && session.completedAt == nil
    }

    /// The first question not yet dealt with from step 1 on, or else anywhere,
    /// resolved by the engine like every question it hands out: a round
    /// resumed at a side-dependent question shows the choices of the city's
    /// side only.
    static func start(_ engine: WizardEngine) -> Question? {
        let swocOnwards = engine.questionnaire.steps.filter { $0.number >= 1 }.flatMap(\.questions)
        return swocOnwards.first { engine.isAsked($0) && !engine.session.isFinished($0.id) }.map(engine.resolved)
            ?? engine.firstUnfinishedQuestion
    }

}
