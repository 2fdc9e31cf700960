import PlanModel
import Testing

@testable import Exporters

/// Issue 12: SVG does not wrap text, so the charts wrap it themselves,
/// measuring with the display width (a Chinese character one em, a Latin
/// letter 0.6 em, in tenths of an em), and no line may leave its box.
@Suite struct ChartTextTests {
    /// English breaks at spaces, and no line is wider than asked.
    @Test func englishBreaksBetweenWords() {
        let lines = ChartText.wrap(
            "Sign the Project Contract for The University of Nottingham Ningbo China", columns: 20 * 6)
        #expect(lines == ["Sign the Project", "Contract for The", "University of", "Nottingham Ningbo", "China"])
        #expect(lines.allSatisfy { ChartText.measure($0) <= 120 && $0.displayWidth <= 20 })
    }

    /// Chinese breaks between any two characters, each one em wide, and a
    /// comma stays at the end of its line.
    @Test func chineseBreaksBetweenCharactersByDisplayWidth() {
        let lines = ChartText.wrap("与宁波互派青年干部培训，交流城市管理经验", columns: 50)
        #expect(lines.allSatisfy { ChartText.measure($0) <= 50 })
        #expect(lines.first == "与宁波互派")
        #expect(lines.joined() == "与宁波互派青年干部培训，交流城市管理经验")
        #expect(!lines.contains { $0.hasPrefix("，") })
        #expect(lines.count >= 4)
    }

    /// A word longer than a line is cut inside it rather than run out of the box.
    @Test func aWordLongerThanALineIsCut() {
        let lines = ChartText.wrap("Supercalifragilistic", columns: 48)
        #expect(lines == ["Supercal", "ifragili", "stic"])
    }

    /// With a limit, the last kept line ends with an ellipsis and still fits.
    @Test func aLimitEndsWithAnEllipsis() {
        let lines = ChartText.wrap("one two three four five six seven eight", columns: 54, maxLines: 2)
        #expect(lines.count == 2)
        #expect(lines[1].hasSuffix("…"))
        #expect(lines.allSatisfy { ChartText.measure($0) <= 54 })
    }

    /// An empty text is one empty line, so a box keeps its height.
    @Test func emptyTextIsOneEmptyLine() {
        #expect(ChartText.wrap("", columns: 60) == [""])
    }
}
