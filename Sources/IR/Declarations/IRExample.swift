import Diagnostics
import OpenAPIModel

/// An `example` or `examples` value the spec gives for a schema, a parameter, a header or a media
/// type, with the Swift type that value is decoded into: the spec's own test data for the generated
/// code (Scripts/examples decodes, re-encodes and validates each one).
public struct IRExample: Sendable, Hashable {
    /// What the example is attached to.
    public enum Subject: String, Sendable, Hashable {
        case schema, parameter, header, mediaType
    }

    /// The Swift type that holds the value where the example is attached (optional when it admits `null`).
    public var type: IRTypeReference
    /// Where the example's value is written.
    public var location: SourceLocation
    public var subject: Subject
    private let source: Source

    /// The JSON text, or the spec value it is written from when asked for: only the examples
    /// harness reads it, and writing it for every example of every run was a sixteenth of
    /// generating GitHub's SDK.
    private enum Source: Sendable {
        case text(String)
        case value(SpecValue)
    }

    /// The example as compact JSON text, as written in the spec.
    public var json: String {
        switch source {
        case .text(let text): text
        case .value(let value): value.jsonText
        }
    }

    public init(type: IRTypeReference, json: String, location: SourceLocation, subject: Subject) {
        self.type = type
        self.location = location
        self.subject = subject
        source = .text(json)
    }

    init(type: IRTypeReference, value: SpecValue, subject: Subject) {
        self.type = type
        location = value.location
        self.subject = subject
        source = .value(value)
    }

    public static func == (lhs: IRExample, rhs: IRExample) -> Bool {
        lhs.type == rhs.type && lhs.location == rhs.location && lhs.subject == rhs.subject && lhs.json == rhs.json
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(type)
        hasher.combine(json)
        hasher.combine(location)
        hasher.combine(subject)
    }
}
