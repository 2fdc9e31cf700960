import PlanModel
import Testing

@testable import Exporters

/// Issue 12: SVG does not wrap text, so the charts wrap it themselves with
/// the display width (a Chinese character two columns), and no line may
/// leave its box.
@Suite struct ChartTextTests {
    /// English breaks at spaces, and no line is wider than asked.
    @Test func englishBreaksBetweenWords() {
        let lines = ChartText.wrap(
            "Sign the Project Contract for The University of Nottingham Ningbo China", columns: 20)
        #expect(lines == ["Sign the Project", "Contract for The", "University of", "Nottingham Ningbo", "China"])
        #expect(lines.allSatisfy { $0.displayWidth <= 20 })
    }

    /// Chinese breaks between any two characters, counting each as two columns,
    /// and a comma stays at the end of its line.
    @Test func chineseBreaksBetweenCharactersByDisplayWidth() {
        let lines = ChartText.wrap("与宁波互派青年干部培训，交流城市管理经验", columns: 10)
        #expect(lines.allSatisfy { $0.displayWidth <= 10 })
        #expect(lines.joined() == "与宁波互派青年干部培训，交流城市管理经验")
        #expect(!lines.contains { $0.hasPrefix("，") })
        #expect(lines.count >= 4)
    }

    /// A word longer than a line is cut inside it rather than run out of the box.
    @Test func aWordLongerThanALineIsCut() {
        let lines = ChartText.wrap("Supercalifragilistic", columns: 8)
        #expect(lines == ["Supercal", "ifragili", "stic"])
    }

    /// With a limit, the last kept line ends with an ellipsis and still fits.
    @Test func aLimitEndsWithAnEllipsis() {
        let lines = ChartText.wrap("one two three four five six seven eight", columns: 9, maxLines: 2)
        #expect(lines.count == 2)
        #expect(lines[1].hasSuffix("…"))
        #expect(lines.allSatisfy { $0.displayWidth <= 9 })
    }

    /// An empty text is one empty line, so a box keeps its height.
    @Test func emptyTextIsOneEmptyLine() {
        #expect(ChartText.wrap("", columns: 10) == [""])
    }
}
