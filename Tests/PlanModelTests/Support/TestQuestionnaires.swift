import Foundation
import PlanModel

/// Paths and small builders shared by the PlanModel tests.
enum TestQuestionnaires {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var builtInDirectory: URL { repositoryRoot.appendingPathComponent("questionnaires") }

    static func builtIn() throws -> Questionnaire {
        try QuestionnaireLoader().load(directory: builtInDirectory)
    }

    /// Writes a questionnaire folder from file contents and returns its URL.
    static func folder(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("swoc-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return directory
    }

    static let manifest = """
        id: test-questions
        version: 1
        defaultLanguage: en
        title: {en: Test}
        vocabularies: vocabularies.yaml
        steps:
          - one.yaml
          - two.yaml
        """

    static let vocabularies = """
        cooperation-areas:
          label: {en: Areas}
          source: test
          choices:
            - {id: smart-cities, label: {en: Smart cities}}
            - {id: port-logistics, label: {en: Port logistics}}
            - {id: ports-and-harbours, label: {en: Ports and harbours}}
            - {id: culture-tourism, label: {en: Culture and tourism}}
        helix-actors:
          label: {en: Actors}
          source: test
          choices:
            - {id: government, label: {en: Government}}
            - {id: academia, label: {en: Academia}}
        """

    static let stepOne = """
        id: profile
        number: 0
        title: {en: About your city}
        source: "§1"
        questions:
          - id: city-name
            kind: short-text
            required: true
            prompt: {en: Name?}
            help: {en: The name. (§1)}
            source: "§1"
          - id: has-partner
            kind: yes-no
            prompt: {en: Partner?}
            help: {en: Whether. (§1)}
            source: "§1"
          - id: partner-name
            kind: short-text
            when: {question: has-partner, equals: true}
            prompt: {en: Partner name?}
            help: {en: The partner. (§1)}
            source: "§1"
        """

    static let stepTwo = """
        id: swoc
        number: 1
        title: {en: SWOC analysis}
        source: "§1.1"
        questions:
          - id: strengths
            kind: swoc
            quadrant: strengths
            prompt: {en: A strength}
            help: {en: Strengths. (§1.1)}
            source: "§1.1"
          - id: areas
            kind: multiple-choice
            choices: cooperation-areas
            prompt: {en: Areas?}
            help: {en: Areas. (§1.1)}
            source: "§1.1"
          - id: staff
            kind: number
            validation: {min: 0, max: 50}
            prompt: {en: Staff?}
            help: {en: Staff. (§2.3)}
            source: "§2.3"
        """

    /// A small, valid questionnaire; pass replacements to break one file.
    static func small(_ overrides: [String: String] = [:]) throws -> URL {
        var files = [
            "manifest.yaml": manifest, "vocabularies.yaml": vocabularies, "one.yaml": stepOne, "two.yaml": stepTwo,
        ]
        files.merge(overrides) { $1 }
        return try folder(files)
    }
}
