import Foundation
#if canImport(FoundationNetworking)
// Outside Apple platforms URLSession and its types live in FoundationNetworking.
import FoundationNetworking
#endif

// MARK: - Redirects

/// What a redirect may carry to the next server.
///
/// A redirect to another origin (scheme, host or port differ; `https://api.example.com` and
/// `https://api.example.com:443` are the same origin) must not hand that server the credentials
/// meant for this one: the `Authorization`, `Proxy-Authorization` and `Cookie` headers, every header
/// named in the request's `redactedNames` (API keys), and query items of those names are dropped.
/// A redirect within the origin keeps everything, as the server asked for its own resource.
enum RedirectSafety {
    /// The headers that carry credentials whatever the API says.
    static let credentialHeaders: Set<String> = ["authorization", "proxy-authorization", "cookie"]

    /// `redirected` as it may be sent after a redirect from `original`, for a request whose secret
    /// header and query item names are `secretNames`.
    static func request(_ redirected: URLRequest, from original: URL, secretNames: Set<String>) -> URLRequest {
        guard let target = redirected.url, !isSameOrigin(original, target) else { return redirected }
        var safe = redirected
        let secrets = Set(secretNames.map { $0.lowercased() }).union(credentialHeaders)
        for name in (redirected.allHTTPHeaderFields ?? [:]).keys where secrets.contains(name.lowercased()) {
            safe.setValue(nil, forHTTPHeaderField: name)
        }
        safe.url = url(target, removingQueryItems: secrets)
        return safe
    }

    /// Whether both URLs have the same scheme, host and port (the default port of the scheme
    /// when none is written), compared as RFC 6454 origins are.
    static func isSameOrigin(_ lhs: URL, _ rhs: URL) -> Bool {
        func origin(_ url: URL) -> (String, String, Int?)? {
            guard let scheme = url.scheme?.lowercased(), let host = url.host?.lowercased() else { return nil }
            let defaultPort: Int? = switch scheme {
            case "http": 80
            case "https": 443
            default: nil
            }
            return (scheme, host, url.port ?? defaultPort)
        }
        guard let left = origin(lhs), let right = origin(rhs) else { return false }
        return left == right
    }

    /// `url` without the query items whose (percent-decoded) names are in `names`, compared
    /// case-insensitively as the request's redaction does.
    static func url(_ url: URL, removingQueryItems names: Set<String>) -> URL {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: true),
              let query = components.percentEncodedQuery
        else { return url }
        let kept = query.split(separator: "&", omittingEmptySubsequences: false).filter { item in
            let name = String(item.prefix { $0 != "=" })
            return !names.contains((name.removingPercentEncoding ?? name).lowercased())
        }
        components.percentEncodedQuery = kept.isEmpty ? nil : kept.joined(separator: "&")
        return components.url ?? url
    }
}
