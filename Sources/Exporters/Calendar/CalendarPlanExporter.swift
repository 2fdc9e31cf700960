import Foundation
import Messages
import PlanModel

/// Writes the plan's milestones as an iCalendar file (RFC 5545) a city
/// imports into its calendar: agreement signings, delegations and visits,
/// the partnership's round anniversaries and the year-5 evaluation, each an
/// all-day event on its kind's placeholder day (`rules/milestones.yaml`),
/// marked tentative and saying that the day is to be agreed with the partner.
///
/// Exporting the same session again gives the same file: the UIDs come from
/// the session's creation time, the milestone's kind, rule and occurrence
/// (not its year, which an answer can move), and the DTSTAMP is the
/// session's last change, so a re-import updates the events rather than
/// adding copies. An unfinished session says "Draft" in the
/// calendar's name and in every event, with the number of questions left.
///
/// In two languages both go in one SUMMARY (RFC 5545 allows one), joined by
/// " · ", and the descriptions one after the other.
public struct CalendarPlanExporter: Sendable {
    public let questionnaire: Questionnaire
    public let milestones: MilestoneRules

    public init(questionnaire: Questionnaire, milestones: MilestoneRules) {
        self.questionnaire = questionnaire
        self.milestones = milestones
    }

    /// Between the languages of a bilingual summary or calendar name.
    static let languageSeparator = " · "

    /// The calendar in the document's own language.
    public func export(_ plan: PlanDocument, names: PlanNames = .builtIn) -> String {
        export([PlanEdition(plan, names: names)])
    }

    /// The calendar in the editions' languages, the first leading.
    public func export(_ editions: [PlanEdition]) -> String {
        precondition(!editions.isEmpty, "a plan needs at least one language")
        let document = editions[0].document
        let voices = Voices(editions: editions)
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//swoc-wizard//Partnership plan//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + ICalendarText.escape(joined(voices.say(calendarName))),
        ]
        let plan = document.suggestions.plan
        if let first = plan.first, let last = plan.last {
            let description = voices.say {
                $0.messages.tableAndCalendar.calendarDescription(from: first.year, to: last.year)
            }
            lines.append("X-WR-CALDESC:" + ICalendarText.escape(description.shown.joined(separator: "\n\n")))
        }
        let created = Self.stamp(document.timestamps.created)
        let stamp = Self.stamp(document.timestamps.updated)
        // Occurrences counted per kind and activity, in the calendar's (date) order.
        var occurrences: [String: Int] = [:]
        for milestone in PlanMilestones(rules: milestones, questionnaire: questionnaire).find(in: editions) {
            let occurrence = occurrences["\(milestone.kind.rawValue)-\(milestone.key)", default: 0] + 1
            occurrences["\(milestone.kind.rawValue)-\(milestone.key)"] = occurrence
            lines += event(
                milestone, uid: milestone.uid(created: created, occurrence: occurrence), stamp: stamp,
                editions: editions)
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendarText.folded).joined()
    }

    private func event(_ milestone: CalendarMilestone, uid: String, stamp: String, editions: [PlanEdition])
        -> [String]
    {
        let date = Self.date(year: milestone.year, milestone.day)
        let next = Self.dayAfter(year: milestone.year, milestone.day)
        let descriptions = zip(editions, milestone.descriptions).map { edition, description in
            let words = edition.messages.tableAndCalendar
            var parts = [
                description,
                words.placeholderDay(
                    month: milestone.day.month, day: milestone.day.day, partner: edition.document.partner?.name),
            ]
            if let draft = edition.document.draft {
                parts.append(words.draftNote(unanswered: draft.unansweredQuestions))
            }
            return parts.joined(separator: "\n")
        }
        let categories = Said(editions.map { $0.messages.tableAndCalendar.milestoneKind(milestone.kind) }).shown
        return [
            "BEGIN:VEVENT",
            "UID:" + ICalendarText.escape(uid),
            "DTSTAMP:" + stamp,
            "DTSTART;VALUE=DATE:" + date,
            "DTEND;VALUE=DATE:" + next,
            "SUMMARY:" + ICalendarText.escape(joined(Said(milestone.summaries))),
            "DESCRIPTION:" + ICalendarText.escape(Said(descriptions).shown.joined(separator: "\n\n")),
            "CATEGORIES:" + ICalendarText.list(categories),
            "STATUS:TENTATIVE",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    }

    /// "Partnership plan: Nottingham – Ningbo", or its draft form.
    private func calendarName(_ edition: PlanEdition) -> String {
        let document = edition.document
        let cities = edition.cities
        let words = edition.messages.tableAndCalendar
        guard let draft = document.draft else { return words.calendarName(cities: cities) }
        return words.draftCalendarName(cities: cities, unanswered: draft.unansweredQuestions)
    }

    private func joined(_ said: Said) -> String {
        said.shown.joined(separator: Self.languageSeparator)
    }

    // MARK: Dates, in UTC so the file is the same wherever it is written

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// "20261201T124019Z" (DATE-TIME in UTC, §3.3.5).
    static func stamp(_ date: Date) -> String {
        let parts = utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return digits(parts.year ?? 0, 4) + digits(parts.month ?? 0, 2) + digits(parts.day ?? 0, 2) + "T"
            + digits(parts.hour ?? 0, 2) + digits(parts.minute ?? 0, 2) + digits(parts.second ?? 0, 2) + "Z"
    }

    /// "20280601" (DATE, §3.3.4).
    static func date(year: Int, _ day: MilestoneRules.Day) -> String {
        digits(year, 4) + digits(day.month, 2) + digits(day.day, 2)
    }

    /// The exclusive end of an all-day event: the next day, over a month's or a year's end.
    static func dayAfter(year: Int, _ day: MilestoneRules.Day) -> String {
        let start = utc.date(from: DateComponents(year: year, month: day.month, day: day.day))
        guard let start, let next = utc.date(byAdding: .day, value: 1, to: start) else {
            return date(year: year, day)
        }
        let parts = utc.dateComponents([.year, .month, .day], from: next)
        return digits(parts.year ?? year, 4) + digits(parts.month ?? 1, 2) + digits(parts.day ?? 1, 2)
    }

    private static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
