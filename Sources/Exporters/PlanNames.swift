import PlanModel

/// The names a plan shows for what the suggestions count in ids: the streams
/// of the five-year plan, the five characteristics, the cost levels and the
/// four kinds of TOWS strategy, in one language. The rule catalogue holds
/// them as data; the exporters only ask here, so they do not care where a
/// name comes from.
public struct PlanNames: Sendable {
    public var stream: @Sendable (ActivityStream) -> String
    public var characteristic: @Sendable (Characteristic) -> String
    public var cost: @Sendable (CostLevel) -> String
    public var strategy: @Sendable (TOWSStrategy.Kind) -> String
    /// The rungs of the agreement ladder ("合作意向书").
    public var stage: @Sendable (AgreementStage) -> String
    /// What goes between two sentences joined into one cell: a space in
    /// English, nothing in Chinese (`rules/names.yaml`, lists).
    public var sentenceGap: String

    public init(
        stream: @escaping @Sendable (ActivityStream) -> String,
        characteristic: @escaping @Sendable (Characteristic) -> String,
        cost: @escaping @Sendable (CostLevel) -> String,
        strategy: @escaping @Sendable (TOWSStrategy.Kind) -> String,
        stage: @escaping @Sendable (AgreementStage) -> String = { $0.name }, sentenceGap: String = " "
    ) {
        self.stream = stream
        self.characteristic = characteristic
        self.cost = cost
        self.strategy = strategy
        self.stage = stage
        self.sentenceGap = sentenceGap
    }

    /// The rule catalogue's names (`rules/names.yaml`) in `language`.
    public init(_ names: CatalogNames, language: String) {
        self.init(
            stream: { names.name(of: $0, in: language) }, characteristic: { names.name(of: $0, in: language) },
            cost: { names.name(of: $0, in: language) }, strategy: { names.name(of: $0, in: language) },
            stage: { names.name(of: $0, in: language) }, sentenceGap: names.listStyle(in: language).sentences)
    }

    /// The English names the suggestion types carry themselves, for a plan
    /// exported without a rule catalogue at hand (tests of one exporter).
    public static let builtIn = PlanNames(CatalogNames.empty, language: "en")
}
