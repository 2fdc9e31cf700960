/// The report words of the program (see `Messages`); one requirement per message.
public protocol ReportMessages: Sendable {
}
