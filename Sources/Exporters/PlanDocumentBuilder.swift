import Messages
import PlanModel

/// Builds the plan document from a session. Only questions that are asked
/// with the session's answers are exported: an answer left over from a path
/// the team later changed (a partner's name after "no partner") stays in the
/// session file but does not appear in the plan.
public struct PlanDocumentBuilder: Sendable {
    public let questionnaire: Questionnaire
    public let session: Session
    public let catalog: RuleCatalog

    public init(questionnaire: Questionnaire, session: Session, catalog: RuleCatalog) {
        self.questionnaire = questionnaire
        self.session = session
        self.catalog = catalog
    }

    /// The question ids read into the city and partner sections (see questionnaires/README.md).
    static let cityIDs: Set<String> = [
        "city-name", "city-country", "city-region", "international-office", "international-staff", "helix-involved",
    ]
    static let partnerIDs: Set<String> = [
        "partner-name", "partner-country", "partner-year", "partner-stage", "partner-status",
    ]

    public func build() -> PlanDocument {
        let engine = WizardEngine(questionnaire: questionnaire, session: session)
        let asked = engine.askedQuestions
        let answers = engine.askedAnswers

        let hasPartner = asked.contains { Self.partnerIDs.contains($0.id) && answers[$0.id] != nil }
        let partner =
            hasPartner
            ? PlanDocument.Partner(
                name: text("partner-name", answers), country: text("partner-country", answers),
                yearFormalised: number("partner-year", answers).flatMap { Int(exactly: $0) },
                stage: choice("partner-stage", answers), status: choice("partner-status", answers))
            : nil

        var swoc = PlanDocument.Swoc(strengths: [], weaknesses: [], opportunities: [], challenges: [])
        var others: [PlanDocument.Answer] = []
        for question in asked {
            guard let value = answers[question.id] else { continue }
            if case .swocEntries(let entries) = value, let quadrant = question.quadrant {
                let converted = entries.map { entry(from: $0, question: question) }
                switch quadrant {
                case .strengths: swoc.strengths += converted
                case .weaknesses: swoc.weaknesses += converted
                case .opportunities: swoc.opportunities += converted
                case .challenges: swoc.challenges += converted
                }
                continue
            }
            if Self.cityIDs.contains(question.id) || Self.partnerIDs.contains(question.id) { continue }
            others.append(
                PlanDocument.Answer(
                    id: question.id, step: questionnaire.step(containing: question.id)?.number ?? 0,
                    question: question.prompt.text(in: session.language, fallback: questionnaire.defaultLanguage),
                    value: value, labels: labels(of: value, in: question.choices)))
        }

        let suggestions = Suggestions(questionnaire: questionnaire, session: session, catalog: catalog)
        return PlanDocument(
            schemaVersion: PlanDocument.currentSchemaVersion,
            questionnaire: .init(id: questionnaire.id, version: questionnaire.version, language: session.language),
            timestamps: .init(created: session.createdAt, updated: session.updatedAt, completed: session.completedAt),
            city: PlanDocument.City(
                name: text("city-name", answers), country: text("city-country", answers),
                region: text("city-region", answers), internationalOffice: text("international-office", answers),
                internationalStaff: number("international-staff", answers),
                helixInvolved: choices("helix-involved", answers)),
            partner: partner,
            stage: partner?.stage,
            swoc: swoc,
            answers: others,
            suggestions: suggestions,
            changes: changes(),
            draft: draft(engine, suggestions: suggestions))
    }

    /// Nil for a session gone through to the end with every asked question dealt with.
    private func draft(_ engine: WizardEngine, suggestions: Suggestions) -> PlanDocument.Draft? {
        let unfinished = engine.askedQuestions.filter { !session.isFinished($0.id) }
        guard session.completedAt == nil || !unfinished.isEmpty else { return nil }
        return PlanDocument.Draft(
            unansweredQuestions: unfinished.count,
            stepReached: unfinished.first.flatMap { questionnaire.step(containing: $0.id)?.number },
            assumedStartYear: session.answers["plan-start-year"] == nil ? suggestions.plan.first?.year : nil)
    }

    /// The latest previous round against the current one, for a revived session.
    private func changes() -> RoundDiff? {
        guard let previous = session.previousRounds.last else { return nil }
        let current = session.currentRound
        return RoundComparer(questionnaire: questionnaire, language: session.language)
            .compare(
                previous, labelled: messages.round(previous.number), with: current,
                labelled: messages.round(current.number))
    }

    /// The program's words in the session's language (English when it does not speak it).
    private var messages: any PlanMessages {
        (Messages.in(session.language) ?? .english).plan
    }

    // MARK: Reading answers

    private var formatter: AnswerFormatter {
        AnswerFormatter(language: session.language, fallbackLanguage: questionnaire.defaultLanguage)
    }

    private func text(_ id: String, _ answers: [String: AnswerValue]) -> String? {
        if case .text(let text) = answers[id] { return text }
        return nil
    }

    private func number(_ id: String, _ answers: [String: AnswerValue]) -> Double? {
        if case .number(let number) = answers[id] { return number }
        return nil
    }

    private func choice(_ id: String, _ answers: [String: AnswerValue]) -> PlanDocument.Label? {
        guard let choiceID = text(id, answers) else { return nil }
        return label(choiceID, in: questionnaire.question(id: id)?.choices)
    }

    private func choices(_ id: String, _ answers: [String: AnswerValue]) -> [PlanDocument.Label] {
        guard case .texts(let ids) = answers[id] else { return [] }
        let vocabulary = questionnaire.question(id: id)?.choices
        return ids.map { label($0, in: vocabulary) }
    }

    private func label(_ id: String, in vocabulary: Vocabulary?) -> PlanDocument.Label {
        PlanDocument.Label(id: id, label: vocabulary.map { formatter.label(id, in: $0) } ?? id)
    }

    private func labels(of value: AnswerValue, in vocabulary: Vocabulary?) -> [String]? {
        guard let vocabulary else { return nil }
        switch value {
        case .text(let id): return [formatter.label(id, in: vocabulary)]
        case .texts(let ids): return ids.map { formatter.label($0, in: vocabulary) }
        default: return nil
        }
    }

    private func entry(from entry: SwocEntry, question: Question) -> PlanDocument.Entry {
        PlanDocument.Entry(
            text: entry.text,
            areas: entry.areas.map { label($0, in: question.areas) },
            actor: entry.actor.map { label($0, in: question.actors) },
            obstacles: entry.obstacles.isEmpty ? nil : entry.obstacles.map { label($0, in: question.obstacles) },
            priority: entry.isPriority ? true : nil)
    }
}
