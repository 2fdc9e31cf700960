/// Any JSON value, kept as read. A session file may carry fields this version
/// of swoc-wizard does not know (written by a newer version, or added by hand);
/// they are kept in these values and written back unchanged on the next save,
/// so a save never drops what it did not understand.
public enum JSONValue: Sendable, Equatable, Hashable {
    case null
    case bool(Bool)
    /// Whole numbers are kept exactly, not as a `Double` that would round large ones.
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])
}

extension JSONValue: Codable {
    public init(from decoder: any Decoder) throws {
        if let object = try? decoder.container(keyedBy: JSONKey.self) {
            var fields: [String: JSONValue] = [:]
            for key in object.allKeys { fields[key.stringValue] = try object.decode(JSONValue.self, forKey: key) }
            self = .object(fields)
            return
        }
        if var array = try? decoder.unkeyedContainer() {
            var items: [JSONValue] = []
            while !array.isAtEnd { items.append(try array.decode(JSONValue.self)) }
            self = .array(items)
            return
        }
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let whole = try? container.decode(Int.self) {
            self = .integer(whole)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .object(let fields):
            var container = encoder.container(keyedBy: JSONKey.self)
            for (key, value) in fields { try container.encode(value, forKey: JSONKey(key)) }
        case .array(let items):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(item) }
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let flag):
            var container = encoder.singleValueContainer()
            try container.encode(flag)
        case .integer(let whole):
            var container = encoder.singleValueContainer()
            try container.encode(whole)
        case .number(let number):
            var container = encoder.singleValueContainer()
            try container.encode(number)
        case .string(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text)
        }
    }
}

/// A field name known only when the file is read: for fields kept as they are.
struct JSONKey: CodingKey, Hashable {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) { stringValue = name }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension KeyedDecodingContainer where Key == JSONKey {
    /// The fields not in `known`, kept as read.
    func otherFields(besides known: Set<String>) throws -> [String: JSONValue] {
        var fields: [String: JSONValue] = [:]
        for key in allKeys where !known.contains(key.stringValue) {
            fields[key.stringValue] = try decode(JSONValue.self, forKey: key)
        }
        return fields
    }
}

extension JSONValue {
    /// Encoder user-info key: set (to `true`) only when a session file is
    /// written, so kept fields go back into the session and nowhere else: an
    /// entry in an exported diff has exactly the fields the plan schema allows.
    static let writesKeptFieldsKey = CodingUserInfoKey(rawValue: "swoc-wizard.writes-kept-fields")!
}

extension Encoder {
    /// Writes back fields kept from the file when a session file is written,
    /// never over a field this version writes; does nothing for any other document.
    func encode(otherFields: [String: JSONValue], besides known: Set<String>) throws {
        guard userInfo[JSONValue.writesKeptFieldsKey] as? Bool == true, !otherFields.isEmpty else { return }
        var container = self.container(keyedBy: JSONKey.self)
        for (name, value) in otherFields where !known.contains(name) {
            try container.encode(value, forKey: JSONKey(name))
        }
    }
}

/// A position in a list, for naming where in a file a value was found.
struct JSONIndex: CodingKey {
    var intValue: Int?
    var stringValue: String { intValue.map(String.init) ?? "" }

    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init(intValue: Int) { self.intValue = intValue }
}
