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
    /// The choice lists shown in full so far in this run (`ChoiceList.key`):
    /// after the first time a one-line reminder stands for them (issue 13).
    var listedInFull: Set<String> = []

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
    /// Text in `keepingWhole` (a path) is never broken.
    func tell(_ message: String, indent: String = "", keepingWhole: [String] = []) {
        terminal.say(
            TextLayout.wrap(message, indent: indent, width: terminal.width, keepingWhole: keepingWhole),
            keepingWhole: keepingWhole)
    }

    /// Numbered labels in columns that fit the terminal, compact enough that
    /// the question and the entry just typed stay on the screen above them
    /// (`compact` false: whole labels however many lines they take, as `:help`
    /// shows them).
    func list(_ labels: [String], indent: String = "  ", compact: Bool = true) {
        terminal.say(
            TextLayout.numbered(
                labels, indent: indent, width: terminal.width, maxRows: compact ? listRows : nil))
    }

    /// A choice list shown in full (under `heading`) the first time the list
    /// `key` comes up in this run, and after that as the one line `reminder`
    /// ("Areas: numbers or names; Tab completes; ? lists them"): the 22
    /// cooperation areas at every quadrant's first entry pushed the question
    /// off an 80×24 projector (issue 13). The numbers stay what they were.
    func listOnce(
        _ labels: [String], key: String, heading: String?, reminder: String, indent: String = "  ",
        listIndent: String = "    "
    ) {
        guard !listedInFull.contains(key) else {
            tell(reminder, indent: indent)
            return
        }
        listedInFull.insert(key)
        if let heading { tell(heading, indent: indent) }
        list(labels, indent: listIndent)
    }

    /// A list of choices is long, and shown in full only once per run, when
    /// it has more choices than this.
    static let longList = 8

    /// Whether a line asks for the choices to be listed again: just "?" (or
    /// the full-width "？" of a Chinese input method), also typed after the
    /// text that was put on the line.
    static func asksForChoices(_ line: String, after prefill: String?) -> Bool {
        let marks: Set<String> = ["?", "？"]
        if marks.contains(line.trimmingWhitespace()) { return true }
        guard let prefill, !prefill.isEmpty else { return false }
        return [prefill, TerminalText.line(prefill)].contains { shown in
            line.hasPrefix(shown) && marks.contains(String(line.dropFirst(shown.count)).trimmingWhitespace())
        }
    }

    /// What a listing shown by the pager leads to: nil to ask the same
    /// question again, or stopping when Ctrl-C or Ctrl-D ended the listing.
    static func navigation(after outcome: Pager.Outcome) -> Navigation? {
        switch outcome {
        case .shown: return nil
        case .interrupted: return .stop(.interrupted)
        case .endOfInput: return .stop(.paused)
        }
    }

    /// The lines a choice list may take: the window less what stays above
    /// and below it (a blank line, where the question stands, the question,
    /// its hint, the entry typed, the list's heading, the prompt, and room for
    /// a question or message of two lines).
    var listRows: Int {
        max(terminal.height - 12, 6)
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
