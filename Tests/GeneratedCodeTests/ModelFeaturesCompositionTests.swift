import Foundation
import ModelFeaturesModels
import Testing

/// `oneOf` (with and without a discriminator), `anyOf` and `allOf` of `Fixtures/model-features`.
@Suite struct ModelFeaturesCompositionTests {
    @Test func theDiscriminatorPicksTheCase() throws {
        let pets = try TestJSON.decode([Pet].self, """
            [{"petType": "cat", "name": "Tom", "indoor": true},
             {"petType": "dog", "name": "Rex"},
             {"petType": "puppy", "name": "Bit", "goodBoy": true},
             {"petType": "Lizard", "scales": 200}]
            """)
        #expect(pets == [
            .cat(Cat(petType: "cat", name: "Tom", indoor: true)),
            .dog(Dog(petType: "dog", name: "Rex")),
            .dog(Dog(petType: "puppy", name: "Bit", goodBoy: true)),
            .lizard(Lizard(petType: "Lizard", scales: 200)),
        ])
    }

    @Test func theDiscriminatorWinsOverTheShape() throws {
        // A cat-shaped value labelled as a dog is a dog: the discriminator decides, not the first fit.
        let pet = try TestJSON.decode(Pet.self, #"{"petType": "dog", "name": "Tom", "indoor": true}"#)
        #expect(pet == .dog(Dog(petType: "dog", name: "Tom")))
    }

    @Test func anUnknownDiscriminatorValueIsADecodingError() throws {
        do {
            _ = try TestJSON.decode(Pet.self, #"{"petType": "hamster", "name": "Hammy"}"#)
            Issue.record("decoded a hamster")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.debugDescription.contains("hamster"))
            #expect(context.codingPath.map(\.stringValue) == ["petType"])
        }
    }

    @Test func aMissingDiscriminatorIsADecodingError() {
        #expect(throws: DecodingError.self) { try TestJSON.decode(Pet.self, #"{"name": "Tom"}"#) }
    }

    @Test func aDiscriminatedUnionEncodesAsItsCase() throws {
        let pets: [Pet] = [.cat(Cat(petType: "cat", name: "Tom")), .lizard(Lizard(petType: "Lizard"))]
        #expect(try TestJSON.encode(pets) == #"[{"name":"Tom","petType":"cat"},{"petType":"Lizard"}]"#)
        #expect(try TestJSON.decode([Pet].self, try TestJSON.encode(pets)) == pets)
    }

    @Test func aUnionWithoutDiscriminatorTakesTheFirstAlternativeThatDecodes() throws {
        let values = try TestJSON.decode([StringOrIntegerOrObject].self, #"["seven", 7, {"label": "seven"}]"#)
        #expect(values == [.string("seven"), .int(7), .labelled(.init(label: "seven"))])
        #expect(try TestJSON.encode(values) == #"["seven",7,{"label":"seven"}]"#)
    }

    @Test func aValueThatMatchesNoAlternativeIsADecodingError() {
        for json in ["true", "1.5", "[]", #"{"name": "no label"}"#] {
            #expect(throws: DecodingError.self) { try TestJSON.decode(StringOrIntegerOrObject.self, json) }
        }
    }

    @Test func anyOfDecodesTheMatchingShape() throws {
        let contacts = try TestJSON.decode([Contact].self, #"[{"email": "a@example.com"}, {"phone": "+1 555"}]"#)
        #expect(contacts == [.emailContact(.init(email: "a@example.com")), .phoneContact(.init(phone: "+1 555"))])
        #expect(try TestJSON.encode(contacts) == #"[{"email":"a@example.com"},{"phone":"+1 555"}]"#)
    }

    /// ForwardLinks (all members optional) decodes any object; taking it for `{first, prev}` dropped
    /// both members (Adyen's payment methods, DigitalOcean's page links).
    @Test func anyOfPrefersTheAlternativeThatDeclaresEveryKey() throws {
        let links = try TestJSON.decode([PageLinks].self, #"[{"first": "a", "prev": "b"}, {"next": "c"}, {"first": "d", "next": "e"}]"#)
        #expect(links == [.backwardLinks(.init(first: "a", prev: "b")), .forwardLinks(.init(next: "c")),
                          .forwardLinks(.init(next: "e"))])
        #expect(try TestJSON.encode(Array(links.prefix(2))) == #"[{"first":"a","prev":"b"},{"next":"c"}]"#)
    }

    @Test func allOfMergesEveryPartAndRequiresWhatAnyPartRequires() throws {
        let employee = try TestJSON.decode(Employee.self, """
            {"name": "Ada", "createdAt": "2026-01-29T10:30:00Z", "employeeNumber": 7, "manager": {"name": "Charles"}}
            """)
        #expect(employee == Employee(name: "Ada", createdAt: Date(timeIntervalSince1970: 1_769_682_600), employeeNumber: 7,
                                     manager: Person(name: "Charles")))
        for missing in ["name", "createdAt", "employeeNumber"] {
            var object: [String: Any] = ["name": "Ada", "createdAt": "2026-01-29T10:30:00Z", "employeeNumber": 7]
            object[missing] = nil
            let json = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
            #expect(throws: DecodingError.self, "\(missing) is required") { try TestJSON.decode(Employee.self, json) }
        }
        #expect(try TestJSON.encode(employee) == """
            {"createdAt":"2026-01-29T10:30:00Z","employeeNumber":7,"manager":{"name":"Charles"},"name":"Ada"}
            """)
    }

    @Test func aReferenceWithASiblingDescriptionIsTheReferencedType() throws {
        let manager: Manager = Person(name: "Grace")
        let response = GetWidgetResponse(owner: manager)
        #expect(try TestJSON.encode(response) == #"{"owner":{"name":"Grace"}}"#)
    }
}
