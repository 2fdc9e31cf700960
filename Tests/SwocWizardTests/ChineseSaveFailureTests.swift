import Foundation
import Messages
import PlanModel
import Storage
import Testing

@testable import SwocWizard

/// Issue 11, "every message and error": when a Chinese session cannot be
/// saved, the reason and the refusal of another place are in Chinese too
/// (they were English, through a bridge that always spoke English).
@Suite struct ChineseSaveFailureTests {
    let questionnaire: Questionnaire

    init() throws {
        questionnaire = try QuestionnaireLoader().load(directory: ChineseWizardFlowTests.fixture)
    }

    private func session(_ language: String) -> Session {
        Session(questionnaire: questionnaire, language: language, now: Date(timeIntervalSince1970: 1_800_000_000))
    }

    /// Issue 11: the reason a save failed is worded in the session's language.
    @Test func theReasonASaveFailedIsInChinese() {
        let terminal = ScriptedTerminal(lines: [])
        let saver = SessionSaver(url: URL(fileURLWithPath: "/proc/no-such-folder/s.json"))
        #expect(!saver.save(session("zh"), terminal: terminal))
        #expect(terminal.output.contains("无法保存：会话无法保存到 /proc/no-such-folder/s.json（文件夹不存在）。"))
        #expect(!terminal.output.contains("could not be saved"), "\(terminal.output)")
    }

    /// Issue 11: another place whose lock cannot be taken is refused in the session's language.
    @Test func anotherPlaceThatCannotBeLockedIsRefusedInChinese() {
        let terminal = ScriptedTerminal(lines: ["/proc/no-such-folder/other.json"])
        let saver = SessionSaver(url: URL(fileURLWithPath: "/proc/no-such-folder/s.json"))
        #expect(!saver.save(session("zh"), terminal: terminal))
        #expect(terminal.output.contains("无法以写入方式打开 /proc/no-such-folder/other.json"), "\(terminal.output)")
        #expect(!terminal.output.contains("cannot be opened for writing"))
    }

    /// The same failure in an English session keeps its English words.
    @Test func anEnglishSessionKeepsItsEnglishReason() {
        let terminal = ScriptedTerminal(lines: ["/proc/no-such-folder/other.json"])
        let saver = SessionSaver(url: URL(fileURLWithPath: "/proc/no-such-folder/s.json"))
        #expect(!saver.save(session("en"), terminal: terminal))
        // Messages are wrapped to the window (issue 13): read them as one line.
        let shown = terminal.output.replacingOccurrences(of: "\n", with: " ")
        #expect(
            shown.contains(
                "Could not save: The session could not be saved to /proc/no-such-folder/s.json "
                    + "(the folder does not exist)."))
        #expect(terminal.output.contains("/proc/no-such-folder/other.json cannot be opened for writing"))
    }
}
