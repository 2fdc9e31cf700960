import Messages
import PlanModel

extension MarkdownPlanExporter {
    /// The SWOC as a list per quadrant rather than a 2×2 table: entries are
    /// sentences, which a table's half-page cells (and Word's narrower ones)
    /// cut into a column of two words a line. A grid is the HTML report's job.
    /// Each entry carries a short tag: who raised it ("Academia", not
    /// "Academia (universities and research)") and its areas (issue 12).
    func swoc(_ plan: Plan, into document: inout MarkdownDocument) {
        let swoc = plan.first.document.swoc
        let draft = plan.first.document.draft != nil
        let quadrants: [(KeyPath<PlanDocument.Swoc, [PlanDocument.Entry]>, String, (any PlanMessages) -> String)] = [
            (\.strengths, "S", \.strengths), (\.weaknesses, "W", \.weaknesses),
            (\.opportunities, "O", \.opportunities), (\.challenges, "C", \.challenges),
        ]
        let isEmpty = quadrants.allSatisfy { swoc[keyPath: $0.0].isEmpty }
        guard !isEmpty || draft else { return }
        document.heading(2, plan.say { $0.plan.swocHeading })
        document.paragraph(plan.say { $0.plan.swocIntro })
        if quadrants.contains(where: { swoc[keyPath: $0.0].contains(where: \.isPriority) }) {
            document.paragraph(plan.say { $0.plan.priorityLegend })
        }
        for (quadrant, letter, name) in quadrants {
            let entries = swoc[keyPath: quadrant]
            // A finished plan leaves out a quadrant the team left empty; a draft says it is still open.
            guard !entries.isEmpty || draft else { continue }
            document.heading(3, plan.say { name($0.plan) })
            if entries.isEmpty {
                notAnsweredYet(plan, into: &document)
                continue
            }
            // The team's priorities first, marked; each keeps its code.
            for index in PriorityOrder.indices(of: entries) {
                let mark = entries[index].isPriority ? plan.first.messages.plan.priorityMark + " " : ""
                document.bullet(
                    entry(plan, { $0.swoc[keyPath: quadrant][index] }, code: "\(mark)\(letter)\(index + 1)"))
            }
            document.blank()
        }
    }

    /// "S1 " and the entry as typed, then who raised it and its areas, short, in each language.
    private func entry(_ plan: Plan, _ path: (PlanDocument) -> PlanDocument.Entry, code: String) -> Phrase {
        let typed = "\(code) \(path(plan.first.document).text)"
        let detail = plan.say { edition in
            let entry = path(edition.document)
            var detail: [String] = []
            if let actor = entry.actor { detail.append(actor.shortLabel) }
            if !entry.areas.isEmpty {
                detail.append(entry.areas.map(\.label).joined(separator: edition.plan.listSeparator))
            }
            return detail.isEmpty ? "" : edition.plan.bracket(detail.joined(separator: edition.plan.detailSeparator))
        }
        return Phrase([.typed(typed), .said(detail)])
    }
}
