/// The command words of the program (see `Messages`); one requirement per message.
public protocol CommandMessages: Sendable {
}
