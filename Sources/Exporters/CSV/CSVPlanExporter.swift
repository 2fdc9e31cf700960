import CSV
import Foundation
import Messages
import PlanModel

/// Writes the five-year plan's action table as CSV for a spreadsheet: one
/// row per activity, with its year, stream, title, what is done, lead, cost,
/// indicator, the SWOC entries it answers (code and the team's text), why,
/// the report source, the rule that put it there and the plan's status.
///
/// RFC 4180 through CSV.swift: fields quoted where needed, CR LF between
/// records (and after the last). UTF-8 with a byte-order mark, which is how
/// Excel knows the file is UTF-8 and shows Chinese instead of mojibake.
///
/// RFC 4180 has no comments and a banner line would be read as a record, so
/// an unfinished session says "Draft" in a status column, on every row: it
/// survives sorting, filtering and copying rows into another sheet.
///
/// In two languages, each column of program words comes once per language,
/// its header tagged with the language ("Activity (zh)", "Activity (en)",
/// side by side); the year, the team's entries and the rule id come once,
/// their header in both languages.
public struct CSVPlanExporter: Sendable {
    public let questionnaire: Questionnaire

    public init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
    }

    /// The byte-order mark the file starts with.
    public static let byteOrderMark = "\u{FEFF}"

    /// The table in the document's own language.
    public func export(_ plan: PlanDocument, names: PlanNames = .builtIn) throws -> String {
        try export([PlanEdition(plan, names: names)])
    }

    /// The table in the editions' languages, the first leading; the editions
    /// come from one session (`PlanEditions.check`).
    public func export(_ editions: [PlanEdition]) throws -> String {
        precondition(!editions.isEmpty, "a plan needs at least one language")
        let columns = Self.columns
        let stream = ByteSink()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: header(columns, editions))
        let activities = editions[0].document.suggestions.plan
        for index in activities.indices {
            let cells = row(columns, index, editions).map(SpreadsheetCell.text)
            // Telling CSV.swift which cells need quotes spares it five Foundation searches of each long cell.
            try writer.write(row: cells) { SpreadsheetCell.needsQuotes(cells[$0]) }
        }
        return Self.byteOrderMark + String(decoding: stream.bytes, as: UTF8.self) + "\r\n"
    }

    /// A column: its name in one language, and its cell for one activity of one edition.
    struct Column: Sendable {
        var name: @Sendable (any TableAndCalendarMessages) -> String
        /// The program's words: once per language in a bilingual table.
        var translated: Bool
        var cell: @Sendable (CSVPlanExporter, PlanEdition, PlanActivity) -> String
    }

    static let columns: [Column] = [
        Column(name: \.yearColumn, translated: false) { _, _, activity in String(activity.year) },
        Column(name: \.streamColumn, translated: true) { _, edition, activity in edition.names.stream(activity.stream)
        },
        Column(name: \.activityColumn, translated: true) { _, _, activity in activity.title },
        Column(name: \.descriptionColumn, translated: true) { _, _, activity in activity.description },
        Column(name: \.leadColumn, translated: true) { exporter, edition, activity in
            exporter.questionnaire.label(activity.lead, in: "helix-actors", language: edition.language)
        },
        Column(name: \.costColumn, translated: true) { _, edition, activity in edition.names.cost(activity.cost) },
        Column(name: \.indicatorColumn, translated: true) { _, _, activity in activity.indicator },
        Column(name: \.swocEntriesColumn, translated: false) { _, edition, activity in
            entries(activity.answers, in: edition)
        },
        Column(name: \.reasonColumn, translated: true) { _, _, activity in activity.reason },
        Column(name: \.sourceColumn, translated: true) { _, edition, activity in
            ReportCitation.text(activity.source, in: edition.language)
        },
        Column(name: \.ruleColumn, translated: false) { _, _, activity in activity.rule },
        Column(name: \.statusColumn, translated: true) { _, edition, _ in status(edition) },
    ]

    private func header(_ columns: [Column], _ editions: [PlanEdition]) -> [String] {
        let words = editions.map(\.messages.tableAndCalendar)
        guard editions.count > 1 else { return columns.map { $0.name(words[0]) } }
        return columns.flatMap { column -> [String] in
            if column.translated {
                return zip(editions, words).map { "\(column.name($1)) (\($0.language))" }
            }
            return [Said(words.map(column.name)).shown.joined(separator: " / ")]
        }
    }

    private func row(_ columns: [Column], _ index: Int, _ editions: [PlanEdition]) -> [String] {
        columns.flatMap { column -> [String] in
            let shownIn = column.translated ? editions : [editions[0]]
            return shownIn.map { column.cell(self, $0, $0.document.suggestions.plan[index]) }
        }
    }

    /// "S1: text; W2: text": the codes a reader can look up and the team's own words.
    static func entries(_ references: [SwocReference], in edition: PlanEdition) -> String {
        let words = edition.messages.tableAndCalendar
        let swoc = edition.document.swoc
        return references.map { reference in
            let quadrant: [PlanDocument.Entry]
            switch reference.quadrant {
            case .strengths: quadrant = swoc.strengths
            case .weaknesses: quadrant = swoc.weaknesses
            case .opportunities: quadrant = swoc.opportunities
            case .challenges: quadrant = swoc.challenges
            }
            guard quadrant.indices.contains(reference.number - 1) else { return reference.code }
            return words.swocEntry(code: reference.code, text: quadrant[reference.number - 1].text)
        }.joined(separator: words.entrySeparator)
    }

    static func status(_ edition: PlanEdition) -> String {
        let words = edition.messages.tableAndCalendar
        guard let draft = edition.document.draft else { return words.finishedStatus }
        return words.draftStatus(unanswered: draft.unansweredQuestions, step: draft.stepReached)
    }
}
