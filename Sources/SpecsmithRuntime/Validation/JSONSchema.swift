import Foundation

// MARK: - JSONSchema

/// A JSON Schema (the 2020-12 keywords OpenAPI uses), read once from its JSON text, that checks
/// JSON values and reports every violation with its path.
///
/// Supported: `type`, `enum`, `const`, `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`,
/// `multipleOf` (exact for integers, tolerant of binary rounding for decimals), `minLength` and
/// `maxLength` (counted in Unicode scalars, as JSON Schema counts), `pattern` (compiled once),
/// `format` (`date-time`, `date`, `time`, `email`,
/// `uri`, `uri-reference`, `uuid`, `ipv4`, `ipv6`, `hostname`; others are ignored), `items`,
/// `prefixItems`, `minItems`, `maxItems`, `uniqueItems`, `properties`, `required`,
/// `additionalProperties`, `patternProperties`, `minProperties`, `maxProperties`, `allOf`, `oneOf`,
/// `anyOf`, `not`, `if`/`then`/`else`, `dependentRequired`, `dependentSchemas`, `propertyNames`,
/// `contains`/`minContains`/`maxContains`, `unevaluatedProperties`, `unevaluatedItems`, boolean
/// schemas, `$ref` to the other schemas it was given, and OpenAPI's `discriminator`, which picks
/// the one alternative of a `oneOf`/`anyOf` to check. Patterns are ECMA-262, as JSON Schema says
/// (see `ECMAScriptPattern`).
public final class JSONSchema: Sendable {
    /// A schema a `$ref` names, found when a value is checked (so schemas can refer to each other,
    /// and to themselves, in any order).
    public typealias Reference = @Sendable () -> JSONSchema

    let constant: Bool?
    let problem: String?
    let reference: (name: String, target: Reference?)?
    let types: TypeSet?
    let enumValues: [JSONValue]?
    let constValue: JSONValue?
    let minimum: JSONValue?
    let maximum: JSONValue?
    let exclusiveMinimum: JSONValue?
    let exclusiveMaximum: JSONValue?
    let multipleOf: JSONValue?
    let minLength: Int?
    let maxLength: Int?
    let pattern: Pattern?
    let format: Format?
    let items: JSONSchema?
    let prefixItems: [JSONSchema]
    let minItems: Int?
    let maxItems: Int?
    let uniqueItems: Bool
    let properties: [(name: String, schema: JSONSchema)]
    /// The names `properties` declares, for `additionalProperties`.
    let declaredNames: Set<String>
    let required: [String]
    let additionalProperties: JSONSchema?
    let patternProperties: [(pattern: Pattern, schema: JSONSchema)]
    let minProperties: Int?
    let maxProperties: Int?
    let allOf: [JSONSchema]
    let oneOf: [JSONSchema]
    let anyOf: [JSONSchema]
    let not: JSONSchema?
    let discriminator: (property: String, mapping: [(value: String, name: String)])?
    let condition: JSONSchema?
    let then: JSONSchema?
    let otherwise: JSONSchema?
    let dependentRequired: [(name: String, required: [String])]
    let dependentSchemas: [(name: String, schema: JSONSchema)]
    let propertyNames: JSONSchema?
    let contains: JSONSchema?
    let minContains: Int?
    let maxContains: Int?
    let unevaluatedProperties: JSONSchema?
    let unevaluatedItems: JSONSchema?
    /// For typed validation (see `TypedShortcuts`): how many keywords the schema has, whether they
    /// are all settled by a value's Swift type, whether the schema alone decides its members.
    let keywordCount: Int
    let settledKeywordsOnly: Bool
    let decidesMembers: Bool
    let propertiesByName: [String: JSONSchema]
    let shortcuts = TypedShortcuts()

    /// Reads a schema from its JSON text.
    ///
    /// - Parameters:
    ///   - json: JSON Schema text, as generated.
    ///   - references: the schemas its `$ref`s name, by the name written in the `$ref`.
    ///
    /// Text that is not a schema does not crash: every value checked against it gets a violation
    /// saying so.
    public convenience init(json: String, references: [String: Reference] = [:]) {
        do {
            let value = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
            self.init(value: value, references: references, problem: nil)
        } catch {
            self.init(value: .bool(false), references: [:], problem: "its schema is not valid JSON")
        }
    }

