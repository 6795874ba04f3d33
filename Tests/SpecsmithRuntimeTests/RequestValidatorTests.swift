import Foundation
import SpecsmithRuntime
import Testing

/// `RequestValidator`: what generated operations run before sending, collecting the violations of
/// every parameter and the body into one error, each under the parameter's location and name.
@Suite struct RequestValidatorTests {
    private enum Format: OpenEnum, Validatable {
        case png, jpeg
        case unknown(String)

        init(rawValue: String) {
            switch rawValue {
            case "png": self = .png
            case "jpeg": self = .jpeg
            default: self = .unknown(rawValue)
            }
        }

        var rawValue: String {
            switch self {
            case .png: "png"
            case .jpeg: "jpeg"
            case .unknown(let value): value
            }
        }

        static let jsonSchema = JSONSchema(json: #"{"type": "string", "enum": ["png", "jpeg"]}"#)
    }

    static let limit = JSONSchema(json: #"{"type": "integer", "minimum": 1, "maximum": 100}"#)
    static let tags = JSONSchema(json: #"{"type": "array", "maxItems": 2, "uniqueItems": true, "items": {"type": "string", "minLength": 1}}"#)

    @Test func everyParameterIsReportedUnderItsLocationAndName() {
        var validator = RequestValidator()
        validator.check(500, against: Self.limit, at: "query.limit")
        validator.check(["a", "a", ""], against: Self.tags, at: "header['X-Tags']")
        #expect(validator.violations.map(\.description) == [
            "query.limit: must be at most 100, found 500",
            "header['X-Tags']: must have at most 2 items, found 3",
            "header['X-Tags']: must not contain duplicates, found items 0 and 1 equal",
            "header['X-Tags'][2]: must be at least 1 character, found 0",
        ])
        #expect(throws: ValidationError(violations: validator.violations)) { try validator.finish() }
    }

    @Test func absentAndValidValuesPass() throws {
        var validator = RequestValidator()
        let missing: Int? = nil
        validator.check(missing, against: Self.limit, at: "query.limit")
        validator.check(Optional(20), against: Self.limit, at: "query.offset")
        validator.check(Format?.none, at: "query.format")
        validator.check(Format.unknown("gif"), at: "query.format")
        #expect(validator.violations.isEmpty)
        try validator.finish()
    }

    @Test func unknownEnumValuesAreReportedOnlyWhenAsked() {
        var validator = RequestValidator(reportsUnknownEnumValues: true)
        validator.check(Format.unknown("gif"), at: "query.format")
        validator.check([Format.png, .unknown("webp")], against: JSONSchema(
            json: #"{"type": "array", "items": {"$ref": "Format"}}"#, references: ["Format": { Format.jsonSchema }]), at: "query.formats")
        validator.check(Format.jpeg, at: "query.other")
        #expect(validator.violations.map(\.description) == [
            #"query.format: must be one of "png", "jpeg", found "gif""#,
            #"query.formats[1]: must be one of "png", "jpeg", found "webp""#,
        ])
    }
}
