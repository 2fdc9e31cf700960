/// One answer `MatchingSessionReader` reads, made once per question: its id
/// as stored, the shape of its value, and the ids its question accepts as
/// byte tables. Each id is then checked against the right vocabulary as it
/// is read, and given as the vocabulary's own string (no new string, no
/// second lookup); the rest of the question's content check (blank texts,
/// years and numbers in range) runs on the value just read.
///
/// A class: it is looked up for every answer of every file, and a lookup
/// then costs one reference, not a copy of its ten tables.
final class WantedAnswer: Sendable {
    let id: String
    /// Its place among the wanted answers, to refuse an answer given twice.
    let position: Int
    let shape: AnswerValue.Shape
    /// The choice ids of a choice question; nil for free text.
    let choices: ByteKeyTable<String>?
    /// For a SWOC question: the ids its entries' areas, actor and obstacles may take.
    let areas: ByteKeyTable<String>?
    let actors: ByteKeyTable<String>?
    let obstacles: ByteKeyTable<String>?
    /// The question's content check, without the ids (checked above).
    let check: AnswerContentCheck

    init(_ question: Question, position: Int) {
        id = question.id
        self.position = position
        shape = AnswerValue.Shape(question.kind)
        let isChoice = question.kind == .singleChoice || question.kind == .multipleChoice
        choices = isChoice ? Self.table(question.choices) : nil
        let isSwoc = question.kind == .swoc
        areas = isSwoc ? Self.table(question.areas) : nil
        actors = isSwoc ? Self.table(question.actors) : nil
        obstacles = isSwoc ? Self.table(question.obstacles) : nil
        check = AnswerContentCheck(question, checkingIDs: false)
    }

    private static func table(_ vocabulary: Vocabulary?) -> ByteKeyTable<String>? {
        vocabulary.map { ByteKeyTable($0.choices.map { ($0.id, $0.id) }) }
    }
}
