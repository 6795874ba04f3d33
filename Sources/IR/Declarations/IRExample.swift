import Diagnostics

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
    /// The example as compact JSON text, as written in the spec.
    public var json: String
    /// Where the example's value is written.
    public var location: SourceLocation
    public var subject: Subject

    public init(type: IRTypeReference, json: String, location: SourceLocation, subject: Subject) {
        self.type = type
        self.json = json
        self.location = location
        self.subject = subject
    }
}
