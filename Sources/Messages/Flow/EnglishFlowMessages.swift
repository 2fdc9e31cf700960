/// `FlowMessages` in English.
struct EnglishFlowMessages: FlowMessages {
}
