/// Small formatting facts every language's messages share.
enum MessageText {
    /// Keeps a pasted page from filling the projector with its own echo.
    static func shortened(_ input: String) -> String {
        input.count > 40 ? String(input.prefix(37)) + "..." : input
    }

    /// 3, not 3.0; 2.5 as typed.
    static func number(_ value: Double) -> String {
        Int(exactly: value).map(String.init) ?? String(value)
    }

    /// "2026-12-01" as a Chinese text writes a day: "2026年12月1日"; anything
    /// else (a label that is not a day) as it is.
    static func chineseDay(_ day: String) -> String {
        let parts = day.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let date = Int(parts[2]),
            parts[0].count == 4
        else { return day }
        return "\(year)年\(month)月\(date)日"
    }
}
