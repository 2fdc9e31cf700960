import Foundation
import PlanModel
import Testing

/// Issue 15, speed: the byte scan that reads a portfolio's sessions gives,
/// for every fixture, the same match profile as the full decoder, and
/// refuses every file the full decoder refuses for what the profile reads
/// (a damaged earlier round, which match-making never reads, is no reason).
@Suite struct MatchingSessionReaderTests {
    let questionnaire: Questionnaire
    let maker: MatchMaker
    let reader: MatchingSessionReader
    static let root = TestQuestionnaires.repositoryRoot

    init() throws {
        questionnaire = try TestQuestionnaires.builtIn()
        maker = MatchMaker(questionnaire: questionnaire, catalog: ReportPairCatalog(pairs: []))
        reader = MatchingSessionReader(questionnaire: questionnaire)
    }

    /// Every session file among the fixtures, and every answers file (examples
    /// and fixtures) saved as a session, pretty as the wizard writes it and compact.
    private func fixtures() throws -> [(name: String, data: Data)] {
        var result: [(name: String, data: Data)] = []
        let files = FileManager.default.enumerator(
            at: Self.root.appendingPathComponent("Tests/Fixtures"), includingPropertiesForKeys: nil)
        let all =
            (files?.allObjects as? [URL] ?? [])
            + [
                "examples/manchester-wuhan.yaml", "examples/nottingham-ningbo.yaml", "examples/stavanger-yantai.yaml",
                "examples/ningbo-nottingham.zh.yaml",
            ].map { Self.root.appendingPathComponent($0) }
        for url in all.sorted(by: { $0.path < $1.path }) {
            if url.pathExtension == "json", url.path.contains("session") {
                result.append((url.lastPathComponent, try Data(contentsOf: url)))
            } else if url.pathExtension == "yaml", !url.path.contains("questionnaire"), !url.path.contains("rules"),
                !url.path.contains("hostile"), !url.path.contains("golden"),
                let text = try? String(contentsOf: url, encoding: .utf8),
                let session = try? AnswersImport(
                    questionnaire: questionnaire, language: url.path.contains("zh") ? "zh" : "en"
                ).run(text: text, now: Date(timeIntervalSince1970: 1_600_000_000)).session
            {
                let pretty = try SessionStore.encoder().encode(session)
                result.append((url.lastPathComponent, pretty))
                let compact = try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: pretty))
                result.append((url.lastPathComponent + " (compact)", compact))
            }
        }
        return result
    }

    @Test func theByteScanGivesTheFullDecodersProfileForEveryFixture() throws {
        let fixtures = try fixtures()
        #expect(fixtures.count > 30)
        var compared = 0
        for (name, data) in fixtures {
            let full = try? SessionStore(questionnaire: questionnaire).decode(data, path: name)
            let quick = reader.read(data)
            guard let full else {
                // Only a problem in what match-making never reads (the earlier
                // rounds) may leave a file the scan still reads.
                if quick != nil {
                    var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
                    object["previousRounds"] = []
                    let current = try JSONSerialization.data(withJSONObject: object)
                    #expect(
                        (try? SessionStore(questionnaire: questionnaire).decode(current, path: name)) != nil,
                        "\(name): the full decoder refuses it, so must the scan")
                }
                continue
            }
            // A file the scan leaves to the full reader is still ranked, only more slowly.
            guard let quick else { continue }
            compared += 1
            #expect(maker.profile(quick) == maker.profile(full), "\(name)")
            #expect(
                reader.profile(quick, index: maker.index) == maker.profile(full), "\(name): on the wanted questions")
            #expect(quick.createdAt == full.createdAt, "\(name)")
            #expect(quick.language == full.language, "\(name)")
        }
        #expect(compared > 30, "the scan reads the wizard's own files itself")
    }

    /// Escapes, surrogate pairs and unknown fields are read as the decoder reads them; damage is refused.
    @Test func escapesAndDamageAreReadAsTheDecoderReadsThem() throws {
        let base = try #require(try fixtures().first { $0.name == "rome.yaml" }?.data)
        var text = String(decoding: base, as: UTF8.self)
        text = text.replacingOccurrences(of: "\"Rome\"", with: "\"R\\u00f4me \\ud83c\\udfdb\\t\\\"\\/\"")
        text = text.replacingOccurrences(
            of: "\"answers\" : {", with: "\"extra\" : [1.5e3, -0, {\"a\": [null, true, false]}],\n\"answers\" : {")
        let edited = Data(text.utf8)
        let full = try SessionStore(questionnaire: questionnaire).decode(edited, path: "edited")
        let quick = try #require(reader.read(edited))
        #expect(quick.answers["city-name"] == .text("Rôme 🏛\t\"/"))
        #expect(maker.profile(quick) == maker.profile(full))
        for damaged in [
            String(text.dropLast(3)), text.replacingOccurrences(of: "\"R\\u00f4me", with: "\"R\u{01}me"),
            text.replacingOccurrences(of: "1.5e3", with: "1.5e"), text.replacingOccurrences(of: "true", with: "tru"),
        ] {
            #expect(reader.read(Data(damaged.utf8)) == nil)
        }
    }

    /// Issue 15, speed: the scan checks ids against the vocabulary of the
    /// very field they are in, as it reads them. An id of another list (an
    /// actor where an area belongs), a blank text or a trailing comma is
    /// refused, as the full reader refuses it; an answer given twice, or a
    /// key or an id written with an escape, the scan leaves to the full
    /// reader, which reads it.
    @Test func idsAndKeysAreCheckedWhereTheyStandAndEscapesGoToTheFullReader() throws {
        let base = String(decoding: try #require(try fixtures().first { $0.name == "rome.yaml" }?.data), as: UTF8.self)
        let store = SessionStore(questionnaire: questionnaire)
        let entry = try #require(base.range(of: "\"areas\" : [\n"))
        let refused: [(what: String, text: String)] = [
            ("an actor id as an area", base.replacingCharacters(in: entry, with: "\"areas\" : [\n\"academia\",\n")),
            ("an unknown area", base.replacingCharacters(in: entry, with: "\"areas\" : [\n\"not-an-area\",\n")),
            ("a trailing comma", base.replacingOccurrences(of: "\"Rome\"", with: "\"Rome\",,")),
            ("a blank city name", base.replacingOccurrences(of: "\"Rome\"", with: "\"  \"")),
        ]
        for (what, text) in refused {
            #expect(reader.read(Data(text.utf8)) == nil, "\(what): the scan refuses it")
            // The full reader: the decoder, then the check of every answer (as `SessionLoading` does).
            let full = try? store.decode(Data(text.utf8), path: what)
            #expect(
                full == nil || SessionShapeCheck.firstProblem(in: full!, for: questionnaire) != nil,
                "\(what): so does the full reader")
        }
        let leftToTheFullReader: [(what: String, text: String)] = [
            (
                "an answer given twice",
                base.replacingOccurrences(of: "\"answers\" : {", with: "\"answers\" : {\"city-name\": \"Rome\",")
            ),
            ("an escaped key", base.replacingOccurrences(of: "\"city-name\"", with: "\"city\\u002dname\"")),
            (
                "an escaped area id",
                base.replacingCharacters(in: entry, with: "\"areas\" : [\n\"culture\\u002dtourism\",\n")
            ),
        ]
        for (what, text) in leftToTheFullReader {
            let full = try store.decode(Data(text.utf8), path: what)
            #expect(reader.read(Data(text.utf8)) == nil, "\(what): left to the full reader")
            #expect(maker.profile(full).cityName == "Rome", "\(what): which reads it")
        }
        // An escaped key inside a field the scan steps over is only stepped over.
        let skipped = base.replacingOccurrences(
            of: "\"answers\" : {", with: "\"extra\" : {\"a\\\"b\\u0041\": [{}, []]},\n\"answers\" : {")
        #expect(reader.read(Data(skipped.utf8)) != nil)
    }

    /// Review of issue 15: what the first byte scan let through. Each of
    /// these the full reader refuses (a null answer, bytes that are not
    /// UTF-8, a leading zero, a language that is no code, a null entry text,
    /// nesting deeper than its limit), so the scan must too; 200,000 nested
    /// brackets once crashed the whole ranking. Two equal keys in an entry
    /// the full reader reads (it keeps the first), so the scan leaves them to it.
    @Test func whatTheFirstScanLetThroughIsRefusedOrLeftToTheFullReader() throws {
        let base = String(decoding: try #require(try fixtures().first { $0.name == "rome.yaml" }?.data), as: UTF8.self)
        let store = SessionStore(questionnaire: questionnaire)
        func replacing(_ old: String, _ new: String) throws -> Data {
            #expect(base.contains(old), "\(old)")
            return Data(base.replacingOccurrences(of: old, with: new).utf8)
        }
        let entry = try #require(base.range(of: "\"areas\" : [\n"))
        var notUTF8 = Data(base.utf8)
        let name = try #require(notUTF8.range(of: Data("\"Rome\"".utf8)))
        notUTF8.replaceSubrange(name, with: [0x22, 0xFF, 0xFE, 0xE5, 0x22])
        let deep = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
        let refused: [(what: String, data: Data)] = [
            ("a null city name", try replacing("\"city-name\" : \"Rome\"", "\"city-name\" : null")),
            ("a null yes or no", try replacing("\"has-partner\" : true", "\"has-partner\" : null")),
            ("null strengths", try replacing("\"strengths\" : [", "\"strengths\" : null, \"x\" : [")),
            ("bytes that are not UTF-8", notUTF8),
            ("a leading zero", try replacing("\"schemaVersion\" : 2", "\"schemaVersion\" : 02")),
            ("an empty language", try replacing("\"language\" : \"en\"", "\"language\" : \"\"")),
            ("a language that is no code", try replacing("\"language\" : \"en\"", "\"language\" : \"z h\"")),
            (
                "a null entry text",
                Data(base.replacingCharacters(in: entry, with: "\"text\" : null,\n\"areas\" : [\n").utf8)
            ),
            ("deep nesting", try replacing("\"answers\" : {", "\"extra\" : \(deep),\n\"answers\" : {")),
        ]
        for (what, data) in refused {
            #expect(reader.read(data) == nil, "\(what): the scan refuses it")
            let full = try? store.decode(data, path: what)
            #expect(
                full == nil || SessionShapeCheck.firstProblem(in: full!, for: questionnaire) != nil,
                "\(what): as the full reader does")
        }
        let twice = Data(
            base.replacingCharacters(in: entry, with: "\"areas\" : [\"health-biotech\"],\n\"areas\" : [\n").utf8)
        #expect(reader.read(twice) == nil, "two equal keys in an entry are left to the full reader")
        #expect((try? store.decode(twice, path: "twice")) != nil, "which reads them")
    }
}
