/// Something the person drafting should know before the draft goes to the
/// other city; worded by the program's messages in each language.
public enum AgreementNote: Sendable, Equatable {
    /// Both sessions are of cities on the same side (two European cities, or
    /// two Chinese ones): the tool drafts EU–China agreements.
    case sameSide(CitySide)
    /// The partner's session is of another city than the one the city's session names as its partner.
    case partnerIsAnotherCity(named: String, session: String)
    /// The draft is of another agreement than the ladder suggests next (nil: the top is reached).
    case notTheNextRung(suggested: AgreementType?)
    /// No partner city is named: the partner's side is all blanks.
    case noPartner
}
