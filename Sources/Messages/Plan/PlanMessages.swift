/// The plan words of the program (see `Messages`); one requirement per message.
public protocol PlanMessages: Sendable {
}
