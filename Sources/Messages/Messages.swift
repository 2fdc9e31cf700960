/// The wizard's own words, in one language: what it says on screen, its
/// messages and errors, and the headings and labels of the documents it
/// writes. The questions, the choice labels and the plan's generated
/// sentences are data (`questionnaires/`, `rules/`); these are the words of
/// the program itself.
///
/// Each area is a protocol with one requirement per message, and each
/// language one type that implements it. The compiler is the completeness
/// check: a language that misses a message does not build. Messages take
/// typed arguments (counts, names), so a translation can order them as its
/// grammar needs.
public struct Messages: Sendable {
    /// The language code, as in the questionnaire files (`en`, `zh`).
    public let language: String
    /// The interactive wizard: headers, progress, commands, notes.
    public let flow: any FlowMessages
    /// What `suggest`, `diff` and `match` print on screen.
    public let reports: any ReportMessages
    /// What the commands say when they start, resume, revive, save and stop.
    public let commands: any CommandMessages
    /// Every error and problem, with what to do next.
    public let problems: any ProblemMessages
    /// Headings and labels of the exported plan and other documents.
    public let plan: any PlanMessages
    /// Column names and calendar words of the spreadsheet and calendar exports.
    public let tableAndCalendar: any TableAndCalendarMessages
    /// The charts' titles, descriptions and legends, and the HTML plan's own words.
    public let charts: any ChartMessages
    /// The words of a draft agreement around its clauses (issue 16).
    public let agreement: any AgreementMessages

    public static let english = Messages(
        language: "en", flow: EnglishFlowMessages(), reports: EnglishReportMessages(),
        commands: EnglishCommandMessages(), problems: EnglishProblemMessages(), plan: EnglishPlanMessages(),
        tableAndCalendar: EnglishTableAndCalendarMessages(), charts: EnglishChartMessages(),
        agreement: EnglishAgreementMessages())

    public static let chinese = Messages(
        language: "zh", flow: ChineseFlowMessages(), reports: ChineseReportMessages(),
        commands: ChineseCommandMessages(), problems: ChineseProblemMessages(), plan: ChinesePlanMessages(),
        tableAndCalendar: ChineseTableAndCalendarMessages(), charts: ChineseChartMessages(),
        agreement: ChineseAgreementMessages())

    /// Every language the program's own words are written in.
    public static let all: [Messages] = [english, chinese]

    /// The words in `language`, or nil when the program is not translated into it.
    public static func `in`(_ language: String) -> Messages? {
        all.first { $0.language == language }
    }
}
