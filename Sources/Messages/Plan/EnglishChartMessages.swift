/// `ChartMessages` in English.
struct EnglishChartMessages: ChartMessages {
    let timelineTitle = "Five-year plan by stream and year"
    func timelineDescription(activities: Int, from first: Int, to last: Int) -> String {
        let count = activities == 1 ? "1 activity" : "\(activities) activities"
        return "The five-year plan from \(first) to \(last): \(count), one box each, "
            + "in a row for each stream and a column for each year."
    }

    let ladderTitle = "Agreement ladder"
    func ladderDescription(reached: String, next: String?, then: String?) -> String {
        var text =
            "The agreement ladder from a Memorandum of Understanding to a Project Contract. Reached so far: \(reached)."
        if let next { text += " Next: \(next)." }
        if let then { text += " Then: \(then)." }
        return text
    }
    let reachedTag = "Reached"
    let nextTag = "Next"
    let thenTag = "Then"
    let reachedLegend = "Filled: the agreement reached so far"
    let nextLegend = "Thick dashed outline: the one to aim for next"
    let thenLegend = "Thin dashed outline: the one after it"
    let notStartedTag = "No agreement yet"

    let healthBarsTitle = "Health check: the five characteristics"
    func healthBarsDescription(_ scores: [String]) -> String {
        "The five characteristics of successful partnerships, each scored from the answers: "
            + scores.joined(separator: "; ") + "."
    }
    let weakestTag = "weakest"

    let swocGridDescription =
        "The SWOC analysis as a grid: strengths and weaknesses of the city above, "
        + "opportunities and challenges around it below."
    let whatLabel = "What"
    let answersLabel = "Answers"
    let answersNoEntry = "no SWOC entry in particular"
}
