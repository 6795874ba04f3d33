import Foundation

// MARK: - Format grammars

extension JSONSchema {
    /// Recognisers for the string formats, written out from their RFCs on UTF-8 bytes (no regular
    /// expressions, so nothing to compile and nothing locale-dependent).
    enum FormatGrammar {
        typealias Bytes = ArraySlice<UInt8>

        static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
        static func isAlpha(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }
        static func isHex(_ byte: UInt8) -> Bool { isDigit(byte) || (byte | 0x20) &- UInt8(ascii: "a") < 6 }

        /// 8-4-4-4-12 hexadecimal digits, either case.
        static func isUUID(_ string: String) -> Bool {
            let bytes = Array(string.utf8)
            guard bytes.count == 36 else { return false }
            for (index, byte) in bytes.enumerated() {
                if index == 8 || index == 13 || index == 18 || index == 23 {
                    guard byte == UInt8(ascii: "-") else { return false }
                } else if !isHex(byte) {
                    return false
                }
            }
            return true
        }

        /// Four decimal numbers 0–255 separated by dots, without leading zeros (which some readers
        /// take as octal).
        static func isIPv4(_ bytes: Bytes) -> Bool {
            let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
            guard parts.count == 4 else { return false }
            return parts.allSatisfy { part in
                guard (1...3).contains(part.count), part.allSatisfy(isDigit) else { return false }
                if part.count > 1 && part.first == UInt8(ascii: "0") { return false }
                return part.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) } <= 255
            }
        }

        /// RFC 4291 text: eight groups of 1–4 hexadecimal digits, one `::` for a run of zero groups,
        /// and an IPv4 address for the last two groups; no zone (`%eth0`).
        static func isIPv6(_ string: String) -> Bool {
            isIPv6(Array(string.utf8)[...])
        }

        static func isIPv6(_ bytes: Bytes) -> Bool {
            let colon = UInt8(ascii: ":")
            var halves: [Bytes] = []
            var start = bytes.startIndex
            var index = bytes.startIndex
            // Split at each `::`.
            while index < bytes.endIndex {
                if bytes[index] == colon, index + 1 < bytes.endIndex, bytes[index + 1] == colon {
                    halves.append(bytes[start..<index])
                    index += 2
                    start = index
                } else {
                    index += 1
                }
            }
            halves.append(bytes[start..<bytes.endIndex])
            guard halves.count <= 2 else { return false }
            var groups = 0
            for (number, half) in halves.enumerated() where !half.isEmpty {
                let parts = half.split(separator: colon, omittingEmptySubsequences: false)
                for (position, part) in parts.enumerated() {
                    let isLast = number == halves.count - 1 && position == parts.count - 1
                    if isLast, part.contains(UInt8(ascii: ".")) {
                        guard isIPv4(part) else { return false }
                        groups += 2
                    } else {
                        guard (1...4).contains(part.count), part.allSatisfy(isHex) else { return false }
                        groups += 1
                    }
                }
            }
            // `::` stands for at least one group.
            return halves.count == 2 ? groups <= 7 : groups == 8
        }

        /// RFC 1123 host names: dot-separated labels of 1–63 letters, digits and hyphens, not
        /// starting or ending with a hyphen, 253 characters at most (a final dot allowed).
        static func isHostname(_ string: String) -> Bool {
            var bytes = Array(string.utf8)[...]
            if bytes.last == UInt8(ascii: ".") { bytes = bytes.dropLast() }
            guard !bytes.isEmpty, bytes.count <= 253 else { return false }
            return bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).allSatisfy { label in
                (1...63).contains(label.count) && label.first != UInt8(ascii: "-") && label.last != UInt8(ascii: "-")
                    && label.allSatisfy { isAlpha($0) || isDigit($0) || $0 == UInt8(ascii: "-") }
            }
        }

        /// An RFC 5321 mailbox: a dot-atom or quoted local part of at most 64 bytes, `@`, and a
        /// host name or an address literal (`[192.0.2.1]`, `[IPv6:2001:db8::1]`).
        static func isEmail(_ string: String) -> Bool {
            let bytes = Array(string.utf8)[...]
            guard let at = bytes.lastIndex(of: UInt8(ascii: "@")) else { return false }
            let local = bytes[..<at]
            let domain = bytes[(at + 1)...]
            guard !local.isEmpty, local.count <= 64, !domain.isEmpty else { return false }
            let localIsValid: Bool
            if local.first == UInt8(ascii: "\""), local.count >= 2, local.last == UInt8(ascii: "\"") {
                var escaped = false
                localIsValid = local.dropFirst().dropLast().allSatisfy { byte in
                    defer { escaped = !escaped && byte == UInt8(ascii: "\\") }
                    return byte >= 0x20 && byte < 0x7F && (escaped || byte != UInt8(ascii: "\""))
                }
            } else {
                let atext = Set("!#$%&'*+-/=?^_`{|}~".utf8)
                localIsValid = local.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).allSatisfy { atom in
                    !atom.isEmpty && atom.allSatisfy { isAlpha($0) || isDigit($0) || atext.contains($0) || $0 >= 0x80 }
                }
            }
            guard localIsValid else { return false }
            if domain.first == UInt8(ascii: "["), domain.last == UInt8(ascii: "]") {
                let literal = domain.dropFirst().dropLast()
                let prefix = Array("IPv6:".utf8)
                if literal.starts(with: prefix) { return isIPv6(literal.dropFirst(prefix.count)) }
                return isIPv4(literal)
            }
            return isHostname(String(decoding: domain, as: UTF8.self))
        }

        /// RFC 3986: an absolute URI (`requireScheme`) or any URI reference (a relative one too).
        static func isURI(_ string: String, requireScheme: Bool) -> Bool {
            var rest = Array(string.utf8)[...]
            if let hash = rest.firstIndex(of: UInt8(ascii: "#")) {
                guard isFragmentOrQuery(rest[(hash + 1)...]) else { return false }
                rest = rest[..<hash]
            }
            if let question = rest.firstIndex(of: UInt8(ascii: "?")) {
                guard isFragmentOrQuery(rest[(question + 1)...]) else { return false }
                rest = rest[..<question]
            }
            // A scheme is letters, digits, `+`, `-` and `.` after a letter, up to the first `:`
            // that comes before any `/`.
            let firstColon = rest.firstIndex(of: UInt8(ascii: ":"))
            let firstSlash = rest.firstIndex(of: UInt8(ascii: "/")) ?? rest.endIndex
            if let colon = firstColon, colon < firstSlash {
                let scheme = rest[..<colon]
                guard let first = scheme.first, isAlpha(first),
                      scheme.allSatisfy({ isAlpha($0) || isDigit($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") })
                else { return false }
                rest = rest[(colon + 1)...]
            } else if requireScheme {
                return false
            }
            let slash = UInt8(ascii: "/")
            if rest.starts(with: [slash, slash]) {
                let authorityEnd = rest.dropFirst(2).firstIndex(of: slash) ?? rest.endIndex
                guard isAuthority(rest[(rest.startIndex + 2)..<authorityEnd]) else { return false }
                rest = rest[authorityEnd...]
            }
            return rest.allSatisfy { isPathCharacter($0) || $0 == slash || $0 == UInt8(ascii: "%") } && hasValidPercentEncoding(rest)
        }

        /// `[ userinfo "@" ] host [ ":" port ]`.
        private static func isAuthority(_ authority: Bytes) -> Bool {
            var host = authority
            if let at = authority.firstIndex(of: UInt8(ascii: "@")) {
                let userinfo = authority[..<at]
                guard userinfo.allSatisfy({ isUnreserved($0) || isSubDelimiter($0) || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "%") }),
                      hasValidPercentEncoding(userinfo)
                else { return false }
                host = authority[(at + 1)...]
            }
            var port: Bytes = []
            if host.first == UInt8(ascii: "[") {
                guard let close = host.firstIndex(of: UInt8(ascii: "]")) else { return false }
                let literal = host[(host.startIndex + 1)..<close]
                let afterLiteral = host[(close + 1)...]
                if !afterLiteral.isEmpty {
                    guard afterLiteral.first == UInt8(ascii: ":") else { return false }
                    port = afterLiteral.dropFirst()
                }
                guard isIPv6(literal) || isFutureIPLiteral(literal) else { return false }
            } else {
                if let colon = host.firstIndex(of: UInt8(ascii: ":")) {
                    port = host[(colon + 1)...]
                    host = host[..<colon]
                }
                guard host.allSatisfy({ isUnreserved($0) || isSubDelimiter($0) || $0 == UInt8(ascii: "%") }),
                      hasValidPercentEncoding(host)
                else { return false }
            }
            return port.allSatisfy(isDigit)
        }

        /// `"v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )`.
        private static func isFutureIPLiteral(_ literal: Bytes) -> Bool {
            guard literal.first == UInt8(ascii: "v") || literal.first == UInt8(ascii: "V"),
                  let dot = literal.firstIndex(of: UInt8(ascii: "."))
            else { return false }
            let version = literal[(literal.startIndex + 1)..<dot]
            let rest = literal[(dot + 1)...]
            return !version.isEmpty && version.allSatisfy(isHex) && !rest.isEmpty
                && rest.allSatisfy { isUnreserved($0) || isSubDelimiter($0) || $0 == UInt8(ascii: ":") }
        }

        private static func isFragmentOrQuery(_ bytes: Bytes) -> Bool {
            bytes.allSatisfy { isPathCharacter($0) || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "%") }
                && hasValidPercentEncoding(bytes)
        }

        /// `pchar` without `%` (checked with what follows it by `hasValidPercentEncoding`).
        private static func isPathCharacter(_ byte: UInt8) -> Bool {
            isUnreserved(byte) || isSubDelimiter(byte) || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "@")
        }

        private static func isUnreserved(_ byte: UInt8) -> Bool {
            isAlpha(byte) || isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: "~")
        }

        private static func isSubDelimiter(_ byte: UInt8) -> Bool {
            "!$&'()*+,;=".utf8.contains(byte)
        }

        /// Every `%` starts `%HH`.
        private static func hasValidPercentEncoding(_ bytes: Bytes) -> Bool {
            var index = bytes.startIndex
            while let percent = bytes[index...].firstIndex(of: UInt8(ascii: "%")) {
                guard percent + 2 < bytes.endIndex, isHex(bytes[percent + 1]), isHex(bytes[percent + 2]) else { return false }
                index = percent + 3
            }
            return true
        }
    }
}
