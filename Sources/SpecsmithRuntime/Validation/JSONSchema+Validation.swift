import Foundation

// MARK: - A validation in progress

extension JSONSchema {
    /// The state of one validation: where it is and what it found.
    struct Run {
        enum Step {
            case key(String)
            case index(Int)
        }

        let root: String
        let options: ValidationOptions
        let typed: Bool
        var path: [Step] = []
        var violations: [Violation] = []
        var depth = 0
        /// Inside `if`/`then`/`else` or `dependentSchemas`, where `required` is checked for typed
        /// values too: a Swift type guarantees its own required properties, not conditional ones.
        var conditional = false

        init(root: String, options: ValidationOptions, typed: Bool) {
            self.root = root
            self.options = options
            self.typed = typed
        }

        /// A run at the same place that collects its own violations, to try an alternative.
        func trial() -> Run {
            var trial = Run(root: root, options: options, typed: typed)
            trial.path = path
            trial.depth = depth
            trial.conditional = conditional
            return trial
        }

        mutating func report(_ message: String, at step: Step? = nil) {
            var text = root
            for component in path + (step.map { [$0] } ?? []) {
                switch component {
                case .index(let index):
                    text += "[\(index)]"
                case .key(let key):
                    text += Self.isIdentifier(key) ? "." + key : "['" + key.replacingOccurrences(of: "\\", with: "\\\\")
                        .replacingOccurrences(of: "'", with: "\\'") + "']"
                }
            }
            violations.append(Violation(path: text, message: message))
        }

        private static func isIdentifier(_ key: String) -> Bool {
            guard let first = key.unicodeScalars.first, !(("0"..."9").contains(first)) else { return false }
            return key.unicodeScalars.allSatisfy { scalar in
                ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "$"
            }
        }
    }
}
