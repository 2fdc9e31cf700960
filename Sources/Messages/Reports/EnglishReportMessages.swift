/// `ReportMessages` in English.
struct EnglishReportMessages: ReportMessages {
}
