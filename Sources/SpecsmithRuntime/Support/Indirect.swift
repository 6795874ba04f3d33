import Foundation

// MARK: - Indirect

/// Holds a value behind a reference, for a property through which a model contains itself
/// (`Node.parent: Node?`): a struct cannot hold itself inline. Copying is cheap and
/// assignment replaces the box, so the model keeps value semantics.
public struct Indirect<Value: Hashable & Sendable>: Hashable, Sendable {
    private final class Box: Sendable {
        let value: Value

        init(_ value: Value) {
            self.value = value
        }
    }

    private var box: Box

    /// Boxes `value`.
    public init(_ value: Value) {
        box = Box(value)
    }

    /// The boxed value; setting it makes a new box, so copies made earlier keep the old value.
    public var value: Value {
        get { box.value }
        set { box = Box(newValue) }
    }

    /// Whether both hold equal values (the same box trivially does).
    public static func == (lhs: Indirect, rhs: Indirect) -> Bool {
        lhs.box === rhs.box || lhs.value == rhs.value
    }

    /// Hashes the value, as `==` compares it.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
    }
}
