import Foundation
import PlanModel
import Testing

/// Issue 14, item 8: validation patterns are limited to a subset whose
/// checking work is bounded, and everyday patterns stay in that subset.
@Suite struct SafePatternTests {
    /// Patterns a facilitator writes for codes, postcodes and phone numbers keep working.
    @Test(arguments: [
        "^[A-Z]{2}$", "[0-9]{4}", "^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$",
        #"^\+?\(?\d{1,4}\)?[-. ]?\d{1,4}[-. ]?\d{1,9}$"#, #"(\d{1,3}\.){3}\d{1,3}"#, #"^\S+@\S+\.\S+$"#,
        "(?i)^(mr|mrs|ms|dr)[.]? [a-z]+$", "(?<code>[A-Z]{3})-[0-9]+", #"[a-z\]]+"#, #"[\p{L} '-]+"#,
        #"\Q(a+)+\E"#, "a{2,}", "(?:ab)+", "(?:[a-z]+)?",
    ])
    func everydayPatternsAreAccepted(pattern: String) throws {
        _ = try Regex(pattern)
        #expect(SafePattern.refusal(for: pattern) == nil)
    }

    @Test(arguments: [
        ("(a+)+$", SafePattern.Refusal.nestedRepeat), ("(a*)*", .nestedRepeat), ("(a|aa)+", .nestedRepeat),
        ("([a-z]+ ?)+", .nestedRepeat), ("(?:a?){2,}", .nestedRepeat), ("((ab)*c)+", .nestedRepeat),
        (#"(\w+) \1"#, .backreference), (#"(?<w>\w+) \k<w>"#, .backreference),
        (".*.*.*.*!", .tooManyRepeats), (String(repeating: "a?", count: 16) + "b", .tooManyRepeats),
        ("(?x) a+ # comment", .unsupported("the x option (spaces and # comments)")),
    ])
    func slowPatternsAreRefused(pattern: String, refusal: SafePattern.Refusal) {
        #expect(SafePattern.refusal(for: pattern) == refusal)
    }
}
