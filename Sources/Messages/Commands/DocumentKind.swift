/// What a command wrote to a file, named in the message that says where.
public enum DocumentKind: Sendable {
    case plan
    case changes
    case proposal
    case ranking
    /// `template`: an answers file to fill in.
    case answersTemplate
    /// `agreement`: a draft agreement.
    case agreement
}