    /// Reads a schema from a JSON value; see `init(json:references:)`.
    public convenience init(_ value: JSONValue, references: [String: Reference] = [:]) {
        self.init(value: value, references: references, problem: nil)
    }

    private init(value: JSONValue, references: [String: Reference], problem: String?) {
        var object: [String: JSONValue] = [:]
        var problem = problem
        switch value {
        case .bool(let accepted):
            constant = accepted
        case .object(let members):
            constant = nil
            object = members
        default:
            constant = false
            problem = "its schema is neither an object nor a boolean"
        }
        func schema(_ key: String) -> JSONSchema? {
            object[key].map { JSONSchema($0, references: references) }
        }
        func schemas(_ key: String) -> [JSONSchema] {
            (object[key]?.arrayValue ?? []).map { JSONSchema($0, references: references) }
        }
        func count(_ key: String) -> Int? {
            object[key]?.intValue.map { Int(clamping: $0) }
        }
        func number(_ key: String) -> JSONValue? {
            guard let value = object[key], value.doubleValue != nil else { return nil }
            return value
        }
        if let name = object["$ref"]?.stringValue {
            reference = (name, references[name])
            if references[name] == nil { problem = problem ?? "its schema refers to '\(name)', which it was not given" }
        } else {
            reference = nil
        }
        switch object["type"] {
        case .string(let name)?: types = TypeSet(names: [name])
        case .array(let names)?: types = TypeSet(names: names.compactMap(\.stringValue))
        default: types = nil
        }
        enumValues = object["enum"]?.arrayValue
        constValue = object["const"]
        minimum = number("minimum")
        maximum = number("maximum")
        exclusiveMinimum = number("exclusiveMinimum")
        exclusiveMaximum = number("exclusiveMaximum")
        multipleOf = number("multipleOf").flatMap { ($0.doubleValue ?? 0) > 0 ? $0 : nil }
        minLength = count("minLength")
        maxLength = count("maxLength")
        pattern = object["pattern"]?.stringValue.map(Pattern.init)
        format = object["format"]?.stringValue.flatMap(Format.init)
        items = schema("items")
        prefixItems = schemas("prefixItems")
        minItems = count("minItems")
        maxItems = count("maxItems")
        uniqueItems = object["uniqueItems"]?.boolValue ?? false
        // A JSON object has no order, so properties are checked in the order of their names, the
        // same on every run.
        properties = (object["properties"]?.objectValue ?? [:]).sorted { $0.key < $1.key }.map {
            ($0.key, JSONSchema($0.value, references: references))
        }
        declaredNames = Set(properties.map(\.name))
        required = (object["required"]?.arrayValue ?? []).compactMap(\.stringValue)
        additionalProperties = schema("additionalProperties")
        patternProperties = (object["patternProperties"]?.objectValue ?? [:]).sorted { $0.key < $1.key }.map {
            (Pattern($0.key), JSONSchema($0.value, references: references))
        }
        minProperties = count("minProperties")
        maxProperties = count("maxProperties")
        allOf = schemas("allOf")
        oneOf = schemas("oneOf")
        anyOf = schemas("anyOf")
        not = schema("not")
        if let discriminator = object["discriminator"], let property = discriminator["propertyName"]?.stringValue {
            let mapping = (discriminator["mapping"]?.objectValue ?? [:]).sorted { $0.key < $1.key }
            self.discriminator = (property, mapping.compactMap { entry in entry.value.stringValue.map { (entry.key, $0) } })
        } else {
            discriminator = nil
        }
        condition = schema("if")
        then = schema("then")
        otherwise = schema("else")
        dependentRequired = (object["dependentRequired"]?.objectValue ?? [:]).sorted { $0.key < $1.key }.map {
            ($0.key, ($0.value.arrayValue ?? []).compactMap(\.stringValue))
        }
        dependentSchemas = (object["dependentSchemas"]?.objectValue ?? [:]).sorted { $0.key < $1.key }.map {
            ($0.key, JSONSchema($0.value, references: references))
        }
        propertyNames = schema("propertyNames")
        contains = schema("contains")
        minContains = count("minContains")
        maxContains = count("maxContains")
        unevaluatedProperties = schema("unevaluatedProperties")
        unevaluatedItems = schema("unevaluatedItems")
        keywordCount = object.count
        settledKeywordsOnly = Self.hasOnlySettledKeywords(object)
        decidesMembers = constant == nil && problem == nil && object.keys.allSatisfy { Self.memberDecidingKeywords.contains($0) }
        propertiesByName = Dictionary(properties.map { ($0.name, $0.schema) }, uniquingKeysWith: { first, _ in first })
        self.problem = problem
    }

