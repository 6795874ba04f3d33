
/// Specification extensions (`x-…` keys) of an object, in spec order, kept for emitters and users.
public typealias SpecExtensions = OrderedMap<SpecValue>
