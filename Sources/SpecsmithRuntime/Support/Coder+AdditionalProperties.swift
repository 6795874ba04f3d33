import Foundation

// MARK: - Extra properties beside declared ones

// A model whose schema declares `properties` and `additionalProperties: {schema}` keeps every
// other key in a dictionary. Both containers of one object are read (and written) side by side:
// one for its declared keys, one for the rest; the model passes its declared keys as a set.

extension Decoder {
    /// Every member of this object whose key is not in `declared`, decoded as `Value`.
    public func additionalProperties<Value: Decodable>(
        _ type: Value.Type, besides declared: Set<String>
    ) throws -> [String: Value] {
        let container = try self.container(keyedBy: SpecsmithCodingKey.self)
        var values: [String: Value] = [:]
        for key in container.allKeys where !declared.contains(key.stringValue) {
            values[key.stringValue] = try container.decode(Value.self, forKey: key)
        }
        return values
    }
}

extension Encoder {
    /// Writes `values` as members of this object, in key order (for stable output), leaving out any
    /// key in `declared`: the declared property is what that key means.
    public func encodeAdditionalProperties<Value: Encodable>(
        _ values: [String: Value], besides declared: Set<String>
    ) throws {
        guard !values.isEmpty else { return }
        var container = self.container(keyedBy: SpecsmithCodingKey.self)
        for key in values.keys.sorted() where !declared.contains(key) {
            if let value = values[key] { try container.encode(value, forKey: SpecsmithCodingKey(key)) }
        }
    }
}