    // MARK: Checking

    /// Checks raw JSON against the schema: every keyword, `required` and `enum` included.
    /// - Throws: `ValidationError` with every violation found.
    public func validate(json: JSONValue, options: ValidationOptions = []) throws(ValidationError) {
        let found = violations(json: json, options: options)
        if !found.isEmpty { throw ValidationError(violations: found) }
    }

    /// Every violation of the schema in raw JSON; empty when it is valid.
    public func violations(json: JSONValue, options: ValidationOptions = []) -> [Violation] {
        var violations: [Violation] = []
        collectViolations(of: json, at: "$", into: &violations, options: options, typed: false)
        return violations
    }

    /// Checks a typed value against the schema as `Validatable.validate()` does, for the values of a
    /// typealias (`try JSONSchemas.Tags.validate(value: tags)`), which cannot be `Validatable` themselves.
    /// - Throws: `ValidationError` with every violation found.
    public func validate(value: some Encodable, options: ValidationOptions = []) throws(ValidationError) {
        let reportsEnums = options.contains(.reportUnknownEnumValues)
        if !reportsEnums, isSettled(for: type(of: value)) { return }
        let encoded: ValueEncoder.Slot
        do {
            encoded = try ValueEncoder.encodedSlot(value, schema: reportsEnums ? nil : self)
        } catch {
            throw ValidationError(violations: [Violation(path: "$", message: "cannot be validated: it does not encode to JSON (\(error))")])
        }
        var violations: [Violation] = []
        collectViolations(of: encoded, at: "$", into: &violations, options: options)
        if !violations.isEmpty { throw ValidationError(violations: violations) }
    }

    /// Checks a JSON document against the schema.
    /// - Throws: `ValidationError` with every violation found, or one saying the data is not JSON.
    public func validate(jsonData: Data, options: ValidationOptions = []) throws(ValidationError) {
        let json: JSONValue
        do {
            json = try JSONDecoder().decode(JSONValue.self, from: jsonData)
        } catch {
            throw ValidationError(violations: [Violation(path: "$", message: "is not valid JSON")])
        }
        try validate(json: json, options: options)
    }

    /// Adds the violations of `value` to `violations`, with paths below `path`.
    ///
    /// A typed value (`typed`) has already passed what its Swift type enforces, and was built as one
    /// particular alternative of a `oneOf`; so `required` and `additionalProperties: false` are not
    /// checked, a `oneOf` passes when any alternative does, and unknown enum values are reported only
    /// when `options` asks.
    func collectViolations(of value: JSONValue, at path: String, into violations: inout [Violation], options: ValidationOptions, typed: Bool) {
        var run = Run(root: path, options: options, typed: typed)
        run.violations = violations
        check(value, &run)
        violations = run.violations
    }

    func check(_ value: JSONValue, _ run: inout Run) {
        if let problem {
            run.report("cannot be validated: \(problem)")
            return
        }
        if let constant {
            if !constant { run.report("is not allowed here (the schema is false)") }
            return
        }
        guard run.depth < 256 else {
            run.report("is nested too deeply to validate")
            return
        }
        run.depth += 1
        defer { run.depth -= 1 }
        if let reference, let target = reference.target {
            target().check(value, &run)
        }
        if let types, !types.admits(value) {
            run.report("must be \(types.phrase), found \(Describe.kind(of: value))")
            // The other keywords are about the right kind of value; they would only repeat the problem.
            return
        }
        if let enumValues, !enumValues.contains(where: { Equality.equal($0, value) }) {
            let isOpenEnumValue: Bool
            switch value {
            case .string, .integer: isOpenEnumValue = true
            default: isOpenEnumValue = false
            }
            if !run.typed || !isOpenEnumValue || run.options.contains(.reportUnknownEnumValues) {
                run.report("must be one of \(enumValues.map(Describe.literal).joined(separator: ", ")), found \(Describe.literal(value))")
            }
        }
        if let constValue, !Equality.equal(constValue, value) {
            run.report("must be \(Describe.literal(constValue)), found \(Describe.literal(value))")
        }
        switch value {
        case .integer, .number: checkNumber(value, &run)
        case .string(let string): checkString(string, &run)
        case .array(let elements): checkArray(elements, &run)
        case .object(let members): checkObject(members, &run)
        case .null, .bool: break
        }
        for member in allOf { member.check(value, &run) }
        checkAlternatives(value, &run)
        if let not, not.accepts(value, run) {
            run.report("must not match the schema in 'not'")
        }
        checkConditional(value, &run)
        // Last: what these leave to check depends on what every other keyword looked at.
        if unevaluatedProperties != nil || unevaluatedItems != nil { checkUnevaluated(value, &run) }
    }

