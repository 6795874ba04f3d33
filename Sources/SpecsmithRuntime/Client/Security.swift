import Foundation
#if canImport(FoundationNetworking)
// Outside Apple platforms URLSession and its types live in FoundationNetworking.
import FoundationNetworking
#endif

// MARK: - Credentials and security schemes

/// A secret the client sends to authenticate; which scheme it is used for is set in
/// ``APIClientConfiguration``.
///
/// Its descriptions and mirror never show the secret, so printing or dumping a configuration is
/// safe: `bearer(<redacted>)`.
public enum APICredential: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// A token sent as `Authorization: Bearer <token>`.
    case bearer(String)
    /// A user name and password sent as `Authorization: Basic <base64(username:password)>`.
    case basic(username: String, password: String)
    /// A key sent in the header, query item or cookie the scheme names.
    case apiKey(String)

    /// The kind of credential, without the secret: `bearer(<redacted>)`.
    public var description: String {
        switch self {
        case .bearer: "bearer(<redacted>)"
        case .basic: "basic(<redacted>)"
        case .apiKey: "apiKey(<redacted>)"
        }
    }

    /// The same as `description`, so `debugPrint` and string interpolation in collections hide the secret too.
    public var debugDescription: String {
        description
    }

    /// A mirror without children, so `dump` hides the secret too.
    public var customMirror: Mirror {
        Mirror(self, children: [:])
    }

    /// Whether this credential can be used for a scheme of `kind`.
    func fits(_ kind: SecurityScheme.Kind) -> Bool {
        switch (self, kind) {
        case (.bearer, .bearer), (.basic, .basic), (.apiKey, .apiKey): true
        default: false
        }
    }
}

/// A security scheme from the spec's `components.securitySchemes`.
public struct SecurityScheme: Sendable, Hashable {
    /// The scheme's key in `components.securitySchemes`.
    public let name: String
    /// How the credential is sent.
    public let kind: Kind

    /// How a scheme sends its credential.
    public enum Kind: Sendable, Hashable {
        /// `Authorization: Bearer <token>` (`type: http, scheme: bearer`, and OAuth 2 / OpenID Connect access tokens).
        case bearer
        /// `Authorization: Basic <base64>` (`type: http, scheme: basic`).
        case basic
        /// An API key in the header, query item or cookie called `name` (`type: apiKey`).
        case apiKey(in: Location, name: String)
    }

    /// Where an API key goes.
    public enum Location: Sendable, Hashable {
        /// A header field.
        case header
        /// A query item.
        case query
        /// A cookie, appended to any `Cookie` header with `; `.
        case cookie
    }

    /// Creates a scheme.
    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }
}
