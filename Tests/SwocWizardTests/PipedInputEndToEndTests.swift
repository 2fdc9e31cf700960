import Foundation
import Testing

/// Issue 13: a script that pipes answers into the wizard learns when its last
/// line was refused — the input ended on it, so the session is not what the
/// script meant — by a non-zero exit; an input that ends on an accepted
/// answer (or is corrected) still pauses with 0.
@Suite struct PipedInputEndToEndTests {
    @Test func inputEndingOnARefusedAnswerExits65() throws {
        let directory = try BuiltBinary.workingDirectory()
        let result = try BuiltBinary.run(
            ["--session", "s.json", "--language", "en"], input: "Oslo\nNorway\nmaybe\n", in: directory)
        #expect(result.status == 65, "\(result.standardError)")
        let said = result.standardOutput + result.standardError
        #expect(said.contains("\"maybe\" is not one of the choices"))
        #expect(said.contains("The input ended right after an answer to city-side that was refused"))
        // The answers before it are kept.
        let saved = try String(contentsOf: directory.appendingPathComponent("s.json"), encoding: .utf8)
        #expect(saved.contains("Oslo") && saved.contains("Norway"))
    }

    @Test func aCorrectedAnswerOrAnAcceptedLastLinePausesWithZero() throws {
        let directory = try BuiltBinary.workingDirectory()
        let corrected = try BuiltBinary.run(
            ["--session", "a.json", "--language", "en"], input: "Oslo\nNorway\nmaybe\n1\n", in: directory)
        #expect(corrected.status == 0, "\(corrected.standardError)")
        let accepted = try BuiltBinary.run(
            ["--session", "b.json", "--language", "en"], input: "Oslo\n", in: directory)
        #expect(accepted.status == 0, "\(accepted.standardError)")
        #expect(!(accepted.standardOutput + accepted.standardError).contains("was refused"))
    }

    /// The same in a Chinese session, in Chinese.
    @Test func inputEndingOnARefusedChineseAnswerSaysSoInChinese() throws {
        let directory = try BuiltBinary.workingDirectory()
        let result = try BuiltBinary.run(
            ["--session", "z.json", "--language", "zh"], input: "宁波\n中国\n也许\n", in: directory)
        #expect(result.status == 65, "\(result.standardError)")
        #expect((result.standardOutput + result.standardError).contains("未被接受的回答之后结束"))
    }
}
