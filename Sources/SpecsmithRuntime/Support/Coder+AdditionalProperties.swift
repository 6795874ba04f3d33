import Foundation

// MARK: - Extra properties beside declared ones

// A model whose schema declares `properties` and `additionalProperties: {schema}` keeps every
// other key in a dictionary. Both containers of one object are read (and written) side by side:
// the model's `CodingKeys` for its declared keys, `SpecsmithCodingKey` for the rest.

extension Decoder {
    /// Every member of this object whose key is not one of `Declared`'s, decoded as `Value`.
    public func additionalProperties<Value: Decodable, Declared: CodingKey>(
        _ type: Value.Type, besides declared: Declared.Type
    ) throws -> [String: Value] {
        let container = try self.container(keyedBy: SpecsmithCodingKey.self)
        var values: [String: Value] = [:]
        for key in container.allKeys where Declared(stringValue: key.stringValue) == nil {
            values[key.stringValue] = try container.decode(Value.self, forKey: key)
        }
        return values
    }
}

extension Encoder {
    /// Writes `values` as members of this object, in key order (for stable output), leaving out any
    /// key that is one of `Declared`'s: the declared property is what that key means.
    public func encodeAdditionalProperties<Value: Encodable, Declared: CodingKey>(
        _ values: [String: Value], besides declared: Declared.Type
    ) throws {
        guard !values.isEmpty else { return }
        var container = self.container(keyedBy: SpecsmithCodingKey.self)
        for key in values.keys.sorted() where Declared(stringValue: key) == nil {
            if let value = values[key] { try container.encode(value, forKey: SpecsmithCodingKey(key)) }
        }
    }
}