    /// Whether `value` matches, checked at the same place and in the same mode as `run`.
    func accepts(_ value: JSONValue, _ run: Run) -> Bool {
        var trial = run.trial()
        check(value, &trial)
        return trial.violations.isEmpty
    }

    private func checkNumber(_ value: JSONValue, _ run: inout Run) {
        if let minimum, Numbers.compare(value, minimum) < 0 {
            run.report("must be at least \(Describe.literal(minimum)), found \(Describe.literal(value))")
        }
        if let maximum, Numbers.compare(value, maximum) > 0 {
            run.report("must be at most \(Describe.literal(maximum)), found \(Describe.literal(value))")
        }
        if let exclusiveMinimum, Numbers.compare(value, exclusiveMinimum) <= 0 {
            run.report("must be greater than \(Describe.literal(exclusiveMinimum)), found \(Describe.literal(value))")
        }
        if let exclusiveMaximum, Numbers.compare(value, exclusiveMaximum) >= 0 {
            run.report("must be less than \(Describe.literal(exclusiveMaximum)), found \(Describe.literal(value))")
        }
        if let multipleOf, !Numbers.isMultiple(value, of: multipleOf) {
            run.report("must be a multiple of \(Describe.literal(multipleOf)), found \(Describe.literal(value))")
        }
    }

    private func checkString(_ string: String, _ run: inout Run) {
        if minLength != nil || maxLength != nil {
            // JSON Schema counts Unicode code points (scalars), not grapheme clusters: "é" written
            // with a combining accent is 2.
            let length = string.unicodeScalars.count
            if let minLength, length < minLength {
                run.report("must be at least \(Describe.count(minLength, "character")), found \(length)")
            }
            if let maxLength, length > maxLength {
                run.report("must be at most \(Describe.count(maxLength, "character")), found \(length)")
            }
        }
        if let pattern, pattern.isCompiled, !pattern.matches(string) {
            run.report("must match the pattern \(pattern.source)")
        }
        if let format, !format.accepts(string) {
            run.report("must be \(format.phrase)")
        }
    }

    private func checkArray(_ elements: [JSONValue], _ run: inout Run) {
        if let minItems, elements.count < minItems {
            run.report("must have at least \(Describe.count(minItems, "item")), found \(elements.count)")
        }
        if let maxItems, elements.count > maxItems {
            run.report("must have at most \(Describe.count(maxItems, "item")), found \(elements.count)")
        }
        if uniqueItems, let (first, second) = Equality.firstDuplicate(in: elements) {
            run.report("must not contain duplicates, found items \(first) and \(second) equal")
        }
        checkContains(elements, &run)
        var checked = elements.count
        if items?.constant == false, elements.count > prefixItems.count {
            // One violation for the array rather than one per extra element.
            run.report("must have at most \(Describe.count(prefixItems.count, "item")) (no items beyond 'prefixItems'), found \(elements.count)")
            checked = prefixItems.count
        }
        for (index, element) in elements.prefix(checked).enumerated() {
            let schema = index < prefixItems.count ? prefixItems[index] : items
            guard let schema else { continue }
            run.path.append(.index(index))
            schema.check(element, &run)
            run.path.removeLast()
        }
    }

