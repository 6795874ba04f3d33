@testable import Emitters
import IR
import Testing

/// Dates anywhere in a property's type are coded through `RFC3339Timestamp`.
@Suite struct CodingProxyTests {
    @Test func aDateIsCodedThroughTheTimestamp() throws {
        let proxy = try #require(CodingProxy(.builtin("Date")))
        #expect(proxy.proxyType == "RFC3339Timestamp")
        #expect(proxy.fromProxy("x") == "x.date")
        #expect(proxy.toProxy("x") == "RFC3339Timestamp(x)")
    }

    @Test func arraysAndMapsOfDatesAreMapped() throws {
        let array = try #require(CodingProxy(.array(.builtin("Date"))))
        #expect(array.proxyType == "[RFC3339Timestamp]")
        #expect(array.fromProxy("x") == "x.map { $0.date }")
        let map = try #require(CodingProxy(.dictionary(.array(.optional(.builtin("Date"))))))
        #expect(map.proxyType == "[String: [RFC3339Timestamp?]]")
        #expect(map.toProxy("x") == "x.mapValues { $0.map { $0.map { RFC3339Timestamp($0) } } }")
    }

    @Test func typesWithoutDatesNeedNoProxy() {
        #expect(CodingProxy(.string) == nil)
        #expect(CodingProxy(.array(.generated(["Pet"]))) == nil)
        #expect(CodingProxy(.builtin("DateOnly")) == nil)
    }
}

/// UUIDs are coded through `CanonicalUUID`, which writes them in lower case.
@Suite struct UUIDCodingProxyTests {
    @Test func aUUIDIsCodedThroughTheCanonicalForm() throws {
        let proxy = try #require(CodingProxy(.optional(.builtin("UUID"))))
        #expect(proxy.proxyType == "CanonicalUUID?")
        #expect(proxy.fromProxy("x") == "x.map { $0.uuid }")
        let map = try #require(CodingProxy(.dictionary(.builtin("UUID"))))
        #expect(map.toProxy("x") == "x.mapValues { CanonicalUUID($0) }")
    }
}
