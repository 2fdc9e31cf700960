extension AnswersImport {
    /// One thing wrong with an answers file, tied to a question id (or to
    /// `Problem.wholeFile`) and, inside a list, to an entry and its field, as
    /// a typed value: `ProblemMessages` words it in each language the program speaks.
    public struct Problem: Sendable, Equatable {
        /// The question id, as written in the file; `wholeFile` for the file as a whole.
        public var questionID: String
        /// The entry of a list, counted from 1 as people count (`strengths[2]`); nil for the whole answer.
        public var entry: Int?
        /// The key inside that entry (`actor`); nil for the entry as a whole.
        public var field: String?
        public var kind: Kind

        public init(questionID: String, entry: Int? = nil, field: String? = nil, kind: Kind) {
            self.questionID = questionID
            self.entry = entry
            self.field = field
            self.kind = kind
        }

        /// Stands for the file as a whole where a question id would be.
        public static let wholeFile = "(file)"

        /// Where the problem is, as a path into the file: `strengths[2].actor`
        /// (entries counted from 1), `helix-involved[3]`, `city-name`.
        public var path: String {
            questionID + (entry.map { "[\($0)]" } ?? "") + (field.map { ".\($0)" } ?? "")
        }

        /// What is wrong.
        public enum Kind: Error, Sendable, Equatable {
            case emptyFile
            /// Keys given twice in one block; `line` is the first one's.
            case duplicateKeys(line: Int, keys: [String])
            /// Not YAML (or JSON): where the parser stopped (line and column from 1) and
            /// its own reason, in English as the YAML library words it.
            case notYAML(line: Int?, column: Int? = nil, reason: String? = nil)
            /// The top of the file is not `question-id: answer` lines.
            case notAMapping
            /// A key that is no question id; `nearest` the id it was probably meant to be.
            case unknownQuestion(nearest: String? = nil)
            case requiredButMissing
            /// A warning: the question is not asked given the other answers, so its answer is left out.
            case notAsked
            /// The answer itself, as the wizard would refuse it typed (worded for a file).
            case answer(AnswerProblem)
            /// A value that names no choice of the list (`vocabulary`): the ids
            /// accepted here, and the one nearest to what was written.
            case unknownChoice(given: String, vocabulary: String, accepted: [String], nearest: String?)
            case expectedEntries
            case expectedSingleValue
            case expectedTexts
            /// An entry that is neither a text nor a mapping with `text:`.
            case entryShape
            case unknownEntryKey(String, expected: [String], nearest: String? = nil)
            case obstacleAndObstacles
            /// `obstacles:` on an entry of a question whose entries take none.
            case obstaclesNotTaken
            /// `priority:` on an entry of a question that asks for no priorities.
            case prioritiesNotTaken
            /// More entries marked `priority: true` than the question lets a team mark.
            case tooManyPriorities(limit: Int)
            /// A choice offered only when a condition on other answers holds
            /// (`condition` as the files write it, `dependsOn` the questions it reads).
            case notOffered(
                label: String, choiceID: String, condition: String, dependsOn: [String], vocabulary: String)
            /// The file's `language:` key names another language than the session's
            /// (given with --language); `session` is the session's.
            case languageDiffers(file: String, session: String)
        }
    }
}
