/// The texts of the agreement-ladder advice (`rules/agreements.yaml`), by
/// name: the headline for each situation, the reasons (each citing the
/// report), and the prerequisites. Which one applies is decided in
/// `AgreementAdvisor`, because it is the order of the ladder; what each says
/// is data, in every language.
public enum LadderText: String, Sendable, CaseIterable {
    /// Said whenever a partner and a stage are recorded.
    case reached

    // No partner yet.
    case findPartnerHeadline = "find-partner-headline"
    case findPartnerReason = "find-partner-reason"
    case findPartnerFirst = "find-partner-first"
    case bringAreasAndProject = "bring-areas-and-project"
    case bringAreas = "bring-areas"
    case bringProject = "bring-project"

    // A partner, nothing signed: the MoU or friendship agreement.
    case memorandumHeadline = "memorandum-headline"
    case memorandumReasonUnrecorded = "memorandum-reason-unrecorded"
    case memorandumReason = "memorandum-reason"
    case memorandumFirstProjects = "memorandum-first-projects"

    // A revival that names new areas.
    case refreshHeadline = "refresh-headline"
    case refreshReason = "refresh-reason"
    case refreshAreas = "refresh-areas"

    // An MoU signed: the Letter of Cooperation Intent.
    case letterHeadlineThenProject = "letter-headline-then-project"
    case letterHeadlineIdentifyAreas = "letter-headline-identify-areas"
    case letterHeadline = "letter-headline"
    case letterReasonAreasUnknown = "letter-reason-areas-unknown"
    case letterReason = "letter-reason"
    case letterProjectReason = "letter-project-reason"
    case letterAreasAndActivity = "letter-areas-and-activity"

    // A Letter of Intent in place: the Project Agreement.
    case projectAgreementHeadline = "project-agreement-headline"
    case projectAgreementThenContractHeadline = "project-agreement-then-contract-headline"
    case projectAgreementReason = "project-agreement-reason"
    case projectAgreementTerms = "project-agreement-terms"
    case identifyProjectHeadline = "identify-project-headline"
    case identifyProjectReason = "identify-project-reason"
    case identifyProjectChoice = "identify-project-choice"

    // A Project Agreement in place: the Project Contract.
    case contractHeadline = "contract-headline"
    case contractReason = "contract-reason"
    case contractFunding = "contract-funding"
    case contractResponsibilities = "contract-responsibilities"

    // The top of the ladder.
    case topHeadline = "top-headline"
    case topReason = "top-reason"

    /// A reason is shown with its report section, so it needs a `source`.
    public var isReason: Bool {
        switch self {
        case .reached, .findPartnerReason, .memorandumReasonUnrecorded, .memorandumReason, .refreshReason,
            .letterReasonAreasUnknown, .letterReason, .letterProjectReason, .projectAgreementReason,
            .identifyProjectReason, .contractReason, .topReason:
            true
        default: false
        }
    }
}
