import Foundation
import Messages
import PlanModel
import Testing

@testable import SwocWizard

/// Issue 15: the compact profile cache gives back exactly the profiles it was
/// given, and the screen shows a proposal's summary first, its score on the
/// 0–100 scale and what the precedents did; a ranking of a mixed folder says
/// how many cities of the same side were left out.
@Suite struct MatchCacheAndScreenTests {
    let questionnaire: Questionnaire
    let maker: MatchMaker

    init() throws {
        questionnaire = try QuestionnaireLoader().load(
            directory: BuiltBinary.repositoryRoot.appendingPathComponent("questionnaires"))
        maker = MatchMaker(
            questionnaire: questionnaire,
            catalog: try ReportPairCatalog.load(
                from: BuiltBinary.repositoryRoot.appendingPathComponent("data/report-pairs.yaml")))
    }

    private func session(_ path: String) throws -> Session {
        let text = try String(contentsOf: BuiltBinary.repositoryRoot.appendingPathComponent(path), encoding: .utf8)
        return try AnswersImport(questionnaire: questionnaire, language: "en").run(text: text, now: Date()).session
    }

    /// Every field of a profile survives the cache's bytes, and damaged bytes are refused.
    @Test func theCacheFormatGivesBackTheProfiles() throws {
        var profiles = try ["Tests/Fixtures/match/rome.yaml", "Tests/Fixtures/match/candidates/partner.yaml"].map {
            maker.profile(try session($0))
        }
        profiles.append(
            MatchProfile(
                cityName: "Ningbo 宁波", country: nil, side: nil,
                partner: MatchPartnership(name: "Nottingham", signed: .projectContract, status: "dormant"),
                obstacles: 0b101, priorityOffers: AreaSet([1, 100]),
                facts: MatchCityFacts(band: "5m-10m", coastal: true, sectors: 0b11), knownNames: ["", "Nice – 尼斯"]))
        for profile in profiles {
            var writer = ProfileCacheFormat.Writer()
            writer.profile(profile)
            let bytes = writer.bytes
            let read = try bytes.withUnsafeBytes { buffer in
                var reader = ProfileCacheFormat.Reader(buffer)
                let profile = try reader.profile()
                #expect(reader.isAtEnd)
                return profile
            }
            #expect(read == profile)
            #expect(
                (try? bytes.dropLast().withUnsafeBytes { buffer in
                    var reader = ProfileCacheFormat.Reader(buffer)
                    return try reader.profile()
                }) == nil)
        }
    }

    /// Review of issue 15: a city's name with a line break and an escape code
    /// (a hand-edited session) is shown, not obeyed, on every line of the screen.
    @Test func aNameWithControlCharactersIsShownNotObeyed() throws {
        var yantai = try session("Tests/Fixtures/match/yantai.yaml")
        yantai.answers["city-name"] = .text("Yantai\n\u{1B}[31m")
        let proposal = maker.propose(try session("Tests/Fixtures/match/rome.yaml"), source: "r", yantai, source: "y")
        let text = MatchProposalSummary(
            proposal: proposal, questionnaire: questionnaire, words: Messages.english.reports, language: "en",
            width: 100
        ).render()
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("Yantai??[31m"))
        #expect(!text.contains("Yantai\n"))
    }

    /// The proposal on screen starts with its summary, says the scale and what the real pair did.
    @Test func theProposalStartsWithItsSummary() throws {
        let proposal = maker.propose(
            try session("Tests/Fixtures/match/rome.yaml"), source: "r",
            try session("Tests/Fixtures/match/yantai.yaml"), source: "y")
        let text = MatchProposalSummary(
            proposal: proposal, questionnaire: questionnaire, words: Messages.english.reports, language: "en",
            width: 100
        ).render()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasSuffix("(score \(proposal.score) of 100)"))
        #expect(lines[2] == "Summary:")
        let summary = try #require(text.range(of: "Summary:"))
        let breakdown = try #require(text.range(of: "Score, part by part:"))
        #expect(summary.upperBound < breakdown.lowerBound)
        #expect(text.contains("Strongest reasons:"))
        #expect(text.contains("Next agreement: Rome and Yantai have signed:"))
        #expect(!text.contains("already partners"))
        let did = try #require(proposal.precedents.first?.did(in: "en"))
        #expect(text.replacingOccurrences(of: "\n    ", with: " ").contains(String(did.prefix(40))))
        for line in proposal.scoreLines { #expect(text.contains("\(line.points) of \(line.maximum)")) }
    }

    /// A mixed folder: the ranking names how many cities of the city's own side it left out, and why.
    @Test func aRankingSaysHowManyOfTheSameSideItLeftOut() throws {
        let candidates = try ["Tests/Fixtures/match/rome.yaml", "Tests/Fixtures/match/candidates/strong.yaml"].map {
            CandidateRanker.Candidate(profile: maker.profile(try session($0)), source: $0)
        }
        let ranking = maker.rank(
            try session("examples/manchester-wuhan.yaml"), source: "m", candidates: candidates, folder: "p",
            skipped: [])
        let text = MatchRankingSummary(
            ranking: ranking, limit: 5, words: Messages.english.reports, questionnaire: questionnaire,
            language: "en", width: 100
        ).render()
        #expect(text.contains("1 candidate on the same side as Manchester left out"))
        #expect(text.contains("--any-side"))
        #expect(text.contains("Lianshan Bay, China  score 44 of 100"))
        #expect(!text.contains("Rome"))
    }
}