    private func checkObject(_ members: [String: JSONValue], _ run: inout Run) {
        if let minProperties, members.count < minProperties {
            run.report("must have at least \(Describe.count(minProperties, "property", plural: "properties")), found \(members.count)")
        }
        if let maxProperties, members.count > maxProperties {
            run.report("must have at most \(Describe.count(maxProperties, "property", plural: "properties")), found \(members.count)")
        }
        if !run.typed || run.conditional {
            for name in required where members[name] == nil {
                run.report("is required", at: .key(name))
            }
        }
        checkDependencies(members, &run)
        if members.count < properties.count {
            // Fewer members than declared properties (typed values leave settled ones out): look
            // each member up rather than each property, in the same order of names.
            for name in members.keys.sorted() {
                guard let schema = propertiesByName[name], let member = members[name] else { continue }
                run.path.append(.key(name))
                schema.check(member, &run)
                run.path.removeLast()
            }
        } else {
            for (name, schema) in properties {
                guard let member = members[name] else { continue }
                run.path.append(.key(name))
                schema.check(member, &run)
                run.path.removeLast()
            }
        }
        checkPropertyNames(members, &run)
        guard additionalProperties != nil || !patternProperties.isEmpty else { return }
        // Sorted, so violations come out in the same order on every run.
        for name in members.keys.sorted() {
            guard let member = members[name] else { continue }
            var matchedPattern = false
            for (pattern, schema) in patternProperties where pattern.isCompiled && pattern.matches(name) {
                matchedPattern = true
                run.path.append(.key(name))
                schema.check(member, &run)
                run.path.removeLast()
            }
            guard !matchedPattern, !declaredNames.contains(name), let additionalProperties else { continue }
            if additionalProperties.constant == false {
                // A typed value has the keys its type has: an `allOf` member that forbids the
                // others' properties must not make every value of the merged type invalid.
                if !run.typed { run.report("is not a property the schema allows", at: .key(name)) }
                continue
            }
            run.path.append(.key(name))
            additionalProperties.check(member, &run)
            run.path.removeLast()
        }
    }

    /// `oneOf` and `anyOf`: the alternative the discriminator names, or every alternative, reporting
    /// what each one found wrong when none fits.
    private func checkAlternatives(_ value: JSONValue, _ run: inout Run) {
        guard !oneOf.isEmpty || !anyOf.isEmpty else { return }
        for (alternatives, exactlyOne) in [(oneOf, true), (anyOf, false)] where !alternatives.isEmpty {
            if let selected = discriminated(value, among: alternatives, &run) {
                selected?.check(value, &run)
                continue
            }
            var matches: [Int] = []
            var failures: [(index: Int, violations: [Violation])] = []
            for (index, alternative) in alternatives.enumerated() {
                var trial = run.trial()
                alternative.check(value, &trial)
                if trial.violations.isEmpty {
                    matches.append(index)
                    // A typed value was built as one alternative; `anyOf` needs only one.
                    if !exactlyOne || run.typed { break }
                } else {
                    failures.append((index, trial.violations))
                }
            }
            let wanted = exactlyOne && !run.typed ? "exactly one" : "at least one"
            if matches.isEmpty {
                let details = failures.map { failure in
                    let shown = failure.violations.prefix(3).map(\.description).joined(separator: ", ")
                    let more = failure.violations.count > 3 ? ", …" : ""
                    return "\(alternativeName(failure.index, in: alternatives)): \(shown)\(more)"
                }
                run.report("must match \(wanted) of the alternatives, matches none: " + details.joined(separator: "; "))
            } else if matches.count > 1, exactlyOne, !run.typed {
                let names = matches.map { alternativeName($0, in: alternatives) }.joined(separator: ", ")
                run.report("must match exactly one of the alternatives, matches \(matches.count): \(names)")
            }
        }
    }

    /// With a discriminator, the alternative its property names: `.some(schema)` to check, `.some(nil)`
    /// when the problem is already reported; nil to try every alternative.
    private func discriminated(_ value: JSONValue, among alternatives: [JSONSchema], _ run: inout Run) -> JSONSchema?? {
        guard let discriminator, case .object(let members) = value else { return nil }
        guard let member = members[discriminator.property] else {
            run.report("is required (it tells the alternatives apart)", at: .key(discriminator.property))
            return .some(nil)
        }
        guard case .string(let chosen) = member else { return nil }
        let mapping = discriminator.mapping
        guard let name = mapping.first(where: { $0.value == chosen })?.name,
              let alternative = alternatives.first(where: { $0.reference?.name == name })
        else {
            let known = mapping.map { Describe.literal(.string($0.value)) }.joined(separator: ", ")
            run.report("must be one of \(known), found \(Describe.literal(member))", at: .key(discriminator.property))
            return .some(nil)
        }
        return .some(alternative)
    }

    /// `2 (Dog)`: the alternative's position, counted from 1, and the schema it refers to.
    private func alternativeName(_ index: Int, in alternatives: [JSONSchema]) -> String {
        alternatives[index].reference.map { "\(index + 1) (\($0.name))" } ?? "\(index + 1)"
    }
}
