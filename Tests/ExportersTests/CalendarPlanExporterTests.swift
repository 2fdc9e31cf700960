import Exporters
import Foundation
import Messages
import PlanModel
import Testing

/// Issue 12, `export --format ics`: the plan's milestones as RFC 5545
/// all-day events, read back with the tests' own reader (`ICalendarLines`).
@Suite struct CalendarPlanExporterTests {
    let plans = ExamplePlans.shared

    private func calendar(_ session: Session, languages: [String]? = nil) throws -> ICalendarLines {
        ICalendarLines(try plans.calendar(session, languages: languages))
    }

    private func kinds(_ calendar: ICalendarLines) -> [String] {
        calendar.events.compactMap { $0.value("CATEGORIES") }
    }

    /// Issue 12: Nottingham–Ningbo (partners since 2005) has an anniversary,
    /// a signing, a delegation and the year-5 evaluation, each an all-day
    /// event on its placeholder day, saying that the day is to be agreed.
    @Test func aPartnershipHasItsSigningsDelegationsAnniversaryAndEvaluation() throws {
        let calendar = try calendar(try plans.session(example: "nottingham-ningbo"))
        #expect(calendar.calendar.value("X-WR-CALNAME") == "Partnership plan: Nottingham – Ningbo")
        for kind in ["Agreement signing", "Delegation or visit", "Anniversary", "Evaluation"] {
            #expect(kinds(calendar).contains(kind), "\(kind)")
        }
        let anniversary = try #require(calendar.events.first { $0.value("CATEGORIES") == "Anniversary" })
        #expect(anniversary.value("SUMMARY") == "15th anniversary of the partnership with Ningbo")
        #expect(
            anniversary.first { $0.name == "DTSTART" }
                == .init(name: "DTSTART", parameters: ["VALUE=DATE"], value: "20200915"))
        #expect(anniversary.value("DTEND") == "20200916")
        let evaluation = try #require(calendar.events.first { $0.value("CATEGORIES") == "Evaluation" })
        #expect(evaluation.value("DTSTART") == "20241102", "year 5 of a plan starting in 2020")
        let signing = try #require(calendar.events.first { $0.value("CATEGORIES") == "Agreement signing" })
        #expect(signing.value("SUMMARY")?.hasPrefix("Sign the Project Contract") == true)
        for event in calendar.events {
            #expect(event.count("SUMMARY") == 1 && event.count("UID") == 1 && event.count("DTSTAMP") == 1)
            let description = ICalendarLines.text(event.value("DESCRIPTION") ?? "")
            #expect(description.contains("is a placeholder; agree the day with Ningbo."))
            #expect(event.value("STATUS") == "TENTATIVE")
        }
    }

    /// Issue 12: the round anniversaries falling in the plan's years, counted
    /// from 2005: with the plan starting in 2026, the 25th in 2030.
    @Test func anniversariesFollowThePlansYears() throws {
        var session = try plans.session(example: "nottingham-ningbo")
        session.answers["plan-start-year"] = .number(2026)
        let anniversaries = try calendar(session).events.filter { $0.value("CATEGORIES") == "Anniversary" }
        #expect(anniversaries.map { $0.value("SUMMARY") } == ["25th anniversary of the partnership with Ningbo"])
        #expect(anniversaries.first?.value("DTSTART") == "20300915")
        let description = ICalendarLines.text(anniversaries.first?.value("DESCRIPTION") ?? "")
        #expect(description.contains("In the plan: 25th anniversary with Ningbo: review and refresh"))
    }

    /// Issue 12: a city without a partner has no anniversaries (nor signings with one).
    @Test func noAnniversaryWithoutAPartner() throws {
        let calendar = try calendar(try plans.session(answers: "Tests/Fixtures/cities/munster-no-partner.yaml"))
        #expect(!kinds(calendar).contains("Anniversary"))
        #expect(!kinds(calendar).contains("Agreement signing"))
        #expect(kinds(calendar).contains("Evaluation"))
    }

    /// Issue 12: the same session exported twice gives the same file, and an
    /// answer that does not touch a milestone leaves every UID as it was, so
    /// a calendar updates its events instead of adding copies.
    @Test func uidsAreStable() throws {
        let session = try plans.session(example: "manchester-wuhan")
        let first = try plans.calendar(session)
        #expect(try plans.calendar(session) == first)
        var changed = session
        changed.answers["international-office"] = .text("Another office name")
        changed.answers["strengths"] = .swocEntries([SwocEntry(text: "A new first strength", areas: [])])
        changed.updatedAt = session.updatedAt.addingTimeInterval(86_400)
        let uids = ICalendarLines(first).events.compactMap { $0.value("UID") }
        let after = try calendar(changed)
        #expect(after.events.compactMap { $0.value("UID") } == uids)
        #expect(Set(uids).count == uids.count, "unique within the file")
        #expect(after.events.first?.value("DTSTAMP") != ICalendarLines(first).events.first?.value("DTSTAMP"))
        #expect(uids.allSatisfy { $0.hasSuffix("@swoc-wizard") })
    }

    /// Issue 12 (review): a milestone that moves to another year when the plan
    /// starts a year later keeps its UID, so a calendar moves the event
    /// rather than keeping the old one beside a copy.
    @Test func uidsSurviveAPlanMovedByAYear() throws {
        let session = try plans.session(example: "manchester-wuhan")
        var later = session
        guard case .number(let start)? = session.answers["plan-start-year"] else {
            Issue.record("the example has a plan start year")
            return
        }
        later.answers["plan-start-year"] = .number(start + 1)
        let before = try calendar(session).events
        let after = try calendar(later).events
        #expect(after.compactMap { $0.value("DTSTART") } != before.compactMap { $0.value("DTSTART") })
        #expect(Set(after.compactMap { $0.value("UID") }) == Set(before.compactMap { $0.value("UID") }))
    }

    /// Issue 12, "Draft": the calendar's name and every event say so, with the number of questions left.
    @Test func anUnfinishedSessionIsMarkedDraft() throws {
        let session = try plans.session(file: ExamplePlans.unfinished)
        let calendar = try calendar(session)
        let name = ICalendarLines.text(calendar.calendar.value("X-WR-CALNAME") ?? "")
        #expect(name == "Draft (21 questions unanswered) – partnership plan: Manchester – Wuhan")
        #expect(!calendar.events.isEmpty)
        for event in calendar.events {
            let description = ICalendarLines.text(event.value("DESCRIPTION") ?? "")
            #expect(description.hasSuffix("Draft: 21 questions still unanswered, so this milestone may change."))
        }
        let finished = try self.calendar(try plans.session(example: "manchester-wuhan"))
        #expect(!(finished.calendar.value("X-WR-CALNAME") ?? "").contains("Draft"))
    }

    /// Issue 12 with issue 11: in Chinese, and in two languages both in one SUMMARY.
    @Test func chineseAndBilingualSummaries() throws {
        let session = try plans.session(example: "ningbo-nottingham.zh", language: "zh")
        let chinese = try calendar(session)
        #expect(ICalendarLines.text(chinese.calendar.value("X-WR-CALNAME") ?? "") == "城市合作伙伴关系规划：宁波 – 诺丁汉")
        #expect(chinese.events.contains { $0.value("SUMMARY") == "与诺丁汉建立合作关系15周年纪念" })
        let both = try calendar(session, languages: ["zh", "en"])
        #expect(both.events.count == chinese.events.count)
        let anniversary = try #require(both.events.first { $0.value("CATEGORIES") == "周年纪念,Anniversary" })
        #expect(anniversary.value("SUMMARY") == "与诺丁汉建立合作关系15周年纪念 · 15th anniversary of the partnership with 诺丁汉")
        #expect(both.events.allSatisfy { $0.count("SUMMARY") == 1 })
        let description = ICalendarLines.text(anniversary.value("DESCRIPTION") ?? "")
        #expect(description.contains("具体日期请与诺丁汉商定。\n\nThe partnership was formalised in 2005"))
    }

    /// Issue 12, hostile text: a typed CR LF stays inside its value (as
    /// `\n`, so no line can start a property), quotes, commas, semicolons,
    /// `]]>` and U+202E come back as typed.
    @Test func hostileTextsStayInsideTheirValues() throws {
        let session = try plans.session(file: ExamplePlans.hostile)
        let text = try plans.calendar(session)
        let calendar = ICalendarLines(text)
        #expect(calendar.lines.count("BEGIN") == calendar.lines.count("END"))
        #expect(calendar.lines.filter { $0.name == "END" && $0.value == "VCALENDAR" }.count == 1)
        #expect(calendar.lines.last == .init(name: "END", parameters: [], value: "VCALENDAR"))
        #expect(calendar.events.allSatisfy { $0.count("DTSTART") == 1 })
        let descriptions = calendar.events.map { ICalendarLines.text($0.value("DESCRIPTION") ?? "") }
        #expect(descriptions.contains { $0.contains("Indicator\nwith CR LF, \"quotes\", commas; and \u{202E}") })
        #expect(descriptions.contains { $0.contains("## Delegation `heading` of firms") })
        let summaries = calendar.events.compactMap { $0.value("SUMMARY").map(ICalendarLines.text) }
        #expect(summaries.contains { $0.contains("Partner: City; #1 ]]>\u{202E}") }, "\(summaries)")
        let name = ICalendarLines.text(calendar.calendar.value("X-WR-CALNAME") ?? "")
        // The partner's name holds a right-to-left override: it sits in its own isolate (U+2068 … U+2069).
        #expect(
            name.contains(
                "Pipe | Town\n<script>alert(1)</script> </svg> – \u{2068}Partner: City; #1 ]]>\u{202E}\u{2069}"))
        #expect(!text.unicodeScalars.enumerated().contains { index, scalar in scalar == "\n" && index == 0 })
    }
}
