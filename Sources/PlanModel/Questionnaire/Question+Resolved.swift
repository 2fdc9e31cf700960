extension Question {
    /// The question as it is shown for these answers: the prompt and help whose
    /// condition holds, and in each vocabulary the choices whose condition holds
    /// (with the ones already stored for this question, so that an answer given
    /// before the city's side changed is shown and kept, never dropped). The
    /// wizard and the answers import use it through `WizardEngine`, so they
    /// need to know nothing of conditions on choices.
    public func resolved(with answers: [String: AnswerValue]) -> Question {
        var question = self
        if let prompt = promptAlternatives.pick(in: answers) { question.prompt = prompt }
        if let help = helpAlternatives.pick(in: answers) { question.help = help }
        let stored = StoredChoices(answers[id])
        question.choices = choices?.offered(in: answers, keeping: stored.choices)
        question.areas = areas?.offered(in: answers, keeping: stored.areas)
        question.actors = actors?.offered(in: answers, keeping: stored.actors)
        question.obstacles = obstacles?.offered(in: answers, keeping: stored.obstacles)
        return question
    }
}

/// The choice ids an answer holds, per vocabulary of its question.
private struct StoredChoices {
    var choices: Set<String> = []
    var areas: Set<String> = []
    var actors: Set<String> = []
    var obstacles: Set<String> = []

    init(_ value: AnswerValue?) {
        switch value {
        case .text(let id): choices = [id]
        case .texts(let ids): choices = Set(ids)
        case .swocEntries(let entries):
            for entry in entries {
                areas.formUnion(entry.areas)
                if let actor = entry.actor { actors.insert(actor) }
                obstacles.formUnion(entry.obstacles)
            }
        default: break
        }
    }
}
