/// Well-known acronyms that Swift API Design Guidelines want uniformly cased (`userID`, not
/// `userId`).
///
/// Only applied to words that are entirely lowercase because the spec spelled them with
/// separators (`user_id`, `application/json`) or in all caps: a spec that writes `renderUrl`
/// chose that casing, and rewriting it would make the Swift name unpredictable from the spec.
/// The list is short on purpose; a word missing here is merely capitalised (`Png`), while a
/// wrong entry would mangle ordinary words.
enum Acronyms {
    static func uppercased(_ word: String) -> String? {
        table[word]
    }

    private static let table: [String: String] = [
        "api": "API", "apis": "APIs",
        "css": "CSS", "csv": "CSV",
        "dns": "DNS",
        "html": "HTML",
        "http": "HTTP", "https": "HTTPS",
        "id": "ID", "ids": "IDs",
        "ip": "IP",
        "json": "JSON",
        "jwt": "JWT",
        "pdf": "PDF",
        "sql": "SQL",
        "ssl": "SSL", "tls": "TLS",
        "uri": "URI", "uris": "URIs",
        "url": "URL", "urls": "URLs",
        "utf8": "UTF8", "utf16": "UTF16",
        "uuid": "UUID", "uuids": "UUIDs",
        "xml": "XML",
    ]
}
