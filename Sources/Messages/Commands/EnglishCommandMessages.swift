/// `CommandMessages` in English.
struct EnglishCommandMessages: CommandMessages {
}
