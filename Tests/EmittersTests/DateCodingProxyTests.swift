@testable import Emitters
import IR
import Testing

/// Dates anywhere in a property's type are coded through `RFC3339Timestamp`.
@Suite struct DateCodingProxyTests {
    @Test func aDateIsCodedThroughTheTimestamp() throws {
        let proxy = try #require(DateCodingProxy(.builtin("Date")))
        #expect(proxy.proxyType == "RFC3339Timestamp")
        #expect(proxy.fromProxy("x") == "x.date")
        #expect(proxy.toProxy("x") == "RFC3339Timestamp(x)")
    }

    @Test func arraysAndMapsOfDatesAreMapped() throws {
        let array = try #require(DateCodingProxy(.array(.builtin("Date"))))
        #expect(array.proxyType == "[RFC3339Timestamp]")
        #expect(array.fromProxy("x") == "x.map { $0.date }")
        let map = try #require(DateCodingProxy(.dictionary(.array(.optional(.builtin("Date"))))))
        #expect(map.proxyType == "[String: [RFC3339Timestamp?]]")
        #expect(map.toProxy("x") == "x.mapValues { $0.map { $0.map { RFC3339Timestamp($0) } } }")
    }

    @Test func typesWithoutDatesNeedNoProxy() {
        #expect(DateCodingProxy(.string) == nil)
        #expect(DateCodingProxy(.array(.generated(["Pet"]))) == nil)
        #expect(DateCodingProxy(.builtin("DateOnly")) == nil)
    }
}
