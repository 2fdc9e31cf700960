/// The agreements a draft can be of (report §1.3, §3): the three texts two
/// cities sign as goodwill and intent, and the Project Contract, which is
/// legally binding and so is drafted only as a checklist for the lawyers.
/// The raw values are the words of `--type` and of `types:` in
/// `rules/agreement-clauses.yaml`.
public enum AgreementType: String, Sendable, CaseIterable, Codable {
    case mou
    case loi
    case project
    case contract

    /// The rung of the agreement ladder this type is.
    public var stage: AgreementStage {
        switch self {
        case .mou: .memorandum
        case .loi: .letterOfIntent
        case .project: .projectAgreement
        case .contract: .projectContract
        }
    }

    /// The type that drafts a rung; nil for no agreement at all.
    public init?(stage: AgreementStage) {
        switch stage {
        case .noAgreement: return nil
        case .memorandum: self = .mou
        case .letterOfIntent: self = .loi
        case .projectAgreement: self = .project
        case .projectContract: self = .contract
        }
    }

    /// A Project Contract binds the parties: the draft is a checklist of what
    /// it must settle, not a text to sign (§1.3.3; §3).
    public var isChecklist: Bool { self == .contract }
}
