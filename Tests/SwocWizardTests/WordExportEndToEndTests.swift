import Foundation
import Testing

/// Issue 12, through the real binary: `export --format docx` writes a Word
/// file on A4 through pandoc, says plainly how to get pandoc when it is
/// missing (exit 69) in the session's language, and never writes a Word file
/// to a terminal.
@Suite struct WordExportEndToEndTests {
    /// A session of `answers` (an examples/ file) in a fresh folder.
    private func session(_ answers: String = "examples/nottingham-ningbo.yaml", language: String = "en") throws -> URL {
        let directory = try BuiltBinary.workingDirectory()
        let path = BuiltBinary.repositoryRoot.appendingPathComponent(answers).path
        let made = try BuiltBinary.run(
            ["--answers", path, "--session", "s.json", "--language", language], in: directory)
        #expect(made.status == 0, "\(made.standardError)")
        return directory
    }

    /// A folder holding nothing but `tools` linked from this machine's PATH, to run the binary without the others.
    private func path(with tools: [String], in directory: URL) throws -> String {
        let folder = directory.appendingPathComponent("bin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let system = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for tool in tools {
            let found = system.split(separator: ":").map {
                URL(fileURLWithPath: String($0)).appendingPathComponent(tool)
            }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
            if let found {
                try FileManager.default.createSymbolicLink(
                    at: folder.appendingPathComponent(tool), withDestinationURL: found)
            }
        }
        return folder.path
    }

    /// The Word file itself needs pandoc here (CI installs it); the missing-pandoc tests do not.
    static var pandocInstalled: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/pandoc")
        }
    }

    /// Issue 12: without pandoc the export stops with exit 69, says how to get it, and writes nothing.
    @Test func withoutPandocTheExportSaysHowToGetIt() throws {
        let directory = try session()
        let result = try BuiltBinary.run(
            ["export", "s.json", "--format", "docx", "--output", "plan.docx"], in: directory,
            environment: ["PATH": try path(with: [], in: directory)])
        #expect(result.status == 69)
        #expect(result.standardError.contains("pandoc"))
        #expect(result.standardError.contains("apt install pandoc"))
        #expect(result.standardError.contains("https://pandoc.org/installing.html"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("plan.docx").path))
    }

    /// Issue 12: a Chinese session is told in Chinese.
    @Test func withoutPandocAChineseSessionIsToldInChinese() throws {
        let directory = try session("examples/ningbo-nottingham.zh.yaml", language: "zh")
        let result = try BuiltBinary.run(
            ["export", "s.json", "--format", "docx", "--output", "plan.docx"], in: directory,
            environment: ["PATH": try path(with: [], in: directory)])
        #expect(result.status == 69)
        #expect(result.standardError.contains("本机未安装 pandoc"))
    }

    /// Issue 12: with pandoc, the file is a Word document on A4 naming the cities, with the CJK font.
    @Test(.enabled(if: Self.pandocInstalled)) func theWordFileIsWrittenOnA4() throws {
        let directory = try session()
        let result = try BuiltBinary.run(
            ["export", "s.json", "--format", "docx", "--output", "plan.docx"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
        let docx = directory.appendingPathComponent("plan.docx")
        let data = try Data(contentsOf: docx)
        #expect(Array(data.prefix(2)) == [0x50, 0x4B], "a zip file")
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        unzip.arguments = [
            "python3", "-c",
            """
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            print(z.read("word/document.xml").decode()); print(z.read("word/styles.xml").decode())
            """, docx.path,
        ]
        let output = directory.appendingPathComponent("xml.txt")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        unzip.standardOutput = try FileHandle(forWritingTo: output)
        try unzip.run()
        unzip.waitUntilExit()
        let xml = try String(contentsOf: output, encoding: .utf8)
        #expect(xml.contains("Partnership plan: Nottingham – Ningbo"))
        #expect(xml.contains("w:w=\"11906\"") && xml.contains("w:h=\"16838\""), "A4")
        #expect(xml.contains("<w:pStyle w:val=\"Heading1\" />"), "real headings")
        #expect(xml.contains("w:eastAsia=\"Noto Sans CJK SC\""))
        #expect(xml.contains("<w:tblW w:type=\"pct\" w:w=\"5000\" />"), "tables span the page, with widths")
        #expect(!xml.contains("```mermaid") && !xml.contains("gantt"), "no Mermaid source")
    }

    /// Issue 12: without rsvg-convert pandoc cannot add the timeline's PNG copy; the export says so
    /// and still writes the file, with the SVG picture.
    @Test(.enabled(if: Self.pandocInstalled)) func withoutRsvgConvertTheFileIsStillWritten() throws {
        let directory = try session()
        let result = try BuiltBinary.run(
            ["export", "s.json", "--format", "docx", "--output", "plan.docx"], in: directory,
            environment: ["PATH": try path(with: ["pandoc"], in: directory)])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("rsvg-convert is not installed"))
        #expect(result.standardError.contains("sudo apt install librsvg2-bin"))
        let data = try Data(contentsOf: directory.appendingPathComponent("plan.docx"))
        #expect(Array(data.prefix(2)) == [0x50, 0x4B])
        let names = String(decoding: data, as: UTF8.self)
        #expect(names.contains("word/media/") && names.contains(".svg"), "the picture, as SVG")
    }

    /// Issue 12: a Word file is never written to a terminal; the export asks for --output.
    @Test func aWordFileIsNotWrittenToATerminal() throws {
        let directory = try session()
        let terminal = try PseudoTerminalProcess(
            executable: BuiltBinary.url, arguments: ["export", "s.json", "--format", "docx"], directory: directory)
        try terminal.expect("--output plan.docx")
        #expect(try terminal.waitForExit() == 64)
    }
}
