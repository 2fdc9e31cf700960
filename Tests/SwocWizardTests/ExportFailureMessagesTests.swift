import Exporters
import Messages
import Testing

@testable import SwocWizard

/// Issue 11: `export`'s own refusals are typed failures worded in both
/// languages (a bilingual plan that cannot be merged used to be an English
/// sentence inside "Cannot write"), with their exit codes.
@Suite struct ExportFailureMessagesTests {
    /// Editions that fired different rules name the rules only each has, in
    /// both languages, and exit 73 as the "Cannot write" they replace did.
    @Test func differentRulesAreNamedInBothLanguages() {
        let failure = WizardFailure.bilingualPlan(
            .differentRules(first: "zh", second: "en", onlyFirst: ["meet-partner@1"], onlySecond: ["other@2"]))
        #expect(
            failure.message(in: .english)
                == "The plan in zh and the plan in en do not use the same rules (only in zh: meet-partner@1; "
                + "only in en: other@2), so they cannot be put side by side. The rule files or the questionnaire "
                + "treat the two languages differently: export each language on its own, and tell whoever maintains "
                + "the files. Nothing was written.")
        #expect(failure.message(in: .chinese).contains("（仅 zh 版有：meet-partner@1；仅 en 版有：other@2）"))
        #expect(failure.exitCode == 73)
    }

    /// The place two editions differ is named from the plan's root, the root in each language's words.
    @Test func aDifferentShapeNamesThePlaceInEachLanguage() {
        let failure = WizardFailure.bilingualPlan(
            .differentShape(first: "zh", second: "en", at: "the plan › answers › 3"))
        #expect(failure.message(in: .english).contains("differ at the plan › answers › 3, so"))
        #expect(failure.message(in: .chinese).contains("在“计划 › answers › 3”处不一致"))
        #expect(failure.exitCode == 73)
    }

    /// `export --language xx` speaks of the plan and keeps the usage exit code.
    @Test func aPlanLanguageThatIsMissingSpeaksOfThePlan() {
        let failure = WizardFailure.planLanguageUnavailable("xx", available: ["en", "zh"])
        #expect(
            failure.message(in: .english)
                == "The plan cannot be written in \"xx\": the questionnaire, the plan's rules and the wizard's own "
                + "words are not all written in it. Available: en, zh.")
        #expect(failure.exitCode == 64)
        #expect(WizardFailure.outputIsTheSession(path: "s.json").exitCode == 73)
        #expect(
            WizardFailure.outputIsTheSession(path: "s.json").message(in: .english)
                == "Cannot write s.json (it is the session file itself; choose another name for the plan).")
    }
}
