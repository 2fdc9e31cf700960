/// The flow words of the program (see `Messages`); one requirement per message.
public protocol FlowMessages: Sendable {
}
