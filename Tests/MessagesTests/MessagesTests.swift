import Messages
import Testing

@Suite struct MessagesTests {
    /// Issue 11: the program's own words exist in English and Chinese, found by language code.
    @Test func everyLanguageIsFoundByItsCode() {
        #expect(Messages.in("en")?.language == "en")
        #expect(Messages.in("zh")?.language == "zh")
        #expect(Messages.in("de") == nil)
    }
}
