import PlanModel

/// `PlanMessages` in English.
struct EnglishPlanMessages: PlanMessages {
    let labelSeparator = ": "
    let listSeparator = ", "
    let detailSeparator = "; "
    func cited(_ text: String, source: String) -> String { ReportCitation.cited(text, source: source, in: "en") }
    func bracket(_ detail: String) -> String { " (\(detail))" }
    func place(region: String?, country: String?) -> String {
        [region, country].compactMap { $0 }.joined(separator: ", ")
    }

    let planTitle = "Partnership plan"
    let ourCity = "Our city"
    func preparedWith(updated: String) -> String {
        "Prepared with swoc-wizard, following the four steps of the URBAN-EU-CHINA guidelines on EU–China "
            + "city partnerships. Answers last changed on \(updated)."
    }
    let summaryHeading = "Summary"
    let nextAgreementLabel = "Next agreement"
    let healthCheckLabel = "Health check"
    let allFiveScoreTheSame = "all five characteristics score the same"
    let weakestCharacteristicLabel = "Weakest characteristic"
    func score(_ score: Int, of maximum: Int) -> String { "\(score) of \(maximum)" }
    let fiveYearPlanLabel = "Five-year plan"
    func activities(_ count: Int, from first: Int, to last: Int) -> String {
        "\(count) \(count == 1 ? "activity" : "activities") from \(first) to \(last)"
    }
    let warningLabel = "Warning"

    let cityAndPartnerHeading = "The city and its partner"
    let cityLabel = "City"
    let countryLabel = "Country"
    let regionAndCountryLabel = "Region and country"
    let internationalOfficeLabel = "International office"
    let internationalStaffLabel = "Staff on international relations"
    let helixInvolvedLabel = "Quadruple-helix groups involved"
    let partnerCityLabel = "Partner city"
    let formalisedLabel = "Formalised"
    let agreementReachedLabel = "Agreement reached"
    let statusLabel = "Status"
    func changedSince(_ day: String) -> String { "What changed since \(day)" }

    let swocHeading = "SWOC analysis"
    let swocIntro =
        "Strengths and weaknesses look at the city itself; opportunities and challenges at what lies outside it (report §1.1)."
    let priorityMark = "★"
    let priorityLegend =
        "★ marks the entries the team chose as mattering most; they come first in each quadrant, and the plan and strategies weigh them first."
    let strengths = QuadrantNames.english(.strengths)
    let weaknesses = QuadrantNames.english(.weaknesses)
    let opportunities = QuadrantNames.english(.opportunities)
    let challenges = QuadrantNames.english(.challenges)
    func raisedBy(_ actor: String) -> String { "raised by \(actor)" }
    func obstacle(_ kinds: String) -> String { "obstacle: \(kinds)" }
    let strategiesHeading = "Strategies (TOWS)"
    let strategiesIntro =
        "Each strategy pairs an entry about the city with one about its surroundings that share a cooperation area."
    let strategyTypeColumn = "Type"
    let strategyColumn = "Strategy"
    let combinesColumn = "Combines"
    func combines(_ inner: String, _ outer: String) -> String { "\(inner) and \(outer)" }

    let healthHeading = "Health check"
    func healthIntro(maximum: Int, weakest: String?) -> String {
        "The report names five characteristics of successful partnerships (§3); each is scored from 0 to "
            + "\(maximum) from the answers. "
            + (weakest.map { "The weakest is \($0.lowercased())." } ?? "All five score the same.")
    }
    let characteristicColumn = "Characteristic"
    let scoreColumn = "Score"
    let evidenceColumn = "From the answers"
    let toImproveColumn = "To improve"
    let answersThatCostPoints = "Answers that cost points:"
    func setback(_ characteristic: String, _ text: String) -> String { "\(characteristic) − \(text)" }

    let agreementHeading = "Agreement recommendation"
    func nextThen(_ next: String, _ then: String) -> String { "Next: \(next), then \(then)." }
    let beforeSigning = "Before signing:"
    let warningsIntro = "Warnings:"

    func fiveYearPlanHeading(from first: Int, to last: Int) -> String { "Five-year plan \(first)–\(last)" }
    func fiveYearPlanIntro(generalAdvice: Bool) -> String {
        "Activities in the streams of Nottingham and Ningbo's five-year plan (report §2.3.4), each with who "
            + "leads it, a rough cost, how to tell it happened, the SWOC entries it answers and why it is here."
            + (generalAdvice
                ? " Activities marked “\(generalAdviceNote)” draw on nothing in this city's answers yet." : "")
    }
    let generalAdviceNote = "General advice from the report"
    func activity(title: String, description: String, generalAdvice: Bool) -> String {
        let text = "\(title): \(description)"
        return generalAdvice ? "\(text) (\(generalAdviceNote).)" : text
    }
    let streamColumn = "Stream"
    let activityColumn = "Activity"
    let leadColumn = "Lead"
    let costColumn = "Cost"
    let indicatorColumn = "Indicator"
    let respondsToColumn = "Responds to"
    let whyColumn = "Why"
    let sourceColumn = "Source"
    let yearColumn = "Year"
    let activitiesColumn = "Activities"
    func activityNotes(why: String, answers: String?, source: String) -> String {
        let sentence = why.hasSuffix(".") || why.isEmpty ? why : why + "."
        return "Why: \(sentence)" + (answers.map { " Responds to \($0)." } ?? "") + " Source: report \(source)."
    }
    let chartHeading = "The plan as a chart"
    let chartTitle = "Five-year plan"

