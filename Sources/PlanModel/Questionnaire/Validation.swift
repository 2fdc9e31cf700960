/// Limits on an answer, and the message a person sees when an answer breaks them.
public struct Validation: Sendable, Equatable {
    public var minimum: Double?
    public var maximum: Double?
    public var minLength: Int?
    public var maxLength: Int?
    /// A regular expression the whole text answer must match.
    public var pattern: String?
    public var message: LocalizedText?

    public init(
        minimum: Double? = nil, maximum: Double? = nil, minLength: Int? = nil,
        maxLength: Int? = nil, pattern: String? = nil, message: LocalizedText? = nil
    ) {
        self.minimum = minimum
        self.maximum = maximum
        self.minLength = minLength
        self.maxLength = maxLength
        self.pattern = pattern
        self.message = message
    }
}
