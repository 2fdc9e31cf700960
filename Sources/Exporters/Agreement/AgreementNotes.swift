import PlanModel

/// The draft's notes for the person drafting, worded in one language: the
/// command also says them on standard error, so they are seen even when the
/// draft goes straight to a file.
public enum AgreementNotes {
    public static func lines(_ draft: AgreementDraft, names: CatalogNames, language: String) -> [String] {
        AgreementWording(draft: draft, names: names).notes(language)
    }
}
