import Testing

@testable import SwocWizard

/// Issue 14, item 11 (the line editor's part): prompts and earlier answers
/// from files are cleaned of escape codes before readline or the plain
/// terminal shows them.
@Suite struct TerminalTextTests {
    @Test func anEarlierAnswerLosesItsEscapeCodesAndLineBreaks() {
        #expect(TerminalText.line("Evil\u{1B}]0;TITLE\u{07}\u{1B}[2JCity") == "EvilCity")
        #expect(TerminalText.line("two\r\nlines") == "two lines")
        #expect(TerminalText.line("Manchester") == "Manchester")
        #expect(TerminalText.line("曼彻斯特 Manchester") == "曼彻斯特 Manchester")
    }

    @Test func aPromptKeepsItsIndentationAndTheSpaceBeforeTheCursor() {
        #expect(
            TerminalText.prompt("  Raised by (number or name; Enter to skip)> ")
                == "  Raised by (number or name; Enter to skip)> ")
        #expect(TerminalText.prompt("> ") == "> ")
        #expect(TerminalText.prompt("  Str\u{1B}[2Jength\u{07} 1> ") == "  Strength 1> ")
        #expect(TerminalText.prompt("") == "")
    }
}
