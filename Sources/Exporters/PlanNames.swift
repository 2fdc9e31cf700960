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

    public init(
        stream: @escaping @Sendable (ActivityStream) -> String,
        characteristic: @escaping @Sendable (Characteristic) -> String,
        cost: @escaping @Sendable (CostLevel) -> String,
        strategy: @escaping @Sendable (TOWSStrategy.Kind) -> String
    ) {
        self.stream = stream
        self.characteristic = characteristic
        self.cost = cost
        self.strategy = strategy
    }

    /// The English names the suggestion types carry themselves.
    public static let builtIn = PlanNames(
        stream: \.title, characteristic: \.title, cost: \.rawValue, strategy: \.title)
}
