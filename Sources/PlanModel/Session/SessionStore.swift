import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns the bytes of a session file into a session and back, naming what is
/// wrong with a damaged file. Reading and writing the files themselves is
/// `Storage`'s (`SessionFile`), so this module stays data and rules.
public struct SessionStore: Sendable {
    /// The expected shape of each answer, when the questionnaire is known: it
    /// makes reading a session several times faster.
    private let shapes: [String: AnswerValue.Shape]

    public init(questionnaire: Questionnaire? = nil) {
        shapes = Dictionary(
            (questionnaire?.questions ?? []).map { ($0.id, AnswerValue.Shape($0.kind)) },
            uniquingKeysWith: { a, _ in a })
    }

    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// Reads a session in one pass of the JSON decoder (a consultant's folder
    /// may hold thousands), turning each kind of failure into a plain message.
    public func decode(_ data: Data, path: String) throws(SessionFileError) -> Session {
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw .empty(path: path) }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        if !shapes.isEmpty { decoder.userInfo[AnswerValue.shapeHintsKey] = shapes }
        do {
            return try decoder.decode(Session.self, from: data)
        } catch let newer as Session.NewerSchemaVersion {
            throw .newerVersion(path: path, found: newer.found, supported: Session.currentSchemaVersion)
        } catch let invalid as InvalidSessionValue {
            throw .invalidValue(path: path, field: Self.fieldPath(invalid.codingPath), detail: invalid.detail)
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
            if let line = Self.lineWhereCutShort(data) {
                throw .notJSON(path: path, detail: "it stops in the middle, at line \(line): it was cut short")
            }
            // The decoder may not say where a value it could not read was: say
            // what it could not read rather than blaming the JSON.
            if (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil {
                throw .invalidValue(path: path, field: "one of its fields", detail: context.debugDescription)
            }
            throw .notJSON(path: path, detail: "it is not valid JSON")
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty {
            throw .wrongShape(path: path, field: "the top level", detail: "expected an object with named fields")
        } catch let error as DecodingError {
            let (field, detail) = Self.describe(error)
            throw .wrongShape(path: path, field: field, detail: detail)
        } catch {
            throw .notJSON(path: path, detail: "\(error)")
        }
    }

    /// The session file's contents, with every field kept from the file it was read from.
    public func encode(_ session: Session) throws(SessionFileError) -> Data {
        let encoder = Self.encoder()
        encoder.userInfo[JSONValue.writesKeptFieldsKey] = true
        do {
            return try encoder.encode(session)
        } catch {
            throw .unwritable(path: "", reason: .notEncodable(detail: "\(error)"))
        }
    }

    /// The last line of a JSON text whose brackets or quotes are still open at
    /// its end, as after a copy or a disk that stopped half-way; nil otherwise.
    static func lineWhereCutShort(_ data: Data) -> Int? {
        var depth = 0
        var inString = false
        var escaped = false
        var line = 1
        for byte in data {
            if byte == 0x0A { line += 1 }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == 0x5C {
                    escaped = true
                } else if byte == 0x22 {
                    inString = false
                }
                continue
            }
            switch byte {
            case 0x22: inString = true
            case 0x7B, 0x5B: depth += 1
            case 0x7D, 0x5D: depth -= 1
            default: break
            }
        }
        return depth > 0 || inString ? line : nil
    }

    /// A field's place in the file as a person can find it: `answers.strengths[2].areas[0]`.
    static func fieldPath(_ codingPath: [any CodingKey]) -> String {
        let keys = codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
        return keys.isEmpty ? "the top level" : keys.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
    }

    private static func describe(_ error: DecodingError) -> (String, String) {
        func path(_ context: DecodingError.Context) -> String { fieldPath(context.codingPath) }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context)
            return (
                parent == "the top level" ? key.stringValue : "\(parent).\(key.stringValue)",
                "a required field is missing"
            )
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return (path(context), context.debugDescription.isEmpty ? "unexpected value" : context.debugDescription)
        @unknown default:
            return ("the top level", "\(error)")
        }
    }
}
