import Foundation
import PlanModel
import Storage
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Bad input, damaged files, two wizards on one file, kills and full disks:
/// the wizard must explain, keep every completed answer, and never corrupt or
/// change a file it cannot use.
@Suite(.serialized) struct HardeningEndToEndTests {
    // MARK: Hostile input at the prompt

    @Test func hostilePipedInputIsRefusedOrCleanedAndNothingIsLost() throws {
        let directory = try BuiltBinary.workingDirectory()
        var input = Data()
        input += Data(String(repeating: "x", count: 1_000_000).utf8) + Data("\n".utf8)  // a pasted megabyte
        input += Data("\u{1B}[31mRome\u{1B}[0m\u{07}\n".utf8)  // colour codes and a bell
        input += Data([0x49, 0x74, 0xFF, 0xFE, 0x61, 0x6C, 0x79, 0x0A])  // "It??aly", invalid UTF-8
        input += Data("european\n".utf8)
        input += Data("拉齐奥 Lazio\n\n\n\nno\n\n\n\n".utf8)  // region in Chinese, skip three, no partner, no city facts
        input += Data((1...300).map { "Strength number \($0)\n\n\n" }.joined().utf8)  // 300 SWOC entries
        input += Data("\n\n".utf8)  // the end of the list, and no entry marked as mattering most
        let result = try BuiltBinary.run(["--session", "s.json"], bytes: input, in: directory)
        #expect(result.status == 0)
        #expect(
            result.standardError.contains(
                "That answer is 1000000 characters long; the most one answer can hold is 5000"))
        let session = try SessionFile().load(from: directory.appendingPathComponent("s.json"))
        #expect(session.answers["city-name"] == .text("Rome"))
        #expect(session.answers["city-country"] == .text("It\u{FFFD}\u{FFFD}aly"))
        #expect(session.answers["city-region"] == .text("拉齐奥 Lazio"))
        guard case .swocEntries(let strengths) = session.answers["strengths"] else {
            Issue.record("no strengths saved")
            return
        }
        #expect(strengths.count == 300)
        #expect(strengths.last?.text == "Strength number 300")
        #expect(session.finished.contains("strengths"))
    }

    /// On a real terminal: Chinese is edited by character (Backspace removes
    /// one character, not one byte), and a paste full of escape codes is saved clean.
    @Test func chineseAndPastedEscapeCodesOnAReadlineTerminal() throws {
        let directory = try BuiltBinary.workingDirectory()
        let wizard = try PseudoTerminalProcess(
            executable: BuiltBinary.url, arguments: ["--session", "t.json"], directory: directory)
        try wizard.expect("What is the name of your city?")
        try wizard.expect("> ")
        wizard.type("宁波市\u{7F}\r")
        try wizard.expect("Which country")
        try wizard.expect("> ")
        // A bracketed paste, as terminals send it, with colour codes and a title sequence inside.
        wizard.type("\u{1B}[200~Chi\u{1B}[31mna\u{1B}]0;title\u{07} 中国\u{1B}[0m\u{1B}[201~\r")
        try wizard.expect("European or a Chinese city?")
        try wizard.expect("> ")
        wizard.type("\u{04}")
        #expect(try wizard.waitForExit() == 0)
        let session = try SessionFile().load(from: directory.appendingPathComponent("t.json"))
        #expect(session.answers["city-name"] == .text("宁波"))
        #expect(session.answers["city-country"] == .text("China 中国"))
    }

    // MARK: Damaged session files, for every command that reads one

    @Test(arguments: [
        ("empty", "", "is empty"),
        ("truncated", "{\"schemaVersion\": 2,\n\"questionnaireID\": \"eu-china", "stops in the middle, at line 2"),
        ("not JSON", "city: Rome\n", "is damaged or is not a session file"),
        ("other shape", "{\"schemaVersion\": 2, \"city\": \"Rome\"}", "does not look like a swoc-wizard session"),
        ("newer", "{\"schemaVersion\": 3}", "was written by a newer swoc-wizard (format 3"),
    ])
    func damagedSessionFilesAreNamedAndLeftUntouched(kind: String, contents: String, expected: String) throws {
        let directory = try BuiltBinary.workingDirectory()
        let file = directory.appendingPathComponent("damaged.json")
        try Data(contents.utf8).write(to: file)
        let example = BuiltBinary.repositoryRoot.appendingPathComponent("examples/stavanger-yantai.yaml").path
        #expect(try BuiltBinary.run(["--answers", example, "--session", "good.json"], in: directory).status == 0)
        let commands = [
            ["resume", "damaged.json"], ["revive", "damaged.json"], ["suggest", "damaged.json"],
            ["export", "damaged.json"], ["diff", "damaged.json"], ["diff", "good.json", "damaged.json"],
            ["match", "damaged.json", "good.json"], ["match", "good.json", "damaged.json"],
        ]
        for command in commands {
            let result = try BuiltBinary.run(command, in: directory)
            #expect(result.status == 65, "\(kind): \(command)")
            #expect(result.standardError.contains("damaged.json"), "\(kind): \(command)")
            #expect(result.standardError.contains(expected), "\(kind): \(command): \(result.standardError)")
        }
        #expect(try Data(contentsOf: file) == Data(contents.utf8), "\(kind): the file was changed")
    }

    // MARK: Two wizards on one file

    @Test func aSecondWizardIsRefusedUntilTheFirstEndsEvenByAKill() throws {
        let directory = try BuiltBinary.workingDirectory()
        let first = try PseudoTerminalProcess(
            executable: BuiltBinary.url, arguments: ["--session", "shared.json"], directory: directory)
        try first.expect("What is the name of your city?")
        try first.expect("> ")
        let second = try BuiltBinary.run(["resume", "shared.json"], input: "Bonn\n", in: directory)
        #expect(second.status == 75)
        #expect(second.standardError.contains("shared.json is open in another swoc-wizard (process \(first.pid))"))
        let revive = try BuiltBinary.run(["revive", "shared.json"], in: directory)
        #expect(revive.status == 75)
        // A killed wizard does not leave the file locked.
        _ = try first.killNow()
        let third = try BuiltBinary.run(["resume", "shared.json"], input: "Bonn\n", in: directory)
        #expect(third.status == 0, "\(third.standardError)")
        #expect(
            try SessionFile().load(from: directory.appendingPathComponent("shared.json")).answers["city-name"]
                == .text("Bonn"))
    }

    @Test func aLinkToASessionIsLockedLikeTheSessionItself() throws {
        let directory = try BuiltBinary.workingDirectory()
        let first = try PseudoTerminalProcess(
            executable: BuiltBinary.url, arguments: ["--session", "real.json"], directory: directory)
        try first.expect("What is the name of your city?")
        try first.expect("> ")
        first.type("Ghent\r")
        try first.expect("Which country")
        try FileManager.default.createSymbolicLink(
            at: directory.appendingPathComponent("link.json"),
            withDestinationURL: directory.appendingPathComponent("real.json"))
        let second = try BuiltBinary.run(["resume", "link.json"], input: "Bruges\n", in: directory)
        #expect(second.status == 75, "\(second.standardError)")
        _ = try first.killNow()
        let destination = try FileManager.default.destinationOfSymbolicLink(
            atPath: directory.appendingPathComponent("link.json").path)
        #expect(destination.hasSuffix("real.json"), "the link is still a link")
    }

    /// Lesser item of issue 14: a hard link (another name for the same file)
    /// got a lock of its own, so two wizards could write one session.
    @Test func aHardLinkToAnOpenSessionIsRefused() throws {
        let directory = try BuiltBinary.workingDirectory()
        let example = BuiltBinary.repositoryRoot.appendingPathComponent("examples/stavanger-yantai.yaml").path
        #expect(try BuiltBinary.run(["--answers", example, "--session", "real.json"], in: directory).status == 0)
        let real = directory.appendingPathComponent("real.json").path
        let other = directory.appendingPathComponent("other-name.json").path
        #expect(link(real, other) == 0)
        let first = try PseudoTerminalProcess(
            executable: BuiltBinary.url, arguments: ["resume", "real.json", "--step", "0"], directory: directory)
        try first.expect("What is the name of your city?")
        try first.expect("> ")
        let second = try BuiltBinary.run(
            ["resume", "other-name.json", "--step", "0"], input: "Bergen\n", in: directory)
        #expect(second.status == 75, "\(second.standardError)")
        #expect(second.standardError.contains("other-name.json is open in another swoc-wizard"))
        _ = try first.killNow()
    }

    /// A SWOC entry is saved as soon as its text is accepted, before its
    /// cooperation areas and actor are asked.
    @Test func aSwocEntryKilledDuringItsDetailsIsKept() throws {
        let directory = try BuiltBinary.workingDirectory()
        let example = BuiltBinary.repositoryRoot.appendingPathComponent("examples/stavanger-yantai.yaml").path
        #expect(try BuiltBinary.run(["--answers", example, "--session", "s.json"], in: directory).status == 0)
        let wizard = try PseudoTerminalProcess(
            executable: BuiltBinary.url, arguments: ["resume", "s.json", "--step", "1"], directory: directory)
        try wizard.expect("Strength 1> ")
        wizard.type("\u{15}A brand-new strength\r")
        try wizard.expect("Areas (")
        _ = try wizard.killNow()
        let session = try SessionFile().load(from: directory.appendingPathComponent("s.json"))
        guard case .swocEntries(let strengths) = session.answers["strengths"] else {
            Issue.record("strengths lost")
            return
        }
        #expect(strengths.first?.text == "A brand-new strength")
    }

    // MARK: kill -9 at any moment

    /// Types answers and kills the wizard at a random moment, several times:
    /// every answer the wizard had accepted (it had moved on to the next
    /// question) must be in the file, and the file must always load.
    @Test func killingTheWizardAtRandomMomentsLosesNoCompletedAnswer() throws {
        let answers = ["Ghent", "Belgium", "european", "East Flanders", "International office", "3", "1, 3", "no"]
        var generator = SeededGenerator.fromEnvironment(test: "kill test")
        for round in 0..<6 {
            let directory = try BuiltBinary.workingDirectory()
            let wizard = try PseudoTerminalProcess(
                executable: BuiltBinary.url, arguments: ["--session", "k.json"], directory: directory)
            let answered = Int.random(in: 0...answers.count, using: &generator)
            var completed: [String] = []
            try wizard.expect("> ")
            for answer in answers.prefix(answered) {
                wizard.type(answer + "\r")
                try wizard.expect(["> ", "Strength 1> "])
                completed.append(answer)
            }
            // Kill at a random moment: between answers, halfway through typing one, or just after Enter.
            switch Int.random(in: 0...2, using: &generator) {
            case 0: break
            case 1: wizard.type("Half an ans")
            default: if answered < answers.count { wizard.type(answers[answered] + "\r") }
            }
            usleep(UInt32.random(in: 0...20_000, using: &generator))
            #expect(try wizard.killNow() == 128 + SIGKILL)

            let session = try SessionFile().load(from: directory.appendingPathComponent("k.json"))
            let ids = ["city-name", "city-country", "city-side", "city-region", "international-office"]
            for (index, id) in ids.enumerated() where index < completed.count {
                #expect(session.answers[id] == .text(completed[index]), "round \(round): \(id) lost")
            }
            if completed.count > 5 { #expect(session.answers["international-staff"] == .number(3), "round \(round)") }
            if completed.count > 7 { #expect(session.answers["has-partner"] == .flag(false), "round \(round)") }
            let resumed = try BuiltBinary.run(["resume", "k.json"], input: "", in: directory)
            #expect(resumed.status == 0, "round \(round): \(resumed.standardError)")
        }
    }

    // MARK: Full and read-only disks

    /// A tiny file system, so that "disk full" and "read-only" are real.
    /// Needs root (as CI and this machine have); without root the tests are
    /// skipped and say so, and as root a mount that fails is a failure with
    /// the reason, never a silent pass.
    private static func tinyDisk() throws -> URL {
        let mountPoint = FileManager.default.temporaryDirectory.appendingPathComponent("tiny-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint.path]
        let errors = Pipe()
        mount.standardError = errors
        try mount.run()
        mount.waitUntilExit()
        guard mount.terminationStatus == 0 else {
            let reason = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw SetUpFailure(description: "cannot mount a small tmpfs as root: \(reason)")
        }
        return mountPoint
    }

    struct SetUpFailure: Error, CustomStringConvertible {
        var description: String
    }

    private static func remountReadOnly(_ disk: URL) throws {
        let remount = Process()
        remount.executableURL = URL(fileURLWithPath: "/bin/mount")
        remount.arguments = ["-o", "remount,ro", disk.path]
        try remount.run()
        remount.waitUntilExit()
        guard remount.terminationStatus == 0 else { throw SetUpFailure(description: "cannot remount read-only") }
    }

    private static func unmount(_ url: URL) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/umount")
        process.arguments = [url.path]
        try? process.run()
        process.waitUntilExit()
    }

    /// On a terminal a full disk is explained and the person can give another place.
    @Test(.enabled(if: getuid() == 0, "needs root to mount a small file system"))
    func aFullDiskIsExplainedAndTheAnswersGoElsewhere() throws {
        let disk = try Self.tinyDisk()
        defer { Self.unmount(disk) }
        // Fill the disk so that not even a new session fits.
        try Data(repeating: 0, count: 64 * 1024).write(to: disk.appendingPathComponent("filler"))
        let directory = try BuiltBinary.workingDirectory()
        let rescue = directory.appendingPathComponent("rescue.json").path
        let wizard = try PseudoTerminalProcess(
            executable: BuiltBinary.url, arguments: ["--session", disk.appendingPathComponent("s.json").path],
            directory: directory)
        // The message is wrapped to the window (issue 13), so its last words are looked for.
        try wizard.expect("disk is full).")
        try wizard.expect("Save to> ")
        wizard.type(rescue + "\r")
        try wizard.expect("What is the name of your city?")
        try wizard.expect("> ")
        wizard.type("Ghent\r")
        try wizard.expect("Which country")
        try wizard.expect("> ")
        wizard.type("\u{04}")
        #expect(try wizard.waitForExit() == 0)
        #expect(try SessionFile().load(from: URL(fileURLWithPath: rescue)).answers["city-name"] == .text("Ghent"))
    }

    /// Issue 14, item 2: with piped answers a full disk stops the wizard
    /// (exit 73); the next answer is never taken for a file name.
    @Test(.enabled(if: getuid() == 0, "needs root to mount a small file system"))
    func aFullDiskWithPipedAnswersStopsAndNamesWhereNothingWasSaved() throws {
        let disk = try Self.tinyDisk()
        defer { Self.unmount(disk) }
        try Data(repeating: 0, count: 64 * 1024).write(to: disk.appendingPathComponent("filler"))
        let directory = try BuiltBinary.workingDirectory()
        let session = disk.appendingPathComponent("s.json").path
        let result = try BuiltBinary.run(["--session", session], input: "Rome\nItaly\nLazio\n", in: directory)
        #expect(result.status == 73)
        #expect(result.standardError.contains("(the disk is full)"))
        #expect(result.standardError.contains(session))
        #expect(!result.standardError.contains("Save to>"))
        #expect(!result.standardError.contains("What is the name of your city?"), "no question may be asked")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("Rome").path))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("Italy").path))
    }

    /// Issue 14, item 3: on a read-only disk the lock file cannot be created;
    /// that was silently skipped, so two `resume` runs could both write.
    /// Now `resume` is refused with the reason and the file is left alone.
    @Test(.enabled(if: getuid() == 0, "needs root to mount a small file system"))
    func aSessionWhoseLockCannotBeTakenIsNotOpened() throws {
        let disk = try Self.tinyDisk()
        defer { Self.unmount(disk) }
        let example = BuiltBinary.repositoryRoot.appendingPathComponent("examples/stavanger-yantai.yaml").path
        let directory = try BuiltBinary.workingDirectory()
        let session = disk.appendingPathComponent("s.json")
        #expect(try BuiltBinary.run(["--answers", example, "--session", session.path], in: directory).status == 0)
        try FileManager.default.removeItem(at: SessionLock.lockURL(for: session))
        let before = try Data(contentsOf: session)
        try Self.remountReadOnly(disk)
        for arguments in [["resume", session.path, "--step", "1"], ["revive", session.path]] {
            let command = arguments[0]
            let result = try BuiltBinary.run(arguments, input: "x\n", in: directory)
            #expect(result.status == 73, "\(command): \(result.standardError)")
            #expect(result.standardError.contains("cannot be opened for writing"), "\(command)")
            #expect(result.standardError.contains("the disk is read-only"), "\(command)")
        }
        #expect(try Data(contentsOf: session) == before)
    }

    /// Issue 14, item 12: on a full disk a plan was cut at 12 KB and the
    /// command exited 0. Through --output nothing partial is left; through a
    /// redirect the failure is reported (exit 73).
    @Test(.enabled(if: getuid() == 0, "needs root to mount a small file system"))
    func aPlanThatDoesNotFitOnTheDiskIsAnError() throws {
        let disk = try Self.tinyDisk()
        defer { Self.unmount(disk) }
        let example = BuiltBinary.repositoryRoot.appendingPathComponent("examples/nottingham-ningbo.yaml").path
        let directory = try BuiltBinary.workingDirectory()
        #expect(try BuiltBinary.run(["--answers", example, "--session", "s.json"], in: directory).status == 0)
        try Data(repeating: 0, count: 60 * 1024).write(to: disk.appendingPathComponent("filler"))
        let plan = disk.appendingPathComponent("plan.md")
        let direct = try BuiltBinary.run(
            ["export", "s.json", "--format", "md", "--output", plan.path], in: directory)
        #expect(direct.status == 73)
        #expect(direct.standardError.contains("(the disk is full)"))
        #expect(!FileManager.default.fileExists(atPath: plan.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path) == ["filler"])

        let redirected = disk.appendingPathComponent("redirected.md")
        _ = FileManager.default.createFile(atPath: redirected.path, contents: nil)
        let result = try BuiltBinary.run(
            ["export", "s.json", "--format", "md"], in: directory, outputTo: redirected.path)
        #expect(result.status == 73)
        #expect(result.standardError.contains("could not be written to standard output (the disk is full)"))
    }

    @Test(.enabled(if: getuid() == 0, "needs root to mount a small file system"))
    func aReadOnlyFolderIsExplained() throws {
        let disk = try Self.tinyDisk()
        defer { Self.unmount(disk) }
        try Self.remountReadOnly(disk)
        let directory = try BuiltBinary.workingDirectory()
        let result = try BuiltBinary.run(
            ["--session", disk.appendingPathComponent("s.json").path], input: "", in: directory)
        #expect(result.standardError.contains("(the disk is read-only)"))
        #expect(result.status == 73)
    }
}

/// A small deterministic generator, so a failing kill test can be rerun with its seed.
struct SeededGenerator: RandomNumberGenerator {
    let seed: UInt64
    private var state: UInt64

    init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    /// The fixed default seed, or SWOC_TEST_SEED's when set, printed so a
    /// failing run can be repeated exactly: `SWOC_TEST_SEED=N swift test`.
    static func fromEnvironment(test: String, default seed: UInt64 = 20_261_201) -> SeededGenerator {
        let chosen = ProcessInfo.processInfo.environment["SWOC_TEST_SEED"].flatMap { UInt64($0) } ?? seed
        print("\(test) seed: \(chosen) (set SWOC_TEST_SEED to change it)")
        return SeededGenerator(seed: chosen)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
