import IR

// How a struct's properties are typed, defaulted, decoded and encoded when its coding is written
// out: `Nullable` for optional nullable properties, coding proxies for dates and UUIDs, boxes, and
// the dictionary of extra members.
extension ModelsEmitter {
    /// A property's Swift type: `Nullable<T>` when absent and `null` differ (see `IRProperty.distinguishesNull`).
    func swiftType(of property: IRProperty) -> SwiftCode {
        property.distinguishesNull ? "Nullable<\(SwiftText.type(property.type.nonOptional))>" : SwiftText.type(property.type)
    }

    /// The memberwise initializer's default for `property`: `.absent` or `nil` for an optional one,
    /// the value of a `const` for a required one (there is only one valid value), else none: a
    /// required nullable property has no default, so the caller decides between a value and `null`.
    func initDefault(for property: IRProperty) -> SwiftCode? {
        if property.distinguishesNull { return ".absent" }
        if !property.required { return property.type.isOptional ? "nil" : nil }
        return property.constraints.constJSON.flatMap { SwiftText.constantLiteral(json: $0, as: property.type) }
    }

    func decodeLine(_ property: IRProperty) -> SwiftCode {
        let name = SwiftText.identifier(property.swiftName)
        let key = SwiftText.stringLiteral(property.jsonName)
        let type = property.type.nonOptional
        let proxy = CodingProxy(type, aliases: aliases)
        let codedType = proxy?.proxyType ?? SwiftText.type(type)
        let value: SwiftCode
        // The runtime's `decodeMember` family (see SpecsmithCodingKey.swift): a plain string name
        // and one candidate per call, which compiles to less than `decode(_:forKey:)`.
        if property.distinguishesNull {
            let decoded: SwiftCode = "try container.decodeNullableMember(\(codedType).self, \(key))"
            value = proxy.map { "(\(decoded)).map { \($0.fromProxy("$0")) }" } ?? decoded
        } else {
            let method: SwiftCode = property.type.isOptional ? "decodeMemberIfPresent" : "decodeMember"
            let decoded: SwiftCode = "try container.\(method)(\(codedType).self, \(key))"
            if let proxy {
                value = property.type.isOptional ? "(\(decoded)).map { \(proxy.fromProxy("$0")) }" : proxy.fromProxy("(\(decoded))")
            } else {
                value = decoded
            }
        }
        // A boxed property is a computed one: the box itself must be initialised.
        return property.isIndirect ? "self.\(SwiftText.identifier("_" + property.swiftName)) = Indirect(\(value))" : "self.\(name) = \(value)"
    }

    func encodeLine(_ property: IRProperty) -> SwiftCode {
        let name = SwiftText.identifier(property.swiftName)
        let key = SwiftText.stringLiteral(property.jsonName)
        // A property called like a local of `encode(to:)` is reached through `self`.
        let value: SwiftCode = ["container", "encoder"].contains(property.swiftName) ? "self.\(name)" : name
        let type = property.type.nonOptional
        // A required key is written even when `nil` (as `null`); an optional one is left out, and a
        // `Nullable` one is written as it says (`.absent` left out).
        let method: SwiftCode = property.distinguishesNull ? "encodeNullableMember"
            : property.type.isOptional && !property.required ? "encodeMemberIfPresent" : "encodeMember"
        guard let proxy = CodingProxy(type, aliases: aliases) else {
            return "try container.\(method)(\(value), \(key))"
        }
        let converted = property.type.isOptional ? "\(value).map { \(proxy.toProxy("$0")) }" : proxy.toProxy(value)
        return "try container.\(method)(\(converted), \(key))"
    }

    /// Reads every key that is not a declared property into the extra members' dictionary.
    func decodeLine(_ additional: IRAdditionalProperties, besides declared: [IRProperty]) -> SwiftCode {
        let name = SwiftText.identifier(additional.swiftName)
        let proxy = CodingProxy(additional.valueType, aliases: aliases)
        let decoded: SwiftCode = "try decoder.additionalProperties(\(proxy?.proxyType ?? SwiftText.type(additional.valueType)).self, besides: \(declaredKeys(declared)))"
        return "self.\(name) = \(proxy.map { "(\(decoded)).mapValues { \($0.fromProxy("$0")) }" } ?? decoded)"
    }

    func encodeLine(_ additional: IRAdditionalProperties, besides declared: [IRProperty]) -> SwiftCode {
        let name = SwiftText.identifier(additional.swiftName)
        let value: SwiftCode = ["container", "encoder"].contains(additional.swiftName) ? "self.\(name)" : name
        let converted = CodingProxy(additional.valueType, aliases: aliases).map { "\(value).mapValues { \($0.toProxy("$0")) }" } ?? value
        return "try encoder.encodeAdditionalProperties(\(converted), besides: \(declaredKeys(declared)))"
    }

    /// The declared properties' JSON keys as a set literal (`[]` when there are none).
    private func declaredKeys(_ properties: [IRProperty]) -> SwiftCode {
        "[\(SwiftCode.joined(properties.map { SwiftText.stringLiteral($0.jsonName) }, separator: ", "))]"
    }
}
