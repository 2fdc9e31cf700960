/// The names the plan shows for what the wizard's code counts in ids — the
/// plan's streams, the five characteristics, the cost levels, the rungs of the
/// agreement ladder and the four kinds of TOWS strategy — with the general
/// words a text uses where a detail is empty ("the partner city") and how a
/// language joins lists. Read from `rules/names.yaml`, so the plan is
/// translated by adding lines to it; exporters and the wizard ask here for a
/// name in the plan's language.
public struct CatalogNames: Sendable {
    public let defaultLanguage: String
    let streams: [ActivityStream: LocalizedText]
    let characteristics: [Characteristic: LocalizedText]
    let costs: [CostLevel: LocalizedText]
    let agreements: [AgreementStage: LocalizedText]
    let strategies: [TOWSStrategy.Kind: LocalizedText]
    /// What a text says where a slot has nothing to show and the rule gave no other words.
    let generalWords: [PlanSlot: LocalizedText]
    /// By `ListStyle` field name (`areas`, `labels` ...).
    let lists: [String: LocalizedText]

    /// No names at all: a context made without a catalogue (a test of one
    /// template) shows the built-in English names and empty general words.
    public static let empty = CatalogNames(
        defaultLanguage: "en", streams: [:], characteristics: [:], costs: [:], agreements: [:], strategies: [:],
        generalWords: [:], lists: [:])

    /// The slots that must have general words in `names.yaml`: without them a
    /// text such as "Sign with {partner}" would read "Sign with ." for a city
    /// that has not named its partner.
    static let slotsWithGeneralWords: [PlanSlot] = [
        .city, .partner, .project, .quotedProject, .area, .businessInterest, .agreementAreas, .sharedAreas, .entry,
    ]

    private func text(_ text: LocalizedText?, _ language: String) -> String? {
        text?.text(in: language, fallback: defaultLanguage)
    }

    /// "Inter-government exchanges" / "政府间交流".
    public func name(of stream: ActivityStream, in language: String) -> String {
        text(streams[stream], language) ?? stream.title
    }

    /// "Human factors" / "人的因素".
    public func name(of characteristic: Characteristic, in language: String) -> String {
        text(characteristics[characteristic], language) ?? characteristic.title
    }

    /// "low" / "低".
    public func name(of cost: CostLevel, in language: String) -> String {
        text(costs[cost], language) ?? cost.rawValue
    }

    /// "Letter of Cooperation Intent" / "合作意向书".
    public func name(of stage: AgreementStage, in language: String) -> String {
        text(agreements[stage], language) ?? stage.name
    }

    /// "Use strengths to seize opportunities" / "发挥优势，把握机遇".
    public func name(of kind: TOWSStrategy.Kind, in language: String) -> String {
        text(strategies[kind], language) ?? kind.title
    }

    /// The general words for an empty slot, or "" when it has none.
    public func generalWords(for slot: PlanSlot, in language: String) -> String {
        text(generalWords[slot], language) ?? ""
    }

    /// How `language` joins lists (the default language's way where it has none).
    public func listStyle(in language: String) -> ListStyle {
        let plain = ListStyle.plain
        func field(_ name: String, _ fallback: String) -> String { text(lists[name], language) ?? fallback }
        return ListStyle(
            areas: field("areas", plain.areas), labels: field("labels", plain.labels),
            entries: field("entries", plain.entries), references: field("references", plain.references),
            more: field("more", plain.more), sentences: field("sentences", plain.sentences))
    }

    /// The `ListStyle` fields, as `names.yaml` names them under `lists`.
    static let listFields = ["areas", "labels", "entries", "references", "more", "sentences"]
}