    let indicatorsHeading = "Indicators for monitoring"
    let chosenByTheTeam = "Chosen by the team:"
    let forEachActivity = "For each activity of the plan:"
    func activityIndicator(year: Int, title: String, indicator: String) -> String {
        "\(year) · \(title): \(indicator)"
    }
    let fundingHeading = "Funding"
    let resourcesLabel = "Resources"
    let fundingNote = "Funding sources open to European and Chinese cities are listed in report §2.3.2."
    let sourcesHeading = "Report sections cited"
    let aboutCitations =
        "Sources refer to Kontinakis and Zhang (2018), Cooperation plans and guidelines, the URBAN-EU-CHINA "
        + "report on EU–China city partnerships. A mark such as §1.3.1 is a numbered section of it, and a letter "
        + "after it one of that section's lettered points (§1.1 D: the challenges of the SWOC); §I is its "
        + "introduction, where the five characteristics of successful partnerships are set out; "
        + "\"Case study 7\" and \"Table 2\" are its numbered case studies and tables."

    let draftLabel = "Draft"
    func draftNotice(unanswered: Int, stepReached: Int?) -> String {
        let questions = unanswered == 1 ? "1 question is" : "\(unanswered) questions are"
        // Step 0 is "About your city", before the guidelines' four steps.
        let step =
            stepReached.map {
                $0 == 0
                    ? " (the session stopped in “About your city”, before step 1 of 4)"
                    : " (the session stopped in step \($0) of 4)"
            } ?? ""
        return
            "\(questions) not answered yet\(step). The scores and suggestions below count only the answers given so far; finish the session in the wizard before circulating this plan."
    }
    func assumedStartYear(_ year: Int) -> String {
        "The plan's first year is not answered yet: its years below assume \(year)."
    }
    let notAnsweredYet = "Not answered yet."
    let atAGlanceHeading = "The plan at a glance"

    func round(_ number: Int) -> String { "round \(number)" }
    let whatChangedTitle = "What changed"
    func compared(_ first: String, _ second: String) -> String { "Compared: \(first) and \(second)." }
    func round(_ label: String, startedOn day: String, participants: [String]) -> String {
        let who = participants.isEmpty ? "" : ", with \(participants.joined(separator: ", "))"
        return "\(label) (started \(day)\(who))"
    }
    let nothingChanged = "Nothing changed in the SWOC, the cooperation areas, the stage or the resources."
    let addedLabel = "Added"
    let changedLabel = "Changed"
    let droppedLabel = "Dropped"
    func kept(_ count: Int) -> String { "\(count) entr\(count == 1 ? "y" : "ies") kept as before" }
    let cooperationAreasHeading = "Cooperation areas"
    let newAreasLabel = "New"
    let noLongerNamedLabel = "No longer named"
    let stageAndResourcesHeading = "Stage and resources"
    let questionColumn = "Question"
    let beforeColumn = "Before"
    let nowColumn = "Now"

    var match: any MatchWords { EnglishMatchWords() }
    func proposalTitle(_ pair: String) -> String { "Match-making proposal: \(pair)" }
    func pair(_ first: String, _ second: String) -> String { "\(first) and \(second)" }
    let proposalIntro =
        "Prepared with swoc-wizard from the two cities' SWOC sessions, following the URBAN-EU-CHINA guidelines "
        + "(§1.2 finding partners, §1.3 agreements)."
    let sharedAreasHeading = "Shared cooperation areas"
    let noneRecorded = "None recorded yet."
    let complementsHeading = "Where one fills the other's gap"
    let strengthColumn = "Strength"
    let meetsColumn = "Meets"
    let areasColumn = "Areas"
    let sharedChallengesHeading = "Challenges they share"
    let inCommonColumn = "In common"
    let existingLinksHeading = "Existing links"
    let howToStartHeading = "How to start"
    let firstAgreementLabel = "First agreement"
    let precedentsHeading = "Precedents in the report"
    let pairColumn = "Pair"
    let certaintyColumn = "Certainty"
    func certainty(_ certainty: ReportPair.Certainty) -> String { certainty.rawValue }
    func city(_ name: String, country: String?) -> String { country.map { "\(name), \($0)" } ?? name }
    let notRecorded = "not recorded"
    func rankingTitle(_ city: String) -> String { "Candidate partner cities for \(city)" }
    func rankingIntro(count: Int, folder: String) -> String {
        "\(count) \(count == 1 ? "session" : "sessions") from \(folder), ranked by the match-making score "
            + "out of 100, in seven parts: shared areas, complementary strengths each way, shared challenges, "
            + "existing links, the teams' priorities and the city facts (see the README)."
    }
    let rankColumn = "Rank"
    let cityColumn = "City"
    let whyRankColumn = "Why"
    let fileColumn = "File"
    let skippedFilesHeading = "Skipped files"
}
