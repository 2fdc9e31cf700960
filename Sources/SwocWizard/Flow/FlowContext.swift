import Foundation
import Messages
import PlanModel

/// What every prompt of the flow shares: the session being filled, the
/// terminal, the place it is saved, and the session's language. A class, so
/// an answer recorded by one prompt is seen by the next and by the loop.
final class FlowContext {
    var engine: WizardEngine
    let terminal: Terminal
    let saver: SessionSaver
    let now: () -> Date
    let parser: AnswerParser
    let formatter: AnswerFormatter
    /// The wizard's own words, in the session's language.
    let messages: Messages
    /// The question whose answer was refused on the last line read, if it was;
    /// piped input that ends there exits non-zero (issue 13).
    var lastLineRefused: String?

    init(engine: WizardEngine, terminal: Terminal, saver: SessionSaver, now: @escaping () -> Date) {
        self.engine = engine
        self.terminal = terminal
        self.saver = saver
        self.now = now
        let language = engine.session.language
        let fallback = engine.questionnaire.defaultLanguage
        // The commands refuse a language the program does not speak before the
        // flow starts; English is only a last resort here.
        messages = Messages.in(language) ?? .english
        parser = AnswerParser(language: language, fallbackLanguage: fallback)
        formatter = AnswerFormatter(language: language, fallbackLanguage: fallback)
    }

    /// The flow's own words in the session's language.
    var words: FlowMessages { messages.flow }

    /// Answers as shown and put back on the line, in the session's language.
    var shown: AnswerDisplay { AnswerDisplay(formatter: formatter, words: words) }

    /// A questionnaire text in the session's language.
    func text(_ localized: LocalizedText) -> String {
        localized.text(in: engine.session.language, fallback: engine.questionnaire.defaultLanguage)
    }

    /// A message to the person, wrapped to the terminal so words are not cut.
    func tell(_ message: String, indent: String = "") {
        terminal.say(TextLayout.wrap(message, indent: indent, width: terminal.width))
    }

    /// Numbered labels in columns that fit the terminal.
    func list(_ labels: [String], indent: String = "  ") {
        terminal.say(TextLayout.numbered(labels, indent: indent, width: terminal.width))
    }

    /// Saves the session; false when no place to save it could be found.
    @discardableResult
    func persist() -> Bool {
        saver.save(engine.session, terminal: terminal)
    }

    /// Marks the question dealt with and saves; where to go next.
    func finish(_ question: Question) -> Navigation {
        engine.finish(question.id, at: now())
        return persist() ? .next : .stop(.paused)
    }

    /// A refused answer: says why, and remembers it for piped input.
    func refuse(_ problem: AnswerProblem, at question: Question) {
        lastLineRefused = question.id
        tell(messages.problems.answer(problem))
    }
}
