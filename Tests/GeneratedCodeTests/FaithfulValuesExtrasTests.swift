import FaithfulValuesSDK
import Foundation
import Testing

/// `additionalProperties` beside `properties` keeps the undeclared members in a dictionary, typed
/// by its schema (`true`: as JSON), and writes them back; `false` is checked by the validators.
@Suite struct FaithfulValuesExtrasTests {
    @Test(arguments: FaithfulCoders.allCases)
    func typedExtrasAreKeptAndWrittenBack(coders: FaithfulCoders) throws {
        let json = #"{"additionalProperties":3,"kickoff":"2022-09-30T23:40:30.946225Z","name":"Launch","review":"2023-01-01T00:00:00Z"}"#
        let (tagged, reencoded) = try coders.roundTrip(TaggedTimes.self, json)
        #expect(reencoded == json)
        #expect(tagged.name == "Launch")
        // The spec's own property called `additionalProperties` keeps its name; the dictionary gives way.
        #expect(tagged.additionalProperties == 3)
        #expect(tagged.additionalProperties2.keys.sorted() == ["kickoff", "review"])
        #expect(tagged.additionalProperties2["review"] == RFC3339DateCoding.date(from: "2023-01-01T00:00:00Z"))
        #expect(throws: DecodingError.self) { try coders.decode(TaggedTimes.self, #"{"name":"x","kickoff":"soon"}"#) }
    }

    @Test(arguments: FaithfulCoders.allCases)
    func nestedExtrasAreValidated(coders: FaithfulCoders) throws {
        let labels = try coders.decode(Labels.self, ##"{"primary":"bug","bug":{"color":"#ff0000"},"idea":{"color":"red"}}"##)
        #expect(labels.additionalProperties["bug"]?.color == "#ff0000")
        #expect(labels.violations().map(\.description) == ["$.idea.color: must match the pattern ^#[0-9a-f]{6}$"])
        var fixed = labels
        fixed.additionalProperties["idea"] = Labels.AdditionalProperty(color: "#00ff00")
        #expect(fixed.violations().isEmpty)
        #expect(try coders.encode(fixed) == ##"{"bug":{"color":"#ff0000"},"idea":{"color":"#00ff00"},"primary":"bug"}"##)
    }

    @Test(arguments: FaithfulCoders.allCases)
    func freeFormExtrasAreKeptAsJSON(coders: FaithfulCoders) throws {
        let json = #"{"beta":{"flags":[1,2.5,null]},"theme":"dark","zoom":1.25}"#
        let (settings, reencoded) = try coders.roundTrip(OpenSettings.self, json)
        #expect(reencoded == json)
        #expect(settings.additionalProperties["zoom"] == .number(1.25))
        // Free-form numbers: whole ones are Int64 (exact beyond 2^53), others Doubles in their shortest form.
        let numbers = #"{"big":9007199254740993,"min":-9223372036854775808,"tenth":0.1,"tiny":1e-07}"#
        #expect(try coders.roundTrip(OpenSettings.self, numbers).json == numbers)
    }

    @Test func closedObjectsRejectExtrasInValidation() {
        #expect(ClosedSettings.violations(json: ["theme": "dark"]).isEmpty)
        #expect(!ClosedSettings.violations(json: ["theme": "dark", "zoom": 2]).isEmpty)
    }

    @Test func anExtraNamedLikeADeclaredPropertyIsNotWrittenTwice() throws {
        let labels = Labels(primary: "bug", additionalProperties: ["primary": Labels.AdditionalProperty(color: "#000000")])
        #expect(try FaithfulCoders.plain.encode(labels) == #"{"primary":"bug"}"#)
    }
}
