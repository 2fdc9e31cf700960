import Messages
import PlanModel
import Testing

@testable import SwocWizard

/// Issue 11: the language a command speaks, from --language, the session or
/// the environment (LC_ALL, LC_MESSAGES, LANG), decided in one place.
@Suite struct LanguageChoiceTests {
    /// Texts of a questionnaire and a catalogue written in `languages`, one site each.
    private func translations(questionnaire: Set<String>, rules: Set<String>) -> TranslationCheck {
        TranslationCheck(
            questionnaire: [
                TextSite(
                    file: "questionnaires/step-0-profile.yaml", line: 12, context: "question \"city-name\" prompt",
                    languages: questionnaire),
                TextSite(file: "questionnaires/manifest.yaml", line: 4, context: "title", languages: ["en"]),
            ],
            rules: [
                TextSite(
                    file: "rules/activities.yaml", line: 18, context: "activity \"find-partner\" title",
                    languages: rules)
            ],
            defaultLanguage: "en")
    }

    private var complete: TranslationCheck {
        var check = translations(questionnaire: ["en", "zh"], rules: ["en", "zh"])
        check.questionnaire[1].languages = ["en", "zh"]
        return check
    }

    /// The environment's locale names the language; C, POSIX and nothing set name none.
    @Test(
        arguments: [
            (["LANG": "zh_CN.UTF-8"], "zh"), (["LANG": "en_GB"], "en"), (["LANG": "de_DE.UTF-8@euro"], "de"),
            (["LANG": "C"], nil), (["LANG": "C.UTF-8"], nil), (["LANG": "POSIX"], nil), ([:], nil), (["LANG": ""], nil),
        ] as [([String: String], String?)])
    func theLocaleNamesTheLanguage(environment: [String: String], expected: String?) {
        #expect(LanguageChoice(environment: environment).requested == expected)
    }

    /// LC_ALL, then LC_MESSAGES, then LANG, as POSIX consults them: the first one
    /// set decides, even when it says C; an empty one is as if unset.
    @Test func lcAllThenLcMessagesThenLang() {
        #expect(LanguageChoice(environment: ["LC_ALL": "zh_CN.UTF-8", "LANG": "en_GB"]).requested == "zh")
        #expect(LanguageChoice(environment: ["LC_MESSAGES": "zh_TW", "LANG": "en_GB"]).requested == "zh")
        #expect(LanguageChoice(environment: ["LC_ALL": "C", "LANG": "zh_CN.UTF-8"]).requested == nil)
        #expect(LanguageChoice(environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "zh_CN"]).requested == "zh")
    }

    /// Messages before a session is known are in the environment's language
    /// when the program speaks it, else English.
    @Test func earlyMessagesFollowTheEnvironmentWhenSpoken() {
        #expect(LanguageChoice(environment: ["LANG": "zh_CN.UTF-8"]).messages.language == "zh")
        #expect(LanguageChoice(environment: ["LANG": "de_DE.UTF-8"]).messages.language == "en")
        #expect(LanguageChoice(environment: [:]).messages.language == "en")
    }

    /// A new session takes the environment's language only when it is complete.
    @Test func aNewSessionTakesTheEnvironmentsLanguageWhenComplete() throws {
        let chinese = LanguageChoice(environment: ["LANG": "zh_CN.UTF-8"])
        #expect(try chinese.forNewSession(explicit: nil, translations: complete).language == "zh")
        let partial = try chinese.forNewSession(
            explicit: nil, translations: translations(questionnaire: ["en", "zh"], rules: ["en"]))
        #expect(partial.language == "en")
        #expect(partial.unusable?.rules.count == 1, "a translation under way is noted")
        let german = try LanguageChoice(environment: ["LANG": "de_DE.UTF-8"])
            .forNewSession(explicit: nil, translations: complete)
        #expect(german.language == "en")
        #expect(german.unusable == nil, "a language nobody started on is not worth a note")
        #expect(
            try LanguageChoice(environment: [:]).forNewSession(explicit: nil, translations: complete).language == "en")
    }

    /// --language wins over the environment, and is refused when incomplete.
    @Test func anExplicitLanguageMustBeComplete() throws {
        let english = LanguageChoice(environment: ["LANG": "en_GB"])
        #expect(try english.forNewSession(explicit: "zh", translations: complete).language == "zh")
        #expect(throws: WizardFailure.self) {
            try english.forNewSession(
                explicit: "zh", translations: translations(questionnaire: ["en"], rules: ["en", "zh"]))
        }
        do {
            _ = try english.forNewSession(
                explicit: "zh", translations: translations(questionnaire: ["en", "zh"], rules: ["en"]))
            Issue.record("an incomplete language was accepted")
        } catch {
            guard case .languageIncomplete(let gaps, let available, let list, nil) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(gaps.questionnaire.count == 1 && gaps.rules.count == 1)
            #expect(available == ["en"])
            // The command itself follows how the program was started (`Invocation`).
            #expect(list == "\(Invocation.command) translations zh")
        }
    }

    /// A language complete in the files but not in the program's own words is refused, naming those it speaks.
    @Test func aLanguageTheProgramDoesNotSpeakIsRefused() {
        var french = translations(questionnaire: ["en", "fr"], rules: ["en", "fr"])
        french.questionnaire[1].languages = ["en", "fr"]
        do {
            _ = try LanguageChoice(environment: [:]).forNewSession(explicit: "fr", translations: french)
            Issue.record("fr was accepted")
        } catch {
            guard case .languageNotSpoken("fr", let spoken) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(spoken == Messages.all.map(\.language))
        }
    }

    /// A saved session continues in its language, or switches with --language;
    /// an incomplete one is refused with how to switch.
    @Test func aSavedSessionKeepsOrSwitchesItsLanguage() throws {
        let choice = LanguageChoice(environment: ["LANG": "en_GB"])
        #expect(try choice.forSavedSession(stored: "zh", explicit: nil, translations: complete, file: "s.json") == "zh")
        #expect(
            try choice.forSavedSession(stored: "zh", explicit: "en", translations: complete, file: "s.json") == "en")
        #expect(
            try choice.forSavedSession(stored: "en", explicit: "zh", translations: complete, file: "s.json") == "zh")
        do {
            _ = try choice.forSavedSession(
                stored: "zh", explicit: nil, translations: translations(questionnaire: ["en", "zh"], rules: ["en"]),
                file: "my session.json")
            Issue.record("an incomplete stored language was accepted")
        } catch {
            guard case .languageIncomplete(_, _, _, let resume) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(resume == "\(Invocation.command) resume 'my session.json'")
        }
    }

    /// The list of what is missing names each text by file and line.
    @Test func gapsNameEachTextByFileAndLine() {
        let gaps = translations(questionnaire: ["en"], rules: ["en"]).gaps(in: "zh")
        #expect(
            gaps.lines == [
                "questionnaires/step-0-profile.yaml:12: question \"city-name\" prompt",
                "questionnaires/manifest.yaml:4: title",
                "rules/activities.yaml:18: activity \"find-partner\" title",
            ])
        #expect(!gaps.isComplete)
        #expect(complete.gaps(in: "zh").isComplete)
        #expect(complete.readyLanguages == ["en", "zh"])
    }
}
