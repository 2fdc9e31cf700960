import Foundation
import PlanModel
import PropertyBased
import Storage
import Testing

/// Random and mutated inputs for the session and questionnaire loaders: they
/// must never crash, must answer with either a result or named problems, and
/// must never change the file they read.
@Suite struct LoaderPropertyTests {
    static let validSession: Data = {
        let url = TestQuestionnaires.repositoryRoot.appendingPathComponent(
            "Tests/Fixtures/sessions/manchester-wuhan-v1.json")
        return try! Data(contentsOf: url)
    }()

    /// Bytes that make JSON interesting: structure, quotes, escapes, digits, UTF-8 lead bytes.
    static let interestingBytes: [UInt8] =
        Array("{}[]\":,\\0123456789-.eEtrufalsn \n".utf8) + [0x00, 0xC3, 0xA9, 0xFF, 0xE4]

    /// A valid session file with a few bytes replaced, inserted or cut.
    static let mutatedSession = PropertyBased.zip(
        Gen.int(in: 0...(validSession.count - 1)).array(of: 1...6),
        Gen.int(in: 0...(interestingBytes.count - 1)).array(of: 1...6),
        Gen.int(in: 0...2)
    ).map { positions, picks, mode -> Data in
        var data = validSession
        for (position, pick) in zip(positions, picks) {
            let byte = interestingBytes[pick]
            switch mode {
            case 0: data[position] = byte
            case 1: data.insert(byte, at: position)
            default: data = data.prefix(position)
            }
            if data.isEmpty { break }
        }
        return data
    }

    @Test func mutatedSessionFilesNeverCrashTheLoaderNorChange() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-\(UUID().uuidString).json")
        await propertyCheck(count: 300, input: Self.mutatedSession) { data in
            try? data.write(to: url)
            do {
                let session = try SessionFile().load(from: url)
                #expect(session.schemaVersion == Session.currentSchemaVersion)
            } catch let error as SessionFileError {
                #expect(error.path.contains(url.lastPathComponent), "the message names the file: \(error)")
            }
            #expect((try? Data(contentsOf: url)) == data, "loading never changes the file")
        }
    }

    @Test func randomBytesAreRefusedWithAMessage() async {
        await propertyCheck(count: 300, input: Gen.uint8().array(of: 0...200)) { bytes in
            do {
                _ = try SessionStore().decode(Data(bytes), path: "random.json")
                Issue.record("random bytes were accepted as a session: \(bytes)")
            } catch let error as SessionFileError {
                #expect(error.path == "random.json")
            }
        }
    }

    /// A step file of the small questionnaire with lines dropped, duplicated or garbled.
    static let stepLines = TestQuestionnaires.stepTwo.split(separator: "\n", omittingEmptySubsequences: false).map(
        String.init)

    static let garbage = [
        "", "  - id: x", "kind: [", "    when: {question: nowhere, equals: 1}", "\t", "choices: nothing", ": :",
        "    colour: red",
    ]

    static let mutatedStep = PropertyBased.zip(
        Gen.int(in: 0...(stepLines.count - 1)).array(of: 1...4),
        Gen.int(in: 0...(garbage.count - 1)).array(of: 1...4)
    ).map { positions, picks -> String in
        var lines = stepLines
        for (position, pick) in zip(positions, picks) { lines[position] = garbage[pick] }
        return lines.joined(separator: "\n")
    }

    @Test func mutatedQuestionnairesLoadWholeOrReportEveryProblemWithItsFile() async throws {
        await propertyCheck(count: 150, input: Self.mutatedStep) { step in
            guard let directory = try? TestQuestionnaires.small(["two.yaml": step]) else { return }
            do {
                let questionnaire = try QuestionnaireLoader().load(directory: directory)
                #expect(!questionnaire.questions.isEmpty)
            } catch let error as QuestionnaireError {
                #expect(!error.problems.isEmpty)
                for problem in error.problems {
                    #expect(problem.file.hasSuffix(".yaml"), "every problem names its file: \(problem)")
                    #expect(problem.line != nil, "every problem in a garbled step names its line: \(problem)")
                }
            }
        }
    }
}
